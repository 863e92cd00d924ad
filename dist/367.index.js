export const id = 367;
export const ids = [367];
export const modules = {

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMetricsCollect: () => (/* binding */ runMetricsCollect)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/artifacts/upload.ts
var upload = __webpack_require__(70737);
// EXTERNAL MODULE: ./shared/metrics/pushgateway-url.ts
var pushgateway_url = __webpack_require__(82106);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/action-artifacts.ts


/** The `metrics-<action>-<run_id>-<run_attempt>` artifact every action of the collection uploads. */
const NAME = /^metrics-(.+)-(\d+)-(\d+)$/;
/** Larger artifacts are not ours (a metrics file is a few kB). */
const MAX_BYTES = 5 * 1024 * 1024;
function sum(metrics, name, filter = () => true) {
    const m = metrics.find((x) => x.name === name);
    return (m?.values ?? [])
        .filter((v) => (v.metricName ?? name) === name && filter(v.labels))
        .reduce((n, v) => n + v.value, 0);
}
/** The figures of a run from its `metrics.json` (prom-client's JSON), or undefined when it is not one. */
function parseRunMetrics(json) {
    if (!Array.isArray(json))
        return undefined;
    const metrics = json;
    const runs = metrics.find((m) => m.name === 'moko_action_runs_total');
    const duration = metrics.find((m) => m.name === 'moko_action_run_seconds');
    if (!runs && !duration)
        return undefined;
    const failed = sum(metrics, 'moko_action_runs_total', (l) => l.outcome === 'failure') > 0;
    const seconds = duration?.values.find((v) => v.metricName === 'moko_action_run_seconds_sum')?.value ?? 0;
    const remaining = metrics.find((m) => m.name === 'moko_github_rate_limit_remaining')?.values ?? [];
    const limits = metrics.find((m) => m.name === 'moko_github_rate_limit_limit')?.values ?? [];
    let used;
    for (const r of remaining) {
        const limit = limits.find((l) => l.labels.resource === r.labels.resource)?.value;
        if (limit)
            used = Math.max(used ?? 0, 1 - r.value / limit);
    }
    return {
        outcome: failed ? 'failure' : 'success',
        durationSeconds: seconds,
        apiRequests: sum(metrics, 'moko_github_requests_total'),
        ...(used === undefined ? {} : { rateLimitUsed: Math.round(used * 1000) / 1000 }),
        breakerOpenings: sum(metrics, 'moko_github_circuit_openings_total'),
    };
}
/**
 * The metrics artifacts the collection's actions uploaded in `owner/repo` since `sinceIso`, newest
 * first: one list request per 100 artifacts, one download per new artifact. metrics-collect's own
 * artifacts are included (its success rate is part of the collection's). Unreadable ones are logged.
 */
async function readActionRuns(client, owner, repo, sinceIso, logger) {
    const runs = [];
    let requests = 0;
    const found = [];
    const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, { owner, repo, per_page: 100 });
    listing: for await (const page of pages) {
        requests++;
        for (const a of page.data) {
            if (a.created_at && a.created_at < sinceIso)
                break listing;
            const m = NAME.exec(a.name);
            if (!m || a.expired)
                continue;
            found.push({
                id: a.id,
                action: m[1],
                runId: Number(m[2]),
                runAttempt: Number(m[3]),
                createdAt: a.created_at ?? sinceIso,
                size: a.size_in_bytes,
            });
        }
    }
    for (const a of found) {
        if (a.size > MAX_BYTES)
            continue;
        try {
            requests++;
            const { data } = await client.rest.actions.downloadArtifact({
                owner,
                repo,
                artifact_id: a.id,
                archive_format: 'zip',
            });
            if (!(data instanceof ArrayBuffer))
                throw new Error('the download is not a zip archive');
            const entries = (0,esm/* unzipSync */.AO)(new Uint8Array(data));
            const file = Object.keys(entries).find((n) => n.endsWith('metrics.json'));
            const parsed = file ? parseRunMetrics(JSON.parse(Buffer.from(entries[file]).toString('utf8'))) : undefined;
            if (!parsed)
                throw new Error('no metrics.json of the collection in it');
            runs.push({ action: a.action, runId: a.runId, runAttempt: a.runAttempt, createdAt: a.createdAt, ...parsed });
        }
        catch (error) {
            logger.warning(`Could not read the metrics artifact of ${a.action} run ${a.runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return { runs, requests };
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/stats.ts
/** Milliseconds between two ISO times, or undefined when either is missing or the order is wrong. */
function between(from, to) {
    if (!from || !to)
        return undefined;
    const ms = Date.parse(to) - Date.parse(from);
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
/** The `q` quantile (0..1) of `values` by nearest rank; undefined for none. */
function quantile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
/** Mean of `values`; undefined for none. */
function mean(values) {
    return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}
/** The distribution of millisecond durations, in seconds. */
function distribution(ms) {
    const s = (v) => (v === undefined ? undefined : Math.round(v / 100) / 10);
    return {
        count: ms.length,
        p50: s(quantile(ms, 0.5)),
        p90: s(quantile(ms, 0.9)),
        p99: s(quantile(ms, 0.99)),
        mean: s(mean(ms)),
    };
}
/** True when the ISO time is at or after `sinceMs`. */
function inWindow(at, sinceMs) {
    return !!at && Date.parse(at) >= sinceMs;
}
/** Runs `fn` over `items` with at most `limit` in flight, results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/types.ts
/** Conclusions that count against the success rate; cancelled, skipped and neutral runs do not count. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/delivery.ts


const SECOND = 1000;
/** Recoveries of one scheduled workflow: first failure to next success, in ms; and whether it is failing now. */
function recoveries(runs) {
    const done = runs
        .filter((r) => r.status === 'completed' && r.conclusion)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const times = [];
    let failedAt;
    for (const r of done) {
        if (FAILED_CONCLUSIONS.has(r.conclusion))
            failedAt ??= r.updatedAt;
        else if (r.conclusion === 'success' && failedAt) {
            const t = between(failedAt, r.updatedAt);
            if (t !== undefined)
                times.push(t);
            failedAt = undefined;
        }
    }
    return { times, failing: failedAt !== undefined };
}
function workflowSummaries(repo, sinceMs) {
    const byWorkflow = new Map();
    for (const r of repo.runs)
        if (inWindow(r.createdAt, sinceMs))
            byWorkflow.set(r.workflow, [...(byWorkflow.get(r.workflow) ?? []), r]);
    const out = [];
    for (const [workflow, runs] of byWorkflow) {
        const conclusions = {};
        for (const r of runs)
            if (r.status === 'completed')
                conclusions[r.conclusion ?? 'none'] = (conclusions[r.conclusion ?? 'none'] ?? 0) + 1;
        const scheduledRuns = runs.filter((r) => r.event === 'schedule');
        const scheduled = scheduledRuns.length > 0;
        const rec = scheduled ? recoveries(scheduledRuns) : { times: [], failing: false };
        const last = scheduledRuns.reduce((a, r) => (!a || r.createdAt > a.createdAt ? r : a), undefined);
        out.push({
            summary: {
                repository: repo.name,
                workflow,
                conclusions,
                scheduled,
                ...(last ? { lastScheduledAt: last.createdAt, lastConclusion: last.conclusion } : {}),
                failing: rec.failing,
            },
            recovery: rec.times,
        });
    }
    return out;
}
/** Deployments of a repository, or its releases when it records no deployments (one per release). */
function changesOf(repo, sinceMs) {
    const deployments = repo.deployments.filter((d) => inWindow(d.createdAt, sinceMs));
    if (repo.deployments.length > 0)
        return deployments
            .filter((d) => ['success', 'failure', 'error', 'inactive'].includes(d.state))
            .map((d) => ({
            at: d.createdAt,
            failed: d.state === 'failure' || d.state === 'error',
            environment: d.environment,
        }));
    return repo.releases
        .filter((r) => inWindow(r.publishedAt, sinceMs))
        .map((r) => ({ at: r.publishedAt, failed: false, environment: 'release' }));
}
/** Time from each failed deployment to the next successful one of the same environment, in ms. */
function restoreTimes(changes) {
    const sorted = [...changes].sort((a, b) => a.at.localeCompare(b.at));
    const out = [];
    const failedSince = new Map();
    for (const c of sorted) {
        if (c.failed) {
            if (!failedSince.has(c.environment))
                failedSince.set(c.environment, c.at);
        }
        else if (failedSince.has(c.environment)) {
            const t = between(failedSince.get(c.environment), c.at);
            if (t !== undefined)
                out.push(t);
            failedSince.delete(c.environment);
        }
    }
    return out;
}
/**
 * Delivery over the window `[nowMs - windowDays, nowMs]` from the repositories' kept events:
 * workflow runs, pull requests, issues and the four DORA keys. Change failure rate counts failed
 * deployments plus merged reverts (`Revert "…"`) in repositories that deploy or release, over their changes.
 */
function computeDelivery(repos, nowMs, windowDays) {
    const sinceMs = nowMs - windowDays * 86_400_000;
    const active = repos.filter((r) => !r.archived);
    const runs = active.flatMap((r) => r.runs.filter((x) => inWindow(x.createdAt, sinceMs)));
    const done = runs.filter((r) => r.status === 'completed');
    const byConclusion = {};
    for (const r of done)
        byConclusion[r.conclusion ?? 'none'] = (byConclusion[r.conclusion ?? 'none'] ?? 0) + 1;
    const counted = done.filter((r) => r.conclusion === 'success' || FAILED_CONCLUSIONS.has(r.conclusion ?? ''));
    const durations = done.map((r) => between(r.startedAt, r.updatedAt)).filter((x) => x !== undefined);
    const queues = runs.map((r) => between(r.createdAt, r.startedAt)).filter((x) => x !== undefined);
    const wf = active.flatMap((r) => workflowSummaries(r, sinceMs));
    const pulls = active.flatMap((r) => r.pulls);
    const merged = pulls.filter((p) => inWindow(p.mergedAt, sinceMs));
    const reviewed = pulls.filter((p) => inWindow(p.createdAt, sinceMs) && p.firstReviewAt);
    const issues = active.flatMap((r) => r.issues);
    const closed = issues.filter((i) => inWindow(i.closedAt, sinceMs));
    const delivering = active.filter((r) => r.deployments.length > 0 || r.releases.length > 0);
    const changes = delivering.flatMap((r) => changesOf(r, sinceMs));
    const reverts = delivering.flatMap((r) => r.pulls.filter((p) => p.revert && inWindow(p.mergedAt, sinceMs)));
    const failures = changes.filter((c) => c.failed).length + reverts.length;
    const restore = delivering.flatMap((r) => restoreTimes(changesOf(r, sinceMs)));
    const leadTimes = merged
        .map((p) => between(p.firstCommitAt ?? p.createdAt, p.mergedAt))
        .filter((x) => x !== undefined);
    return {
        windowDays,
        runs: {
            total: runs.length,
            byConclusion,
            successRate: counted.length > 0 ? counted.filter((r) => r.conclusion === 'success').length / counted.length : undefined,
            duration: distribution(durations),
            queue: distribution(queues),
            durationSeconds: durations.map((d) => d / SECOND),
            queueSeconds: queues.map((d) => d / SECOND),
            workflows: wf.map((w) => w.summary),
            scheduledRecovery: distribution(wf.flatMap((w) => w.recovery)),
            scheduledFailing: wf.filter((w) => w.summary.failing).length,
        },
        pulls: {
            opened: pulls.filter((p) => inWindow(p.createdAt, sinceMs)).length,
            merged: merged.length,
            leadTime: distribution(merged.map((p) => between(p.createdAt, p.mergedAt)).filter((x) => x !== undefined)),
            firstReview: distribution(reviewed.map((p) => between(p.createdAt, p.firstReviewAt)).filter((x) => x !== undefined)),
            open: active.reduce((n, r) => n + r.openPullRequests, 0),
        },
        issues: {
            opened: issues.filter((i) => inWindow(i.createdAt, sinceMs)).length,
            closed: closed.length,
            timeToClose: distribution(closed.map((i) => between(i.createdAt, i.closedAt)).filter((x) => x !== undefined)),
            open: active.reduce((n, r) => n + r.openIssues, 0),
        },
        dora: {
            deployments: changes.length,
            deploymentsPerDay: Math.round((changes.length / windowDays) * 1000) / 1000,
            leadTime: distribution(leadTimes),
            failures,
            changeFailureRate: changes.length > 0 ? Math.min(1, failures / changes.length) : undefined,
            timeToRestore: distribution(restore),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/snapshot.ts

const DAY = 86_400_000;
/** Collections kept in a snapshot's `history`, for the trend charts: a quarter of daily runs. */
const HISTORY_LENGTH = 90;
/** Organization-wide numbers; every field a count. */
const totalsSchema = schemas/* object */.Ikc({
    repositories: schemas/* number */.aig(),
    archived: schemas/* number */.aig(),
    forkedRepositories: schemas/* number */.aig(),
    stale: schemas/* number */.aig(),
    unprotected: schemas/* number */.aig(),
    stars: schemas/* number */.aig(),
    forks: schemas/* number */.aig(),
    openIssues: schemas/* number */.aig(),
    openPullRequests: schemas/* number */.aig(),
    oldPullRequests: schemas/* number */.aig(),
});
/** Display names of the totals, in summary order. */
const TOTAL_LABELS = {
    repositories: 'repositories',
    archived: 'archived',
    forkedRepositories: 'forked repositories',
    stale: 'stale repositories',
    unprotected: 'default branch unprotected',
    stars: 'stars',
    forks: 'forks',
    openIssues: 'open issues',
    openPullRequests: 'open pull requests',
    oldPullRequests: 'old open pull requests',
};
/** The headline figures (also the action's outputs); a figure without data is null. */
const headlineSchema = schemas/* object */.Ikc({
    successRate: schemas/* number */.aig().nullable(),
    leadTimeSeconds: schemas/* number */.aig().nullable(),
    mttrSeconds: schemas/* number */.aig().nullable(),
    criticalAlerts: schemas/* number */.aig().nullable(),
    deploymentsPerDay: schemas/* number */.aig(),
    changeFailureRate: schemas/* number */.aig().nullable(),
});
/** Display names of the headline figures. */
const HEADLINE_LABELS = {
    successRate: 'workflow success rate',
    leadTimeSeconds: 'lead time for changes, median (s)',
    mttrSeconds: 'scheduled workflow MTTR, mean (s)',
    criticalAlerts: 'open critical security alerts',
    deploymentsPerDay: 'deployments per day',
    changeFailureRate: 'change failure rate',
};
const historySchema = schemas/* array */.YOg(schemas/* object */.Ikc({ collectedAt: schemas/* string */.YjP(), totals: totalsSchema, headline: headlineSchema.optional() }));
/** The JSON file: what a later run compares with and continues from (only what it needs is validated). */
const snapshotSchema = schemas/* looseObject */._H3({
    schema: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]),
    organization: schemas/* string */.YjP(),
    collectedAt: schemas/* string */.YjP(),
    totals: totalsSchema,
    byLanguage: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    byVisibility: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    history: historySchema,
    settings: schemas/* looseObject */._H3({ windowDays: schemas/* number */.aig().optional() }).optional(),
    repositories: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP() })).optional(),
    security: schemas/* array */.YOg(schemas/* looseObject */._H3({ tool: schemas/* string */.YjP(), status: schemas/* string */.YjP() })).optional(),
    actions: schemas/* looseObject */._H3({ runs: schemas/* array */.YOg(schemas/* looseObject */._H3({ action: schemas/* string */.YjP() })) }).optional(),
});
/** True when a non-archived repository has had no push for `staleDays` (or never one). */
function isStale(repo, nowMs, staleDays) {
    if (repo.archived)
        return false;
    if (!repo.pushedAt)
        return true;
    return nowMs - Date.parse(repo.pushedAt) > staleDays * DAY;
}
/** Counts by key, largest first. */
function countBy(items, key) {
    const out = {};
    for (const r of items)
        out[key(r)] = (out[key(r)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
/** Organization totals (archived repositories count in `repositories` and `archived` only). */
function computeTotals(repos, nowMs, staleDays) {
    const active = repos.filter((r) => !r.archived);
    const sum = (f) => active.reduce((n, r) => n + f(r), 0);
    return {
        repositories: repos.length,
        archived: repos.length - active.length,
        forkedRepositories: active.filter((r) => r.fork).length,
        stale: repos.filter((r) => isStale(r, nowMs, staleDays)).length,
        unprotected: active.filter((r) => r.defaultBranch !== null && !r.protectedDefaultBranch).length,
        stars: sum((r) => r.stars),
        forks: sum((r) => r.forks),
        openIssues: sum((r) => r.openIssues),
        openPullRequests: sum((r) => r.openPullRequests),
        oldPullRequests: sum((r) => r.oldPullRequests),
    };
}
/** The headline figures of a collection. */
function computeHeadline(delivery, security) {
    const readable = security.filter((s) => s.status === 'read');
    return {
        successRate: delivery.runs.successRate === undefined ? null : Math.round(delivery.runs.successRate * 10000) / 10000,
        leadTimeSeconds: delivery.dora.leadTime.p50 ?? null,
        mttrSeconds: delivery.runs.scheduledRecovery.mean ?? null,
        criticalAlerts: readable.length === 0 ? null : readable.reduce((n, s) => n + (s.bySeverity.critical ?? 0), 0),
        deploymentsPerDay: delivery.dora.deploymentsPerDay,
        changeFailureRate: delivery.dora.changeFailureRate === undefined
            ? null
            : Math.round(delivery.dora.changeFailureRate * 10000) / 10000,
    };
}
/** The history carried over from `previous` (same organization) plus this collection, last 90 kept. */
function nextHistory(previous, organization, entry) {
    const earlier = previous?.organization === organization ? previous.history : [];
    return [...earlier, entry].slice(-HISTORY_LENGTH);
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/previous.ts



/**
 * The earlier snapshot at `file`, or undefined when there is none yet (the first run) or it cannot
 * be used (another format, unreadable): trends are a bonus and never fail the collection.
 */
async function readPreviousSnapshot(file, logger) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errorCode */.CA)(error) === 'ENOENT') {
            logger.info(`No earlier snapshot at ${file}: this collection starts the trend.`);
            return undefined;
        }
        logger.warning(`Could not read the earlier snapshot ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        logger.warning(`The earlier snapshot ${file} is not JSON (${(0,errors/* errorMessage */.gJ)(error)}); no trends this time.`);
        return undefined;
    }
    const parsed = snapshotSchema.safeParse(json);
    if (!parsed.success) {
        logger.warning(`The earlier snapshot ${file} is not a metrics-collect snapshot; no trends this time.`);
        return undefined;
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./shared/metrics/metrics.ts + 1 modules
var metrics = __webpack_require__(41617);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/security.ts

/** The three alert APIs, with the permission each needs (what the notice names on a 403). */
const ALERT_TOOLS = {
    dependabot: {
        route: 'GET /orgs/{org}/dependabot/alerts',
        permission: 'Dependabot alerts: read (app permission vulnerability_alerts)',
    },
    code_scanning: {
        route: 'GET /orgs/{org}/code-scanning/alerts',
        permission: 'Code scanning alerts: read (security-events: read, app permission security_events)',
    },
    secret_scanning: {
        route: 'GET /orgs/{org}/secret-scanning/alerts',
        permission: 'Secret scanning alerts: read (app permission secret_scanning_alerts)',
    },
};
/** Severity labels: GitHub's four, and `unrated` for secret scanning (which has none). */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unrated'];
function severityOf(tool, a) {
    if (tool === 'dependabot')
        return a.security_advisory?.severity ?? a.security_vulnerability?.severity ?? 'unrated';
    if (tool === 'code_scanning') {
        if (a.rule?.security_severity_level)
            return a.rule.security_severity_level;
        // Non-security rules: GitHub's error/warning/note, mapped as its UI ranks them.
        return { error: 'high', warning: 'medium', note: 'low' }[a.rule?.severity ?? ''] ?? 'unrated';
    }
    return 'unrated';
}
/**
 * The organization's open alerts of one tool, 100 per request. The first page is a conditional
 * request when the previous reading left an ETag: a 304 (free, not counted against the rate limit)
 * reuses the previous counts. A 403 becomes a notice naming the permission, never a silent zero.
 */
async function readAlerts(client, org, tool, previous) {
    const bySeverity = {};
    const byRepository = {};
    let requests = 0;
    let url = ALERT_TOOLS[tool].route;
    let etag;
    try {
        let first = true;
        while (url) {
            const headers = {};
            if (first && previous?.status === 'read' && previous.etag)
                headers['if-none-match'] = previous.etag;
            const params = first ? { org, state: 'open', per_page: 100, headers } : { headers };
            let response;
            try {
                response = await client.request(url, params);
            }
            catch (error) {
                if (first && (0,errors/* errorStatus */.PO)(error) === 304 && previous) {
                    return { reading: { ...previous, unchanged: true }, requests: requests + 1 };
                }
                throw error;
            }
            requests++;
            if (first)
                etag = response.headers.etag;
            for (const a of response.data) {
                const severity = severityOf(tool, a);
                bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
                const repo = a.repository?.name ?? 'unknown';
                byRepository[repo] = (byRepository[repo] ?? 0) + 1;
            }
            url = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1];
            first = false;
        }
    }
    catch (error) {
        const status = (0,errors/* errorStatus */.PO)(error);
        const reading = {
            tool,
            status: status === 403 ? 'forbidden' : 'error',
            bySeverity: {},
            byRepository: {},
            notice: status === 403
                ? `${tool.replace('_', ' ')} alerts not read: the token lacks ${ALERT_TOOLS[tool].permission} (GitHub: ${(0,errors/* errorMessage */.gJ)(error)})`
                : `${tool.replace('_', ' ')} alerts not read: ${(0,errors/* errorMessage */.gJ)(error)}`,
        };
        return { reading, requests: requests + 1 };
    }
    return { reading: { tool, status: 'read', bySeverity, byRepository, ...(etag ? { etag } : {}) }, requests };
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/prometheus.ts



/** Buckets (seconds) for run durations and queue times: 1 s to 6 h. */
const RUN_BUCKETS = [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600];
function organizationGauges(m, s) {
    const t = s.totals;
    const org = [
        ['org_repositories', 'Repositories, archived included.', t.repositories],
        ['org_repositories_archived', 'Archived repositories.', t.archived],
        ['org_repositories_forked', 'Non-archived repositories that are forks.', t.forkedRepositories],
        ['org_repositories_stale', 'Non-archived repositories without a push for stale-days.', t.stale],
        [
            'org_repositories_unprotected',
            'Non-archived repositories whose default branch has no protection rule.',
            t.unprotected,
        ],
        ['org_stars', 'Stars of the non-archived repositories.', t.stars],
        ['org_forks', 'Forks of the non-archived repositories.', t.forks],
        ['org_open_issues', 'Open issues of the non-archived repositories.', t.openIssues],
        ['org_open_pull_requests', 'Open pull requests of the non-archived repositories.', t.openPullRequests],
        ['org_old_pull_requests', 'Open pull requests older than pr-age-days.', t.oldPullRequests],
    ];
    for (const [name, help, value] of org)
        m.gauge(name, help).set(value);
    const byLanguage = m.gauge('org_repositories_by_language', 'Non-archived repositories by primary language.', [
        'language',
    ]);
    for (const [language, n] of Object.entries(s.byLanguage))
        byLanguage.set({ language }, n);
    const byVisibility = m.gauge('org_repositories_by_visibility', 'Non-archived repositories by visibility.', [
        'visibility',
    ]);
    for (const [visibility, n] of Object.entries(s.byVisibility))
        byVisibility.set({ visibility }, n);
    m.gauge('org_metrics_collected_timestamp_seconds', 'When these metrics were collected (Unix time).').set(Math.floor(Date.parse(s.collectedAt) / 1000));
}
function repositoryGauges(m, s) {
    const repo = (name, help) => m.gauge(name, help, ['repository']);
    const stars = repo('repo_stars', 'Stars of the repository.');
    const forks = repo('repo_forks', 'Forks of the repository.');
    const issues = repo('repo_open_issues', 'Open issues of the repository.');
    const pulls = repo('repo_open_pull_requests', 'Open pull requests of the repository.');
    const old = repo('repo_old_pull_requests', 'Open pull requests older than pr-age-days.');
    // Base units only (promtool rejects days): dashboards compute the age as time() - this.
    const pushed = repo('repo_last_push_timestamp_seconds', 'Time of the last push to the repository (Unix time).');
    const protectedBranch = repo('repo_default_branch_protected', '1 when a protection rule applies to the default branch.');
    const oldest = repo('repo_oldest_open_pull_request_timestamp_seconds', 'Creation time of the oldest open pull request (Unix time; its age is time() - this).');
    for (const r of s.repositories) {
        if (r.archived)
            continue;
        const labels = { repository: r.name };
        stars.set(labels, r.stars);
        forks.set(labels, r.forks);
        issues.set(labels, r.openIssues);
        pulls.set(labels, r.openPullRequests);
        old.set(labels, r.oldPullRequests);
        if (r.pushedAt)
            pushed.set(labels, Math.floor(Date.parse(r.pushedAt) / 1000));
        protectedBranch.set(labels, r.protectedDefaultBranch ? 1 : 0);
        if (r.oldestOpenPullRequestAt)
            oldest.set(labels, Math.floor(Date.parse(r.oldestOpenPullRequestAt) / 1000));
    }
}
/**
 * `name{stat="p50|p90|p99|mean"}` in seconds: a gauge, not a summary (promtool reserves `quantile`
 * for summaries, and these are exact figures over the window, not a client-side stream).
 */
function distributionGauge(m, name, help, d) {
    const g = m.gauge(name, `${help} stat: p50, p90, p99 or mean over the window.`, ['stat']);
    for (const [stat, v] of [
        ['p50', d.p50],
        ['p90', d.p90],
        ['p99', d.p99],
        ['mean', d.mean],
    ])
        if (v !== undefined)
            g.set({ stat }, v);
}
function runMetrics(m, d) {
    const runs = m.gauge('workflow_runs', 'Completed workflow runs in the window by repository, workflow and conclusion.', ['repository', 'workflow', 'conclusion']);
    const last = m.gauge('workflow_last_scheduled_run_timestamp_seconds', 'Creation time of the latest scheduled run of a workflow (Unix time); alert when it is late.', ['repository', 'workflow']);
    const failing = m.gauge('workflow_scheduled_failing', '1 when the latest completed scheduled run of a workflow failed.', ['repository', 'workflow']);
    for (const w of d.runs.workflows) {
        for (const [conclusion, n] of Object.entries(w.conclusions))
            runs.set({ repository: w.repository, workflow: w.workflow, conclusion }, n);
        if (w.lastScheduledAt) {
            last.set({ repository: w.repository, workflow: w.workflow }, Math.floor(Date.parse(w.lastScheduledAt) / 1000));
            failing.set({ repository: w.repository, workflow: w.workflow }, w.failing ? 1 : 0);
        }
    }
    const byConclusion = m.gauge('org_workflow_runs', 'Completed workflow runs in the window by conclusion.', [
        'conclusion',
    ]);
    for (const [conclusion, n] of Object.entries(d.runs.byConclusion))
        byConclusion.set({ conclusion }, n);
    if (d.runs.successRate !== undefined)
        m.gauge('org_workflow_success_ratio', 'Successful / (successful + failed) completed runs in the window.').set(d.runs.successRate);
    const duration = m.histogram('workflow_run_duration_seconds', 'Run time (start to last update) of completed runs in the window.', [], RUN_BUCKETS);
    for (const v of d.runs.durationSeconds)
        duration.observe(v);
    const queue = m.histogram('workflow_run_queue_seconds', 'Time from creation to start of runs in the window.', [], RUN_BUCKETS);
    for (const v of d.runs.queueSeconds)
        queue.observe(v);
    distributionGauge(m, 'scheduled_workflow_recovery_seconds', 'Time from the first failure of a scheduled workflow to its next success (MTTR).', d.runs.scheduledRecovery);
    m.gauge('scheduled_workflows_failing', 'Scheduled workflows whose latest completed run failed.').set(d.runs.scheduledFailing);
}
function deliveryMetrics(m, d) {
    m.gauge('pull_requests_opened', 'Pull requests opened in the window.').set(d.pulls.opened);
    m.gauge('pull_requests_merged', 'Pull requests merged in the window.').set(d.pulls.merged);
    distributionGauge(m, 'pull_request_lead_time_seconds', 'Open to merge of pull requests merged in the window.', d.pulls.leadTime);
    distributionGauge(m, 'pull_request_first_review_seconds', 'Open to first review of pull requests opened in the window.', d.pulls.firstReview);
    m.gauge('issues_opened', 'Issues opened in the window.').set(d.issues.opened);
    m.gauge('issues_closed', 'Issues closed in the window.').set(d.issues.closed);
    distributionGauge(m, 'issue_time_to_close_seconds', 'Open to close of issues closed in the window.', d.issues.timeToClose);
    m.gauge('dora_deployments', 'Deployments (or releases, where a repository records no deployments) in the window.').set(d.dora.deployments);
    m.gauge('dora_deployment_frequency_per_day', 'Deployments per day over the window.').set(d.dora.deploymentsPerDay);
    distributionGauge(m, 'dora_lead_time_seconds', 'First commit to merge of pull requests merged in the window.', d.dora.leadTime);
    m.gauge('dora_change_failures', 'Failed deployments plus merged reverts in the window.').set(d.dora.failures);
    if (d.dora.changeFailureRate !== undefined)
        m.gauge('dora_change_failure_ratio', 'Change failures / deployments in the window.').set(d.dora.changeFailureRate);
    distributionGauge(m, 'dora_time_to_restore_seconds', 'Failed deployment to the next successful one of the same environment.', d.dora.timeToRestore);
}
function securityMetrics(m, s) {
    const open = m.gauge('security_alerts_open', 'Open security alerts by tool and severity (tools the token may read).', ['tool', 'severity']);
    const readable = m.gauge('security_alerts_readable', "1 when the token could read the tool's alerts, 0 on a 403 or error.", ['tool']);
    for (const r of s.security) {
        readable.set({ tool: r.tool }, r.status === 'read' ? 1 : 0);
        if (r.status !== 'read')
            continue;
        for (const severity of SEVERITIES)
            open.set({ tool: r.tool, severity }, r.bySeverity[severity] ?? 0);
    }
}
function collectionMetrics(m, s) {
    const coverage = m.gauge('coverage_repositories', 'Repositories seen (listed), read and unreadable by this collection.', ['state']);
    coverage.set({ state: 'seen' }, s.coverage.seen);
    coverage.set({ state: 'read' }, s.coverage.read);
    coverage.set({ state: 'unreadable' }, s.coverage.unreadable.length);
    if (s.coverage.organizationReported !== undefined)
        coverage.set({ state: 'reported' }, s.coverage.organizationReported);
    const unreadable = m.gauge('coverage_unreadable', '1 for each repository whose activity could not be read.', [
        'repository',
    ]);
    for (const u of s.coverage.unreadable)
        unreadable.set({ repository: u.repository }, 1);
    const requests = m.gauge('collection_requests', 'GitHub requests this collection made, by API.', ['api']);
    requests.set({ api: 'graphql' }, s.collection.requests.graphql);
    requests.set({ api: 'rest' }, s.collection.requests.rest);
    m.gauge('collection_incremental', '1 when this collection continued from the previous snapshot.').set(s.collection.mode === 'incremental' ? 1 : 0);
    const runs = m.gauge('collected_action_runs', "Runs of the collection's actions in the window, from their metrics artifacts.", ['action', 'outcome']);
    const duration = m.gauge('collected_action_duration_seconds', 'Mean run time of each action in the window.', [
        'action',
    ]);
    const api = m.gauge('collected_action_api_requests', 'GitHub API calls of each action in the window.', ['action']);
    const rate = m.gauge('collected_action_rate_limit_used_ratio', 'Highest share of a rate-limit budget an action run used in the window.', ['action']);
    const breaker = m.gauge('collected_action_breaker_openings', 'Circuit-breaker openings of each action in the window.', ['action']);
    const byAction = new Map();
    for (const r of s.actions.runs)
        byAction.set(r.action, [...(byAction.get(r.action) ?? []), r]);
    for (const [action, list] of byAction) {
        runs.set({ action, outcome: 'success' }, list.filter((r) => r.outcome === 'success').length);
        runs.set({ action, outcome: 'failure' }, list.filter((r) => r.outcome === 'failure').length);
        duration.set({ action }, list.reduce((n, r) => n + r.durationSeconds, 0) / list.length);
        api.set({ action }, list.reduce((n, r) => n + r.apiRequests, 0));
        const used = list.map((r) => r.rateLimitUsed).filter((x) => x !== undefined);
        if (used.length > 0)
            rate.set({ action }, Math.max(...used));
        breaker.set({ action }, list.reduce((n, r) => n + r.breakerOpenings, 0));
    }
}
/**
 * The snapshot as Prometheus metrics, all labelled with `organization` (every name is in the README):
 * `moko_org_*` and `moko_repo_*` (inventory), `moko_workflow_*` and `moko_scheduled_*` (runs),
 * `moko_pull_request*`, `moko_issue*`, `moko_dora_*` (delivery), `moko_security_*`, `moko_coverage_*`,
 * `moko_collection_*` and `moko_collected_action_*` (the collection itself). Gauges and window
 * histograms: each collection is a fresh reading of the window (https://prometheus.io/docs/practices/naming/).
 */
function snapshotMetrics(snapshot, delivery) {
    const m = new metrics/* Metrics */.K({ labels: { organization: snapshot.organization } });
    organizationGauges(m, snapshot);
    repositoryGauges(m, snapshot);
    runMetrics(m, delivery);
    deliveryMetrics(m, delivery);
    securityMetrics(m, snapshot);
    collectionMetrics(m, snapshot);
    return m;
}
/** The same metrics in the OpenMetrics text format (`# EOF`-terminated). */
async function openMetricsText(metrics) {
    // prom-client types a registry by its content type; the same registry renders both formats.
    const registry = metrics.registry;
    registry.setContentType(prom_client.Registry.OPENMETRICS_CONTENT_TYPE);
    try {
        return await registry.metrics();
    }
    finally {
        metrics.registry.setContentType(prom_client.Registry.PROMETHEUS_CONTENT_TYPE);
    }
}

// EXTERNAL MODULE: ./shared/github/not-found.ts
var not_found = __webpack_require__(48908);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/repo-query.ts

/** Open pull requests read per repository to date them; oldest first, so the old ones come first. */
const PULLS_PER_REPO = 100;
/** Recently updated items read per repository in the page query; more come from follow-up queries. */
const RECENT = 10;
const PULL_FIELDS = `number title createdAt updatedAt mergedAt closedAt
  reviews(first: 1) { nodes { submittedAt } }
  commits(first: 1) { nodes { commit { authoredDate } } }`;
const ISSUE_FIELDS = 'number createdAt updatedAt closedAt';
const RELEASE_FIELDS = 'tagName publishedAt isDraft isPrerelease';
const DEPLOYMENT_FIELDS = 'databaseId environment createdAt latestStatus { state createdAt }';
const PAGE = 'pageInfo { hasNextPage endCursor }';
/** The four activity connections, newest first, `n` each, after the given cursors. */
function activity(n, cursors = {}, only) {
    const after = (k) => (cursors[k] ? `, after: ${JSON.stringify(cursors[k])}` : '');
    const want = (k) => !only || only.includes(k);
    return [
        want('recentPulls')
            ? `recentPulls: pullRequests(first: ${n}${after('recentPulls')}, orderBy: { field: UPDATED_AT, direction: DESC }) { ${PAGE} nodes { ${PULL_FIELDS} } }`
            : '',
        want('recentIssues')
            ? `recentIssues: issues(first: ${n}${after('recentIssues')}, orderBy: { field: UPDATED_AT, direction: DESC }, filterBy: { since: $since }) { ${PAGE} nodes { ${ISSUE_FIELDS} } }`
            : '',
        want('releases')
            ? `releases(first: ${n}${after('releases')}, orderBy: { field: CREATED_AT, direction: DESC }) { ${PAGE} nodes { ${RELEASE_FIELDS} } }`
            : '',
        want('deployments')
            ? `deployments(first: ${n}${after('deployments')}, orderBy: { field: CREATED_AT, direction: DESC }) { ${PAGE} nodes { ${DEPLOYMENT_FIELDS} } }`
            : '',
    ].join('\n');
}
/**
 * One page of repositories with their counts and their most recently changed pull requests, issues,
 * releases and deployments: 100 repositories and everything the delivery metrics need in one request
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api).
 */
const ORG_DELIVERY_QUERY = `query OrgDelivery($org: String!, $first: Int!, $after: String, $since: DateTime!) {
  organization(login: $org) {
    repositories(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name isArchived isFork visibility pushedAt stargazerCount forkCount
        primaryLanguage { name }
        defaultBranchRef { name branchProtectionRule { id } }
        openIssues: issues(states: OPEN) { totalCount }
        openPulls: pullRequests(states: OPEN, first: ${PULLS_PER_REPO}, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes { createdAt }
        }
        ${activity(RECENT)}
      }
    }
  }
}`;
const dateOf = {
    recentPulls: (n) => n.updatedAt,
    recentIssues: (n) => n.updatedAt,
    releases: (n) => n.publishedAt,
    deployments: (n) => n.createdAt,
};
const KEY = {
    recentPulls: 'pulls',
    recentIssues: 'issues',
    releases: 'releases',
    deployments: 'deployments',
};
/** Adds a connection's nodes; returns the cursor to continue from when older items may still be in range. */
function gather(g, kind, conn, sinceMs) {
    if (!conn)
        return undefined;
    const nodes = conn.nodes.filter((n) => n !== null);
    g[KEY[kind]].push(...nodes);
    const last = nodes.at(-1);
    const lastAt = last ? dateOf[kind](last) : null;
    // Newest first: once the last node is older than the window, so is everything after it.
    if (conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (!lastAt || Date.parse(lastAt) >= sinceMs))
        return conn.pageInfo.endCursor;
    return undefined;
}
function toPull(p) {
    return {
        number: p.number,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        mergedAt: p.mergedAt,
        closedAt: p.closedAt,
        firstReviewAt: p.reviews.nodes.find((r) => r?.submittedAt)?.submittedAt ?? null,
        firstCommitAt: p.commits.nodes[0]?.commit.authoredDate ?? null,
        revert: /^Revert "/.test(p.title),
    };
}
function toDeployment(d) {
    return {
        id: d.databaseId ?? 0,
        environment: d.environment ?? 'unknown',
        createdAt: d.createdAt,
        state: d.latestStatus?.state.toLowerCase() ?? 'pending',
        statusAt: d.latestStatus?.createdAt ?? null,
    };
}
function toListed(raw, g, prCutoffMs, sinceMs) {
    const dated = raw.openPulls.nodes.filter((n) => n !== null);
    const old = dated.filter((n) => Date.parse(n.createdAt) < prCutoffMs).length;
    const visibility = raw.visibility.toLowerCase();
    const recent = (at) => !!at && Date.parse(at) >= sinceMs;
    return {
        name: raw.name,
        archived: raw.isArchived,
        fork: raw.isFork,
        visibility: visibility === 'public' || visibility === 'internal' ? visibility : 'private',
        language: raw.primaryLanguage?.name ?? null,
        stars: raw.stargazerCount,
        forks: raw.forkCount,
        openIssues: raw.openIssues.totalCount,
        openPullRequests: raw.openPulls.totalCount,
        oldPullRequests: old,
        oldPullRequestsAtLeast: raw.openPulls.totalCount > dated.length && old === dated.length,
        oldestOpenPullRequestAt: dated[0]?.createdAt ?? null,
        pushedAt: raw.pushedAt,
        defaultBranch: raw.defaultBranchRef?.name ?? null,
        protectedDefaultBranch: raw.defaultBranchRef?.branchProtectionRule != null,
        pulls: g.pulls.filter((p) => recent(p.updatedAt)).map(toPull),
        issues: g.issues.filter((i) => recent(i.updatedAt)).map((i) => ({ ...i })),
        releases: g.releases
            .filter((r) => !r.isDraft && !r.isPrerelease && recent(r.publishedAt))
            .map((r) => ({ tag: r.tagName, publishedAt: r.publishedAt })),
        deployments: g.deployments.filter((d) => recent(d.createdAt)).map(toDeployment),
    };
}
/** Follow-ups batched per request: one alias per repository still needing older items. */
const FOLLOW_UP_BATCH = 20;
/**
 * Every repository of `org` the token can read, 100 per GraphQL request, with the pull requests and
 * issues updated and the releases and deployments made since `sinceMs`. A repository with more such
 * items than one page holds is completed by follow-up queries that batch up to 20 repositories each,
 * so nothing in the window is silently dropped.
 */
async function listRepositories(client, org, opts) {
    const since = new Date(opts.sinceMs).toISOString();
    const raws = [];
    let after = null;
    let requests = 0;
    let totalCount = 0;
    do {
        const vars = { org, first: Math.min(100, opts.pageSize ?? 100), after, since };
        const data = await (0,not_found/* withNotFoundAsUserError */.v)(() => client.graphql(ORG_DELIVERY_QUERY, vars));
        requests++;
        const page = data.organization?.repositories;
        if (!page)
            break;
        totalCount = page.totalCount;
        for (const raw of page.nodes) {
            if (!raw)
                continue;
            const g = { pulls: [], issues: [], releases: [], deployments: [] };
            const cursors = {};
            for (const kind of Object.keys(KEY)) {
                const next = gather(g, kind, raw[kind], opts.sinceMs);
                if (next)
                    cursors[kind] = next;
            }
            raws.push({ raw, g, cursors });
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Follow-ups until no repository has older items left in the window.
    for (;;) {
        const pending = raws.filter((r) => Object.keys(r.cursors).length > 0);
        if (pending.length === 0)
            break;
        for (let i = 0; i < pending.length; i += FOLLOW_UP_BATCH) {
            const batch = pending.slice(i, i + FOLLOW_UP_BATCH);
            const fields = batch
                .map((r, k) => `r${k}: repository(name: ${JSON.stringify(r.raw.name)}) { ${activity(100, r.cursors, Object.keys(r.cursors))} }`)
                .join('\n');
            const query = `query OrgDeliveryMore($org: String!, $since: DateTime!) { organization(login: $org) { ${fields} } }`;
            const data = await client.graphql(query, {
                org,
                since,
            });
            requests++;
            batch.forEach((r, k) => {
                const more = data.organization?.[`r${k}`];
                const cursors = {};
                for (const kind of Object.keys(r.cursors)) {
                    const next = more
                        ? gather(r.g, kind, more[kind], opts.sinceMs)
                        : undefined;
                    if (next)
                        cursors[kind] = next;
                }
                r.cursors = cursors;
            });
        }
    }
    return {
        repos: raws.map((r) => toListed(r.raw, r.g, opts.prCutoffMs, opts.sinceMs)),
        totalCount,
        requests,
    };
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/runs.ts

/**
 * The workflow runs of one repository created since `sinceIso`, newest first, 100 per request
 * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository). GitHub
 * answers at most 1,000 runs to a filtered query: more than that is reported, never silently cut.
 */
async function listRuns(client, owner, repo, sinceIso) {
    const runs = [];
    let requests = 0;
    try {
        const pages = client.paginate.iterator(client.rest.actions.listWorkflowRunsForRepo, {
            owner,
            repo,
            created: `>=${sinceIso}`,
            per_page: 100,
            exclude_pull_requests: true,
        });
        for await (const page of pages) {
            requests++;
            for (const r of page.data) {
                runs.push({
                    id: r.id,
                    workflow: r.name ?? r.path ?? String(r.workflow_id),
                    event: r.event,
                    status: r.status ?? 'unknown',
                    conclusion: r.conclusion ?? null,
                    createdAt: r.created_at,
                    startedAt: r.run_started_at ?? r.created_at,
                    updatedAt: r.updated_at,
                });
            }
            if (runs.length >= 1000) {
                return {
                    ok: false,
                    reason: `more than 1,000 runs since ${sinceIso}: GitHub lists no more for one query; shorten window-days`,
                    requests,
                };
            }
        }
    }
    catch (error) {
        const status = (0,errors/* errorStatus */.PO)(error);
        return { ok: false, reason: `${status ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}`, requests: requests + 1 };
    }
    return { ok: true, runs, requests };
}

// EXTERNAL MODULE: ./actions/metrics-collect/src/engine/snapshot-chain.ts
var snapshot_chain = __webpack_require__(41197);
// EXTERNAL MODULE: ./shared/summary/markdown.ts
var markdown = __webpack_require__(72184);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/trends.ts


/** Each total's change since `previous`; undefined when there is no previous snapshot of the same organization. */
function compareSnapshots(previous, current) {
    if (!previous || previous.organization !== current.organization)
        return undefined;
    return Object.keys(TOTAL_LABELS).map((key) => ({
        key,
        label: TOTAL_LABELS[key],
        previous: previous.totals[key],
        current: current.totals[key],
        change: current.totals[key] - previous.totals[key],
    }));
}
/** The previous collection's headline, when the history has one. */
function previousHeadline(snapshot) {
    return snapshot.history.length >= 2 ? snapshot.history[snapshot.history.length - 2]?.headline : undefined;
}
/** `+3`, `-2`, `0` (at most 4 decimals). */
function signed(n) {
    const r = Math.round(n * 10000) / 10000;
    return r > 0 ? `+${r}` : String(r);
}
/**
 * Distinct x labels for the history: `MM-DD`, with `HH:mm` when a day repeats, and `#n` when even
 * that repeats (mermaid merges equal category labels, which would misplace the points).
 */
function historyLabels(points) {
    const days = points.map((p) => p.collectedAt.slice(5, 10));
    const withTime = new Set(days).size < days.length;
    const labels = points.map((p) => withTime ? `${p.collectedAt.slice(5, 10)} ${p.collectedAt.slice(11, 16)}` : p.collectedAt.slice(5, 10));
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n > 1 ? `${l} #${n}` : l;
    });
}
function chart(title, axis, labels, values) {
    const max = Math.max(1, ...values);
    return [
        'xychart-beta',
        `    title "${(0,markdown/* mermaidLabel */._b)(title)}"`,
        `    x-axis [${labels.map((l) => `"${(0,markdown/* mermaidLabel */._b)(l)}"`).join(', ')}]`,
        `    y-axis "${(0,markdown/* mermaidLabel */._b)(axis)}" 0 --> ${max}`,
        `    line [${values.join(', ')}]`,
    ].join('\n');
}
/**
 * A mermaid `xychart-beta` line of one total over the snapshot's history (https://mermaid.js.org/syntax/xyChart.html);
 * undefined with fewer than two collections.
 */
function historyChart(snapshot, key) {
    const points = snapshot.history;
    if (points.length < 2)
        return undefined;
    const label = TOTAL_LABELS[key];
    return chart(`${label}, last ${points.length} collections`, label, historyLabels(points), points.map((p) => p.totals[key]));
}
/** The same for a headline figure, over the collections that recorded it. */
function headlineChart(snapshot, key) {
    const points = snapshot.history.filter((p) => p.headline && p.headline[key] !== null);
    if (points.length < 2)
        return undefined;
    const label = HEADLINE_LABELS[key];
    return chart(`${label}, last ${points.length} collections`, label, historyLabels(points), points.map((p) => p.headline[key]));
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/run-collection.ts















const run_collection_DAY = 86_400_000;
/** Every quiet repository's runs are re-listed once in this many days (see needsRuns). */
const REFRESH_DAYS = 7;
function rotationDay(name) {
    let h = 2166136261;
    for (const ch of name)
        h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return h % REFRESH_DAYS;
}
/** Read a little before the previous collection, so an item updated while it ran is not missed (merging dedups). */
const OVERLAP_MS = 3_600_000;
async function write(file, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
}
function mergeBy(old, fresh, key, keep) {
    const map = new Map();
    for (const x of old)
        map.set(key(x), x);
    for (const x of fresh)
        map.set(key(x), x);
    return [...map.values()].filter(keep);
}
/** Previous repository states, when the previous snapshot can be continued (same organization and window). */
function continuable(previous, opts, windowStart) {
    if (previous?.schema !== 2 || previous.organization !== opts.organization)
        return undefined;
    if (previous.settings?.windowDays !== opts.windowDays)
        return undefined;
    if (Date.parse(previous.collectedAt) <= windowStart || !previous.repositories)
        return undefined;
    return new Map(previous.repositories.map((r) => [r.name, r]));
}
/**
 * Whether a repository's runs must be listed: new to the snapshot, pushed to, with pull requests,
 * releases or deployments since (their workflows run without a push to the repository), with a
 * scheduled workflow, or with runs still going. A quiet repository costs nothing.
 */
function needsRuns(listed, prev, windowStart, nowMs) {
    if (listed.archived)
        return false;
    if (!prev?.runsReadAt)
        return true;
    // Runs no push announces (workflow_dispatch, repository_dispatch, workflow_run): each repository
    // is re-listed on its day of a weekly rotation, so none is missed for more than a week.
    if (rotationDay(listed.name) === Math.floor(nowMs / run_collection_DAY) % REFRESH_DAYS)
        return true;
    const readAt = Date.parse(prev.runsReadAt) - OVERLAP_MS;
    if (listed.pushedAt && Date.parse(listed.pushedAt) > readAt)
        return true;
    if (listed.pulls.length > 0 || listed.releases.length > 0 || listed.deployments.length > 0)
        return true;
    return prev.runs.some((r) => r.status !== 'completed' || (r.event === 'schedule' && Date.parse(r.createdAt) >= windowStart));
}
/** When to list a repository's runs from: the window, or the previous listing (earlier for unfinished runs). */
function runsSince(prev, windowStart) {
    if (!prev?.runsReadAt)
        return windowStart;
    const unfinished = prev.runs.filter((r) => r.status !== 'completed').map((r) => Date.parse(r.createdAt));
    return Math.max(windowStart, Math.min(Date.parse(prev.runsReadAt) - OVERLAP_MS, ...unfinished));
}
/** The organization's size as GitHub reports it to this token (public + private), when it does. */
async function organizationReported(client, org) {
    const { data } = await client.rest.orgs.get({ org });
    if (typeof data.total_private_repos !== 'number')
        return undefined;
    return data.public_repos + data.total_private_repos;
}
/**
 * One collection: read the previous snapshot; list the repositories with their recent pull requests,
 * issues, releases and deployments (GraphQL, 100 repositories a request); list the runs of the
 * repositories where something can have happened since; read the open security alerts (conditional
 * requests) and the other actions' metrics artifacts; compute; write the Prometheus and JSON files.
 * A first run reads the whole window; a later one only what changed since the previous snapshot.
 */
async function runCollection(client, opts, logger) {
    const requestsBefore = client.moko.stats().requests;
    const windowStart = opts.nowMs - opts.windowDays * run_collection_DAY;
    if (opts.snapshotArtifact && opts.artifactsRepository && !(0,external_node_fs_.existsSync)(opts.previousFile))
        await (0,snapshot_chain/* restoreSnapshotArtifact */.f)(client, opts.artifactsRepository, opts.snapshotArtifact, opts.previousFile, logger);
    // Read before json-file is overwritten: by default it is the previous snapshot.
    const previous = await readPreviousSnapshot(opts.previousFile, logger);
    const prevRepos = continuable(previous, opts, windowStart);
    const since = prevRepos ? Math.max(windowStart, Date.parse(previous.collectedAt) - OVERLAP_MS) : windowStart;
    const notices = [];
    const listed = await listRepositories(client, opts.organization, {
        sinceMs: since,
        prCutoffMs: opts.nowMs - opts.prAgeDays * run_collection_DAY,
        ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
    });
    const inWindow = (at) => !!at && Date.parse(at) >= windowStart;
    let restRequests = 0;
    let runsListed = 0;
    const nowIso = new Date(opts.nowMs).toISOString();
    const repos = await mapLimit(listed.repos, opts.concurrency ?? 8, async (l) => {
        const prev = prevRepos?.get(l.name);
        const state = {
            ...l,
            pulls: mergeBy(prev?.pulls ?? [], l.pulls, (p) => p.number, (p) => inWindow(p.updatedAt)),
            issues: mergeBy(prev?.issues ?? [], l.issues, (i) => i.number, (i) => inWindow(i.updatedAt)),
            releases: mergeBy(prev?.releases ?? [], l.releases, (r) => r.tag, (r) => inWindow(r.publishedAt)),
            deployments: mergeBy(prev?.deployments ?? [], l.deployments, (d) => d.id, (d) => inWindow(d.createdAt)),
            runs: (prev?.runs ?? []).filter((r) => inWindow(r.createdAt)),
            ...(prev?.runsReadAt ? { runsReadAt: prev.runsReadAt } : {}),
        };
        const calling = opts.artifactsRepository?.owner === opts.organization && opts.artifactsRepository.repo === l.name;
        if (!calling && !needsRuns(l, prev, windowStart, opts.nowMs))
            return state;
        runsListed++;
        const read = await listRuns(client, opts.organization, l.name, new Date(runsSince(prev, windowStart)).toISOString());
        restRequests += read.requests;
        if (!read.ok)
            return { ...state, unreadable: read.reason };
        state.runs = mergeBy(state.runs, read.runs, (r) => r.id, (r) => inWindow(r.createdAt));
        state.runsReadAt = nowIso;
        return state;
    });
    const previousSecurity = new Map((previous?.schema === 2 ? previous.security : undefined)?.map((s) => [s.tool, s]) ??
        []);
    const security = [];
    for (const tool of Object.keys(ALERT_TOOLS)) {
        const { reading, requests } = await readAlerts(client, opts.organization, tool, previousSecurity.get(tool));
        restRequests += requests;
        security.push(reading);
        if (reading.notice)
            notices.push(reading.notice);
    }
    let actionRuns = prevRepos
        ? (previous?.actions?.runs ?? [])
        : [];
    if (opts.artifactsRepository && opts.readActionMetrics !== false) {
        const { owner, repo } = opts.artifactsRepository;
        try {
            const read = await readActionRuns(client, owner, repo, new Date(since).toISOString(), logger);
            restRequests += read.requests;
            actionRuns = mergeBy(actionRuns, read.runs, (r) => `${r.action}#${r.runId}#${r.runAttempt}`, (r) => inWindow(r.createdAt));
        }
        catch (error) {
            notices.push(`Metrics artifacts of ${owner}/${repo} not read: ${(0,errors/* errorMessage */.gJ)(error)} (needs actions: read)`);
        }
    }
    let organizationReportedCount;
    try {
        organizationReportedCount = await organizationReported(client, opts.organization);
        restRequests++;
    }
    catch (error) {
        logger.debug(`GET /orgs/${opts.organization}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const unreadable = repos.filter((r) => r.unreadable).map((r) => ({ repository: r.name, reason: r.unreadable }));
    const coverage = {
        seen: repos.length,
        read: repos.length - unreadable.length,
        unreadable,
        organizationReported: organizationReportedCount,
    };
    if (organizationReportedCount !== undefined && organizationReportedCount > repos.length)
        notices.push(`${organizationReportedCount - repos.length} of the organization's ${organizationReportedCount} repositories are not visible to this token: they are not counted (use a token that can read them, e.g. a GitHub App installed on all repositories).`);
    for (const u of unreadable)
        notices.push(`${opts.organization}/${u.repository}: workflow runs not read (${u.reason}).`);
    const delivery = computeDelivery(repos, opts.nowMs, opts.windowDays);
    const totals = computeTotals(repos, opts.nowMs, opts.staleDays);
    const headline = computeHeadline(delivery, security);
    const active = repos.filter((r) => !r.archived);
    const collectedAt = nowIso;
    const { durationSeconds: _d, queueSeconds: _q, ...runsKept } = delivery.runs;
    const graphql = listed.requests;
    const snapshot = {
        schema: 2,
        organization: opts.organization,
        collectedAt,
        settings: { staleDays: opts.staleDays, prAgeDays: opts.prAgeDays, windowDays: opts.windowDays },
        totals,
        headline,
        byLanguage: countBy(active, (r) => r.language ?? 'none'),
        byVisibility: countBy(active, (r) => r.visibility),
        coverage,
        collection: {
            mode: prevRepos ? 'incremental' : 'first',
            since: new Date(since).toISOString(),
            requests: { graphql, rest: Math.max(restRequests, client.moko.stats().requests - requestsBefore - graphql) },
            runsListed,
        },
        delivery: { ...delivery, runs: runsKept },
        security,
        actions: { runs: actionRuns },
        history: nextHistory(previous, opts.organization, { collectedAt, totals, headline }),
        repositories: repos.map((r) => ({ ...r, stale: isStale(r, opts.nowMs, opts.staleDays) })),
    };
    const metrics = snapshotMetrics(snapshot, delivery);
    await write(opts.prometheusFile, await metrics.prometheus());
    if (opts.openMetricsFile)
        await write(opts.openMetricsFile, await openMetricsText(metrics));
    await write(opts.jsonFile, `${JSON.stringify(snapshot)}\n`);
    return {
        snapshot,
        previousAt: previous?.collectedAt,
        deltas: compareSnapshots(previous, snapshot),
        notices,
        push: (url, job) => metrics.push(url, job),
    };
}

// EXTERNAL MODULE: ./actions/metrics-collect/src/settings.ts
var settings = __webpack_require__(48321);
// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary_summary = __webpack_require__(33746);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/summary.ts




/** Rows listed in each collapsible list of repositories. */
const LIST = 25;
/** `3h 12m`, `4m 10s`, `12s`; `–` for none. */
function duration(seconds) {
    if (seconds === null || seconds === undefined)
        return '–';
    const s = Math.round(seconds);
    if (s >= 86_400)
        return `${Math.floor(s / 86_400)}d ${Math.round((s % 86_400) / 3600)}h`;
    if (s >= 3600)
        return `${Math.floor(s / 3600)}h ${Math.round((s % 3600) / 60)}m`;
    if (s >= 60)
        return `${Math.floor(s / 60)}m ${s % 60}s`;
    return `${s}s`;
}
const percent = (v) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
const dist = (d) => [d.count, duration(d.p50), duration(d.p90), duration(d.p99)];
function headlineCell(key, v) {
    if (v === null)
        return '–';
    if (key === 'successRate' || key === 'changeFailureRate')
        return percent(v);
    if (key === 'leadTimeSeconds' || key === 'mttrSeconds')
        return duration(v);
    return String(v);
}
/**
 * The job summary: headline figures with their change, coverage and notices, runs, delivery (DORA,
 * pull requests, issues), security alerts, the collection's own actions, inventory totals, trend
 * charts, and the stale and slow repositories.
 */
function writeMetricsSummary(summary, snapshot, deltas, previousAt, notices = []) {
    const t = snapshot.totals;
    const { coverage, collection, delivery: d } = snapshot;
    summary.heading('Organization metrics', 2);
    summary.paragraph(`**${snapshot.organization}**: ${t.repositories} repositories (${t.archived} archived), collected ${snapshot.collectedAt} ` +
        `over the last ${snapshot.settings.windowDays} days (${collection.mode} collection: ${collection.requests.graphql} GraphQL and ` +
        `${collection.requests.rest} REST requests, runs listed for ${collection.runsListed} repositories).` +
        (deltas && previousAt ? ` Changes are since ${previousAt}.` : ' No earlier snapshot to compare with.'));
    const before = previousHeadline(snapshot);
    const keys = Object.keys(HEADLINE_LABELS);
    summary.table(before ? ['headline', 'value', 'change'] : ['headline', 'value'], keys.map((k) => {
        const now = snapshot.headline[k];
        const was = before?.[k];
        const row = [HEADLINE_LABELS[k], headlineCell(k, now)];
        if (before)
            row.push(now !== null && was !== null && was !== undefined ? signed(now - was) : '–');
        return row;
    }), ['left', 'right', 'right']);
    summary.heading('Coverage', 3);
    summary.paragraph(`Repositories seen: ${coverage.seen}; read: ${coverage.read}; not readable: ${coverage.unreadable.length}` +
        (coverage.organizationReported !== undefined
            ? `; the organization reports ${coverage.organizationReported}.`
            : '.'));
    if (notices.length > 0)
        summary.list(notices.map((n) => `⚠️ ${n}`));
    summary.heading('Workflow runs', 3);
    summary.paragraph(`${d.runs.total} runs; success rate ${percent(d.runs.successRate)}; ` +
        Object.entries(d.runs.byConclusion)
            .map(([c, n]) => `${c}: ${n}`)
            .join(', '));
    summary.table(['measure', 'runs', 'p50', 'p90', 'p99'], [
        ['duration', ...dist(d.runs.duration)],
        ['queue time', ...dist(d.runs.queue)],
        ['scheduled workflow recovery (MTTR)', ...dist(d.runs.scheduledRecovery)],
    ], ['left', 'right', 'right', 'right', 'right']);
    const failing = d.runs.workflows.filter((w) => w.failing);
    detailsTable(summary, `Scheduled workflows failing now (${failing.length})`, ['repository', 'workflow', 'last scheduled run'], failing.map((w) => [w.repository, w.workflow, w.lastScheduledAt ?? '']));
    summary.heading('Delivery', 3);
    summary.table(['measure', 'count', 'p50', 'p90', 'p99'], [
        ['lead time for changes (first commit → merge)', ...dist(d.dora.leadTime)],
        ['pull request open → merge', ...dist(d.pulls.leadTime)],
        ['time to first review', ...dist(d.pulls.firstReview)],
        ['issue time to close', ...dist(d.issues.timeToClose)],
        ['time to restore (failed → next good deployment)', ...dist(d.dora.timeToRestore)],
    ], ['left', 'right', 'right', 'right', 'right']);
    summary.paragraph(`Deployments: ${d.dora.deployments} (${d.dora.deploymentsPerDay} a day), change failure rate ${percent(d.dora.changeFailureRate)}. ` +
        `Pull requests: ${d.pulls.opened} opened, ${d.pulls.merged} merged, ${d.pulls.open} open. Issues: ${d.issues.opened} opened, ${d.issues.closed} closed, ${d.issues.open} open.`);
    summary.heading('Security alerts (open)', 3);
    const readable = snapshot.security.filter((s) => s.status === 'read');
    if (readable.length > 0)
        summary.table(['tool', ...SEVERITIES], readable.map((s) => [s.tool.replace('_', ' '), ...SEVERITIES.map((v) => s.bySeverity[v] ?? 0)]), ['left', 'right', 'right', 'right', 'right', 'right']);
    const unread = snapshot.security.filter((s) => s.status !== 'read');
    if (unread.length > 0)
        summary.list(unread.map((s) => `Not read: ${s.notice ?? s.tool}`));
    if (snapshot.actions.runs.length > 0) {
        summary.heading("The collection's actions", 3);
        const byAction = new Map();
        for (const r of snapshot.actions.runs)
            byAction.set(r.action, [...(byAction.get(r.action) ?? []), r]);
        summary.table(['action', 'runs', 'failed', 'success rate', 'mean duration', 'API calls', 'breaker openings'], [...byAction].map(([action, list]) => {
            const failed = list.filter((r) => r.outcome === 'failure').length;
            return [
                action,
                list.length,
                failed,
                percent((list.length - failed) / list.length),
                duration(list.reduce((n, r) => n + r.durationSeconds, 0) / list.length),
                list.reduce((n, r) => n + r.apiRequests, 0),
                list.reduce((n, r) => n + r.breakerOpenings, 0),
            ];
        }), ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
    }
    summary.heading('Inventory', 3);
    const totalKeys = Object.keys(TOTAL_LABELS);
    const rows = totalKeys.map((k) => {
        const delta = deltas?.find((x) => x.key === k);
        return delta ? [TOTAL_LABELS[k], t[k], signed(delta.change)] : [TOTAL_LABELS[k], t[k]];
    });
    summary.table(deltas ? ['metric', 'value', 'change'] : ['metric', 'value'], rows, ['left', 'right', 'right']);
    if (Object.keys(snapshot.byLanguage).length > 0)
        summary.pieChart('Repositories by language', snapshot.byLanguage);
    summary.table(['visibility', 'repositories'], Object.entries(snapshot.byVisibility).map(([v, n]) => [v, n]), ['left', 'right']);
    for (const key of ['successRate', 'leadTimeSeconds']) {
        const c = headlineChart(snapshot, key);
        if (c)
            summary.mermaid(c);
    }
    for (const key of ['openPullRequests', 'stale']) {
        const c = historyChart(snapshot, key);
        if (c)
            summary.mermaid(c);
    }
    detailsTable(summary, `Repositories not readable (${coverage.unreadable.length})`, ['repository', 'why'], coverage.unreadable.map((u) => [u.repository, u.reason]));
    const stale = snapshot.repositories
        .filter((r) => r.stale)
        .sort((a, b) => (a.pushedAt ?? '').localeCompare(b.pushedAt ?? ''));
    detailsTable(summary, `Stale repositories (${stale.length})`, ['repository', 'last push'], stale.map((r) => [r.name, r.pushedAt?.slice(0, 10) ?? 'never']));
    const slow = snapshot.repositories
        .filter((r) => r.oldPullRequests > 0)
        .sort((a, b) => b.oldPullRequests - a.oldPullRequests || a.name.localeCompare(b.name));
    detailsTable(summary, `Repositories with old pull requests (${slow.length})`, ['repository', 'old open pull requests', 'open pull requests'], slow.map((r) => [r.name, `${r.oldPullRequestsAtLeast ? '≥ ' : ''}${r.oldPullRequests}`, r.openPullRequests]), ['left', 'right', 'right']);
}
/** A collapsible table of the first LIST rows and a count of the rest; nothing when there are no rows. */
function detailsTable(summary, title, headers, rows, align) {
    if (rows.length === 0)
        return;
    const body = new summary_summary/* JobSummary */.c3().table(headers, rows.slice(0, LIST), align);
    if (rows.length > LIST)
        body.paragraph(`_${rows.length - LIST} more._`);
    summary.details(title, body);
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/run.ts








const figure = (v) => (v === null ? '' : v);
/** The adapter from the ActionContext to the engine: settings in, outputs, summary, audit and push out. */
async function runMetricsCollect(ctx) {
    if (ctx.inputs['pushgateway-url'])
        (0,pushgateway_url/* maskUrlCredentials */.gn)(ctx.inputs['pushgateway-url'], ctx.mask);
    const s = (0,settings/* readSettings */.s)(ctx.inputs, ctx.env);
    const result = await runCollection(await ctx.github(), { ...s, nowMs: clock/* systemClock */.m.now() }, ctx.logger);
    const { snapshot } = result;
    const { collection, coverage, headline } = snapshot;
    ctx.logger.info(`${collection.mode === 'first' ? 'First' : 'Incremental'} collection of ${s.organization}: ${snapshot.totals.repositories} repositories, ` +
        `${collection.requests.graphql} GraphQL and ${collection.requests.rest} REST request(s).`);
    for (const notice of result.notices)
        ctx.logger.warning(notice);
    writeMetricsSummary(ctx.summary, snapshot, result.deltas, result.previousAt, result.notices);
    ctx.metrics.gauge('metrics_collect_repositories', 'Repositories measured by metrics-collect.').set(coverage.seen);
    ctx.audit.event('metrics-collect.results', {
        organization: s.organization,
        repositories: coverage.seen,
        unreadable: coverage.unreadable.length,
        mode: collection.mode,
        requests: collection.requests,
    });
    const outputs = {
        repositories: snapshot.totals.repositories,
        'unreadable-repositories': coverage.unreadable.length,
        'success-rate': figure(headline.successRate),
        'lead-time-seconds': figure(headline.leadTimeSeconds),
        'mttr-seconds': figure(headline.mttrSeconds),
        'critical-alerts': figure(headline.criticalAlerts),
        'deployments-per-day': headline.deploymentsPerDay,
        'change-failure-rate': figure(headline.changeFailureRate),
        'prometheus-file': (0,external_node_path_.relative)(ctx.env.workspace, s.prometheusFile),
        'json-file': (0,external_node_path_.relative)(ctx.env.workspace, s.jsonFile),
    };
    // The artifact chain: the next run continues from this snapshot even when no cache restored it.
    if (s.snapshotArtifact && !ctx.dryRun && ctx.env.isActions)
        await (0,upload/* uploadArtifact */.mz)(s.snapshotArtifact, [s.jsonFile], (0,external_node_path_.dirname)(s.jsonFile), {
            logger: ctx.logger,
            retentionDays: 90,
        });
    else if (s.snapshotArtifact)
        ctx.logger.debug(`Snapshot artifact ${s.snapshotArtifact} not uploaded (${(0,external_node_path_.basename)(s.jsonFile)} kept locally).`);
    if (s.pushgatewayUrl && ctx.dryRun)
        ctx.logger.info('Dry run: metrics not pushed to the Pushgateway.');
    else if (s.pushgatewayUrl) {
        const job = `metrics-collect/${s.organization}`;
        try {
            await result.push(s.pushgatewayUrl, job);
            ctx.logger.info(`Pushed ${s.organization}'s metrics to the Pushgateway (job ${job}).`);
        }
        catch (error) {
            // The push is what a dashboard reads: a failed one fails the step, after the files are written.
            return { outputs, failure: `Could not push to the Pushgateway: ${(0,errors/* errorMessage */.gJ)(error)}` };
        }
    }
    return { outputs };
}


/***/ }),

/***/ 70737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ loadArtifactClient),
/* harmony export */   mj: () => (/* binding */ missingRuntimeVariables),
/* harmony export */   mz: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/**
 * @actions/artifact and its dependencies are large, and `uses:` downloads our whole repository for
 * every job, so the module is only loaded by runs that really upload or restore.
 */
async function loadArtifactClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 97500));
    return new DefaultArtifactClient();
}
/** Variables the runner gives a step that may talk to the artifact (results) service. */
const RUNTIME_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'];
/** The runtime variables missing from `env`: none on a runner step, both elsewhere. */
function missingRuntimeVariables(env) {
    return RUNTIME_VARIABLES.filter((v) => !env[v]);
}
/**
 * Uploads `files` (under `rootDir`) as artifact `name`. Skips with a reason outside the runner
 * (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL) or with no files; an upload failure is logged as
 * a warning and returned, never thrown, because telemetry must not fail the action.
 */
async function uploadArtifact(name, files, rootDir, opts) {
    const { logger } = opts;
    const env = opts.env ?? process.env;
    const missing = missingRuntimeVariables(env);
    if (missing.length > 0) {
        const reason = `${missing.join(' and ')} not set (not running on a GitHub Actions runner)`;
        logger.debug(`Artifact ${name} not uploaded: ${reason}.`);
        return { uploaded: false, reason };
    }
    if (files.length === 0) {
        logger.debug(`Artifact ${name} not uploaded: no files.`);
        return { uploaded: false, reason: 'no files to upload' };
    }
    try {
        const client = await (opts.client ?? loadArtifactClient)();
        const options = opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays };
        // Artifact names are unique per workflow run: a second step of the same action, or a matrix job,
        // finds the name taken. Then `-<job>`, `-<job>-2`, … keep the contract's prefix for audit-archive.
        const job = (env.GITHUB_JOB || 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
        const candidates = [name, `${name}-${job}`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${name}-${job}-${n}`)];
        for (const [i, candidate] of candidates.entries()) {
            try {
                const response = await client.uploadArtifact(candidate, [...files], rootDir, options);
                logger.info(`Uploaded artifact ${candidate} (${files.length} file${files.length === 1 ? '' : 's'}).`);
                const result = { uploaded: true, name: candidate };
                if (response.id !== undefined)
                    result.id = response.id;
                return result;
            }
            catch (error) {
                if (!NAME_TAKEN.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)) || i === candidates.length - 1)
                    throw error;
                logger.debug(`Artifact name ${candidate} is taken in this run; trying the next one.`);
            }
        }
        throw new Error('unreachable');
    }
    catch (error) {
        const reason = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        logger.warning(`Could not upload artifact ${name}: ${reason}`);
        return { uploaded: false, reason };
    }
}
/** How the results service says an artifact name is already used in this run (Twirp already_exists / 409). */
const NAME_TAKEN = /already[ _]exists|\b409\b|conflict/i;


/***/ }),

/***/ 55698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock),
/* harmony export */   v: () => (/* binding */ manualClock)
/* harmony export */ });
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock whose time moves only when something sleeps or `advance` is called; sleeps return at once. */
function manualClock(start = 0) {
    let now = start;
    const slept = [];
    return {
        slept,
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        },
        advance: (ms) => {
            now += ms;
        },
    };
}


/***/ }),

/***/ 56314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ graphqlFailure)
/* harmony export */ });
/**
 * The `errors` (and partial `data`) of a GraphQL answer as @octokit/graphql's GraphqlResponseError
 * carries them (GitHub answers 200 with `errors`: FORBIDDEN, NOT_FOUND, …); undefined for any other error.
 */
function graphqlFailure(error) {
    if (typeof error !== 'object' || error === null || !('errors' in error) || !Array.isArray(error.errors))
        return undefined;
    const data = 'data' in error && typeof error.data === 'object' ? error.data : null;
    const errors = error.errors.filter((e) => typeof e === 'object' && e !== null);
    return { data, errors };
}


/***/ }),

/***/ 48908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ withNotFoundAsUserError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _graphql_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56314);


/** What a NOT_FOUND usually means for health-check and metrics-collect, both of which read an organization input. */
const ORGANIZATION_HINT = '(check the organization input and that the token can read it).';
/**
 * Runs a GraphQL read and turns GitHub's NOT_FOUND answer (an unknown organization or repository, or
 * one the token cannot see) into a UserError with GitHub's message and `hint`; anything else is rethrown.
 */
async function withNotFoundAsUserError(read, hint = ORGANIZATION_HINT) {
    try {
        return await read();
    }
    catch (error) {
        const notFound = (0,_graphql_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlFailure */ .g)(error)?.errors.find((e) => e.type === 'NOT_FOUND');
        if (notFound)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${typeof notFound.message === 'string' ? notFound.message : 'Not found'} ${hint}`.trim());
        throw error;
    }
}


/***/ }),

/***/ 41617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ Metrics)
});

