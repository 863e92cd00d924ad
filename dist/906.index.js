export const id = 906;
export const ids = [906];
export const modules = {

/***/ 34980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HEALTH_CLIENT: () => (/* binding */ HEALTH_CLIENT),
  pushJob: () => (/* binding */ pushJob),
  runHealthCheck: () => (/* binding */ runHealthCheck)
});

// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/github/app-auth.ts
var app_auth = __webpack_require__(8634);
// EXTERNAL MODULE: ./shared/github/client.ts + 6 modules
var client = __webpack_require__(71674);
// EXTERNAL MODULE: ./shared/metrics/pushgateway-url.ts
var pushgateway_url = __webpack_require__(82106);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/app-permissions.ts
/**
 * The permissions of the App installation on `owner`, read with the App's JWT
 * (`GET /orgs/{org}/installation`, https://docs.github.com/en/rest/apps/apps#get-an-organization-installation-for-the-authenticated-app);
 * the installation token itself cannot read them.
 */
async function installationPermissions(jwtClient, owner) {
    const { data } = await jwtClient.rest.apps.getOrgInstallation({ org: owner });
    const out = {};
    for (const [name, access] of Object.entries(data.permissions))
        if (typeof access === 'string')
            out[name] = access;
    return out;
}

// EXTERNAL MODULE: ./actions/health-check/src/engine/registry.ts + 9 modules
var registry = __webpack_require__(94739);
// EXTERNAL MODULE: ./shared/validation/plugins.ts
var validation_plugins = __webpack_require__(60064);
// EXTERNAL MODULE: ./actions/health-check/src/engine/probe.ts
var engine_probe = __webpack_require__(62302);
// EXTERNAL MODULE: ./shared/github/not-found.ts
var not_found = __webpack_require__(48908);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/scheduled-workflows.ts

/**
 * The cron expressions of a workflow's `on.schedule`, or [] when it has none or does not parse
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#schedule).
 * YAML 1.2 (the `yaml` package's default) keeps the `on` key a string, as the runner reads it.
 */
