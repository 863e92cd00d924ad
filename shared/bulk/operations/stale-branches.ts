import picomatch from 'picomatch';
import type { DirectWrite } from '../model.js';
import type { StaleBranchesOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Delete branches whose pull request was merged, or whose last commit is older than `olderThanDays`
 * (the roadmap's clean_old_branches). Never the default branch, a protected branch, a branch with an
 * open pull request, or one matching `exclude`. The first 100 branches are considered per run.
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
        const writes: DirectWrite[] = [];
        const now = ctx.clock.now();
        for (const b of state.branches ?? []) {
          if (b.name === state.defaultBranch || b.protected || b.openPulls > 0 || excluded(b.name)) continue;
          const age = b.committedDate ? (now - Date.parse(b.committedDate)) / DAY_MS : 0;
          const why =
            op.merged && b.mergedPulls > 0
              ? 'merged'
              : age > op.olderThanDays
                ? `untouched ${Math.floor(age)} days`
                : undefined;
          if (!why) continue;
          writes.push({
            operation: 'stale-branches',
            description: `- branch ${b.name} (${why})`,
            contentCreating: true,
            apply: async (api) => {
              await api.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
                owner: repo.owner,
                repo: repo.name,
                ref: `heads/${b.name}`,
              });
            },
          });
        }
        return { writes };
      },
    };
  },
};