// UNUSED EXPORTS: DURATION_BUCKETS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./shared/metrics/pushgateway.ts

/**
 * The grouping-key path of a job. A `/` cannot appear in a path segment, so such names use the
 * Pushgateway's base64url form (https://github.com/prometheus/pushgateway#url).
 */
function jobPath(job) {
    if (job === '')
        throw new errors/* UserError */.yo('Pushgateway job name must not be empty.');
    if (job.includes('/'))
        return `/metrics/job@base64/${Buffer.from(job).toString('base64url')}`;
    return `/metrics/job/${encodeURIComponent(job)}`;
}
/** The gateway URL without credentials, for messages (a Basic-auth password must never reach the log). */
function redacted(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href;
}
/**
 * PUTs a text exposition to `<gatewayUrl>/metrics/job/<job>`, replacing the job's previous group
 * (https://github.com/prometheus/pushgateway#put-method). Credentials in the URL become a Basic
 * Authorization header, since fetch refuses URLs that carry them.
 */
async function pushToGateway(gatewayUrl, job, body, opts = {}) {
    let url;
    try {
        url = new URL(gatewayUrl);
    }
    catch {
        throw new errors/* UserError */.yo(`Pushgateway URL ${JSON.stringify(gatewayUrl)} is not a valid URL.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* UserError */.yo(`Pushgateway URL must use http or https, got ${url.protocol}`);
    }
    const headers = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
    if (url.username !== '' || url.password !== '') {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    }
    const shown = redacted(url);
    const target = new URL(shown);
    target.pathname = `${target.pathname.replace(/\/+$/, '')}${jobPath(job)}`;
    const doFetch = opts.fetch ?? fetch;
    let response;
    try {
        response = await doFetch(target, {
            method: 'PUT',
            headers,
            body,
            signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
    }
    catch (error) {
        throw new Error(`Pushgateway ${shown} unreachable: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (!response.ok) {
        const text = (await response.text()).slice(0, 500);
        throw new Error(`Pushgateway ${shown} answered ${response.status}: ${text.trim()}`);
    }
}

;// CONCATENATED MODULE: ./shared/metrics/metrics.ts





/** Buckets (seconds) for execution-time histograms: 5 ms to 5 min, the span of an action's work. */
const DURATION_BUCKETS = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
/**
 * The roadmap's metrics collector on prom-client. Each instance owns a private Registry, so two
 * collectors (or two tests) never share state through prom-client's global registry.
 */
class Metrics {
    registry;
    prefix;
    clock;
    constructor(opts = {}) {
        this.registry = new prom_client.Registry();
        this.prefix = opts.prefix ?? 'moko_';
        this.clock = opts.clock ?? clock/* systemClock */.m;
        if (opts.labels && Object.keys(opts.labels).length > 0)
            this.registry.setDefaultLabels(opts.labels);
    }
    /**
     * A counter; registering the same name again returns the existing one. Names get a `_total`
     * suffix when missing, because `promtool check metrics` rejects counters without it.
     */
    counter(name, help, labelNames = []) {
        const full = this.fullName(name.endsWith('_total') ? name : `${name}_total`);
        return this.existing(full, prom_client.Counter) ?? new prom_client.Counter({ name: full, help, labelNames, registers: [this.registry] });
    }
    /** A gauge; registering the same name again returns the existing one. */
    gauge(name, help, labelNames = []) {
        const full = this.fullName(name);
        return this.existing(full, prom_client.Gauge) ?? new prom_client.Gauge({ name: full, help, labelNames, registers: [this.registry] });
    }
    /** A histogram (default buckets suit durations in seconds); registering the same name again returns the existing one. */
    histogram(name, help, labelNames = [], buckets = DURATION_BUCKETS) {
        const full = this.fullName(name);
        return (this.existing(full, prom_client.Histogram) ??
            new prom_client.Histogram({ name: full, help, labelNames, buckets: [...buckets], registers: [this.registry] }));
    }
    /**
     * Runs `fn` and records how long it took, in seconds, into the histogram `name` (created on first
     * use with `labels`' keys as label names; `_seconds` is appended when missing, as Prometheus
     * naming asks for the base unit in the name). The time is recorded whether `fn` resolves or throws.
     */
    async time(name, labels, fn) {
        const full = name.endsWith('_seconds') ? name : `${name}_seconds`;
        const histogram = this.histogram(full, `Execution time of ${name} in seconds.`, Object.keys(labels));
        const started = this.clock.now();
        try {
            return await fn();
        }
        finally {
            histogram.observe(labels, (this.clock.now() - started) / 1000);
        }
    }
    /** Prometheus text exposition format 0.0.4. */
    prometheus() {
        return this.registry.metrics();
    }
    /** Every metric with its values, as prom-client's JSON objects. */
    async json() {
        return this.registry.getMetricsAsJSON();
    }
    /** Writes `metrics.prom` and `metrics.json` into `dir` (created if missing) and returns their paths. */
    async writeFiles(dir) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const files = { prometheus: external_node_path_default().join(dir, 'metrics.prom'), json: external_node_path_default().join(dir, 'metrics.json') };
        await (0,promises_.writeFile)(files.prometheus, await this.prometheus());
        await (0,promises_.writeFile)(files.json, `${JSON.stringify(await this.json(), null, 2)}\n`);
        return files;
    }
    /** Replaces this job's group on a Prometheus Pushgateway with the current metrics (HTTP PUT). */
    async push(gatewayUrl, job) {
        await pushToGateway(gatewayUrl, job, await this.prometheus());
    }
    fullName(name) {
        return name.startsWith(this.prefix) ? name : `${this.prefix}${name}`;
    }
    existing(name, kind) {
        const found = this.registry.getSingleMetric(name);
        if (found === undefined)
            return undefined;
        if (!(found instanceof kind)) {
            // Our bug, not the user's: two call sites disagree about what a metric is.
            throw new Error(`Metric ${name} is already registered as a different type.`);
        }
        return found;
    }
}


/***/ }),

