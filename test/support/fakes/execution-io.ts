import { join } from 'node:path';
import type { ExecutionIo, ProcessEnv } from '../../../shared/action/execute.js';
import { type Clock, manualClock } from '../../../shared/core/clock.js';
import { recordingLogger } from './recording-logger.js';

/**
 * The variables a runner step would have, rooted in `dir` (workspace `dir`, RUNNER_TEMP `dir/tmp`),
 * as a plain object: tests hand it to the io instead of editing `process.env`.
 */
export function stepEnv(dir: string, more: ProcessEnv = {}): ProcessEnv {
  return {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'tmp'),
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    ...more,
  };
}

/**
 * An ExecutionIo for tests: inputs from `values`, the environment `env` (never `process.env`), a manual
 * clock, and every mask, output, summary and failure recorded.
 */
export function fakeIo(values: Record<string, string>, opts: { env?: ProcessEnv; clock?: Clock } = {}) {
  const logger = recordingLogger();
  const io = {
    logger,
    env: opts.env ?? {},
    clock: opts.clock ?? manualClock(Date.UTC(2026, 0, 1)),
    source: (n: string) => values[n],
    masked: [] as string[],
    outputs: {} as Record<string, string>,
    summaries: [] as string[],
    failures: [] as string[],
    mask(v: string) {
      this.masked.push(v);
    },
    setOutput(n: string, v: string) {
      this.outputs[n] = v;
    },
    writeSummary(md: string) {
      this.summaries.push(md);
    },
    fail(m: string) {
      this.failures.push(m);
    },
  };
  return io satisfies ExecutionIo;
}
