/**
 * Checks the exposition against Debian's real Prometheus tools rather than our own reading of the
 * format. The binaries are required, never skipped: without them this suite fails with the command
 * that installs them.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Counter } from 'prom-client';
import { Metrics } from './metrics.js';

const APT = 'apt-get install -y prometheus prometheus-pushgateway';

/**
 * The absolute path of a Debian Prometheus binary: /usr/bin first (where the packages put them),
 * then PATH. Missing binaries fail the suite with the install command, never skip it.
 */
function requireBinary(name: string, dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(path.delimiter)]): string {
  for (const dir of dirs.filter((d) => d !== '')) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this directory
    }
  }
  throw new Error(`${name} is missing: install the Prometheus tools with \`${APT}\` (as root).`);
}

/** Runs `promtool check metrics` with the exposition on stdin. */
function promtoolCheck(text: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(requireBinary('promtool'), ['check', 'metrics'], (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, output });
    });
    child.stdin?.end(text);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pushgateway exited with ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pushgateway did not become ready: ${log()}`);
}

function sampleMetrics(): Metrics {
  const m = new Metrics({ labels: { action: 'health-check' } });
  m.counter('github_requests_total', 'GitHub API requests by route and status.', ['route', 'status']).inc(
    { route: 'GET /repos/{owner}/{repo}', status: '200' },
    7,
  );
  m.gauge('rate_limit_remaining', 'Primary rate-limit requests left.').set(4321);
  m.histogram('request_duration_seconds', 'GitHub API latency.', ['route']).observe({ route: 'GET /user' }, 0.2);
  m.gauge('findings', 'Findings by severity, with "quotes" and a \\ backslash.', ['severity']).set(
    { severity: 'line\nbreak "quoted"' },
    2,
  );
  return m;
}

describe('the Prometheus binaries', () => {
  it('are required: a missing one fails with the apt command that installs it', () => {
    expect(() => requireBinary('promtool', ['/nonexistent'])).toThrow(
      'promtool is missing: install the Prometheus tools with `apt-get install -y prometheus prometheus-pushgateway` (as root).',
    );
  });
});

describe('promtool check metrics', () => {
  it('accepts the exposition of counters, gauges and histograms with labels', async () => {
    const result = await promtoolCheck(await sampleMetrics().prometheus());
    expect(result).toEqual({ code: 0, output: '' });
  });

  it('accepts the histogram written by time()', async () => {
    const m = new Metrics();
    await m.time('job_duration_seconds', { job: 'scan' }, async () => 1);
    expect(await promtoolCheck(await m.prometheus())).toEqual({ code: 0, output: '' });
  });

  it('really lints (a counter without _total is rejected)', async () => {
    const bad = '# HELP requests Requests.\n# TYPE requests counter\nrequests 1\n';
    const result = await promtoolCheck(bad);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('counter metrics should have "_total" suffix');
  });
});

describe('push to a real Pushgateway', () => {
  let child: ChildProcess;
  let url: string;
  let dataDir: string;
  let log = '';

  beforeAll(async () => {
    const binary = requireBinary('prometheus-pushgateway');
    dataDir = await mkdtemp(path.join(tmpdir(), 'pushgateway-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(
      binary,
      [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${path.join(dataDir, 'data')}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    await waitReady(url, child, () => log);
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('makes the pushed samples readable from the gateway /metrics', async () => {
    await sampleMetrics().push(url, 'moko-test');
    const scraped = await (await fetch(`${url}/metrics`)).text();
    expect(scraped).toMatch(
      /moko_github_requests_total\{action="health-check",instance="",job="moko-test",route="GET \/repos\/\{owner\}\/\{repo\}",status="200"\} 7/,
    );
    expect(scraped).toMatch(/moko_rate_limit_remaining\{action="health-check",instance="",job="moko-test"\} 4321/);
    expect(scraped).toMatch(/moko_request_duration_seconds_count\{.*job="moko-test".*route="GET \/user".*\} 1/);
  });

  it('replaces the group on a second push (PUT semantics) and handles a job name with a slash', async () => {
    const first = new Metrics();
    first.gauge('replaced_gauge', 'R.').set(1);
    await first.push(url, 'org/repo');
    const second = new Metrics();
    second.gauge('other_gauge', 'O.').set(2);
    await second.push(url, 'org/repo');
    const scraped = await (await fetch(`${url}/metrics`)).text();
    expect(scraped).toContain('moko_other_gauge{instance="",job="org/repo"} 2');
    expect(scraped).not.toContain('moko_replaced_gauge{');
  });

  it('fails with the gateway answer when the push is rejected', async () => {
    const gauge = new Metrics();
    gauge.gauge('kind_clash', 'K.').set(1);
    await gauge.push(url, 'clash-a');
    // The same name pushed as a counter in another group is inconsistent: the gateway answers 400.
    // (Registered directly: Metrics.counter() would add the _total suffix and avoid the clash.)
    const counter = new Metrics();
    counter.registry.registerMetric(new Counter({ name: 'moko_kind_clash', help: 'K.', registers: [] }));
    await expect(counter.push(url, 'clash-b')).rejects.toThrow(
      /answered 400: pushed metrics are invalid or inconsistent with existing metrics/,
    );
  });
});