function scheduleCrons(text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch {
        return [];
    }
    if (!doc || typeof doc !== 'object' || !('on' in doc))
        return [];
    const on = doc.on;
    if (!on || typeof on !== 'object' || Array.isArray(on) || !('schedule' in on))
        return [];
    const schedule = on.schedule;
    if (!Array.isArray(schedule))
        return [];
    return schedule
        .map((s) => (s && typeof s === 'object' && 'cron' in s && typeof s.cron === 'string' ? s.cron : ''))
        .filter((c) => c !== '');
}
/** True for a workflow file path GitHub runs (`.github/workflows/*.yml|yaml`). */
function isWorkflowFile(name) {
    return /\.ya?ml$/i.test(name);
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/repo-scan.ts



/** The repository fragment: one aliased `object(expression:)` per candidate path, and the workflow files. */
function repoFragment(files) {
    const aliases = new Map();
    const lines = [];
    for (const path of [...new Set(files.flatMap((f) => f.paths))]) {
        const alias = `f${aliases.size}`;
        aliases.set(path, alias);
        // Paths were checked by parseRequiredFiles: JSON quoting is a valid GraphQL string literal for them.
        lines.push(`  ${alias}: object(expression: ${JSON.stringify(`HEAD:${path}`)}) { __typename }`);
    }
    const fragment = [
        'fragment HealthRepo on Repository {',
        '  name nameWithOwner isArchived isFork',
        '  defaultBranchRef { name }',
        ...lines,
        '  workflows: object(expression: "HEAD:.github/workflows") {',
        '    ... on Tree { entries { name path object { ... on Blob { text } } } }',
        '  }',
        '}',
    ].join('\n');
    return { fragment, aliases };
}
function toRepoHealth(raw, files, aliases) {
    const [owner = '', name = raw.name] = raw.nameWithOwner.split('/');
    const found = {};
    for (const f of files) {
        found[f.name] = f.paths.find((p) => raw[aliases.get(p) ?? ''] != null) ?? null;
    }
    const scheduled = [];
    for (const entry of raw.workflows?.entries ?? []) {
        if (!isWorkflowFile(entry.name) || typeof entry.object?.text !== 'string')
            continue;
        const crons = scheduleCrons(entry.object.text);
        if (crons.length > 0)
            scheduled.push({ path: entry.path, crons });
    }
    return {
        owner,
        name,
        fullName: raw.nameWithOwner,
        isFork: raw.isFork,
        defaultBranch: raw.defaultBranchRef?.name ?? null,
        files: found,
        scheduled,
    };
}
/**
 * Reads the target's repositories through GraphQL: a single repository in one request, an
 * organization `pageSize` repositories per request (GitHub caps `first` at 100; smaller pages keep a
 * query that reads files of many repositories inside GitHub's 10-second query timeout,
 * https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#timeouts).
 */
async function readInventory(client, target, files, pageSize = 50) {
    const { fragment, aliases } = repoFragment(files);
    if (target.kind === 'repository') {
        const query = `query HealthRepository($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) { ...HealthRepo }\n}\n${fragment}`;
        const data = await (0,not_found/* withNotFoundAsUserError */.v)(() => client.graphql(query, { owner: target.owner, name: target.repo }));
        if (!data.repository)
            throw new errors/* UserError */.yo(`Repository ${target.owner}/${target.repo} was not found.`);
        const repos = data.repository.isArchived ? [] : [toRepoHealth(data.repository, files, aliases)];
        return { repos, requests: 1 };
    }
    const query = `query HealthOrganization($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    visible: repositories(first: 0) { totalCount }
    repositories(first: $first, after: $after, isArchived: false, orderBy: { field: NAME, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...HealthRepo }
    }
  }
}
${fragment}`;
    const repos = [];
    let after = null;
    let requests = 0;
    let visible;
    do {
        const data = await (0,not_found/* withNotFoundAsUserError */.v)(() => client.graphql(query, { org: target.org, first: pageSize, after }));
        requests++;
        if (!data.organization)
            throw new errors/* UserError */.yo(`Organization ${target.org} was not found.`);
        visible = data.organization.visible?.totalCount;
        const page = data.organization.repositories;
        for (const raw of page.nodes)
            if (raw && !raw.isArchived)
                repos.push(toRepoHealth(raw, files, aliases));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { repos, requests, ...(visible !== undefined ? { visible } : {}) };
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/status.ts

/** Order of statuses, best first; gauges report the index (0 healthy, 1 degraded, 2 unhealthy). */
const HEALTH_STATUSES = ['healthy', 'degraded', 'unhealthy'];
/** Gauge value of a check status: the health index, 3 for a check that could not be made. */
function checkStatusValue(status) {
    return status === 'not-checked' ? 3 : HEALTH_STATUSES.indexOf(status);
}
/** Status of a check from its findings: high or critical → unhealthy, low or medium → degraded, none → healthy. */
function statusOf(findings, crashed = false) {
    if (crashed || findings.some((f) => (0,finding/* meetsThreshold */.M0)(f.severity, 'high')))
        return 'unhealthy';
    return findings.length > 0 ? 'degraded' : 'healthy';
}
/**
 * The worst of several statuses (healthy when there are none). A check that could not be made adds
 * nothing either way: its own row says `not checked`, and an outage that stopped it is the api
 * check's (critical) finding.
 */
function worstStatus(statuses) {
    const ranks = statuses.map((s) => (s === 'not-checked' ? 0 : HEALTH_STATUSES.indexOf(s)));
    return HEALTH_STATUSES[Math.max(0, ...ranks)];
}
/** True when `status` is at least as bad as `threshold`. */
function atLeast(status, threshold) {
    return HEALTH_STATUSES.indexOf(status) >= HEALTH_STATUSES.indexOf(threshold);
}

// EXTERNAL MODULE: ./actions/health-check/src/engine/checks/api.ts
var api = __webpack_require__(9300);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/run-health.ts





/**
 * Runs the selected checks phase by phase (each phase concurrently, through the validator plugin
 * runner). A check that throws is reported as unhealthy with a `high` finding rather than
 * stopping the others: a health check must report, not crash. The API is probed first: when it
 * does not answer, the api check reports the cause and every check that needs the API is
 * `not-checked` (none of them claims healthy for what it could not see, and none waits on retries).
 */
async function runHealthChecks(opts) {
    const notes = new Map();
    const observations = { rateLimits: {} };
    const writes = [];
    const skipped = new Set();
    const ctx = {
        client: opts.client,
        clock: opts.clock,
        logger: opts.logger,
        settings: opts.settings,
        token: opts.token,
        probe: (0,engine_probe/* once */.Oo)(() => (0,engine_probe/* probeRateLimit */.QG)(opts.client, opts.clock)),
        inventory: (0,engine_probe/* once */.Oo)(async () => {
            const inventory = await readInventory(opts.client, opts.settings.target, opts.settings.requiredFiles, opts.pageSize);
            observations.repositories = inventory.repos.length;
            observations.repositoryNames = inventory.repos.map((r) => r.fullName);
            return inventory;
        }),
        note: (check, detail) => notes.set(check, detail),
        notChecked: (check, why) => {
            skipped.add(check);
            notes.set(check, `not checked: ${why}`);
        },
        observations,
        writes,
        ...(opts.grantedPermissions ? { grantedPermissions: opts.grantedPermissions } : {}),
    };
    const results = new Map();
    const needsApi = opts.checks.some((c) => c.needsApi !== false);
    const probe = needsApi ? await ctx.probe() : undefined;
    let selected = opts.checks;
    if (probe && !probe.reachable) {
        observations.apiUnreachable = true;
        const why = `not checked: the API is unreachable (${probe.cause ? `${probe.cause.host} ${probe.cause.code}` : 'no answer'})`;
        for (const c of opts.checks) {
            if (c.needsApi === false || c.id === api/* apiCheck */.X.id)
                continue;
            results.set(c.id, { id: c.id, description: c.description, status: 'not-checked', findings: [], detail: why });
        }
        // The api check reports the outage even when it was not selected: it is the reason for the rest.
        selected = [api/* apiCheck */.X, ...opts.checks.filter((c) => c.needsApi === false && c.id !== api/* apiCheck */.X.id)];
    }
    for (const phase of [1, 2, 3]) {
        const plugins = selected.filter((c) => c.phase === phase);
        if (plugins.length === 0)
            continue;
        // No logger for the runner: its warning per crashed plugin would duplicate the finding's annotation.
        const outcome = await (0,validation_plugins/* runValidators */.f)(plugins, ctx);
        for (const plugin of plugins) {
            const failure = outcome.errors.find((e) => e.plugin === plugin.id);
            if (failure?.error instanceof Error && failure.error.stack)
                opts.logger.debug(failure.error.stack);
            const findings = failure
                ? [
                    {
                        ruleId: `health/${plugin.id}/error`,
                        severity: 'high',
                        category: plugin.id,
                        message: `The ${plugin.id} check could not run: ${failure.message}`,
                    },
                ]
                : (outcome.byPlugin[plugin.id] ?? []);
            results.set(plugin.id, {
                id: plugin.id,
                description: plugin.description,
                status: skipped.has(plugin.id) && findings.length === 0 ? 'not-checked' : statusOf(findings, failure !== undefined),
                findings,
                detail: failure ? `error: ${failure.message}` : (notes.get(plugin.id) ?? ''),
                ...(failure ? { error: failure.message } : {}),
            });
        }
    }
    // Summary order is the order the checks were given in, not the phase order.
    const order = opts.checks.some((c) => c.id === api/* apiCheck */.X.id) ? opts.checks : [api/* apiCheck */.X, ...opts.checks];
    const checks = order.map((c) => results.get(c.id)).filter((r) => r !== undefined);
    return {
        status: worstStatus(checks.map((c) => c.status)),
        checks,
        findings: checks.flatMap((c) => c.findings),
        observations,
        writes,
    };
}

// EXTERNAL MODULE: ./actions/health-check/src/engine/token-kind.ts
var token_kind = __webpack_require__(11076);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/paths/workspace-path.ts
var workspace_path = __webpack_require__(7570);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/issues/targets.ts

/** The repository (`owner/name`) a finding is about, from its fingerprint's `owner/name:` prefix. */
function repositoryOf(finding) {
    return /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+):/.exec(finding.fingerprint ?? '')?.[1];
}
function targetKey(target) {
    return target.kind === 'organization' ? `organization:${target.org}` : `repository:${target.owner}/${target.repo}`;
}
function targetSubject(target) {
    return target.kind === 'organization' ? `organization ${target.org}` : `${target.owner}/${target.repo}`;
}
/**
 * The issues to keep. Scope `organization` (or a single-repository target): one issue for the whole
 * target in `home`. Scope `repository`: one issue in each checked repository for its own findings,
 * plus one in `home` for the findings that belong to no repository (API, token, rate limit).
 */
function issueTargets(input) {
    const { target } = input;
    if (input.scope === 'organization' || target.kind === 'repository') {
        return [
            {
                key: targetKey(target),
                owner: input.home.owner,
                repo: input.home.repo,
                subject: targetSubject(target),
                status: input.status,
                findings: input.findings,
            },
        ];
    }
    const byRepo = new Map(input.repositories.map((r) => [r, []]));
    const general = [];
    for (const f of input.findings) {
        const repo = repositoryOf(f);
        const list = repo ? byRepo.get(repo) : undefined;
        if (list)
            list.push(f);
        else
            general.push(f);
    }
    const out = [
        {
            key: targetKey(target),
            owner: input.home.owner,
            repo: input.home.repo,
            subject: targetSubject(target),
            status: worstStatus([statusOf(general)]),
            findings: general,
        },
    ];
    for (const [fullName, findings] of byRepo) {
        const [owner = '', repo = ''] = fullName.split('/');
        out.push({ key: `repository:${fullName}`, owner, repo, subject: fullName, status: statusOf(findings), findings });
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/issues/issue-body.ts


/** GitHub refuses an issue body over 65,536 characters; stay well below it, room for the tail. */
const BODY_LIMIT = 60_000;
/** The hidden marker that identifies the tracking issue of a target (found by it, never by title). */
function markerOf(key) {
    return `<!-- moko-health-check:${key} -->`;
}
const STATE_LINE = /<!-- moko-health-check-state:(healthy|degraded|unhealthy):([0-9a-f]{16}) -->/;
/** Reads the state line of a body written by {@link issueBody}; undefined for a body without one. */
function readIssueState(body) {
    const m = STATE_LINE.exec(body ?? '');
    return m ? { status: m[1], digest: m[2] } : undefined;
}
/** A digest of the findings that ignores their order and volatile numbers in the message (counts, times). */
function findingsDigest(findings) {
    const keys = findings.map((f) => `${f.ruleId}|${f.fingerprint ?? f.message.replace(/\d+/g, '#')}`).sort();
    return (0,external_node_crypto_.createHash)('sha256').update(keys.join('\n')).digest('hex').slice(0, 16);
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * The issue body: marker, state line, status, and the findings worst first as a table, cut to stay
 * under {@link BODY_LIMIT} with the number left out and a link to the full report.
 */
function issueBody(input) {
    const sorted = [...input.findings].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity));
    const counts = finding/* SEVERITIES */.oC.map((s) => `${sorted.filter((f) => f.severity === s).length} ${s}`)
        .reverse()
        .join(', ');
    const head = [
        markerOf(input.key),
        `<!-- moko-health-check-state:${input.status}:${findingsDigest(input.findings)} -->`,
        `**Status: ${input.status}** for ${input.title}, last checked ${input.at}.`,
        '',
        `${sorted.length} finding${sorted.length === 1 ? '' : 's'} (${counts}). This issue is kept up to date by health-check: edited while the findings change, closed when healthy again.`,
        '',
        '| severity | check | finding | how to fix |',
        '| --- | --- | --- | --- |',
    ].join('\n');
    const rows = [];
    let length = head.length;
    const tailRoom = 400;
    for (const f of sorted) {
        const row = `| ${f.severity} | ${f.category ?? ''} | ${cell(f.message)} | ${cell(f.help ?? '')} |`;
        if (length + row.length + 1 > BODY_LIMIT - tailRoom)
            break;
        rows.push(row);
        length += row.length + 1;
    }
    const left = sorted.length - rows.length;
    const tail = left > 0
        ? `\n\n_${left} more finding${left === 1 ? '' : 's'} not shown (the body is kept under GitHub's 65,536 characters)${input.reportUrl ? `: see the full report in ${input.reportUrl}` : ''}._`
        : '';
    return `${head}\n${rows.join('\n')}${tail}\n`;
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/issues/plan.ts

/**
 * The lifecycle: open when the status reaches `issuesOn`; while it stays there, edit the body in
 * place when the findings changed (a comment only when the status itself changed, so an hourly
 * run does not spam); close with a comment when it drops below; reopen the same issue, with a
 * comment, on a regression.
 */
function planIssue(status, digest, issuesOn, existing) {
    const tracked = atLeast(status, issuesOn);
    if (!existing)
        return tracked ? { kind: 'open' } : { kind: 'none' };
    if (!tracked) {
        return existing.state === 'open'
            ? { kind: 'close', issue: existing, comment: `Healthy again (status ${status}): closing.` }
            : { kind: 'none' };
    }
    if (existing.state === 'closed')
        return { kind: 'reopen', issue: existing, comment: `Regressed: status ${status} again. Reopening.` };
    const before = existing.recorded;
    if (before && before.status === status && before.digest === digest)
        return { kind: 'unchanged', issue: existing };
    if (before && before.status !== status)
        return { kind: 'update', issue: existing, comment: `Status changed from ${before.status} to ${status}.` };
    return { kind: 'update', issue: existing };
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/issues/tracker.ts


/**
 * The target's tracking issue: issues carrying the first label (open and closed), whose body holds
 * the hidden marker. An open one wins over closed ones, the oldest over newer ones, so a duplicate
 * someone made by hand never takes over.
 */
async function findTrackingIssue(client, owner, repo, key, label) {
    const marker = markerOf(key);
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'all',
        per_page: 100,
    });
    const mine = issues
        .filter((i) => !i.pull_request && (i.body ?? '').includes(marker))
        .sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
    const found = mine[0];
    if (!found)
        return undefined;
    const recorded = readIssueState(found.body);
    return {
        number: found.number,
        state: found.state === 'closed' ? 'closed' : 'open',
        body: found.body ?? null,
        title: found.title,
        url: found.html_url,
        ...(recorded ? { recorded } : {}),
    };
}
/** Title of a tracking issue; the status is in the body, so the title stays put and notifications stay quiet. */
function issueTitle(subject) {
    return `Health check: ${subject}`;
}
/** Opens, edits, closes or reopens each target's tracking issue as {@link planIssue} decides. */
async function trackIssues(opts) {
    const { client } = opts;
    const out = [];
    const label = opts.labels[0] ?? 'health-check';
    for (const t of opts.targets) {
        const existing = await findTrackingIssue(client, t.owner, t.repo, t.key, label);
        const digest = findingsDigest(t.findings);
        const action = planIssue(t.status, digest, opts.issuesOn, existing);
        const repository = `${t.owner}/${t.repo}`;
        const base = { key: t.key, repository, action: action.kind, preview: opts.preview };
        if (action.kind === 'none') {
            out.push(base);
            continue;
        }
        if (action.kind !== 'open')
            Object.assign(base, { number: action.issue.number, url: action.issue.url });
        if (opts.preview || action.kind === 'unchanged') {
            out.push(base);
            continue;
        }
        const r = { owner: t.owner, repo: t.repo };
        const body = issueBody({
            key: t.key,
            title: t.subject,
            status: t.status,
            findings: t.findings,
            at: opts.at,
            ...(opts.reportUrl ? { reportUrl: opts.reportUrl } : {}),
        });
        const write = (type, number, detail = {}) => opts.onWrite({ type, target: `${repository}#${number}`, detail: { key: t.key, status: t.status, ...detail } });
        if (action.kind === 'open') {
            const { data } = await client.rest.issues.create({
                ...r,
                title: issueTitle(t.subject),
                body,
                labels: [...opts.labels],
            });
            write('issue.opened', data.number, { findings: t.findings.length });
            out.push({ ...base, number: data.number, url: data.html_url });
            continue;
        }
        const n = action.issue.number;
        if (action.kind === 'close') {
            await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
            await client.rest.issues.update({ ...r, issue_number: n, body, state: 'closed', state_reason: 'completed' });
            write('issue.closed', n);
        }
        else if (action.kind === 'reopen') {
            await client.rest.issues.update({ ...r, issue_number: n, body, state: 'open' });
            await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
            write('issue.reopened', n, { findings: t.findings.length });
        }
        else {
            await client.rest.issues.update({ ...r, issue_number: n, body });
            write('issue.updated', n, { findings: t.findings.length });
            if (action.comment) {
                await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
                write('issue.commented', n, { comment: action.comment });
            }
        }
        out.push(base);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/report/badge-commit.ts

/**
 * Commits `files` to `branch` of `owner/repo` through the contents API, creating the branch from the
 * default branch when it does not exist; a file whose content is already there is not committed again
 * (an hourly run with an unchanged status makes no commit). Returns the paths committed.
 */
async function commitToBranch(client, r, branch, files, message) {
    try {
        await client.rest.git.getRef({ ...r, ref: `heads/${branch}` });
    }
    catch (error) {
        if ((0,errors/* errorStatus */.PO)(error) !== 404)
            throw error;
        const { data: repo } = await client.rest.repos.get(r);
        const { data: head } = await client.rest.git.getRef({ ...r, ref: `heads/${repo.default_branch}` });
        await client.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: head.object.sha });
    }
    const committed = [];
    for (const f of files) {
        let sha;
        try {
            const { data } = await client.rest.repos.getContent({ ...r, path: f.path, ref: branch });
            if (!Array.isArray(data) && data.type === 'file') {
                sha = data.sha;
                const current = Buffer.from(data.content ?? '', 'base64').toString('utf8');
                if (current === f.content)
                    continue;
            }
        }
        catch (error) {
            if ((0,errors/* errorStatus */.PO)(error) !== 404)
                throw error;
        }
        await client.rest.repos.createOrUpdateFileContents({
            ...r,
            path: f.path,
            branch,
            message,
            content: Buffer.from(f.content).toString('base64'),
            ...(sha ? { sha } : {}),
        });
        committed.push(f.path);
    }
    return committed;
}

// EXTERNAL MODULE: ./node_modules/badge-maker/lib/index.js + 5 modules
var lib = __webpack_require__(68833);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/report/badge.ts

const COLORS = { healthy: 'brightgreen', degraded: 'yellow', unhealthy: 'red' };
/** The badge of a status: the Shields endpoint JSON and the same badge as SVG (badge-maker, Shields' renderer). */
function healthBadge(status, label = 'health') {
    const endpoint = { schemaVersion: 1, label, message: status, color: COLORS[status] };
    const svg = (0,lib/* makeBadge */.O)({ label, message: status, color: COLORS[status] });
    return { endpoint, svg };
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/report/json-report.ts

/** Version of the JSON report's shape; bumped on a breaking change. */
const REPORT_VERSION = 1;
/** The JSON report: everything the summary shows, machine-readable, for dashboards and later runs. */
function jsonReport(report, target, at, issues) {
    return {
        version: REPORT_VERSION,
        generatedAt: at,
        target,
        status: report.status,
        counts: (0,finding/* countBySeverity */.Ot)(report.findings),
        checks: report.checks.map((c) => ({
            id: c.id,
            status: c.status,
            detail: c.detail,
            findings: c.findings.length,
            ...(c.error ? { error: c.error } : {}),
        })),
        findings: report.findings,
        observations: report.observations,
        writes: report.writes,
        issues,
    };
}

;// CONCATENATED MODULE: ./actions/health-check/src/publish.ts









/**
 * Keeps the tracking issues (`issues: on`) or says what it would do (`issues: preview`, dry-run).
 * Skipped while the API is unreachable: nothing can be read or written, and trying would break the
 * outage bound. A failed write is a warning: the health result must not be lost to it.
 */
async function publishIssues(ctx, client, report, target, at) {
    const i = ctx.inputs;
    const own = ctx.env.repository;
    const owner = target.kind === 'organization' ? target.org : target.owner;
    const home = i['issue-repository']
        ? { owner, repo: i['issue-repository'] }
        : (own ?? (target.kind === 'repository' ? { owner: target.owner, repo: target.repo } : undefined));
    if (!home) {
        ctx.logger.warning('Tracking issues skipped: set issue-repository (no calling repository).');
        return [];
    }
    if (report.observations.apiUnreachable) {
        ctx.logger.warning('Tracking issues skipped: the GitHub API is unreachable.');
        return [];
    }
    const preview = i.issues === 'preview' || ctx.dryRun;
    const runUrl = own ? `${ctx.env.serverUrl}/${own.owner}/${own.repo}/actions/runs/${ctx.env.runId}` : undefined;
    const issues = await trackIssues({
        client,
        targets: issueTargets({
            target,
            scope: i['issue-scope'],
            home,
            status: report.status,
            findings: report.findings,
            repositories: report.observations.repositoryNames ?? [],
        }),
        issuesOn: i['issues-on'],
        labels: i['issue-labels'].length > 0 ? i['issue-labels'] : ['health-check'],
        preview,
        at,
        ...(runUrl ? { reportUrl: runUrl } : {}),
        onWrite: (w) => ctx.audit.event(`health-check.${w.type}`, { target: w.target, ...w.detail }),
    }).catch((error) => {
        ctx.logger.warning(`Tracking issues: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    });
    for (const o of issues)
        if (o.action !== 'none')
            ctx.logger.info(`Tracking issue ${o.repository}${o.number ? `#${o.number}` : ''}: ${preview ? 'would ' : ''}${o.action}.`);
    return issues;
}
/**
 * Writes the JSON report and the badge files (Shields endpoint JSON and SVG), and commits the badge to
 * `badge-branch` when asked (not in dry-run, not during an outage; audited). Returns their paths.
 */
async function writeReportFiles(ctx, client, report, target, at, issues) {
    const i = ctx.inputs;
    const reportFile = (0,workspace_path/* resolveWorkspacePath */.X)(ctx.env.workspace, i['report-file'], { inputName: 'report-file' });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportFile), { recursive: true });
    (0,external_node_fs_.writeFileSync)(reportFile, `${JSON.stringify(jsonReport(report, target, at, issues), null, 2)}\n`);
    if (!i['badge-dir'])
        return { reportFile };
    const dir = (0,workspace_path/* resolveWorkspacePath */.X)(ctx.env.workspace, i['badge-dir'], { inputName: 'badge-dir' });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const badge = healthBadge(report.status);
    const json = `${JSON.stringify(badge.endpoint)}\n`;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'health.json'), json);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'health.svg'), badge.svg);
    const branch = i['badge-branch'];
    const own = ctx.env.repository;
    if (branch && own && !report.observations.apiUnreachable) {
        if (ctx.dryRun)
            ctx.logger.info(`Dry run: badge not committed to ${branch}.`);
        else {
            const files = [
                { path: 'health.json', content: json },
                { path: 'health.svg', content: badge.svg },
            ];
            const committed = await commitToBranch(client, own, branch, files, `health-check: ${report.status}`);
            if (committed.length > 0)
                ctx.audit.event('health-check.badge.committed', { branch, files: committed, status: report.status });
        }
    }
    return { reportFile, badgeFile: (0,external_node_path_.join)(dir, 'health.svg') };
}

// EXTERNAL MODULE: ./actions/health-check/src/settings.ts + 1 modules
var src_settings = __webpack_require__(56333);
;// CONCATENATED MODULE: ./actions/health-check/src/summary.ts


const ICON = { healthy: '✅', degraded: '⚠️', unhealthy: '❌', 'not-checked': '⏭️' };
const SHOWN = {
    healthy: 'healthy',
    degraded: 'degraded',
    unhealthy: 'unhealthy',
    'not-checked': 'not checked',
};
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
/** Findings listed in the summary; the rest are counted. */
const SUMMARY_FINDINGS = 50;
const ORDER = [...finding/* SEVERITIES */.oC].reverse();
/** Findings ordered critical first (a stable sort keeps each severity in check order). */
function worstFirst(findings) {
    return [...findings].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity));
}
/** `owner/repo` or `organization org`. */
function targetLabel(target) {
    return target.kind === 'repository' ? `${target.owner}/${target.repo}` : `organization ${target.org}`;
}
/** The job summary: overall status, one row per check, tracking issues, then the findings, worst first. */
function writeHealthSummary(summary, report, target, issues = []) {
    summary.heading('Health check', 2);
    const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
    const skipped = report.checks.filter((c) => c.status === 'not-checked').length;
    summary.paragraph(`${ICON[report.status]} **${report.status}**: ${targetLabel(target)}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'}, ` +
        `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${ORDER.map((s) => `${counts[s]} ${s}`).join(', ')})` +
        (skipped > 0 ? `; ${skipped} check${skipped === 1 ? '' : 's'} not checked (see why below).` : '.'));
    summary.table(['check', 'status', 'findings', 'detail'], report.checks.map((c) => [`\`${c.id}\``, `${ICON[c.status]} ${SHOWN[c.status]}`, c.findings.length, c.detail]), ['left', 'left', 'right', 'left']);
    const touched = issues.filter((o) => o.action !== 'none');
    if (touched.length > 0) {
        summary.heading('Tracking issues', 3);
        summary.table(['repository', 'issue', touched.some((o) => o.preview) ? 'would' : 'action'], touched.map((o) => [
            o.repository,
            o.number ? (o.url ? `[#${o.number}](${o.url})` : `#${o.number}`) : 'new',
            o.action,
        ]));
    }
    if (report.writes.length > 0) {
        summary.heading('Changes made', 3);
        summary.table(['change', 'target'], report.writes.map((w) => [w.type, w.target]));
    }
    if (report.findings.length === 0)
        return;
    const sorted = worstFirst(report.findings);
    summary.heading('Findings', 3);
    summary.table(['severity', 'check', 'finding'], sorted
        .slice(0, SUMMARY_FINDINGS)
        .map((f) => [f.severity, f.category ?? '', f.help ? `${f.message} ${f.help}` : f.message]));
    if (sorted.length > SUMMARY_FINDINGS)
        summary.paragraph(`_${sorted.length - SUMMARY_FINDINGS} more findings not listed._`);
}
/** One annotation per finding, worst first; the Annotations helper caps them at what GitHub shows. */
function annotateHealth(annotations, report) {
    const sorted = worstFirst(report.findings);
    for (const f of sorted)
        annotations.add(LEVEL[f.severity], f.message, { title: `${f.ruleId} (${f.severity})` });
}
/**
 * Gauges for dashboards and alerts: `moko_health_status`, `moko_health_check_status{check}` (0 healthy,
 * 1 degraded, 2 unhealthy, 3 not checked), `moko_health_findings{severity}`, `moko_health_check_findings{check}`,
 * `moko_health_api_latency_seconds`, `moko_health_rate_limit_remaining{resource}` / `_limit{resource}` /
 * `_used_percent{resource}`, `moko_health_repositories`, `moko_health_unreadable_repositories`,
 * `moko_health_circuit_openings`, `moko_health_schedules{state}`, `moko_health_issue_actions{action}`.
 */
function recordHealthMetrics(metrics, report, issues = []) {
    metrics
        .gauge('health_status', 'Overall health: 0 healthy, 1 degraded, 2 unhealthy.')
        .set(HEALTH_STATUSES.indexOf(report.status));
    const check = metrics.gauge('health_check_status', 'Health per check: 0 healthy, 1 degraded, 2 unhealthy, 3 not checked.', ['check']);
    const perCheck = metrics.gauge('health_check_findings', 'Findings per check.', ['check']);
    for (const c of report.checks) {
        check.set({ check: c.id }, checkStatusValue(c.status));
        perCheck.set({ check: c.id }, c.findings.length);
    }
    const findings = metrics.gauge('health_findings', 'Health findings by severity.', ['severity']);
    const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
    for (const s of finding/* SEVERITIES */.oC)
        findings.set({ severity: s }, counts[s]);
    const o = report.observations;
    if (o.apiLatencyMs !== undefined)
        metrics.gauge('health_api_latency_seconds', 'Latency of GET /rate_limit in seconds.').set(o.apiLatencyMs / 1000);
    const remaining = metrics.gauge('health_rate_limit_remaining', 'Requests left per rate-limit resource.', [
        'resource',
    ]);
    const limit = metrics.gauge('health_rate_limit_limit', 'Request budget per rate-limit resource.', ['resource']);
    for (const [resource, r] of Object.entries(o.rateLimits)) {
        remaining.set({ resource }, r.remaining);
        limit.set({ resource }, r.limit);
    }
    const used = metrics.gauge('health_rate_limit_used_percent', 'Percent used per rate-limit resource.', ['resource']);
    for (const [resource, p] of Object.entries(o.rateLimitsUsedPercent ?? {}))
        used.set({ resource }, p);
    if (o.repositories !== undefined)
        metrics.gauge('health_repositories', 'Repositories checked (archived ones excluded).').set(o.repositories);
    if (o.unreadable)
        metrics.gauge('health_unreadable_repositories', 'Repositories the token cannot read.').set(o.unreadable.count);
    if (o.breakerOpenings !== undefined)
        metrics
            .gauge('health_circuit_openings', 'Times the live circuit breaker opened during the run.')
            .set(o.breakerOpenings);
    if (o.schedules) {
        const s = metrics.gauge('health_schedules', 'Scheduled workflows by state.', ['state']);
        s.set({ state: 'checked' }, o.schedules.workflows);
        s.set({ state: 'late' }, o.schedules.late);
        s.set({ state: 'disabled' }, o.schedules.disabled);
        s.set({ state: 're-enabled' }, o.schedules.reEnabled);
    }
    if (issues.length > 0) {
        const g = metrics.gauge('health_issue_actions', 'Tracking issue actions of this run.', ['action']);
        const counts = new Map();
        for (const i of issues)
            counts.set(i.action, (counts.get(i.action) ?? 0) + 1);
        for (const [action, n] of counts)
            g.set({ action }, n);
    }
}

;// CONCATENATED MODULE: ./actions/health-check/src/run.ts













/** The Pushgateway job of a target: `health-check/<owner>/<repo>` or `health-check/<org>`. */
function pushJob(target) {
    return target.kind === 'repository' ? `health-check/${target.owner}/${target.repo}` : `health-check/${target.org}`;
}
/**
 * The health client. A health check reports a rate limit rather than waiting it out: the framework's
 * client waits up to 15 minutes for a reset, this one gives up on waits over a minute (the rate-limit
 * check then says why). And it reports an outage rather than riding it out: the framework's client
 * retries 5xx and network errors 3 times (1 + 4 + 9 s of backoff) with 30 s per attempt, which made an
 * unreachable API take 15 s (refused) to 105 s (no answer) to report; this one retries once after
 * 1 s, with 10 s per attempt (GitHub's own limit), 4 s for the probe.
 */
const HEALTH_CLIENT = {
    throttle: { maxWaitMs: 60_000, maxRetries: 1 },
    retries: 1,
    retryBaseMs: 1000,
    timeoutMs: 10_000,
};
/** The run's client (short rate-limit waits) and token kind; the token itself is never logged. */
async function healthClient(ctx) {
    const client = await ctx.github(HEALTH_CLIENT);
    const auth = (await client.auth());
    return typeof auth.token === 'string' && auth.token !== '' ? { client, token: auth.token } : { client };
}
/** The App installation's permissions (read with the App's JWT) when the token was minted from app-id. */
async function appPermissions(ctx) {
    const { 'app-id': appId, 'app-private-key': key } = ctx.inputs;
    if (!appId || !key || !ctx.env.repository)
        return undefined;
    try {
        const jwt = (0,app_auth/* createAppJwt */.X)(appId, key);
        ctx.mask(jwt);
        const app = (0,client.createGitHubClient)({
            token: jwt,
            apiUrl: ctx.env.apiUrl,
            logger: ctx.logger,
            cache: false,
            retries: 1,
        });
        return await installationPermissions(app, ctx.env.repository.owner);
    }
    catch (error) {
        ctx.logger.warning(`Could not read the App installation's permissions: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** The action's run: settings, checks, issues, report files and badge, summary, metrics, pass or fail. */
async function runHealthCheck(ctx) {
    const i = ctx.inputs;
    if (i['pushgateway-url'])
        (0,pushgateway_url/* maskUrlCredentials */.gn)(i['pushgateway-url'], ctx.mask);
    const own = ctx.env.repository;
    const settings = {
        ...(0,src_settings/* healthSettings */.Gr)(i, ctx.env),
        ...(own ? { ownRepository: `${own.owner}/${own.repo}` } : {}),
    };
    const { target } = settings;
    const checks = (0,registry/* selectChecks */.oL)(i.checks);
    const { client, token: resolved } = await healthClient(ctx);
    const token = (0,token_kind/* tokenInfo */.oG)(resolved, Boolean(i['app-id']));
    const granted = await appPermissions(ctx);
    ctx.logger.info(`Checking ${targetLabel(target)}: ${checks.map((c) => c.id).join(', ')}.`);
    const report = await runHealthChecks({
        checks,
        client,
        clock: clock/* systemClock */.m,
        logger: ctx.logger,
        settings,
        token,
        ...(granted ? { grantedPermissions: granted } : {}),
    });
    for (const c of report.checks)
        ctx.logger.info(`${c.id}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);
    for (const w of report.writes)
        ctx.audit.event(`health-check.${w.type}`, { target: w.target, ...w.detail });
    const at = new Date(clock/* systemClock */.m.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const issues = i.issues === 'off' ? [] : await publishIssues(ctx, client, report, target, at);
    const { reportFile, badgeFile } = await writeReportFiles(ctx, client, report, target, at, issues);
    writeHealthSummary(ctx.summary, report, target, issues);
    annotateHealth(ctx.annotations, report);
    recordHealthMetrics(ctx.metrics, report, issues);
    const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
    ctx.audit.event('health-check.results', { target: targetLabel(target), status: report.status, ...counts });
    if (i['pushgateway-url']) {
        if (ctx.dryRun)
            ctx.logger.info('Dry run: health gauges not pushed to the Pushgateway.');
        else {
            try {
                await ctx.metrics.push(i['pushgateway-url'], pushJob(target));
                ctx.logger.info(`Pushed the health gauges to the Pushgateway (job ${pushJob(target)}).`);
            }
            catch (error) {
                // Telemetry must not hide the health result itself: warn, keep going.
                ctx.logger.warning(`Could not push to the Pushgateway: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    const coreLimit = report.observations.rateLimits.core;
    const opened = issues.filter((o) => o.action !== 'none' && o.action !== 'unchanged');
    const outputs = {
        status: report.status,
        findings: report.findings.length,
        ...counts,
        'rate-limit-remaining': coreLimit ? coreLimit.remaining : '',
        'report-file': reportFile,
        'badge-file': badgeFile ?? '',
        issues: opened.map((o) => `${o.repository}#${o.number ?? 'new'}:${o.action}`).join(','),
    };
    const failing = report.findings.filter((f) => (0,finding/* meetsThreshold */.M0)(f.severity, i['fail-on']));
    if (failing.length > 0) {
        return {
            outputs,
            failure: `${report.status}: ${failing.length} finding(s) at or above fail-on: ${i['fail-on']} (see the job summary).`,
        };
    }
    return { outputs };
}


/***/ }),

/***/ 36629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** Severity of a finding, lowest first. `fail-on` inputs use these plus `none`. */
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
/** Numeric rank of a severity (low = 1 … critical = 4). */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity) + 1;
}
/** True when a finding of `severity` should fail a run configured with `failOn`. */
function meetsThreshold(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) >= severityRank(failOn);
}
/** Counts of findings per severity, every severity present. */
function countBySeverity(findings) {
    const counts = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}


/***/ }),

/***/ 78610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vu: () => (/* binding */ toGitHubApiError),
/* harmony export */   zg: () => (/* binding */ apiErrorsPlugin)
/* harmony export */ });
/* unused harmony exports GitHubApiError, isRateLimit, acceptedPermissions */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4430);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80761);
/* harmony import */ var _request_hook_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11941);




