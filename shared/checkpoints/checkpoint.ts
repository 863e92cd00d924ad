import { mkdirSync } from 'node:fs';
import { open, readFile, truncate } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorCode } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type Clock, systemClock } from '../core/clock.js';

/**
 * Work already done in this run, so a re-run skips it.
 *
 * Resume semantics: the framework opens one store per run at
 * `<stateDir>/checkpoints/<action>-<runId>.jsonl` (see checkpointPath). Every attempt of the run
 * (`GITHUB_RUN_ATTEMPT` 1, 2, …) and every retry of the step on the same machine opens the same file,
 * sees every key marked by earlier attempts and skips that work (`if (store.done(key)) continue;`).
 * A different run id starts from an empty store. A key is done once `mark` has resolved: the line is
 * fsynced before the promise settles, so a process killed at any moment (even SIGKILL) loses at most
 * the mark that was in flight, never one that was acknowledged. See docs/recovery.md.
 */
export interface CheckpointStore {
  /** True when `key` was marked by this or an earlier attempt. */
  done(key: string): boolean;
  /** The value stored with `key` by its latest mark. */
  get<T>(key: string): T | undefined;
  /** Durably records `key` (and an optional JSON value) as done; later marks of a key replace its value. */
  mark(key: string, value?: unknown): Promise<void>;
  /** Every key done, in the order first marked. */
  keys(): string[];
}

/** Options of openCheckpointStore. */
export interface CheckpointOptions {
  logger?: Logger;
  clock?: Clock;
}

/** The file the framework uses for a run's checkpoints: shared by all attempts of that run. */
export function checkpointPath(stateDir: string, action: string, runId: string): string {
  return join(stateDir, 'checkpoints', `${action}-${runId}.jsonl`);
}

/** fsync of a directory entry; not possible on every platform (Windows), where it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the file's own fsync already happened
  }
}

interface Line {
  key: string;
  value?: unknown;
  at?: string;
}

function parseLine(text: string): Line | undefined {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'object' && json !== null && typeof (json as { key?: unknown }).key === 'string') {
      return json as Line;
    }
  } catch {
    // not JSON: reported by the caller
  }
  return undefined;
}

/**
 * Opens (creating if needed) an append-only JSON Lines checkpoint store. A last line without its
 * newline is what a kill in the middle of a write leaves behind: that mark was never acknowledged, so
 * it is dropped (and cut from the file so the next append starts on a clean line).
 */
export async function openCheckpointStore(file: string, opts: CheckpointOptions = {}): Promise<CheckpointStore> {
  const clock = opts.clock ?? systemClock;
  mkdirSync(dirname(file), { recursive: true });
  const entries = new Map<string, unknown>();
  let text = '';
  let exists = true;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    exists = false;
  }
  if (text.length > 0 && !text.endsWith('\n')) {
    const keep = text.lastIndexOf('\n') + 1;
    opts.logger?.debug(`checkpoints: ignoring an unfinished last line in ${file} (a write cut short).`);
    text = text.slice(0, keep);
    await truncate(file, Buffer.byteLength(text));
  }
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = parseLine(raw);
    if (line) entries.set(line.key, line.value);
    else opts.logger?.warning(`checkpoints: skipping unreadable line ${i + 1} of ${file}.`);
  });

  // Marks are written one at a time, in call order; a failed write does not block later ones.
  let queue: Promise<void> = Promise.resolve();
  const append = async (key: string, value: unknown): Promise<void> => {
    const record: Line = { key, ...(value !== undefined && { value }), at: new Date(clock.now()).toISOString() };
    const line = `${JSON.stringify(record)}\n`;
    const handle = await open(file, 'a');
    try {
      await handle.write(line);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!exists) {
      await syncDirectory(dirname(file)); // make the new file's name durable too, not only its content
      exists = true;
    }
    // Keep what a reader would parse back (e.g. undefined members dropped).
    entries.set(key, (JSON.parse(line) as Line).value);
  };

  return {
    done: (key) => entries.has(key),
    get: <T>(key: string) => entries.get(key) as T | undefined,
    keys: () => [...entries.keys()],
    mark: (key, value) => {
      if (typeof key !== 'string' || key === '')
        return Promise.reject(new TypeError('checkpoint key must be a non-empty string'));
      const run = queue.then(() => append(key, value));
      queue = run.catch(() => undefined); // the caller sees the rejection of `run`
      return run;
    },
  };
}
