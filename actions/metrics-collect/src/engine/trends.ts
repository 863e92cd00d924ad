import { mermaidLabel } from '../../../../shared/summary/markdown.js';
import {
  HEADLINE_LABELS,
  type Headline,
  type PreviousSnapshot,
  type Snapshot,
  TOTAL_LABELS,
  type Totals,
} from './snapshot.js';

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

/** The previous collection's headline, when the history has one. */
export function previousHeadline(snapshot: Snapshot): Headline | undefined {
  return snapshot.history.length >= 2 ? snapshot.history[snapshot.history.length - 2]?.headline : undefined;
}

/** `+3`, `-2`, `0` (at most 4 decimals). */
export function signed(n: number): string {
  const r = Math.round(n * 10000) / 10000;
  return r > 0 ? `+${r}` : String(r);
}

/**
 * Distinct x labels for the history: `MM-DD`, with `HH:mm` when a day repeats, and `#n` when even
 * that repeats (mermaid merges equal category labels, which would misplace the points).
 */
export function historyLabels(points: readonly { collectedAt: string }[]): string[] {
  const days = points.map((p) => p.collectedAt.slice(5, 10));
  const withTime = new Set(days).size < days.length;
  const labels = points.map((p) =>
    withTime ? `${p.collectedAt.slice(5, 10)} ${p.collectedAt.slice(11, 16)}` : p.collectedAt.slice(5, 10),
  );
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n > 1 ? `${l} #${n}` : l;
  });
}

function chart(title: string, axis: string, labels: string[], values: number[]): string {
  const max = Math.max(1, ...values);
  return [
    'xychart-beta',
    `    title "${mermaidLabel(title)}"`,
    `    x-axis [${labels.map((l) => `"${mermaidLabel(l)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(axis)}" 0 --> ${max}`,
    `    line [${values.join(', ')}]`,
  ].join('\n');
}

/**
 * A mermaid `xychart-beta` line of one total over the snapshot's history (https://mermaid.js.org/syntax/xyChart.html);
 * undefined with fewer than two collections.
 */
export function historyChart(snapshot: Snapshot, key: keyof Totals): string | undefined {
  const points = snapshot.history;
  if (points.length < 2) return undefined;
  const label = TOTAL_LABELS[key];
  return chart(
    `${label}, last ${points.length} collections`,
    label,
    historyLabels(points),
    points.map((p) => p.totals[key]),
  );
}

/** The same for a headline figure, over the collections that recorded it. */
export function headlineChart(snapshot: Snapshot, key: keyof Headline): string | undefined {
  const points = snapshot.history.filter((p) => p.headline && p.headline[key] !== null);
  if (points.length < 2) return undefined;
  const label = HEADLINE_LABELS[key];
  return chart(
    `${label}, last ${points.length} collections`,
    label,
    historyLabels(points),
    points.map((p) => p.headline![key] as number),
  );
}