/** How to fix a token GitHub refuses: the inputs that set it. */
const TOKEN_FIX = 'set the github-token input to a valid token (the default is the workflow token), or app-id and app-private-key to use a GitHub App';
/** What to check when the API cannot be reached. */
const NETWORK_FIX = "check GITHUB_API_URL and the runner's network or proxy";
/**
 * A refusal or failure of the GitHub API that is not a bug of ours (a bad token, a missing permission,
 * an unknown resource, an unreachable or failing API), as a user error that keeps what callers test:
 * the HTTP `status`, the `response` and `request`, and the original error as `cause`
 * (as release-please's GitHubAPIError keeps its cause and status).
 */
class GitHubApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'GitHubApiError';
    status;
    response;
    request;
    /** The permissions GitHub says would have been accepted (`contents=write`), for a 403. */
    permissions;
    constructor(message, original, permissions) {
        super(message, { cause: original });
        this.status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(original);
        if (typeof original === 'object' && original !== null) {
            if ('response' in original)
                this.response = original.response;
            if ('request' in original)
                this.request = original.request;
        }
        if (permissions)
            this.permissions = permissions;
    }
}
/** GitHub's message without the documentation link it appends (`Bad credentials - https://docs…`). */
function githubMessage(error) {
    return ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
/** True for a 403 or 429 that is a primary or secondary rate limit rather than a missing permission. */
function isRateLimit(error) {
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const headers = (0,_request_hook_js__WEBPACK_IMPORTED_MODULE_3__/* .headersOf */ .Yl)(error);
    if (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined)
        return true;
    return /rate limit/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
}
/**
 * The permission sets GitHub would have accepted, from its X-Accepted-GitHub-Permissions header
 * (`contents=read; pull_requests=write,issues=write`: sets separated by `;`, any one set suffices),
 * rendered as `contents: read`, `pull_requests: write and issues: write`.
 */
function acceptedPermissions(error) {
    const raw = (0,_request_hook_js__WEBPACK_IMPORTED_MODULE_3__/* .headersOf */ .Yl)(error)['x-accepted-github-permissions'];
    if (typeof raw !== 'string' || raw.trim() === '')
        return [];
    return raw
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .filter(Boolean)
        .join(' and '))
        .filter(Boolean);
}
/**
 * The user-facing form of a GitHub failure, or undefined for anything else (left to the caller):
 * 401 names the token inputs, a network failure names the host and the error code, an open circuit
 * breaker names the failure that opened it. With `answers` (the framework's outer net, where nobody
 * handles them any more) also GitHub's answers that callers often handle themselves: a permission 403
 * names the permission, a 404 the resource, and a 5xx after the retries says GitHub is failing.
 */
