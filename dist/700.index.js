export const id = 700;
export const ids = [700];
export const modules = {

/***/ 83700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/metrics/pushgateway-url.ts
var pushgateway_url = __webpack_require__(82106);
// EXTERNAL MODULE: ./shared/validation/github-names.ts + 1 modules
var github_names = __webpack_require__(10261);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/settings.ts



/** Inputs of metrics-collect besides the common ones. */
const metricsInputs = {
    organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
        description: 'Organization whose repositories are measured. Default: the owner of the calling repository. Private repositories need a token that can read them (e.g. a GitHub App installation token).',
        allowed: 'expected a GitHub organization name',
    }),
    'stale-days': inputs/* input */.hF.integer({
        description: 'A non-archived repository without a push for more than this many days counts as stale.',
        default: 90,
        min: 1,
        max: 3650,
    }),
    'pr-age-days': inputs/* input */.hF.integer({
        description: 'An open pull request created more than this many days ago counts as old.',
        default: 30,
        min: 1,
        max: 3650,
    }),
    'prometheus-file': inputs/* input */.hF.string({
        description: 'Where to write the Prometheus text exposition, inside the workspace.',
        default: 'metrics-collect.prom',
    }),
    'json-file': inputs/* input */.hF.string({
        description: 'Where to write the JSON snapshot (totals, breakdowns, history, every repository), inside the workspace.',
        default: 'metrics-collect.json',
    }),
    previous: inputs/* input */.hF.string({
        description: 'Earlier JSON snapshot to compute trends from, inside the workspace. Default: the json-file as it is before this run writes it (e.g. restored by actions/cache); without one, no trends.',
    }),
    'pushgateway-url': inputs/* input */.hF.custom(pushgateway_url/* pushgatewayUrlSchema */.dM, {
        description: 'Prometheus Pushgateway to push the metrics to (job metrics-collect/<organization>, replacing the previous push), e.g. http://pushgateway:9091. Skipped in dry-run.',
        allowed: 'expected an http or https URL',
        // It may carry Basic-auth credentials: masked, and never echoed in an input error.
        secret: true,
    }),
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/github/not-found.ts
var not_found = __webpack_require__(48908);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/collect.ts

/** Open pull requests read per repository to date them; oldest first, so the old ones come first. */
const PULLS_PER_REPO = 100;
/**
 * One page of repositories with everything counted server-side (`totalCount`), so 100 repositories
 * cost one request and a couple of points
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api).
 */
