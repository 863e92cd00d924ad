import { JobSummary } from '../../../shared/summary/summary.js';
import type { ReleaseResult } from './engine/release.js';
import type { RollbackOutcome } from './engine/rollback.js';

const VERB: Record<ReleaseResult['status'], string> = {
  published: 'released',
  completed: 'completed the release an interrupted run had left',
  unchanged: 'already released, nothing to do',
  'dry-run': 'dry run, nothing written',
  nothing: 'nothing to release',
  superseded: 'superseded, nothing written',
  'release-pr': 'release pull request opened or updated',
};

/** Job summary of a release run: version table, recovery, steps, transaction history and the changelog entry. */
export function writePublishSummary(summary: JobSummary, r: ReleaseResult): void {
  summary.heading(`release${r.tag ? ` ${r.tag}` : ''}: ${VERB[r.status]}`);
  if (r.reason) summary.paragraph(r.reason);
  if (r.plan) {
    summary.table(
      ['version', 'previous tag', 'bump', 'commits', 'floating tags', 'commit', 'release'],
      [
        [
          r.plan.version,
          r.plan.previousTag ?? '(first release)',
          r.plan.bump ?? (r.plan.existing ? 'existing' : 'forced'),
          r.plan.commits.length,
          r.floating.join(', '),
          r.commit?.slice(0, 7) ?? '',
          r.release ? `[${r.release.draft ? 'draft' : 'published'}](${r.release.url})` : '',
        ],
      ],
    );
  }
  if (r.recovered.length > 0) summary.details('left by an interrupted run', new JobSummary().list(r.recovered));
  if (r.steps.length > 0) summary.list(r.steps.map((s) => (r.status === 'dry-run' ? `would ${s}` : s)));
  if (r.truncatedNotes) summary.paragraph("The release body was cut to GitHub's 125,000-character limit.");
  if (r.history.length > 0) summary.details('transaction history', historyTable(r.history));
  if (r.notes) summary.details('changelog entry', r.notes);
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
function historyTable(history: ReleaseResult['history']): JobSummary {
  return new JobSummary().table(
    ['step', 'status', 'error'],
    history.map((h) => [h.step, h.status, h.error]),
  );
}
