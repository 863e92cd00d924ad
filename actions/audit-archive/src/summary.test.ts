import { describe, expect, it } from 'vitest';
import { JobSummary } from '../../../shared/summary/summary.js';
import type { ArchiveResult } from './engine/archive-run.js';
import { buildReport } from './engine/report.js';
import { renderArchiveSummary, renderVerifySummary } from './summary.js';

const report = buildReport({
  generatedAt: new Date('2026-11-29T03:00:00Z'),
  window: { since: new Date('2026-11-21T03:00:00Z'), until: new Date('2026-11-29T03:00:00Z') },
  repositories: ['o/r'],
  gathered: [],
  missing: [
    {
      repository: 'o/r',
      runId: 77,
      attempt: 2,
      workflow: '.github/workflows/ci.yml',
      url: 'https://github.com/o/r/actions/runs/77/attempts/2',
      reason: 'attempt 2 has no audit artifact',
    },
  ],
});
const result = (over: Partial<ArchiveResult>): ArchiveResult => ({
  repositories: [{ owner: 'o', repo: 'r' }],
  report,
  weeks: [{ week: '2026-W48', logs: 3, alreadyArchived: 3, parts: ['main'] }],
  parts: [],
  unchanged: true,
  ...over,
});

describe('job summary', () => {
  it('says a re-run changed nothing, and lists missing runs with their links', () => {
    const md = renderArchiveSummary(new JobSummary(), result({}), false).toString();
    expect(md).toContain('| 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |');
    expect(md).toContain(
      'Nothing new: every log of the window is already archived (2026-W48: 3 logs in main). Nothing was written.',
    );
    expect(md).toContain(
      '| o/r | [77 attempt 2](https://github.com/o/r/actions/runs/77/attempts/2) | attempt 2 has no audit artifact |',
    );
    expect(md).toContain('| o/r run 77 attempt 2 |  | missing |');
  });

  it('shows where each part went, and a verification verdict', () => {
    const part = {
      week: '2026-W49',
      part: 'main',
      dir: '2026-W49',
      logs: 2,
      records: 9,
      built: {} as never,
      stores: [
        { kind: 'branch', location: 'o/r@audit-archive', result: 'written' as const },
        { kind: 'release', location: 'o/r releases audit-trail-<week>', result: 'present' as const },
      ],
    };
    const md = renderArchiveSummary(new JobSummary(), result({ unchanged: false, parts: [part] }), false).toString();
    expect(md).toContain(
      '| 2026-W49 | 2 | 9 | o/r@audit-archive: written<br>o/r releases audit-trail-<week>: already there |',
    );
    const v = renderVerifySummary(new JobSummary(), {
      source: '2026-W49 in o/r@audit-archive',
      parts: [{ dir: '', logs: 2, records: 9, problems: [] }],
      problems: [],
    }).toString();
    expect(v).toContain('✅ 2026-W49 in o/r@audit-archive: every file matches its manifest and every chain verifies.');
  });
});
