import { createHash } from 'node:crypto';
import { Cron } from 'croner';
import { parse } from 'yaml';
import type { RepoRecord, RunRecord, WorkflowRecord } from './model.js';
import type { EmulatorState } from './state.js';

/** True for a path GitHub reads workflows from: `.github/workflows/*.yml|yaml`, not in a subfolder. */
export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}

/** The events and cron expressions of a workflow file; undefined when it is not valid YAML with `on:`. */
export function workflowTriggers(text: string): { name?: string; triggers: string[]; crons: string[] } | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object' || !('on' in doc)) return undefined;
  const on: unknown = doc.on;
  const name = 'name' in doc && typeof doc.name === 'string' ? doc.name : undefined;
  const triggers =
    typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? on.filter((e): e is string => typeof e === 'string')
        : on && typeof on === 'object'
          ? Object.keys(on)
          : [];
  const schedule: unknown = on && typeof on === 'object' && !Array.isArray(on) && 'schedule' in on ? on.schedule : [];
  const crons = Array.isArray(schedule)
    ? schedule
        .map((s: unknown) => (s && typeof s === 'object' && 'cron' in s && typeof s.cron === 'string' ? s.cron : ''))
        .filter((c) => c !== '')
    : [];
  return { ...(name ? { name } : {}), triggers, crons };
}

/**
 * Registers a workflow file pushed to the default branch, as GitHub does on every push: a new path
 * becomes an active workflow (named by its `name:`, else its path), a known one gets its triggers
 * updated. Files that are not workflows, or not on the default branch, are left alone.
 */
export function registerWorkflowFile(
  state: EmulatorState,
  repo: RepoRecord,
  branch: string,
  path: string,
  data: Buffer | null,
): WorkflowRecord | undefined {
  if (branch !== repo.default_branch || !isWorkflowPath(path) || data === null) return undefined;
  const parsed = workflowTriggers(data.toString('utf8'));
  const existing = repo.workflows.find((w) => w.path === path);
  const now = state.now();
  if (existing) {
    if (parsed) Object.assign(existing, { triggers: parsed.triggers, crons: parsed.crons });
    existing.updated_at = now;
    return existing;
  }
  const id = state.nextId();
  const record: WorkflowRecord = {
    id,
    node_id: state.nodeId('W', id),
    name: parsed?.name ?? path,
    path,
    state: 'active',
    created_at: now,
    updated_at: now,
    triggers: parsed?.triggers ?? [],
    crons: parsed?.crons ?? [],
  };
  repo.workflows.push(record);
  return record;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Options of {@link fireSchedules}. */
export interface FireOptions {
  /** Drop this firing (GitHub skips scheduled runs under load): return true to skip it. */
  drop?: (workflow: WorkflowRecord, at: number) => boolean;
  /** Conclusion of a run; default success. */
  conclusion?: (workflow: WorkflowRecord, at: number) => string;
}

/**
 * Creates the `schedule` runs GitHub would have started for the repository's active workflows between
 * `fromMs` (exclusive) and `toMs` (inclusive), one per cron firing (UTC, five fields), oldest first.
 * Disabled workflows do not fire, as on GitHub. Returns the runs made.
 */
export function fireSchedules(
  state: EmulatorState,
  repo: RepoRecord,
  fromMs: number,
  toMs: number,
  opts: FireOptions = {},
): RunRecord[] {
  const made: RunRecord[] = [];
  for (const w of repo.workflows) {
    if (w.state !== 'active' || !w.crons?.length) continue;
    const times = new Set<number>();
    for (const expression of w.crons) {
      const cron = new Cron(expression, { timezone: 'UTC', mode: '5-part', paused: true });
      let next = cron.nextRun(new Date(fromMs));
      while (next && next.getTime() <= toMs) {
        times.add(next.getTime());
        next = cron.nextRun(next);
      }
    }
    for (const at of [...times].sort((a, b) => a - b)) {
      if (at < Date.parse(w.created_at) || opts.drop?.(w, at)) continue;
      const id = state.nextId();
      const number = repo.runs.filter((r) => r.workflow_id === w.id).length + 1;
      const run: RunRecord = {
        id,
        node_id: state.nodeId('WFR', id),
        workflow_id: w.id,
        name: w.name,
        run_number: number,
        run_attempt: 1,
        event: 'schedule',
        status: 'completed',
        conclusion: opts.conclusion?.(w, at) ?? 'success',
        head_branch: repo.default_branch,
        head_sha: createHash('sha1').update(`${repo.name}:${w.path}:${at}`).digest('hex'),
        actor: 'moko-bot',
        created_at: iso(at),
        updated_at: iso(at),
      };
      repo.runs.push(run);
      made.push(run);
    }
  }
  return made;
}
