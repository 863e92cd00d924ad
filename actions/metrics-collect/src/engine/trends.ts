import { mermaidLabel } from '../../../../shared/summary/markdown.js';
import { type PreviousSnapshot, type Snapshot, TOTAL_LABELS, type Totals } from './snapshot.js';

/** One total now and at the previous collection. */
export interface Delta {
  key: keyof Totals;
  label: string;
  previous: number;
  current: number;
  change: number;
}

/** Each total's change since `previous`; undefined when there is no previous snapshot of the same organization. */
export function compareSnapshots(previous: PreviousSnapshot | undefined, current: Snapshot): Delta[] | undefined {
  if (!previous || previous.organization !== current.organization) return undefined;
  return (Object.keys(TOTAL_LABELS) as (keyof Totals)[]).map((key) => ({
    key,
    label: TOTAL_LABELS[key],
    previous: previous.totals[key],
    current: current.totals[key],
    change: current.totals[key] - previous.totals[key],
  }));
}

/** `+3`, `-2`, `0`. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * A mermaid `xychart-beta` line of one total over the snapshot's history (https://mermaid.js.org/syntax/xyChart.html),
 * x labels `MM-DD` (`MM-DD HH:mm` when a day repeats); undefined with fewer than two collections.
 */
export function historyChart(snapshot: Snapshot, key: keyof Totals): string | undefined {
  const points = snapshot.history;
  if (points.length < 2) return undefined;
  const values = points.map((p) => p.totals[key]);
  const max = Math.max(1, ...values);
  // Day labels, with the time when two collections fall on the same day.
  const days = points.map((p) => p.collectedAt.slice(5, 10));
  const withTime = new Set(days).size < days.length;
  const labels = points.map(
    (p) =>
      `"${mermaidLabel(withTime ? `${p.collectedAt.slice(5, 10)} ${p.collectedAt.slice(11, 16)}` : p.collectedAt.slice(5, 10))}"`,
  );
  return [
    'xychart-beta',
    `    title "${mermaidLabel(`${TOTAL_LABELS[key]}, last ${points.length} collections`)}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${mermaidLabel(TOTAL_LABELS[key])}" 0 --> ${max}`,
    `    line [${values.join(', ')}]`,
  ].join('\n');
}