/***/ 72184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ mermaidPie),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   Pr: () => (/* binding */ mermaidBar),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/** Small escaping helpers for GitHub-flavoured markdown, shared by the summary builder and charts. */
/**
 * A table cell: a raw `|` would end the cell and a newline the row (GFM spec, "Tables"), so pipes
 * are backslash-escaped and line breaks become `<br>`.
 */
function escapeCell(value) {
    if (value === null || value === undefined)
        return '';
    return String(value)
        .replace(/\|/g, '\\|')
        .replace(/\r?\n|\r/g, '<br>');
}
/** Text placed inside an HTML element such as `<summary>`. */
function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Text that must stay on one line (headings, chart titles). */
function oneLine(value) {
    return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** A fence longer than any backtick run inside `code`, so the block cannot be closed early. */
function fenceFor(code) {
    let longest = 0;
    for (const run of code.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Mermaid has no escape for `"` inside quoted labels, so it becomes `'`. */
function mermaidLabel(value) {
    return oneLine(value).replace(/"/g, "'");
}
/**
 * Mermaid `pie` source from counts; zero counts are left out because they draw nothing
 * (https://mermaid.js.org/syntax/pie.html).
 */
function mermaidPie(title, counts) {
    const lines = [`pie title ${mermaidLabel(title)}`];
    for (const [label, value] of Object.entries(counts)) {
        if (value > 0)
            lines.push(`    "${mermaidLabel(label)}" : ${value}`);
    }
    return lines.join('\n');
}
/** Mermaid `xychart-beta` bar chart source from counts (https://mermaid.js.org/syntax/xyChart.html). */
function mermaidBar(title, counts, yLabel = 'count') {
    const labels = Object.keys(counts).map((k) => `"${mermaidLabel(k)}"`);
    const values = Object.values(counts);
    const max = Math.max(1, ...values);
    return [
        'xychart-beta',
        `    title "${mermaidLabel(title)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${mermaidLabel(yLabel)}" 0 --> ${max}`,
        `    bar [${values.join(', ')}]`,
    ].join('\n');
}


/***/ }),

/***/ 33746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rB: () => (/* reexport */ Annotations),
  c3: () => (/* reexport */ JobSummary)
});

