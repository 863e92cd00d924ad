import { describe, expect, it } from 'vitest';
import { parseAuditArtifactName } from './artifact-name.js';
import { isoWeek, isWeekId } from './iso-week.js';

describe('isoWeek', () => {
  it('follows ISO 8601 across year ends (the Thursday decides the year)', () => {
    expect(isoWeek(Date.parse('2026-11-29T23:59:59Z')).id).toBe('2026-W48'); // Sunday
    expect(isoWeek(Date.parse('2026-11-30T00:00:00Z')).id).toBe('2026-W49'); // Monday
    expect(isoWeek(Date.parse('2027-01-01T12:00:00Z')).id).toBe('2026-W53');
    expect(isoWeek(Date.parse('2025-12-29T00:00:00Z')).id).toBe('2026-W01');
    expect(isoWeek(Date.parse('2026-11-26T10:00:00Z')).start.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(isWeekId('2026-W48')).toBe(true);
    expect(isWeekId('2026-W54')).toBe(false);
  });
});

describe('parseAuditArtifactName', () => {
  it('reads action, run, attempt and the rename suffix of a clashing upload', () => {
    expect(parseAuditArtifactName('audit-security-scan-1234-2')).toEqual({
      action: 'security-scan',
      runId: 1234,
      runAttempt: 2,
    });
    expect(parseAuditArtifactName('audit-release-700-1-moko')).toEqual({
      action: 'release',
      runId: 700,
      runAttempt: 1,
      suffix: 'moko',
    });
    expect(parseAuditArtifactName('audit-release-700-1-moko-2')).toMatchObject({ suffix: 'moko-2' });
    expect(parseAuditArtifactName('audit-audit-archive-9-1')).toMatchObject({ action: 'audit-archive', runId: 9 });
  });
  it('ignores the archive artifacts, metrics and anything else', () => {
    for (const n of [
      'audit-archive-2026-W48',
      'audit-archive-2026-W48-addendum-1',
      'audit-archive-601',
      'metrics-release-9-1',
      'audit-unknown-1-1',
    ])
      expect(parseAuditArtifactName(n), n).toBeUndefined();
  });
});