function toGitHubApiError(error, opts = {}) {
    if (error instanceof GitHubApiError)
        return error;
    if (error instanceof _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_1__/* .CircuitOpenError */ .Ch) {
        // Its message already names the failure that opened it; add what to check.
        const hint = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailure */ .rd)(error.lastFailure) ? NETWORK_FIX : 'see https://www.githubstatus.com';
        return new GitHubApiError(`${error.message.replace(/\.$/, '')}: ${hint}.`, error);
    }
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    const { request } = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .requestTarget */ .t5)(error);
    const call = request ? ` for ${request}` : '';
    if (status === 401)
        return new GitHubApiError(`GitHub refused the token (401 ${githubMessage(error)})${call}: ${TOKEN_FIX}.`, error);
    if (status === 403 && opts.answers && !isRateLimit(error)) {
        const accepted = acceptedPermissions(error);
        const need = accepted.length
            ? `the token lacks the permission ${accepted.join(', or ')}: grant it in the workflow's permissions: block, or to the GitHub App`
            : 'the token lacks a permission this call needs (docs/permissions.md lists what each action needs)';
        return new GitHubApiError(`GitHub refused${call || ' the call'} (403 ${githubMessage(error)}): ${need}.`, error, accepted);
    }
    if (status === 404 && opts.answers && request)
        return new GitHubApiError(`GitHub has nothing at ${request} (404 ${githubMessage(error)}): check the input that names it, and that the token can see it (GitHub answers 404 for what a token may not read).`, error);
    const network = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailure */ .rd)(error);
    if (network)
        return new GitHubApiError(`${capitalize((0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkFailure */ .Ku)(network))}: ${NETWORK_FIX}.`, error);
    const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
    if (status !== undefined && status >= 500 && answered && opts.answers)
        return new GitHubApiError(`GitHub failed${call} (${status} ${githubMessage(error)}) after retries: see https://www.githubstatus.com and re-run later.`, error);
    return undefined;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/**
 * Outermost client layer: a call that ends in a bad token or an unreachable API (nothing else of the
 * run can work either) rejects with a GitHubApiError (status, response and cause kept), so every action
 * and every per-item report words it the same way. Other answers (403, 404, 5xx) pass unchanged to the
 * callers that handle them; the framework's outer net words whatever escapes.
 */
