import type { ChaosConfig, RoundResult } from './round.js';

/** The chaos figures as a markdown table: one line per round and the totals. */
export function chaosTable(results: RoundResult[], cfg: ChaosConfig): string {
  const sum = (f: (r: RoundResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  const head = [
    `${results.length} rounds, ${cfg.repos} repositories (${cfg.targets} targeted), faults ${cfg.faultRate * 100}% (${cfg.kinds.join(', ')}), ` +
      `kill chance ${cfg.killChance}, secondary limit ${cfg.secondaryLimit.perMinute}/min ${cfg.secondaryLimit.perHour}/h`,
    '',
    '| seed | requests | faults | kills | re-runs | runs | first try | after re-runs | secondary hits | invariant violations | s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = results.map(
    (r) =>
      `| ${r.seed} | ${r.requests} | ${r.faults} | ${r.kills} | ${r.reruns} | ${r.runs} | ${pct(r.firstTry, r.runs)} | ${pct(r.succeeded, r.runs)} | ${r.secondaryHits} | ${r.violations.length} | ${(r.ms / 1000).toFixed(1)} |`,
  );
  const total = `| **all** | ${sum((r) => r.requests)} | ${sum((r) => r.faults)} | ${sum((r) => r.kills)} | ${sum((r) => r.reruns)} | ${sum((r) => r.runs)} | ${pct(
    sum((r) => r.firstTry),
    sum((r) => r.runs),
  )} | ${pct(
    sum((r) => r.succeeded),
    sum((r) => r.runs),
  )} | ${sum((r) => r.secondaryHits)} | ${sum((r) => r.violations.length)} | ${(sum((r) => r.ms) / 1000).toFixed(1)} |`;
  return [...head, ...rows, total].join('\n');
}
