import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { collectRepoMetrics } from './collect.js';
import { readPreviousSnapshot } from './previous.js';
import { snapshotMetrics } from './prometheus.js';
import { buildSnapshot, type Snapshot } from './snapshot.js';
import { compareSnapshots, type Delta } from './trends.js';

const DAY = 86_400_000;

/** Plain options of one collection (no input names: the adapter resolved them). */
export interface CollectionOptions {
  organization: string;
  staleDays: number;
  prAgeDays: number;
  prometheusFile: string;
  jsonFile: string;
  previousFile: string;
  nowMs: number;
}

/** What one collection produced. */
export interface CollectionResult {
  snapshot: Snapshot;
  previousAt?: string | undefined;
  deltas: Delta[] | undefined;
  requests: number;
  /** Pushes the metrics to a Pushgateway (the adapter decides whether to, e.g. not in dry-run). */
  push(url: string, job: string): Promise<void>;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Read the previous snapshot, collect, write the Prometheus and JSON files. */
export async function runCollection(
  client: GitHubClient,
  opts: CollectionOptions,
  logger: Logger,
): Promise<CollectionResult> {
  // Read before json-file is overwritten: by default it is the previous snapshot.
  const previous = await readPreviousSnapshot(opts.previousFile, logger);
  const { repos, requests } = await collectRepoMetrics(client, opts.organization, {
    prCutoffMs: opts.nowMs - opts.prAgeDays * DAY,
  });
  logger.info(`Read ${repos.length} repositories of ${opts.organization} in ${requests} GraphQL request(s).`);
  const snapshot = buildSnapshot(opts.organization, repos, {
    nowMs: opts.nowMs,
    staleDays: opts.staleDays,
    prAgeDays: opts.prAgeDays,
    previous,
  });
  const metrics = snapshotMetrics(snapshot);
  await write(opts.prometheusFile, await metrics.prometheus());
  await write(opts.jsonFile, `${JSON.stringify(snapshot, null, 2)}\n`);
  return {
    snapshot,
    previousAt: previous?.collectedAt,
    deltas: compareSnapshots(previous, snapshot),
    requests,
    push: (url, job) => metrics.push(url, job),
  };
}