function apiErrorsPlugin() {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            try {
                return await request(options);
            }
            catch (error) {
                throw toGitHubApiError(error) ?? error;
            }
        });
    };
}


/***/ }),

/***/ 8634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createAppJwt),
/* harmony export */   o: () => (/* binding */ createInstallationToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55698);
/* harmony import */ var _core_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10095);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71674);





function privateKeyObject(pem) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The GitHub App private key is not a valid PEM key: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * The app's JSON Web Token, RS256-signed: `iat` 60 s in the past against clock drift and `exp`
 * nine minutes ahead, inside GitHub's ten-minute maximum
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app).
 */
function createAppJwt(appId, privateKey, clock = _core_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m) {
    const now = Math.floor(clock.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + 9 * 60, iss: String(appId) })}`;
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(unsigned), privateKeyObject(privateKey)).toString('base64url');
    return `${unsigned}.${signature}`;
}
function describe(target) {
    if ('installationId' in target)
        return `installation ${target.installationId}`;
    return 'org' in target ? `organization ${target.org}` : `repository ${target.owner}/${target.repo}`;
}
/**
 * GitHub App authentication: JWT → installation (by repository or organization) → installation
 * access token, masked in the log before it is returned
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation).
 */
async function createInstallationToken(opts) {
    const clock = opts.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m;
    const mask = opts.mask ?? _core_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq;
    const jwt = createAppJwt(opts.appId, opts.privateKey, clock);
    mask(jwt);
    // A JWT (three dot-separated parts) is sent as `Authorization: bearer …` by Octokit's token auth.
    const app = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)({ ...opts.client, token: jwt, logger: opts.logger, clock, cache: false });
    const target = opts.installation;
    const where = describe(target);
    try {
        let installationId;
        if ('installationId' in target)
            installationId = target.installationId;
        else if ('org' in target)
            installationId = (await app.request('GET /orgs/{org}/installation', target)).data.id;
        else
            installationId = (await app.request('GET /repos/{owner}/{repo}/installation', target)).data.id;
        const body = {};
        if (opts.repositories)
            body.repositories = opts.repositories;
        if (opts.permissions)
            body.permissions = opts.permissions;
        const { data } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
            installation_id: installationId,
            ...body,
        });
        mask(data.token);
        opts.logger.info(`GitHub App ${opts.appId}: installation token for ${where} expires at ${data.expires_at}.`);
        return { token: data.token, expiresAt: data.expires_at, installationId };
    }
    catch (error) {
        const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorStatus */ .PO)(error);
        if (status === 401) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`GitHub rejected the JWT of GitHub App ${opts.appId}: check the app id and private key.`);
        }
        if (status === 404)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_(`GitHub App ${opts.appId} is not installed on ${where}.`);
        if (status === 403 || status === 422) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_(`GitHub App ${opts.appId} cannot get a token for ${where}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
        throw error;
    }
}


