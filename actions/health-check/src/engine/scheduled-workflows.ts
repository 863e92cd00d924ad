import { parse } from 'yaml';

/**
 * The cron expressions of a workflow's `on.schedule`, or [] when it has none or does not parse
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#schedule).
 * YAML 1.2 (the `yaml` package's default) keeps the `on` key a string, as the runner reads it.
 */
export function scheduleCrons(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  if (!doc || typeof doc !== 'object' || !('on' in doc)) return [];
  const on: unknown = doc.on;
  if (!on || typeof on !== 'object' || Array.isArray(on) || !('schedule' in on)) return [];
  const schedule: unknown = on.schedule;
  if (!Array.isArray(schedule)) return [];
  return schedule
    .map((s: unknown) => (s && typeof s === 'object' && 'cron' in s && typeof s.cron === 'string' ? s.cron : ''))
    .filter((c) => c !== '');
}

/** True for a workflow file path GitHub runs (`.github/workflows/*.yml|yaml`). */
export function isWorkflowFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}