const ORG_METRICS_QUERY = `query OrgMetrics($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name isArchived isFork visibility pushedAt stargazerCount forkCount
        primaryLanguage { name }
        defaultBranchRef { name branchProtectionRule { id } }
        issues(states: OPEN) { totalCount }
        pullRequests(states: OPEN, first: ${PULLS_PER_REPO}, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes { createdAt }
        }
      }
    }
  }
}`;
function toRepoMetrics(raw, prCutoffMs) {
    const dated = raw.pullRequests.nodes.filter((n) => n !== null);
    const old = dated.filter((n) => Date.parse(n.createdAt) < prCutoffMs).length;
    const visibility = raw.visibility.toLowerCase();
    return {
        name: raw.name,
        archived: raw.isArchived,
        fork: raw.isFork,
        visibility: visibility === 'public' || visibility === 'internal' ? visibility : 'private',
        language: raw.primaryLanguage?.name ?? null,
        stars: raw.stargazerCount,
        forks: raw.forkCount,
        openIssues: raw.issues.totalCount,
        openPullRequests: raw.pullRequests.totalCount,
        oldPullRequests: old,
        oldPullRequestsAtLeast: raw.pullRequests.totalCount > dated.length && old === dated.length,
        pushedAt: raw.pushedAt,
        defaultBranch: raw.defaultBranchRef?.name ?? null,
        protectedDefaultBranch: raw.defaultBranchRef?.branchProtectionRule != null,
    };
}
/** Every repository of `org` the token can read, `pageSize` per GraphQL request (at most 100). */
async function collectRepoMetrics(client, org, opts) {
    const repos = [];
    let after = null;
    let requests = 0;
    do {
        const vars = { org, first: Math.min(100, opts.pageSize ?? 100), after };
        const data = await (0,not_found/* withNotFoundAsUserError */.v)(() => client.graphql(ORG_METRICS_QUERY, vars));
        requests++;
        const page = data.organization?.repositories;
        if (!page)
            break;
        for (const raw of page.nodes)
            if (raw)
                repos.push(toRepoMetrics(raw, opts.prCutoffMs));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { repos, requests };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/snapshot.ts

const DAY = 86_400_000;
/** Collections kept in a snapshot's `history`, for the trend chart: a quarter of daily runs. */
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
const historySchema = schemas/* array */.YOg(schemas/* object */.Ikc({ collectedAt: schemas/* string */.YjP(), totals: totalsSchema }));
/** The JSON file: what a later run compares with (only the fields it needs are validated). */
const snapshotSchema = schemas/* looseObject */._H3({
    schema: schemas/* literal */.euz(1),
    organization: schemas/* string */.YjP(),
    collectedAt: schemas/* string */.YjP(),
    totals: totalsSchema,
    byLanguage: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    byVisibility: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    history: historySchema,
});
/** True when a non-archived repository has had no push for `staleDays` (or never one). */
function isStale(repo, nowMs, staleDays) {
    if (repo.archived)
        return false;
    if (!repo.pushedAt)
        return true;
    return nowMs - Date.parse(repo.pushedAt) > staleDays * DAY;
}
function countBy(repos, key) {
    const out = {};
    for (const r of repos)
        out[key(r)] = (out[key(r)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
/**
 * The organization's snapshot: totals (archived repositories count in `repositories` and `archived`
 * only; activity numbers cover the others), repositories by language and visibility (non-archived),
 * and the history of earlier totals carried over from `previous`.
 */
function buildSnapshot(organization, repos, opts) {
    const repositories = repos.map((r) => ({ ...r, stale: isStale(r, opts.nowMs, opts.staleDays) }));
    const active = repos.filter((r) => !r.archived);
    const sum = (f) => active.reduce((n, r) => n + f(r), 0);
    const totals = {
        repositories: repos.length,
        archived: repos.length - active.length,
        forkedRepositories: active.filter((r) => r.fork).length,
        // isStale is false for archived repositories, so this counts active ones only.
        stale: repositories.filter((r) => r.stale).length,
        unprotected: active.filter((r) => r.defaultBranch !== null && !r.protectedDefaultBranch).length,
        stars: sum((r) => r.stars),
        forks: sum((r) => r.forks),
        openIssues: sum((r) => r.openIssues),
        openPullRequests: sum((r) => r.openPullRequests),
        oldPullRequests: sum((r) => r.oldPullRequests),
    };
    const collectedAt = new Date(opts.nowMs).toISOString();
    const earlier = opts.previous?.organization === organization ? opts.previous.history : [];
    return {
        schema: 1,
        organization,
        collectedAt,
        settings: { staleDays: opts.staleDays, prAgeDays: opts.prAgeDays },
        totals,
        byLanguage: countBy(active, (r) => r.language ?? 'none'),
        byVisibility: countBy(active, (r) => r.visibility),
        history: [...earlier, { collectedAt, totals }].slice(-HISTORY_LENGTH),
        repositories,
    };
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

// EXTERNAL MODULE: ./shared/metrics/metrics.ts + 1 modules
var metrics = __webpack_require__(41617);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/engine/prometheus.ts

/**
 * The snapshot as Prometheus gauges, all labelled with `organization`: `moko_org_*` for the
 * organization (totals, by language, by visibility) and `moko_repo_*{repository}` per non-archived
 * repository. Gauges, not counters: each collection is a fresh reading (Prometheus naming,
 * https://prometheus.io/docs/practices/naming/).
 */
function snapshotMetrics(snapshot) {
    const m = new metrics/* Metrics */.K({ labels: { organization: snapshot.organization } });
    const t = snapshot.totals;
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
    for (const [language, n] of Object.entries(snapshot.byLanguage))
        byLanguage.set({ language }, n);
    const byVisibility = m.gauge('org_repositories_by_visibility', 'Non-archived repositories by visibility.', [
        'visibility',
    ]);
    for (const [visibility, n] of Object.entries(snapshot.byVisibility))
        byVisibility.set({ visibility }, n);
    m.gauge('org_metrics_collected_timestamp_seconds', 'When these metrics were collected (Unix time).').set(Math.floor(Date.parse(snapshot.collectedAt) / 1000));
    const repo = (name, help) => m.gauge(name, help, ['repository']);
    const stars = repo('repo_stars', 'Stars of the repository.');
    const forks = repo('repo_forks', 'Forks of the repository.');
    const issues = repo('repo_open_issues', 'Open issues of the repository.');
    const pulls = repo('repo_open_pull_requests', 'Open pull requests of the repository.');
    const old = repo('repo_old_pull_requests', 'Open pull requests older than pr-age-days.');
    // Base units only (promtool rejects days): dashboards compute the age as time() - this.
    const pushed = repo('repo_last_push_timestamp_seconds', 'Time of the last push to the repository (Unix time).');
    const protectedBranch = repo('repo_default_branch_protected', '1 when a protection rule applies to the default branch.');
    for (const r of snapshot.repositories) {
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
    }
    return m;
}

// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary_summary = __webpack_require__(33746);
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
/** `+3`, `-2`, `0`. */
function signed(n) {
    return n > 0 ? `+${n}` : String(n);
}
/**
 * A mermaid `xychart-beta` line of one total over the snapshot's history (https://mermaid.js.org/syntax/xyChart.html),
 * x labels `MM-DD` (`MM-DD HH:mm` when a day repeats); undefined with fewer than two collections.
 */
function historyChart(snapshot, key) {
    const points = snapshot.history;
    if (points.length < 2)
        return undefined;
    const values = points.map((p) => p.totals[key]);
    const max = Math.max(1, ...values);
    // Day labels, with the time when two collections fall on the same day.
    const days = points.map((p) => p.collectedAt.slice(5, 10));
    const withTime = new Set(days).size < days.length;
    const labels = points.map((p) => `"${(0,markdown/* mermaidLabel */._b)(withTime ? `${p.collectedAt.slice(5, 10)} ${p.collectedAt.slice(11, 16)}` : p.collectedAt.slice(5, 10))}"`);
    return [
        'xychart-beta',
        `    title "${(0,markdown/* mermaidLabel */._b)(`${TOTAL_LABELS[key]}, last ${points.length} collections`)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${(0,markdown/* mermaidLabel */._b)(TOTAL_LABELS[key])}" 0 --> ${max}`,
        `    line [${values.join(', ')}]`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/summary.ts



/** Rows listed in each collapsible list of repositories. */
const LIST = 25;
/** The job summary: totals with their change, languages, visibility, trend charts, stale and slow repositories. */
function writeMetricsSummary(summary, snapshot, deltas, previousAt) {
    const t = snapshot.totals;
    summary.heading('Organization metrics', 2);
    summary.paragraph(`**${snapshot.organization}**: ${t.repositories} repositories (${t.archived} archived), collected ${snapshot.collectedAt}. ` +
        `Stale: no push for ${snapshot.settings.staleDays} days; old pull requests: open for more than ${snapshot.settings.prAgeDays} days.` +
        (deltas && previousAt ? ` Changes are since ${previousAt}.` : ' No earlier snapshot to compare with.'));
    const keys = Object.keys(TOTAL_LABELS);
    const rows = keys.map((k) => {
        const d = deltas?.find((x) => x.key === k);
        return d ? [TOTAL_LABELS[k], t[k], signed(d.change)] : [TOTAL_LABELS[k], t[k]];
    });
    summary.table(deltas ? ['metric', 'value', 'change'] : ['metric', 'value'], rows, ['left', 'right', 'right']);
    if (Object.keys(snapshot.byLanguage).length > 0)
        summary.pieChart('Repositories by language', snapshot.byLanguage);
    summary.table(['visibility', 'repositories'], Object.entries(snapshot.byVisibility).map(([v, n]) => [v, n]), ['left', 'right']);
    for (const key of ['openPullRequests', 'stale']) {
        const chart = historyChart(snapshot, key);
        if (chart)
            summary.mermaid(chart);
    }
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

// EXTERNAL MODULE: ./shared/paths/workspace-path.ts
var workspace_path = __webpack_require__(7570);
;// CONCATENATED MODULE: ./actions/metrics-collect/src/run.ts












const run_DAY = 86_400_000;
async function write(file, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
}
/** The action's run: read the previous snapshot, collect, write both files, report, push. */
async function runMetricsCollect(ctx) {
    const i = ctx.inputs;
    if (i['pushgateway-url'])
        (0,pushgateway_url/* maskUrlCredentials */.gn)(i['pushgateway-url'], ctx.mask);
    const { workspace } = ctx.env;
    const org = i.organization ?? ctx.env.repository?.owner;
    if (!org)
        throw new errors/* UserError */.yo('No organization: set the organization input, or run in a repository (GITHUB_REPOSITORY).');
    const promFile = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i['prometheus-file'], { inputName: 'prometheus-file' });
    const jsonFile = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i['json-file'], { inputName: 'json-file' });
    const previousFile = i.previous ? (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i.previous, { inputName: 'previous' }) : jsonFile;
    // Read before json-file is overwritten: by default it is the previous snapshot.
    const previous = await readPreviousSnapshot(previousFile, ctx.logger);
    const now = clock/* systemClock */.m.now();
    const { repos, requests } = await collectRepoMetrics(ctx.github(), org, {
        prCutoffMs: now - i['pr-age-days'] * run_DAY,
    });
    ctx.logger.info(`Read ${repos.length} repositories of ${org} in ${requests} GraphQL request(s).`);
    const snapshot = buildSnapshot(org, repos, {
        nowMs: now,
        staleDays: i['stale-days'],
        prAgeDays: i['pr-age-days'],
        previous,
    });
    const metrics = snapshotMetrics(snapshot);
    await write(promFile, await metrics.prometheus());
    await write(jsonFile, `${JSON.stringify(snapshot, null, 2)}\n`);
    const deltas = compareSnapshots(previous, snapshot);
    writeMetricsSummary(ctx.summary, snapshot, deltas, previous?.collectedAt);
    ctx.metrics.gauge('metrics_collect_repositories', 'Repositories measured by metrics-collect.').set(repos.length);
    ctx.audit.event('metrics-collect.results', { organization: org, repositories: repos.length, requests });
    const outputs = {
        repositories: repos.length,
        'prometheus-file': (0,external_node_path_.relative)(workspace, promFile),
        'json-file': (0,external_node_path_.relative)(workspace, jsonFile),
    };
    const url = i['pushgateway-url'];
    if (url && ctx.dryRun)
        ctx.logger.info('Dry run: metrics not pushed to the Pushgateway.');
    else if (url) {
        const job = `metrics-collect/${org}`;
        try {
            await metrics.push(url, job);
            ctx.logger.info(`Pushed ${org}'s metrics to the Pushgateway (job ${job}).`);
        }
        catch (error) {
            // The push is what a dashboard reads: a failed one fails the step, after the files are written.
            return { outputs, failure: `Could not push to the Pushgateway: ${(0,errors/* errorMessage */.gJ)(error)}` };
        }
    }
    return { outputs };
}

;// CONCATENATED MODULE: ./actions/metrics-collect/src/action.ts



/** The metrics-collect action: organization and repository metrics, Prometheus export and trends. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'metrics-collect',
    description: 'Organization and repository metrics with Prometheus export and trends.',
    inputs: metricsInputs,
    outputs: {
        repositories: 'Number of repositories measured (archived ones included).',
        'prometheus-file': 'Path of the Prometheus text file written, relative to the workspace.',
        'json-file': 'Path of the JSON snapshot written, relative to the workspace.',
    },
    run: runMetricsCollect,
});


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

/***/ 82106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ pushgatewayUrlSchema),
/* harmony export */   gn: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* unused harmony export isHttpUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** True for an http or https URL (credentials allowed: a Pushgateway behind Basic auth takes them from the URL). */
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** The `pushgateway-url` input: an http(s) URL, `user:password@` allowed. */
const pushgatewayUrlSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(isHttpUrl);
/**
 * Masks the credentials of a URL such as `https://user:secret@pushgateway.example` (they become a
 * Basic Authorization header) in everything logged afterwards. The URL itself is not a secret, so
 * it stays readable in messages; only the password is masked, as given and decoded (the user name is
 * not a secret, and masking a common word would garble every log line that contains it).
 */
function maskUrlCredentials(url, mask) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return; // not a URL: the push reports it as a user error
    }
    for (const value of new Set([parsed.password, decodeURIComponent(parsed.password)])) {
        if (value !== '')
            mask(value);
    }
}


/***/ }),

/***/ 7570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveWorkspacePath)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);