/***/ }),

/***/ 79966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ graphqlUrlFor)
/* harmony export */ });
/**
 * The GraphQL endpoint that belongs to a REST base URL (GHES: `/api/v3` → `/api/graphql`). A module of
 * its own so the run environment can compute it without loading the client and Octokit.
 */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
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

/***/ 11941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ routeOf),
/* harmony export */   V: () => (/* binding */ perCallOptionsPlugin),
/* harmony export */   Yl: () => (/* binding */ headersOf)
/* harmony export */ });
/* unused harmony export isGraphqlUrl */
/**
 * The metrics label of a request: the Octokit route template (`GET /repos/{owner}/{repo}`) when the
 * caller used one. Absolute URLs (pagination's `Link` pages) become paths below the API base path,
 * with numeric segments folded to `{id}` and the query dropped, so label cardinality stays bounded.
 */
function routeOf(options) {
    const method = options.method.toUpperCase();
    let path = options.url;
    if (/^https?:\/\//i.test(path)) {
        const url = new URL(path);
        const base = new URL(options.baseUrl).pathname.replace(/\/$/, '');
        path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
        path = path.replace(/\/\d+(?=\/|$)/g, '/{id}');
    }
    const query = path.indexOf('?');
    return `${method} ${query >= 0 ? path.slice(0, query) : path}`;
}
/** Response headers carried by an Octokit RequestError, if any. */
function headersOf(error) {
    if (typeof error === 'object' && error !== null && 'response' in error) {
        const { response } = error;
        if (typeof response === 'object' && response !== null && 'headers' in response) {
            const { headers } = response;
            if (typeof headers === 'object' && headers !== null)
                return headers;
        }
    }
    return {};
}
/** True for Octokit's GraphQL URLs: `/graphql`, or the absolute `…/api/graphql` it builds for a `/api/v3` base. */
function isGraphqlUrl(url, baseUrl) {
    if (url === '/graphql')
        return true;
    return /\/api\/v3\/?$/.test(baseUrl) && url === baseUrl.replace(/\/api\/v3\/?$/, '/api/graphql');
}
/**
 * Outermost plugin: gives each call its own `options.request`, and names every GraphQL call
 * `/graphql` (the throttling plugin recognises GraphQL, and its RATE_LIMITED errors, only by that
 * path; the transport layer sends it to the configured endpoint). before-after-hook hands every layer
 * the same options object (a layer cannot pass a copy inward), and Octokit's endpoint merge shares
 * one `request` object between all calls that do not set it, so per-attempt state written there
 * (plugin-retry's `retryCount`, our timeout signal) would otherwise leak between concurrent calls.
 */
function perCallOptionsPlugin() {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => {
            options.request = { ...options.request };
            if (isGraphqlUrl(options.url, options.baseUrl))
                options.url = '/graphql';
            return request(options);
        });
    };
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


/***/ })

};
