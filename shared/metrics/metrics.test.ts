import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import { Metrics } from './metrics.js';

interface JsonMetric {
  name: string;
  type: string;
  values: { value: number; labels: Record<string, string | number>; metricName?: string }[];
}

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('Metrics', () => {
  it('prefixes names with moko_ by default and does not prefix twice', () => {
    const m = new Metrics();
    expect(m.gauge('queue_depth', 'Depth.').get).toBeTypeOf('function');
    expect(m.registry.getSingleMetric('moko_queue_depth')).toBeDefined();
    expect(m.gauge('moko_queue_depth', 'Depth.')).toBe(m.gauge('queue_depth', 'Depth.'));
  });

  it('honours a custom prefix', () => {
    const m = new Metrics({ prefix: 'x_' });
    m.gauge('g', 'G.');
    expect(m.registry.getSingleMetric('x_g')).toBeDefined();
  });

  it('returns the existing metric when one is registered twice', () => {
    const m = new Metrics();
    expect(m.counter('requests_total', 'R.', ['route'])).toBe(m.counter('requests_total', 'R.', ['route']));
    expect(m.histogram('latency_seconds', 'L.')).toBe(m.histogram('latency_seconds', 'L.'));
  });

  it('throws when a name is reused for another metric type', () => {
    const m = new Metrics();
    m.gauge('things', 'T.');
    expect(() => m.histogram('things', 'T.')).toThrow('moko_things is already registered as a different type');
  });

  it('adds the _total suffix counters need', async () => {
    const m = new Metrics();
    m.counter('errors', 'Errors.').inc();
    expect(await m.prometheus()).toContain('moko_errors_total 1');
  });

  it('keeps separate instances independent (private registries)', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.counter('only_a_total', 'A.').inc();
    expect(await b.prometheus()).not.toContain('only_a_total');
  });

  it('exposes counters, gauges and histograms with labels in text format', async () => {
    const m = new Metrics({ labels: { action: 'health-check' } });
    m.counter('requests_total', 'Requests.', ['status']).inc({ status: '200' }, 3);
    m.gauge('rate_limit_remaining', 'Remaining.').set(4999);
    m.histogram('size_bytes', 'Sizes.', ['kind'], [10, 100]).observe({ kind: 'file' }, 50);
    const text = await m.prometheus();
    expect(text).toContain('# TYPE moko_requests_total counter');
    expect(text).toContain('moko_requests_total{status="200",action="health-check"} 3');
    expect(text).toContain('moko_rate_limit_remaining{action="health-check"} 4999');
    expect(text).toContain('moko_size_bytes_bucket{le="10",action="health-check",kind="file"} 0');
    expect(text).toContain('moko_size_bytes_bucket{le="100",action="health-check",kind="file"} 1');
    expect(text).toContain('moko_size_bytes_count{action="health-check",kind="file"} 1');
  });

  it('time() records elapsed seconds from the injected clock', async () => {
    const clock = manualClock(1_000);
    const m = new Metrics({ clock });
    const result = await m.time('step_seconds', { step: 'scan' }, async () => {
      clock.advance(1_500);
      return 'done';
    });
    expect(result).toBe('done');
    const json = (await m.json()) as JsonMetric[];
    const hist = json.find((x) => x.name === 'moko_step_seconds');
    expect(hist?.type).toBe('histogram');
    const sum = hist?.values.find((v) => v.metricName === 'moko_step_seconds_sum');
    expect(sum).toMatchObject({ value: 1.5, labels: { step: 'scan' } });
  });

  it('time() records the duration and rethrows when the function fails, adding the _seconds unit', async () => {
    const clock = manualClock();
    const m = new Metrics({ clock });
    await expect(
      m.time('failing', {}, async () => {
        clock.advance(250);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await m.prometheus()).toContain('moko_failing_seconds_sum 0.25');
  });

  it('json() returns metric objects with values', async () => {
    const m = new Metrics();
    m.gauge('findings', 'F.', ['severity']).set({ severity: 'high' }, 2);
    const json = (await m.json()) as JsonMetric[];
    expect(json).toEqual([
      expect.objectContaining({
        name: 'moko_findings',
        type: 'gauge',
        values: [{ value: 2, labels: { severity: 'high' } }],
      }),
    ]);
  });

  it('writeFiles() writes metrics.prom and metrics.json, creating the directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'metrics-'));
    dirs.push(dir);
    const m = new Metrics();
    m.counter('runs_total', 'Runs.').inc();
    const files = await m.writeFiles(path.join(dir, 'nested'));
    expect(files).toEqual({
      prometheus: path.join(dir, 'nested', 'metrics.prom'),
      json: path.join(dir, 'nested', 'metrics.json'),
    });
    expect(await readFile(files.prometheus, 'utf8')).toContain('moko_runs_total 1');
    const json = JSON.parse(await readFile(files.json, 'utf8')) as JsonMetric[];
    expect(json[0]?.name).toBe('moko_runs_total');
  });
});
