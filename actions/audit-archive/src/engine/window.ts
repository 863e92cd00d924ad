import { InputError } from '../../../../shared/core/errors.js';

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * Start of the archive window from the `since` input: a duration back from `now` (`36h`, `7d`, `2w`)
 * or an ISO 8601 date or time (`2026-11-01`, `2026-11-01T00:00:00Z`). Never in the future.
 */
export function parseSince(value: string, now: number): Date {
  const m = /^(\d+)([hdw])$/.exec(value.trim());
  if (m) return new Date(now - Number(m[1]) * UNITS[m[2]!]!);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const t = Date.parse(value.trim());
    if (!Number.isNaN(t) && t <= now) return new Date(t);
  }
  throw new InputError(
    'since',
    value,
    'expected a duration such as 36h, 7d or 2w, or a past ISO date such as 2026-11-01',
  );
}
