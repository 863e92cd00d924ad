import type {
  IssueRecord,
  LabelRecord,
  OrgRecord,
  ProjectRecord,
  PullRecord,
  RepoRecord,
  TeamRecord,
} from '../model.js';
import type { GqlContext } from './context.js';

/** What a global node id points at. */
export type Found =
  | { kind: 'repo'; repo: RepoRecord }
  | { kind: 'pull'; repo: RepoRecord; pull: PullRecord }
  | { kind: 'issue'; repo: RepoRecord; issue: IssueRecord }
  | { kind: 'label'; repo: RepoRecord; label: LabelRecord }
  | { kind: 'ref'; repo: RepoRecord; ref: string }
  | { kind: 'org'; org: OrgRecord }
  | { kind: 'project'; org: OrgRecord; project: ProjectRecord }
  | { kind: 'user'; login: string }
  | { kind: 'team'; org: OrgRecord; team: TeamRecord };

/** Resolves a node id minted by the emulator (the same ids REST returns as `node_id`). */
export function findNode(ctx: GqlContext, id: string): Found | undefined {
  const { state } = ctx;
  if (id.startsWith('REF_')) {
    const [repoId, ...rest] = Buffer.from(id.slice(4), 'base64url').toString('utf8').split(':');
    const repo = state.reposById.get(Number(repoId));
    return repo ? { kind: 'ref', repo, ref: rest.join(':') } : undefined;
  }
  const m = /^([A-Z]+)_kgDO(.+)$/.exec(id);
  if (!m) return undefined;
  const num = Number.parseInt(Buffer.from(m[2]!, 'base64url').toString('hex'), 16);
  switch (m[1]) {
    case 'R': {
      const repo = state.reposById.get(num);
      return repo ? { kind: 'repo', repo } : undefined;
    }
    case 'O':
    case 'U':
      for (const o of state.orgs.values()) if (o.id === num) return { kind: 'org', org: o };
      for (const a of state.accounts.values()) if (a.id === num) return { kind: 'user', login: a.login };
      return undefined;
    case 'T':
      for (const o of state.orgs.values()) {
        const team = o.teams.find((t) => t.id === num);
        if (team) return { kind: 'team', org: o, team };
      }
      return undefined;
    case 'PVT':
      for (const o of state.orgs.values()) {
        const project = o.projects.find((p) => p.id === num);
        if (project) return { kind: 'project', org: o, project };
      }
      return undefined;
    default:
      for (const repo of state.repos.values()) {
        if (m[1] === 'PR') {
          const pull = repo.pulls.find((p) => p.id === num);
          if (pull) return { kind: 'pull', repo, pull };
        } else if (m[1] === 'I') {
          const issue = repo.issues.find((p) => p.id === num);
          if (issue) return { kind: 'issue', repo, issue };
        } else if (m[1] === 'LA') {
          const label = repo.labels.find((p) => p.id === num);
          if (label) return { kind: 'label', repo, label };
        }
      }
      return undefined;
  }
}