/** True when `child` is `parent` or lies under it (both absolute and normalized). */
function isInside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `target`: its longest existing ancestor resolved through symlinks, plus the
 * parts that do not exist yet (a file an action is about to create).
 */
function realPathOf(target) {
    const missing = [];
    let current = target;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) !== 'ENOENT')
                throw error;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return { real: target, exists: false };
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
            continue;
        }
        // Throws for a dangling symlink: its target is unknown (and writing through it could land
        // anywhere), so the caller refuses it.
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current);
        return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...missing.reverse()), exists: missing.length === 0 };
    }
}
/**
 * Resolves a path input (absolute, or relative to the workspace) and guarantees it stays inside the
 * workspace: `..` escapes, absolute paths elsewhere, and symlinks (of the path or any parent) whose
 * real path leaves the workspace are all refused with an InputError naming the input. Returns the
 * normalized absolute path as written (not the symlink-resolved one), which has been checked.
 */
function resolveWorkspacePath(workspace, p, opts = {}) {
    const inputName = opts.inputName ?? 'path';
    const refuse = (why) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, p, why);
    };
    if (p.trim() === '')
        refuse('expected a path inside the workspace');
    if (p.includes('\0'))
        refuse('a path must not contain NUL bytes');
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    let realRoot;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The workspace ${root} does not exist.`);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, p);
    // An absolute input may name the workspace by its real path (e.g. when the workspace is a symlink).
    if (!isInside(root, target) && !isInside(realRoot, target)) {
        refuse(`the path must stay inside the workspace ${root}`);
    }
    let resolved;
    try {
        resolved = realPathOf(target);
    }
    catch {
        return refuse('the path is a symlink that cannot be resolved');
    }
    if (!isInside(realRoot, resolved.real)) {
        refuse(`the path leads outside the workspace through a symlink (to ${resolved.real})`);
    }
    if (opts.mustExist && !resolved.exists)
        refuse('the path does not exist');
    return target;
}


/***/ }),

/***/ 10261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* binding */ ownerSchema)
});

// UNUSED EXPORTS: branchProblem, branchSchema, isBranchName, isGitHubLogin, isGitHubOwner, isRef, isRepoName, loginSchema, ownerProblem, parseRepository, refNameProblem, refProblem, refSchema, repoNameProblem, repoNameSchema, repositorySchema

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./shared/validation/schema.ts

/**
 * A zod string schema from a problem function, so the input framework reports the same reason the
 * boolean validator is based on (`input.custom(branchSchema, …)`).
 */
function schemaFrom(problem) {
    return schemas/* string */.YjP().superRefine((value, ctx) => {
        const reason = problem(value);
        if (reason !== undefined)
            ctx.addIssue({ code: 'custom', message: reason, input: value });
    });
}

;// CONCATENATED MODULE: ./shared/validation/github-names.ts


/**
 * GitHub usernames and organization names: up to 39 alphanumerics or single hyphens, not starting
 * or ending with a hyphen. Enterprise Managed Users add `_shortcode`, so an underscore is accepted
 * between alphanumerics too
 * (https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/username-considerations-for-external-authentication).
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_](?=[A-Za-z0-9])){0,38}$/;
/** Why `value` is not a GitHub owner (user or organization) name, or undefined. */
function ownerProblem(value) {
    if (OWNER.test(value))
        return undefined;
    return 'expected a GitHub user or organization name: up to 39 letters, digits or single hyphens, not starting or ending with a hyphen';
}
/** True for a valid GitHub user or organization name. */
const isGitHubOwner = (value) => ownerProblem(value) === undefined;
/** zod schema for a GitHub owner. */
const ownerSchema = schemaFrom(ownerProblem);
/** True for a GitHub login: an owner name, or an app's bot account such as `dependabot[bot]`. */
function isGitHubLogin(value) {
    return isGitHubOwner(value.endsWith('[bot]') ? value.slice(0, -'[bot]'.length) : value);
}
/** zod schema for a GitHub login. */
const loginSchema = schemaFrom((v) => (isGitHubLogin(v) ? undefined : 'expected a GitHub login'));
/** Why `value` is not a repository name (letters, digits, `.`, `-`, `_`; at most 100), or undefined. */
function repoNameProblem(value) {
    if (value === '.' || value === '..')
        return 'a repository cannot be named . or ..';
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(value)) {
        return 'expected a repository name of up to 100 letters, digits, dots, hyphens or underscores';
    }
    return undefined;
}
/** True for a valid repository name (without the owner). */
const isRepoName = (value) => repoNameProblem(value) === undefined;
/** zod schema for a repository name. */
const repoNameSchema = schemaFrom(repoNameProblem);
/** Splits `owner/repo`, throwing a UserError that says which half is wrong. */
function parseRepository(value) {
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || value.split('/').length !== 2) {
        throw new UserError(`${JSON.stringify(value)} is not owner/repo.`);
    }
    const problem = ownerProblem(owner) ?? repoNameProblem(repo);
    if (problem)
        throw new UserError(`${JSON.stringify(value)} is not owner/repo: ${problem}.`);
    return { owner, repo };
}
/** zod schema for `owner/repo`. */
const repositorySchema = schemaFrom((v) => {
    const [owner = '', repo = '', ...rest] = v.split('/');
    if (rest.length > 0 || !v.includes('/'))
        return 'expected owner/repo';
    return ownerProblem(owner) ?? repoNameProblem(repo);
});
/**
 * Why `value` is not a valid ref name by git's rules, or undefined
 * (https://git-scm.com/docs/git-check-ref-format). `allowOneLevel` accepts names without a slash,
 * as `git check-ref-format --allow-onelevel` does.
 */
function refNameProblem(value, allowOneLevel = true) {
    if (value === '')
        return 'a ref name cannot be empty';
    if (Buffer.byteLength(value) > 255)
        return 'a ref name longer than 255 bytes cannot be stored';
    if (value === '@')
        return "a ref name cannot be '@'";
    for (const ch of value) {
        const code = ch.charCodeAt(0);
        if (code < 0x20 || code === 0x7f)
            return 'a ref name cannot contain control characters';
        if (' ~^:?*[\\'.includes(ch))
            return `a ref name cannot contain ${JSON.stringify(ch)}`;
    }
    if (value.includes('..'))
        return "a ref name cannot contain '..'";
    if (value.includes('@{'))
        return "a ref name cannot contain '@{'";
    if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) {
        return "a ref name cannot start or end with '/' or contain '//'";
    }
    if (value.endsWith('.'))
        return "a ref name cannot end with '.'";
    for (const part of value.split('/')) {
        if (part.startsWith('.'))
            return "no part of a ref name can start with '.'";
        if (part.endsWith('.lock'))
            return "no part of a ref name can end with '.lock'";
    }
    if (!allowOneLevel && !value.includes('/'))
        return "a full ref name needs a '/' (e.g. refs/heads/main)";
    return undefined;
}
/** Why `value` is not a branch name, or undefined: git's ref rules, plus no leading `-` and not `HEAD` (as `git branch` refuses). */
function branchProblem(value) {
    if (value.startsWith('-'))
        return "a branch name cannot start with '-'";
    if (value === 'HEAD')
        return "'HEAD' is not a valid branch name";
    return refNameProblem(value);
}
/** True for a valid git branch name. */
const isBranchName = (value) => branchProblem(value) === undefined;
/** zod schema for a branch name. */
const branchSchema = schemaFrom(branchProblem);
/** Why `value` is not a ref (`HEAD`, a commit SHA, a short or full ref name), or undefined. */
function refProblem(value) {
    if (value === 'HEAD' || /^[0-9a-f]{7,64}$/i.test(value))
        return undefined;
    if (value.startsWith('-'))
        return "a ref cannot start with '-'";
    return refNameProblem(value);
}
/** True for a ref: `HEAD`, a commit SHA, a branch or tag name, or a full `refs/...` name. */
const isRef = (value) => refProblem(value) === undefined;
/** zod schema for a ref. */
const refSchema = schemaFrom(refProblem);


/***/ })

};
