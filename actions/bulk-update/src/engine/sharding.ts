import { createHash } from 'node:crypto';

/** One shard of a run: `index` of `count`, both 1-based as written (`2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** Most shards a run may be split into. */
export const MAX_SHARDS = 256;

/** Parses `i/n` (1 ≤ i ≤ n ≤ MAX_SHARDS), or undefined when `value` is not one. */
export function parseShard(value: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) return undefined;
  return { index, count };
}

/** The shard (1-based) a repository belongs to: a stable hash of its lower-cased name, so shards never overlap. */
export function shardOf(name: string, count: number): number {
  const digest = createHash('sha256').update(name.toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The names that belong to `shard`, in their original order. */
export function inShard<T extends { name: string }>(items: T[], shard: Shard): T[] {
  if (shard.count === 1) return items;
  return items.filter((r) => shardOf(r.name, shard.count) === shard.index);
}

/**
 * How many shards a selection needs: one per `perShard` repositories, at most `max`
 * (GitHub caps a matrix at 256 jobs: https://docs.github.com/actions/using-jobs/using-a-matrix-for-your-jobs).
 */
export function shardCount(selected: number, perShard = 250, max = 20): number {
  return Math.max(1, Math.min(max, Math.ceil(selected / perShard)));
}

/** The `matrix` output of plan mode: `{"shard":["1/4","2/4","3/4","4/4"]}`. */
export function shardMatrix(count: number): { shard: string[] } {
  return { shard: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`) };
}