// UNUSED EXPORTS: GITHUB_ANNOTATION_LIMITS, SUMMARY_MAX_BYTES, escapeCell, mermaidBar, mermaidPie, renderSummaryText

;// CONCATENATED MODULE: ./shared/summary/annotations.ts
/**
 * What GitHub shows: 10 error, 10 warning and 10 notice annotations per step, 50 per job; the rest
 * are dropped silently (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations;
 * the Checks API caps a request at 50 too: https://docs.github.com/en/rest/checks/runs#update-a-check-run).
 * One action is one step, so the per-step caps apply to one instance.
 */
const GITHUB_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 };
const LEVELS = ['error', 'warning', 'notice'];
const zero = () => ({ error: 0, warning: 0, notice: 0 });
/**
 * Annotations through a Logger, capped at what GitHub will display. Extra ones are counted (and
 * logged at debug level) instead of being emitted into the void, and `flush()` says how many
 * were not shown, which GitHub itself never does.
 */
class Annotations {
    logger;
    limits;
    emitted = zero();
    suppressed = zero();
    constructor(logger, limits = {}) {
        this.logger = logger;
        this.limits = { ...GITHUB_ANNOTATION_LIMITS, ...limits };
    }
    /** Emits an annotation if the caps allow it; returns whether it was emitted. */
    add(level, message, props) {
        const total = this.emitted.error + this.emitted.warning + this.emitted.notice;
        if (this.emitted[level] >= this.limits[level] || total >= this.limits.total) {
            this.suppressed[level] += 1;
            const where = props?.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
            this.logger.debug(`annotation not shown (${level}): ${where}${message}`);
            return false;
        }
        this.emitted[level] += 1;
        this.logger[level](message, props);
        return true;
    }
    /** Emitted and suppressed counts so far. */
    counts() {
        return { emitted: { ...this.emitted }, suppressed: { ...this.suppressed } };
    }
    /**
     * Logs one line saying how many annotations were not shown (nothing when none were) and returns
     * the counts. The line is plain info, not an annotation, so it is not capped itself.
     */
    flush() {
        const counts = this.counts();
        const hidden = LEVELS.reduce((sum, level) => sum + counts.suppressed[level], 0);
        if (hidden > 0) {
            const parts = LEVELS.filter((l) => counts.suppressed[l] > 0).map((l) => `${counts.suppressed[l]} ${l}`);
            const l = this.limits;
            this.logger.info(`${hidden} more annotation${hidden === 1 ? '' : 's'} not shown (${parts.join(', ')}): GitHub shows at most ` +
                `${l.error} error, ${l.warning} warning and ${l.notice} notice annotations per step and ${l.total} per job; ` +
                'debug logging lists the rest.');
        }
        return counts;
    }
}

