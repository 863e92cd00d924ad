/** Milliseconds between two ISO times, or undefined when either is missing or the order is wrong. */
export function between(from: string | null | undefined, to: string | null | undefined): number | undefined {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The `q` quantile (0..1) of `values` by nearest rank; undefined for none. */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Mean of `values`; undefined for none. */
export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** p50, p90, p99 and mean of durations in milliseconds, as seconds (undefined entries when empty). */
export interface Distribution {
  count: number;
  p50?: number | undefined;
  p90?: number | undefined;
  p99?: number | undefined;
  mean?: number | undefined;
}

/** The distribution of millisecond durations, in seconds. */
export function distribution(ms: readonly number[]): Distribution {
  const s = (v: number | undefined) => (v === undefined ? undefined : Math.round(v / 100) / 10);
  return {
    count: ms.length,
    p50: s(quantile(ms, 0.5)),
    p90: s(quantile(ms, 0.9)),
    p99: s(quantile(ms, 0.99)),
    mean: s(mean(ms)),
  };
}

/** True when the ISO time is at or after `sinceMs`. */
export function inWindow(at: string | null | undefined, sinceMs: number): boolean {
  return !!at && Date.parse(at) >= sinceMs;
}

/** Runs `fn` over `items` with at most `limit` in flight, results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
