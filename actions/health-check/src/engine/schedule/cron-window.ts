import { Cron } from 'croner';

/** A cron expression GitHub accepts: five fields, evaluated in UTC. */
export interface CronCheck {
  expression: string;
  /** The parse error, when croner refused it (GitHub would refuse the workflow too). */
  error?: string;
}

/** The parsed schedule of a workflow. */
export interface ScheduleWindow {
  /** The latest time a run was due by, allowing `graceMs`: a run must have started since. */
  lastDue?: number;
  /** The shortest interval between two firings, for the summary (e.g. 3,600,000 for hourly). */
  intervalMs?: number;
  invalid: CronCheck[];
}

function cronOf(expression: string): Cron {
  // GitHub: POSIX cron, five fields, UTC; day-of-month and day-of-week are OR-ed when both are set
  // (croner's legacy mode, its default).
  return new Cron(expression, { timezone: 'UTC', mode: '5-part', paused: true });
}

/**
 * When a workflow with these cron expressions last had to run, judged at `now` with `graceMs` of
 * allowed lateness: the latest firing at or before `now - graceMs`, over all expressions. A run that
 * started at or after that firing (minus a minute of clock skew) shows the schedule works.
 */
export function scheduleWindow(expressions: readonly string[], now: number, graceMs: number): ScheduleWindow {
  const invalid: CronCheck[] = [];
  let lastDue: number | undefined;
  let intervalMs: number | undefined;
  for (const expression of expressions) {
    let cron: Cron;
    try {
      cron = cronOf(expression);
    } catch (error) {
      invalid.push({ expression, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const [previous] = cron.previousRuns(1, new Date(now - graceMs));
    if (previous && (lastDue === undefined || previous.getTime() > lastDue)) lastDue = previous.getTime();
    const [a, b] = cron.nextRuns(2, new Date(now));
    if (a && b) {
      const gap = b.getTime() - a.getTime();
      intervalMs = intervalMs === undefined ? gap : Math.min(intervalMs, gap);
    }
  }
  return {
    ...(lastDue !== undefined ? { lastDue } : {}),
    ...(intervalMs !== undefined ? { intervalMs } : {}),
    invalid,
  };
}

/** `hourly`, `daily`, `weekly` or `every 15 min` for an interval, for messages. */
export function describeInterval(ms: number | undefined): string {
  if (ms === undefined) return 'irregular';
  const min = Math.round(ms / 60_000);
  if (min === 60) return 'hourly';
  if (min === 1440) return 'daily';
  if (min === 10_080) return 'weekly';
  if (min < 60) return `every ${min} min`;
  if (min % 1440 === 0) return `every ${min / 1440} days`;
  if (min % 60 === 0) return `every ${min / 60} h`;
  return `every ${min} min`;
}
