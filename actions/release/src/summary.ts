import { JobSummary } from '../../../shared/summary/summary.js';
import type { ReleasePlan } from './engine/plan.js';
import type { PublishOutcome } from './engine/publish.js';
import type { RollbackOutcome } from './engine/rollback.js';

const VERB: Record<PublishOutcome['status'], string> = {
  published: 'released',
  unchanged: 'already released, nothing to do',
  'dry-run': 'dry run, nothing written',
};

/** Job summary of a release run: version table, steps, transaction history and the changelog entry. */
export function writePublishSummary(
  summary: JobSummary,
  plan: Extract<ReleasePlan, { release: true }>,
  outcome: PublishOutcome,
  notes: string,
): void {
  summary.heading(`release ${plan.tag}: ${VERB[outcome.status]}`);
  summary.table(
    ['version', 'previous tag', 'bump', 'commits', 'major tag', 'commit', 'release'],
    [
      [
        plan.version,
        plan.previousTag ?? '(first release)',
        plan.bump ?? (plan.existing ? 'existing' : 'forced'),
        plan.commits.length,
        plan.majorTag ?? '',
        outcome.commit.slice(0, 7),
        outcome.release ? `[${outcome.release.draft ? 'draft' : 'published'}](${outcome.release.url})` : '',
      ],
    ],
  );
  summary.list(outcome.steps.map((s) => (outcome.status === 'dry-run' ? `would ${s}` : s)));
  if (outcome.history.length > 0) summary.details('transaction history', historyTable(outcome.history));
  summary.details('changelog entry', notes);
}

/** Job summary of a rollback run. */
export function writeRollbackSummary(summary: JobSummary, outcome: RollbackOutcome): void {
  const what =
    outcome.status === 'dry-run'
      ? 'dry run, nothing written'
      : outcome.status === 'unchanged'
        ? 'nothing to do'
        : 'rolled back';
  summary.heading(`release rollback${outcome.tag ? ` ${outcome.tag}` : ''}: ${what}`);
  summary.list(outcome.steps.map((s) => (outcome.status === 'dry-run' ? `would ${s}` : s)));
  if (outcome.history.length > 0) summary.details('transaction history', historyTable(outcome.history));
}

// Through the shared table builder, so a `|` or line break in an error message cannot break the table.
function historyTable(history: PublishOutcome['history']): JobSummary {
  return new JobSummary().table(
    ['step', 'status', 'error'],
    history.map((h) => [h.step, h.status, h.error]),
  );
}
