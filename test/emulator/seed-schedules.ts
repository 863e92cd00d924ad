import type { RepoRecord } from './model.js';
import type { EmulatorState } from './state.js';
import { fireSchedules, workflowTriggers } from './workflow-registry.js';

/** The schedules generated workflows use: hourly, daily at 06:00, weekly on Sunday, every 30 minutes. */
export const SEED_CRONS = ['0 * * * *', '0 6 * * *', '0 0 * * 0', '*/30 * * * *'] as const;

const DAY = 86_400_000;

/** A scheduled workflow file with `cron`. */
export function scheduledWorkflowFile(cron: string): string {
  return [
    'name: Scheduled',
    'on:',
    '  schedule:',
    `    - cron: '${cron}'`,
    '  workflow_dispatch:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  run:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo scheduled',
    '',
  ].join('\n');
}

/**
 * Gives every third non-archived repository `.github/workflows/scheduled.yml` with one of
 * {@link SEED_CRONS}, registered as a workflow (created 30 days ago) with the `schedule` runs GitHub
 * would have made over the last 8 days. Deterministic from the repository's index; one in nine is
 * `disabled_inactivity` (no runs since it was disabled, 3 days ago), as GitHub does after 60 quiet days.
 * Run after the repositories exist, so the ids of everything else stay as without it.
 */
export function seedSchedules(state: EmulatorState, repos: readonly RepoRecord[]): void {
  const now = state.clock.now();
  repos.forEach((repo, i) => {
    if (repo.archived || i % 3 !== 0) return;
    const cron = SEED_CRONS[(i / 3) % SEED_CRONS.length]!;
    const path = '.github/workflows/scheduled.yml';
    const text = scheduledWorkflowFile(cron);
    const seed = repo.seedFiles;
    repo.seedFiles = () => ({ ...(seed?.() ?? {}), [path]: { content: text } });
    const parsed = workflowTriggers(text)!;
    const id = state.nextId();
    const created = new Date(now - 30 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const disabled = i % 9 === 3;
    repo.workflows.push({
      id,
      node_id: state.nodeId('W', id),
      name: parsed.name ?? path,
      path,
      state: 'active',
      created_at: created,
      updated_at: created,
      triggers: parsed.triggers,
      crons: parsed.crons,
    });
    fireSchedules(state, repo, now - 8 * DAY, disabled ? now - 3 * DAY : now);
    if (disabled) repo.workflows[repo.workflows.length - 1]!.state = 'disabled_inactivity';
  });
}
