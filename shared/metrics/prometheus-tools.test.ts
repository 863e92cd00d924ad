/**
 * Checks the exposition against Debian's real Prometheus tools rather than our own reading of the
 * format. The binaries are required, never skipped: without them this suite fails with the command
 * that installs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Counter } from 'prom-client';
import {
  promtoolCheck,
  requireBinary,
  startPushgateway,
  type TestPushgateway,
} from '../../test/support/prometheus-tools.js';
import { Metrics } from './metrics.js';

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
  let gateway: TestPushgateway;
  let url: string;

  beforeAll(async () => {
    gateway = await startPushgateway();
    url = gateway.url;
  });

  afterAll(async () => {
    await gateway?.stop();
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
