import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ActionResult, defineAction } from './define-action.js';
import { UserError } from '../core/errors.js';
import { executeAction } from './execute.js';
import { fakeIo, stepEnv } from '../../test/support/fakes/execution-io.js';
import { input } from './inputs.js';

let dir: string;
let makeIo: (values: Record<string, string>, env?: Record<string, string>) => ReturnType<typeof fakeIo>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moko-exec-'));
  makeIo = (values, env = {}) => fakeIo(values, { env: stepEnv(dir, env) });
});

const demo = defineAction({
  name: 'demo',
  description: 'demo',
  inputs: {
    mode: input.enum(['ok', 'user', 'bug', 'undeclared', 'soft'] as const, { description: 'm', default: 'ok' }),
  },
  outputs: { count: 'a count' },
  run: async (ctx): Promise<ActionResult> => {
    ctx.summary.heading('Demo').paragraph(`dry run: ${ctx.dryRun}`);
    ctx.audit.event('demo.step', { mode: ctx.inputs.mode });
    if (ctx.inputs.mode === 'user') throw new UserError('the config says no');
    if (ctx.inputs.mode === 'bug') throw new TypeError('x is undefined');
    if (ctx.inputs.mode === 'undeclared') return { outputs: { other: 1 } };
    if (ctx.inputs.mode === 'soft') return { outputs: { count: 3 }, failure: '3 findings at or above high' };
    return { outputs: { count: 3 } };
  },
});

describe('executeAction', () => {
  it('runs, sets declared outputs, writes the summary, audit log and metrics', async () => {
    const io = makeIo({ 'dry-run': 'true', 'github-token': 'ghs_secret' });
    const report = await executeAction(demo, io);
    expect(io.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(io.outputs).toEqual({ count: '3' });
    expect(io.masked).toEqual(['ghs_secret']);
    expect(io.summaries).toHaveLength(1);
    expect(io.summaries[0]).toContain('dry run: true');
    const audit = report.files.audit.map((f) => readFileSync(f, 'utf8')).join('');
    expect(audit).toContain('"run.started"');
    expect(audit).toContain('"demo.step"');
    expect(audit).toContain('"run.finished"');
    expect(audit).not.toContain('ghs_secret');
    expect(report.files.audit[0]).toContain(join(dir, 'tmp', 'moko', 'demo', 'audit', '42-2'));
    expect(existsSync(report.files.metrics!.prometheus)).toBe(true);
    expect(readFileSync(report.files.metrics!.prometheus, 'utf8')).toContain('moko_action_run');
    expect(readFileSync(report.files.metrics!.prometheus, 'utf8')).toContain(
      'moko_action_runs_total{outcome="success",action="demo"} 1',
    );
  });

  it('fails fast on a bad input before doing anything', async () => {
    const io = makeIo({ mode: 'maybe' });
    const report = await executeAction(demo, io);
    expect(io.failures).toEqual([
      `demo: Input 'mode' has invalid value "maybe": expected one of ok, user, bug, undeclared, soft.`,
    ]);
    expect(io.summaries).toEqual([]);
    expect(report.files.audit).toEqual([]);
  });

  it('reports a user error as a plain message and still writes the summary and audit log', async () => {
    const io = makeIo({ mode: 'user' });
    const report = await executeAction(demo, io);
    expect(io.failures).toEqual(['demo: the config says no']);
    expect(io.summaries[0]).toContain('Demo');
    expect(report.files.audit.map((f) => readFileSync(f, 'utf8')).join('')).toMatch(/"run.finished".*"failure"/);
  });

  it('reports a bug as unexpected, with the stack only in debug output', async () => {
    const io = makeIo({ mode: 'bug' });
    await executeAction(demo, io);
    expect(io.failures).toEqual(['demo failed unexpectedly: x is undefined']);
    expect(io.logger.lines.some((l) => l.startsWith('debug: TypeError: x is undefined\n    at '))).toBe(true);
  });

  it('treats an undeclared output as a bug', async () => {
    const io = makeIo({ mode: 'undeclared' });
    await executeAction(demo, io);
    expect(io.failures).toEqual([`demo failed unexpectedly: output 'other' is not declared by demo`]);
  });

  it('fails the step after writing outputs when the run returns a failure', async () => {
    const io = makeIo({ mode: 'soft' });
    const report = await executeAction(demo, io);
    expect(io.outputs).toEqual({ count: '3' });
    expect(io.failures).toEqual(['demo: 3 findings at or above high']);
    expect(report.ok).toBe(false);
    expect(readFileSync(report.files.metrics!.prometheus, 'utf8')).toContain(
      'moko_action_runs_total{outcome="failure",action="demo"} 1',
    );
  });

  it('refuses GitHub access without a token, as a user error', async () => {
    const needsToken = defineAction({
      name: 'needs-token',
      description: '',
      inputs: {},
      outputs: {},
      run: async (ctx) => {
        await ctx.github();
        return { outputs: {} };
      },
    });
    const io = makeIo({});
    await executeAction(needsToken, io);
    expect(io.failures).toEqual([
      'needs-token: no GitHub token: set the github-token input (or GITHUB_TOKEN outside Actions).',
    ]);
  });

  it('reads the environment from its io, never from process.env', async () => {
    const seen = defineAction({
      name: 'seen',
      description: '',
      inputs: {},
      outputs: { token: 'token', run: 'run id', now: 'clock' },
      run: async (ctx) => ({
        outputs: { token: String((await ctx.github()).moko !== undefined), run: ctx.env.runId, now: ctx.clock.now() },
      }),
    });
    const io = makeIo({}, { GITHUB_TOKEN: 'ghs_from_io', GITHUB_RUN_ID: '77' });
    const report = await executeAction(seen, io);
    expect(report.outputs).toEqual({ token: 'true', run: '77', now: String(Date.UTC(2026, 0, 1)) });
    expect(io.masked).toEqual(['ghs_from_io']);
  });
});
