/** What the scale bench measured. */
export interface ScaleFigures {
  repos: number;
  changed: number;
  shards: number;
  parallel: number;
  limits: { perMinute: number; perHour: number };
  phases: { phase: string; ms: number; requests: number; rss: number[]; ok: string }[];
  writes: number;
  bulkMs: number;
  floorMs: number;
  merged: Record<string, string>;
  secondaryHits: number;
  violations: number;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The figures as markdown: one line per phase, then the bulk-update totals. */
export function scaleTable(f: ScaleFigures): string {
  const rows = f.phases.map(
    (p) =>
      `| ${p.phase} | ${p.ok} | ${s(p.ms)} | ${p.requests} | ${(p.requests / f.repos).toFixed(2)} | ${p.rss.length ? Math.max(...p.rss).toFixed(0) : '-'} |`,
  );
  return [
    `${f.repos} repositories (${f.changed} needing a change), ${f.shards} shards ${f.parallel} at a time, ` +
      `secondary limit ${f.limits.perMinute}/min ${f.limits.perHour}/h per token`,
    '',
    '| phase | ok | wall | requests | requests/repo | peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `bulk-update: ${s(f.bulkMs)} wall for plan + shards + merge; content-creation floor ${s(f.floorMs)} ` +
      `(${f.writes} writes); ${(f.bulkMs / Math.max(1, f.floorMs)).toFixed(2)}x the floor. ` +
      `Merged: updated ${f.merged.updated ?? '?'}, unchanged ${f.merged.unchanged ?? '?'}, skipped ${f.merged.skipped ?? '?'}, failed ${f.merged.failed ?? '?'}. ` +
      `Secondary-limit hits: ${f.secondaryHits}. Emulator violations: ${f.violations}.`,
  ].join('\n');
}
