import type { BulkApi } from './api.js';
import type { BulkConfig } from './config.js';
import { previewDelivery } from './deliver.js';
import { describePlan } from './describe.js';
import type { RepoPlan, RepoResult, RepoState } from './model.js';
import { pathsNeedingText, planDiff } from './plan-repo.js';
import { readTexts } from './state-reader.js';

/**
 * Dry-run of one batch: what delivery would do and the unified diff per repository. Only the texts of
 * files that exist and change are fetched (one batched request), everything else was decided by blob id.
 */
export async function previewBatch(
  api: BulkApi,
  config: BulkConfig,
  planned: { plan: RepoPlan; state: RepoState }[],
  batchSize: number,
): Promise<RepoResult[]> {
  const texts = await readTexts(
    api,
    planned.map((p) => ({ repo: p.plan.repo, paths: pathsNeedingText(p.plan) })),
    batchSize,
  );
  return planned.map(({ plan, state }) => {
    const outcome = previewDelivery(state, plan.files, config.delivery, config.force);
    const writes = plan.writes.length > 0;
    const status = writes && outcome.status !== 'updated' ? 'updated' : outcome.status;
    const row: RepoResult = { repo: plan.repo.name, status, changes: describePlan(plan) };
    const reason = outcome.reason ?? (writes ? 'dry run: would apply the listed writes' : undefined);
    if (reason) row.reason = reason;
    if (outcome.pullRequest) row.pullRequest = outcome.pullRequest;
    if (status === 'updated') row.diff = planDiff(plan, texts.get(plan.repo.name) ?? new Map());
    return row;
  });
}
