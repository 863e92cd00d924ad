import { errorMessage, errorStatus } from '../../../../shared/core/errors.js';
import type { BulkApi } from './api.js';
import { graphqlFailure } from '../../../../shared/github/graphql-failure.js';
import { type DeliveryContext, deliverFiles } from './deliver.js';
import { describePlan } from './describe.js';
import type { RepoPlan, RepoResult, RepoState } from './model.js';
import type { ContentPacer } from './pacer.js';

/** Why a write failed, in words a maintainer can act on. */
export function failureReason(error: unknown): string {
  // GraphQL answers 200 with `errors` (type FORBIDDEN, NOT_FOUND, …): report the first one plainly.
  const first = graphqlFailure(error)?.errors[0];
  if (first) {
    const type = typeof first.type === 'string' ? first.type : 'ERROR';
    const what = type === 'FORBIDDEN' ? 'permission denied' : type === 'NOT_FOUND' ? 'not found or no access' : type;
    return `${what}: ${String(first.message)}`;
  }
  const status = errorStatus(error);
  const message = errorMessage(error).split('\n')[0] ?? '';
  if (status === 403) return `permission denied (403): ${message}`;
  if (status === 404) return `not found or no access (404): ${message}`;
  return status ? `HTTP ${status}: ${message}` : message;
}

/**
 * Applies one repository's plan: direct writes (labels, settings, branches, projects) first, then the
 * file changes through deliverFiles. Direct writes are idempotent (only differences were planned), so a
 * re-run after a kill re-plans and writes only what is still missing.
 */
export async function applyRepo(
  plan: RepoPlan,
  state: RepoState,
  api: BulkApi,
  pacer: ContentPacer,
  delivery: Omit<DeliveryContext, 'api' | 'pacer'>,
): Promise<RepoResult> {
  const changes = describePlan(plan);
  const result: RepoResult = { repo: plan.repo.name, status: 'unchanged', changes };
  for (const w of plan.writes) {
    const pace = <T>(fn: () => Promise<T>) => pacer.run(fn);
    await (w.contentCreating ? pacer.run(() => w.apply(api, pace)) : w.apply(api, pace));
    result.status = 'updated';
  }
  const out = await deliverFiles(plan.repo, state, plan.files, { ...delivery, api, pacer });
  if (out.status === 'updated' || (out.status === 'skipped' && result.status !== 'updated')) result.status = out.status;
  if (out.reason) result.reason = out.reason;
  if (out.pullRequest) result.pullRequest = out.pullRequest;
  if (out.commit) result.commit = out.commit;
  if (result.status === 'unchanged' && plan.notes.length > 0 && !result.reason) result.reason = plan.notes.join('; ');
  return result;
}
