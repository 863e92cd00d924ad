import type { Finding } from '../../../../../shared/core/finding.js';
import { statusOf, worstStatus } from '../status.js';
import type { HealthStatus, HealthTarget } from '../types.js';
import type { IssueTarget } from './tracker.js';

/** How tracking issues are cut: one for the whole target, or one per repository. */
export type IssueScope = 'organization' | 'repository';

/** The repository (`owner/name`) a finding is about, from its fingerprint's `owner/name:` prefix. */
export function repositoryOf(finding: Finding): string | undefined {
  return /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+):/.exec(finding.fingerprint ?? '')?.[1];
}

/** What {@link issueTargets} needs. */
export interface IssueTargetInput {
  target: HealthTarget;
  scope: IssueScope;
  /** Where the target-wide issue lives. */
  home: { owner: string; repo: string };
  status: HealthStatus;
  findings: readonly Finding[];
  /** Every repository checked (`owner/name`), so a per-repository issue of a now healthy repository is closed. */
  repositories: readonly string[];
}

function targetKey(target: HealthTarget): string {
  return target.kind === 'organization' ? `organization:${target.org}` : `repository:${target.owner}/${target.repo}`;
}

function targetSubject(target: HealthTarget): string {
  return target.kind === 'organization' ? `organization ${target.org}` : `${target.owner}/${target.repo}`;
}

/**
 * The issues to keep. Scope `organization` (or a single-repository target): one issue for the whole
 * target in `home`. Scope `repository`: one issue in each checked repository for its own findings,
 * plus one in `home` for the findings that belong to no repository (API, token, rate limit).
 */
export function issueTargets(input: IssueTargetInput): IssueTarget[] {
  const { target } = input;
  if (input.scope === 'organization' || target.kind === 'repository') {
    return [
      {
        key: targetKey(target),
        owner: input.home.owner,
        repo: input.home.repo,
        subject: targetSubject(target),
        status: input.status,
        findings: input.findings,
      },
    ];
  }
  const byRepo = new Map<string, Finding[]>(input.repositories.map((r) => [r, []]));
  const general: Finding[] = [];
  for (const f of input.findings) {
    const repo = repositoryOf(f);
    const list = repo ? byRepo.get(repo) : undefined;
    if (list) list.push(f);
    else general.push(f);
  }
  const out: IssueTarget[] = [
    {
      key: targetKey(target),
      owner: input.home.owner,
      repo: input.home.repo,
      subject: targetSubject(target),
      status: worstStatus([statusOf(general)]),
      findings: general,
    },
  ];
  for (const [fullName, findings] of byRepo) {
    const [owner = '', repo = ''] = fullName.split('/');
    out.push({ key: `repository:${fullName}`, owner, repo, subject: fullName, status: statusOf(findings), findings });
  }
  return out;
}
