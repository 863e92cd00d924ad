import picomatch from 'picomatch';
import { errorStatus, PermissionError, UserError } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { RepoRef } from './history.js';

/** What the repository allows a release to do, read before the first write. */
export interface RepoRules {
  /** Releases become immutable when published: publishing cannot be taken back. */
  immutableReleases: boolean;
  /** The release branch may be moved back (force) to undo its fast-forward. */
  canResetBranch: boolean;
  /** Why the release commit cannot be pushed to the branch (rules, protection); empty when it can. */
  branchBlocks: string[];
  /** Tag names (refs/tags/…) the token may not create, move or delete, by rule. */
  tagRules: { include: string[]; exclude: string[]; rules: string[]; name: string }[];
}

interface Ruleset {
  name: string;
  target: string;
  enforcement: string;
  current_user_can_bypass?: string;
  conditions?: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules?: { type: string }[];
}

const notFoundOr403 = (e: unknown) => errorStatus(e) === 404 || errorStatus(e) === 403;

async function readRulesets(github: GitHubClient, repo: RepoRef): Promise<Ruleset[]> {
  let list: { id: number }[];
  try {
    list = await github.paginate(github.rest.repos.getRepoRulesets, {
      owner: repo.owner,
      repo: repo.repo,
      includes_parents: true,
      per_page: 100,
    });
  } catch (e) {
    if (notFoundOr403(e)) return []; // rulesets not readable: GitHub still enforces them at the write
    throw e;
  }
  const out: Ruleset[] = [];
  for (const { id } of list) {
    const { data } = await github.rest.repos.getRepoRuleset({ owner: repo.owner, repo: repo.repo, ruleset_id: id });
    out.push(data as unknown as Ruleset);
  }
  return out;
}

/** True when a ruleset's ref_name condition covers `ref` (refs/heads/… or refs/tags/…). */
export function ruleCovers(
  cond: { include: string[]; exclude: string[] },
  ref: string,
  defaultBranch: string,
): boolean {
  const matches = (p: string) =>
    p === '~ALL' ||
    (p === '~DEFAULT_BRANCH' && ref === `refs/heads/${defaultBranch}`) ||
    picomatch.isMatch(ref, p, { dot: true });
  return cond.include.some(matches) && !cond.exclude.some(matches);
}

/**
 * Reads what constrains a release: immutable releases, the active rulesets for the branch and tags
 * (those the token cannot bypass), and classic branch protection. `branch` is set when the release
 * pushes a commit. Also refuses an archived repository or a token GitHub says cannot push.
 */
export async function readRepoRules(
  github: GitHubClient,
  repo: RepoRef,
  branch: string | undefined,
): Promise<RepoRules> {
  const r = { owner: repo.owner, repo: repo.repo };
  const { data: info } = await github.rest.repos.get(r);
  if (info.archived) throw new UserError(`${repo.owner}/${repo.repo} is archived: nothing can be released`);
  // Only user tokens get `permissions`; for an installation token GitHub enforces contents: write at the write.
  if (info.permissions && !info.permissions.push)
    throw new PermissionError(
      `the token cannot push to ${repo.owner}/${repo.repo}: the release action needs contents: write`,
    );
  let immutableReleases = false;
  try {
    const { data } = await github.rest.repos.checkImmutableReleases(r);
    immutableReleases = (data as { enabled?: boolean }).enabled === true;
  } catch (e) {
    // 404: not enabled. 403: the token may not read the setting (it needs administration: read);
    // assume immutable, which changes nothing: publishing is always the last write.
    if (errorStatus(e) === 403) immutableReleases = true;
    else if (errorStatus(e) !== 404) throw e;
  }
  const rulesets = (await readRulesets(github, repo)).filter(
    (s) => s.enforcement === 'active' && s.current_user_can_bypass !== 'always',
  );
  const cond = (s: Ruleset) => ({
    include: s.conditions?.ref_name?.include ?? [],
    exclude: s.conditions?.ref_name?.exclude ?? [],
  });
  const tagRules = rulesets
    .filter((s) => s.target === 'tag')
    .map((s) => ({ ...cond(s), rules: (s.rules ?? []).map((x) => x.type), name: s.name }));
  const branchBlocks: string[] = [];
  let canResetBranch = true;
  if (branch) {
    const ref = `refs/heads/${branch}`;
    for (const s of rulesets.filter((x) => x.target === 'branch' && ruleCovers(cond(x), ref, info.default_branch))) {
      for (const rule of s.rules ?? []) {
        if (rule.type === 'non_fast_forward') canResetBranch = false;
        if (rule.type === 'update') branchBlocks.push(`ruleset "${s.name}" restricts updates of ${branch}`);
        if (rule.type === 'pull_request')
          branchBlocks.push(`ruleset "${s.name}" requires a pull request for ${branch}`);
        if (rule.type === 'required_status_checks')
          branchBlocks.push(`ruleset "${s.name}" requires status checks on ${branch}`);
      }
    }
    const { data: b } = await github.rest.repos.getBranch({ ...r, branch });
    if (b.protected) {
      canResetBranch = false; // unless the protection itself says force pushes are allowed (below)
      try {
        const { data: p } = await github.rest.repos.getBranchProtection({ ...r, branch });
        if (p.allow_force_pushes?.enabled) canResetBranch = true;
        if (p.required_pull_request_reviews)
          branchBlocks.push(`branch protection requires a pull request review for ${branch}`);
        if ((p.required_status_checks?.contexts ?? []).length > 0)
          branchBlocks.push(`branch protection requires status checks on ${branch}`);
      } catch (e) {
        if (!notFoundOr403(e)) throw e; // reading protection needs admin; GitHub enforces it at the push anyway
      }
    }
  }
  return { immutableReleases, canResetBranch, branchBlocks, tagRules };
}

/** The rule types that forbid `action` on tag `tag`, with the ruleset names, or an empty list. */
export function tagBlocks(
  rules: RepoRules,
  tag: string,
  action: 'creation' | 'update' | 'deletion',
  defaultBranch = '',
): string[] {
  const ref = `refs/tags/${tag}`;
  return rules.tagRules
    .filter((s) => ruleCovers(s, ref, defaultBranch))
    .filter((s) => s.rules.includes(action) || (action === 'update' && s.rules.includes('non_fast_forward')))
    .map((s) => `ruleset "${s.name}" forbids tag ${action === 'creation' ? 'creation' : action} of ${tag}`);
}
