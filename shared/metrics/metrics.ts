import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Counter, Gauge, Histogram, type Metric, Registry } from 'prom-client';
import { type Clock, systemClock } from '../core/clock.js';
import { pushToGateway } from './pushgateway.js';

/** Options of a {@link Metrics} collector. */
export interface MetricsOptions {
  /** Prepended to every metric name that does not already start with it. Default `moko_`. */
  prefix?: string;
  /** Labels added to every sample (e.g. `{ action: 'health-check' }`). */
  labels?: Record<string, string>;
  /** Time source for {@link Metrics.time}; tests pass `manualClock()`. */
  clock?: Clock;
}

/** Buckets (seconds) for execution-time histograms: 5 ms to 5 min, the span of an action's work. */
export const DURATION_BUCKETS: readonly number[] = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

type Labels = Record<string, string | number>;
type MetricKind = typeof Counter | typeof Gauge | typeof Histogram;

/**
 * The roadmap's metrics collector on prom-client. Each instance owns a private Registry, so two
 * collectors (or two tests) never share state through prom-client's global registry.
 */
export class Metrics {
  readonly registry: Registry;
  readonly prefix: string;
  private readonly clock: Clock;

  constructor(opts: MetricsOptions = {}) {
    this.registry = new Registry();
    this.prefix = opts.prefix ?? 'moko_';
    this.clock = opts.clock ?? systemClock;
    if (opts.labels && Object.keys(opts.labels).length > 0) this.registry.setDefaultLabels(opts.labels);
  }

  /**
   * A counter; registering the same name again returns the existing one. Names get a `_total`
   * suffix when missing, because `promtool check metrics` rejects counters without it.
   */
  counter(name: string, help: string, labelNames: readonly string[] = []): Counter<string> {
    const full = this.fullName(name.endsWith('_total') ? name : `${name}_total`);
    return this.existing(full, Counter) ?? new Counter({ name: full, help, labelNames, registers: [this.registry] });
  }

  /** A gauge; registering the same name again returns the existing one. */
  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge<string> {
    const full = this.fullName(name);
    return this.existing(full, Gauge) ?? new Gauge({ name: full, help, labelNames, registers: [this.registry] });
  }

  /** A histogram (default buckets suit durations in seconds); registering the same name again returns the existing one. */
  histogram(
    name: string,
    help: string,
    labelNames: readonly string[] = [],
    buckets: readonly number[] = DURATION_BUCKETS,
  ): Histogram<string> {
    const full = this.fullName(name);
    return (
      this.existing(full, Histogram) ??
      new Histogram({ name: full, help, labelNames, buckets: [...buckets], registers: [this.registry] })
    );
  }

  /**
   * Runs `fn` and records how long it took, in seconds, into the histogram `name` (created on first
   * use with `labels`' keys as label names; `_seconds` is appended when missing, as Prometheus
   * naming asks for the base unit in the name). The time is recorded whether `fn` resolves or throws.
   */
  async time<T>(name: string, labels: Labels, fn: () => Promise<T>): Promise<T> {
    const full = name.endsWith('_seconds') ? name : `${name}_seconds`;
    const histogram = this.histogram(full, `Execution time of ${name} in seconds.`, Object.keys(labels));
    const started = this.clock.now();
    try {
      return await fn();
    } finally {
      histogram.observe(labels, (this.clock.now() - started) / 1000);
    }
  }

  /** Prometheus text exposition format 0.0.4. */
  prometheus(): Promise<string> {
    return this.registry.metrics();
  }

  /** Every metric with its values, as prom-client's JSON objects. */
  async json(): Promise<object[]> {
    return this.registry.getMetricsAsJSON();
  }

  /** Writes `metrics.prom` and `metrics.json` into `dir` (created if missing) and returns their paths. */
  async writeFiles(dir: string): Promise<{ prometheus: string; json: string }> {
    await mkdir(dir, { recursive: true });
    const files = { prometheus: path.join(dir, 'metrics.prom'), json: path.join(dir, 'metrics.json') };
    await writeFile(files.prometheus, await this.prometheus());
    await writeFile(files.json, `${JSON.stringify(await this.json(), null, 2)}\n`);
    return files;
  }

  /** Replaces this job's group on a Prometheus Pushgateway with the current metrics (HTTP PUT). */
  async push(gatewayUrl: string, job: string): Promise<void> {
    await pushToGateway(gatewayUrl, job, await this.prometheus());
  }

  private fullName(name: string): string {
    return name.startsWith(this.prefix) ? name : `${this.prefix}${name}`;
  }

  private existing<K extends MetricKind>(name: string, kind: K): InstanceType<K> | undefined {
    const found: Metric | undefined = this.registry.getSingleMetric(name);
    if (found === undefined) return undefined;
    if (!(found instanceof kind)) {
      // Our bug, not the user's: two call sites disagree about what a metric is.
      throw new Error(`Metric ${name} is already registered as a different type.`);
    }
    return found as InstanceType<K>;
  }
}
