import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '../../shared/core/clock.js';
import { FaultInjector, type FaultKind } from './faults.js';
import { generateOrg } from './generator.js';
import { seedHistory } from './history.js';
import { handleGraphql } from './graphql/endpoint.js';
import { PrimaryLimiter, SecondaryLimiter } from './limits.js';
import type { RequestLogEntry, Violation } from './log.js';
import type { AppRecord, Grant } from './model.js';
import { handleInternal, makeRuntimeToken } from './results-service.js';
import { allRoutes } from './routes/index.js';
import { handle, type Pipeline } from './server.js';
import type { EmulatorState } from './state.js';

export type { RequestLogEntry, Violation } from './log.js';
export type { AppRecord, Grant, InstallationRecord } from './model.js';
export { generateOrg } from './generator.js';
export { extendHistory, seedHistory } from './history.js';
export { fireSchedules, registerWorkflowFile } from './workflow-registry.js';
export { makeRuntimeToken } from './results-service.js';
export type { EmulatorState } from './state.js';

/** Options of {@link startEmulator} (the contract in notes/common.md). */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  seed?: number;
  org?: string;
  repos?: number;
  latencyMs?: number;
  faults?: { rate: number; seed?: number; kinds?: FaultKind[] };
  rateLimit?: { limit: number; resetMs?: number };
  /** GitHub's budgets for content-creating requests; default 80/minute and 500/hour, `false` to switch off. */
  secondaryLimit?: { perMinute: number; perHour: number } | false;
  clock?: Clock;
  /** Generated repositories get scheduled workflows and their `schedule` runs (see seed-schedules.ts). */
  scheduledWorkflows?: boolean;
  /** Validate every REST answer against its response schema (violations of kind `response`); off by default for speed. */
  validateResponses?: boolean;
  /**
   * Generated delivery history in the days before the clock's now (runs, pull requests with reviews,
   * issues, releases, deployments, security alerts; see history.ts). Off by default, so the base data
   * set other tests count on stays as it is; `true` means 28 days.
   */
  history?: boolean | { days: number };
}

/** A running emulator. */
export interface Emulator {
  /** REST base URL, no trailing slash. */
  url: string;
  graphqlUrl: string;
  /** Origin for `ACTIONS_RESULTS_URL` (the results service @actions/artifact uploads to). */
  resultsUrl: string;
  readonly state: EmulatorState;
  requests: RequestLogEntry[];
  violations: Violation[];
  /** Adds or replaces a token with its grant. */
  addToken(token: string, grant: Grant): void;
  /** Registers a GitHub App (with `publicKey`, JWT signatures are verified); app 1 `moko-standards` exists already. */
  addApp(app: AppRecord): void;
  /** Back to the generated data set; clears logs, violations and limit windows. Tokens added stay. */
  reset(): void;
  /** Changes the fault rate while running. */
  setFaultRate(rate: number): void;
  /** Requests refused by the secondary limit so far. */
  secondaryLimitHits(): number;
  /** An `ACTIONS_RUNTIME_TOKEN` whose uploads land on run `runId` of `owner/repo` (see docs/emulator.md). */
  runtimeToken(owner: string, repo: string, runId: number): string;
  close(): Promise<void>;
}

/** Default token with full access, also used by the harness. */
export const DEFAULT_TOKEN = 'ghs_emulator';

/** Starts the emulator on 127.0.0.1; the OpenAPI description loads on the first REST request. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const clock: Clock = opts.clock ?? systemClock;
  const build = () => {
    const built = generateOrg({
      seed: opts.seed ?? 1,
      org: opts.org ?? 'moko-demo',
      repos: opts.repos ?? 12,
      clock,
      ...(opts.scheduledWorkflows ? { scheduledWorkflows: true } : {}),
    });
    if (opts.history)
      seedHistory(built, { seed: opts.seed ?? 1, ...(typeof opts.history === 'object' ? opts.history : {}) });
    return built;
  };
  let state = build();
  const tokens = new Map<string, Grant>([[DEFAULT_TOKEN, { repos: '*', permission: 'admin', login: 'moko-bot' }]]);
  const apps = new Map<number, AppRecord>();
  const applyTokens = () => {
    for (const [t, g] of tokens) state.tokens.set(t, g);
    for (const [id, a] of apps) state.apps.set(id, a);
  };
  applyTokens();
  const secondary =
    opts.secondaryLimit === false
      ? undefined
      : new SecondaryLimiter(clock, opts.secondaryLimit ?? { perMinute: 80, perHour: 500 });
  const hanging = new Set<ServerResponse>();
  const pipeline: Pipeline = {
    state: () => state,
    routes: allRoutes,
    primary: new PrimaryLimiter(clock, opts.rateLimit ?? { limit: 5000 }),
    secondary,
    faults: opts.faults ? new FaultInjector(opts.faults) : undefined,
    latencyMs: opts.latencyMs ?? 0,
    validateResponses: opts.validateResponses ?? false,
    requests: [],
    violations: [],
    hanging,
    graphql: (call) => handleGraphql(state, call),
    internal: (req, res, url, body) => handleInternal(state, req, res, url, body),
  };
  const server = createServer((req, res) => {
    handle(pipeline, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `Emulator error: ${String(e)}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  state.baseUrl = url;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    resultsUrl: url,
    get state() {
      return state;
    },
    requests: pipeline.requests,
    violations: pipeline.violations,
    addToken(token, grant) {
      tokens.set(token, grant);
      state.tokens.set(token, grant);
    },
    addApp(app) {
      apps.set(app.id, app);
      state.apps.set(app.id, app);
    },
    reset() {
      state = build();
      state.baseUrl = url;
      applyTokens();
      pipeline.requests.length = 0;
      pipeline.violations.length = 0;
      pipeline.primary.reset();
      secondary?.reset();
    },
    setFaultRate(rate) {
      pipeline.faults ??= new FaultInjector({ rate, seed: opts.faults?.seed });
      pipeline.faults.setRate(rate);
    },
    secondaryLimitHits: () => secondary?.hits ?? 0,
    runtimeToken: makeRuntimeToken,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
