import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../../shared/core/errors.js';
import { parseSince } from './window.js';

const NOW = Date.parse('2026-11-26T00:00:00Z');

describe('parseSince', () => {
  it('reads durations back from now', () => {
    expect(parseSince('7d', NOW).toISOString()).toBe('2026-11-19T00:00:00.000Z');
    expect(parseSince('36h', NOW).toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(parseSince('2w', NOW).toISOString()).toBe('2026-11-12T00:00:00.000Z');
  });

  it('reads ISO dates and times', () => {
    expect(parseSince('2026-11-01', NOW).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseSince('2026-11-01T06:30:00Z', NOW).toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });

  it('rejects other text and future dates, naming the input', () => {
    for (const bad of ['7', 'seven days', '2027-01-01', '7m']) {
      let error: unknown;
      try {
        parseSince(bad, NOW);
      } catch (e) {
        error = e;
      }
      expect(isUserError(error), bad).toBe(true);
      expect(String(error)).toContain(`Input 'since' has invalid value ${JSON.stringify(bad)}`);
    }
  });
});