// EXTERNAL MODULE: ./shared/summary/markdown.ts
var markdown = __webpack_require__(72184);
;// CONCATENATED MODULE: ./shared/summary/job-summary.ts

/**
 * GitHub refuses a step summary larger than 1 MiB and shows an error instead
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
const SUMMARY_MAX_BYTES = 1024 * 1024;
const DELIMITER = { left: '---', center: ':---:', right: '---:' };
/**
 * A fluent markdown builder for `$GITHUB_STEP_SUMMARY` (after @actions/core's `summary`, but pure:
 * it only builds a string, and the framework decides where it goes).
 */
class JobSummary {
    blocks = [];
    /** A heading of `level` 1–6 (default 2); line breaks in `text` become spaces. */
    heading(text, level = 2) {
        const n = Math.min(6, Math.max(1, Math.trunc(level)));
        return this.raw(`${'#'.repeat(n)} ${(0,markdown/* oneLine */.TN)(text)}`);
    }
    /** A paragraph of markdown text. */
    paragraph(text) {
        return this.raw(text);
    }
    /** A GFM table; cells are escaped so `|` and line breaks cannot break the layout. */
    table(headers, rows, align) {
        const line = (cells) => `| ${cells.join(' | ')} |`;
        const width = headers.length;
        // Left alignment is GFM's default, so it keeps the plain `---`.
        const delimiter = headers.map((_, i) => DELIMITER[align?.[i] ?? 'left']);
        const out = [line(headers.map(markdown/* escapeCell */.kq)), line(delimiter)];
        for (const row of rows) {
            const cells = Array.from({ length: width }, (_, i) => (0,markdown/* escapeCell */.kq)(row[i]));
            out.push(line(cells));
        }
        return this.raw(out.join('\n'));
    }
    /** A collapsible `<details>` block; `body` is markdown (or another builder). */
    details(summary, body) {
        const inner = typeof body === 'string' ? body : body.toString().trimEnd();
        // The blank lines let GitHub render the body as markdown rather than as inline HTML text.
        return this.raw(`<details><summary>${(0,markdown/* escapeHtml */.ZD)((0,markdown/* oneLine */.TN)(summary))}</summary>\n\n${inner}\n\n</details>`);
    }
    /** A mermaid diagram (GitHub renders ```mermaid fences as charts). */
    mermaid(source) {
        return this.code(source, 'mermaid');
    }
    /** A mermaid pie chart of counts (zero counts left out). */
    pieChart(title, counts) {
        return this.mermaid((0,markdown/* mermaidPie */.KN)(title, counts));
    }
    /** A mermaid bar chart of counts. */
    barChart(title, counts, yLabel) {
        return this.mermaid((0,markdown/* mermaidBar */.Pr)(title, counts, yLabel));
    }
    /** A bullet list, or a numbered one when `ordered`. */
    list(items, ordered = false) {
        if (items.length === 0)
            return this;
        return this.raw(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${(0,markdown/* oneLine */.TN)(item)}`).join('\n'));
    }
    /** A fenced code block whose fence cannot be closed by the code itself. */
    code(source, language = '') {
        const fence = (0,markdown/* fenceFor */.Lt)(source);
        return this.raw(`${fence}${language}\n${source.replace(/\n$/, '')}\n${fence}`);
    }
    /** Markdown added as it is. */
    raw(markdown) {
        if (markdown.trim() !== '')
            this.blocks.push(markdown);
        return this;
    }
    /** True when nothing has been added. */
    isEmpty() {
        return this.blocks.length === 0;
    }
    /** The markdown: blocks separated by blank lines, ending with a newline (empty string when empty). */
    toString() {
        return this.blocks.length === 0 ? '' : `${this.blocks.join('\n\n')}\n`;
    }
    /**
     * The markdown cut at a block boundary so that it stays within `maxBytes` (UTF-8), with a note
     * saying how many blocks were left out.
     */
    fit(maxBytes = SUMMARY_MAX_BYTES) {
        const full = this.toString();
        if (Buffer.byteLength(full) <= maxBytes)
            return full;
        const kept = [];
        let used = 0;
        for (const block of this.blocks) {
            const size = Buffer.byteLength(block) + 2;
            const note = Buffer.byteLength(truncationNote(this.blocks.length - kept.length - 1)) + 2;
            if (used + size + note > maxBytes)
                break;
            kept.push(block);
            used += size;
        }
        kept.push(truncationNote(this.blocks.length - kept.length));
        return `${kept.join('\n\n')}\n`;
    }
}
function truncationNote(omitted) {
    return `_Summary truncated: ${omitted} more section${omitted === 1 ? '' : 's'} not shown (GitHub's step summary limit is 1 MiB)._`;
}

;// CONCATENATED MODULE: ./shared/summary/summary.ts
/** The job summary and annotation helpers: one import for the framework and the actions. */






/***/ })

};
