import picomatch from 'picomatch';
import type { BulkApi } from '../api.js';
import type { StaleBranchesOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

const DAY_MS = 86_400_000;

/** Names of the protected branches of a repository (branch protection and rulesets both set `protected`). */
async function protectedBranches(api: BulkApi, owner: string, repo: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await api.request('GET /repos/{owner}/{repo}/branches', {
      owner,
      repo,
      protected: true,
      per_page: 100,
      page,
    });
    for (const b of res.data as { name: string }[]) out.add(b.name);
    if (!/rel="next"/.test(String(res.headers.link ?? ''))) return out;
  }
}

/**
 * Delete branches whose pull request was merged, or whose last commit is older than `olderThanDays`
 * (the roadmap's clean_old_branches). Never the default branch, a branch with an open pull request, one
 * matching `exclude`, or a protected one: protection is checked again through REST right before deleting
 * (https://docs.github.com/rest/branches/branches#list-branches, `protected=true`), since a ruleset
 * protects a branch without a protection rule the batched read could see. First 100 branches per run.
 */
export const staleBranchesPlugin: OperationPlugin<StaleBranchesOperation> = {
  type: 'stale-branches',
  async prepare(op, ctx) {
    const excluded = op.exclude.length > 0 ? picomatch(op.exclude) : () => false;
    return {
      needs(n) {
        n.branches = true;
      },
      plan(repo, state) {
        const now = ctx.clock.now();
        const stale: { name: string; why: string }[] = [];
        for (const b of state.branches ?? []) {
          if (b.name === state.defaultBranch || b.protected || b.openPulls > 0 || excluded(b.name)) continue;
          const age = b.committedDate ? (now - Date.parse(b.committedDate)) / DAY_MS : 0;
          const why =
            op.merged && b.mergedPulls > 0
              ? 'merged'
              : age > op.olderThanDays
                ? `untouched ${Math.floor(age)} days`
                : undefined;
          if (why) stale.push({ name: b.name, why });
        }
        if (stale.length === 0) return {};
        return {
          writes: [
            {
              operation: 'stale-branches',
              description: stale.map((b) => `- branch ${b.name} (${b.why})`).join('\n'),
              // Paced per deletion inside; the listing is a read.
              contentCreating: false,
              apply: async (api, pace) => {
                const guarded = await protectedBranches(api, repo.owner, repo.name);
                for (const b of stale) {
                  if (guarded.has(b.name)) continue;
                  await pace(() =>
                    api.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
                      owner: repo.owner,
                      repo: repo.name,
                      ref: `heads/${b.name}`,
                    }),
                  );
                }
              },
            },
          ],
        };
      },
    };
  },
};
