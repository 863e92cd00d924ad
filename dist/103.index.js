export const id = 103;
export const ids = [103];
export const modules = {

/***/ 97103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action)
/* harmony export */ });
/* harmony import */ var _shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53509);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56333);


/** The health-check action: API, token, rate-limit, circuit-breaker, schedule and compliance health. */
const action = (0,_shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'health-check',
    description: 'Watchdog for the API, token and permissions, rate limits, circuit breaker, scheduled workflows and compliance, with tracking issues and a badge.',
    inputs: _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .healthInputs */ .Q2,
    outputs: {
        status: 'Overall health: healthy, degraded (low or medium findings) or unhealthy (high or critical findings, or a check that could not run).',
        findings: 'Number of findings of all severities.',
        critical: 'Number of critical findings.',
        high: 'Number of high findings.',
        medium: 'Number of medium findings.',
        low: 'Number of low findings.',
        'rate-limit-remaining': 'Requests left in the core (REST) rate limit after the checks; empty when the rate-limit check did not run or the server has no rate limiting.',
        'report-file': 'Absolute path of the JSON report.',
        'badge-file': 'Absolute path of the SVG badge; empty when badge-dir is empty.',
        issues: 'Tracking issues changed (or, with issues: preview, that would change), as owner/repo#number:action, comma-separated.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(913), __webpack_require__.e(530), __webpack_require__.e(833), __webpack_require__.e(674), __webpack_require__.e(906)]).then(__webpack_require__.bind(__webpack_require__, 34980))).runHealthCheck(ctx),
});


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ apiCheck)
/* harmony export */ });
/* unused harmony export SLOW_API_MS */
/** Above this, the API answers but slowly enough to slow every action down (GitHub answers most calls in < 0.5 s). */
const SLOW_API_MS = 2000;
/** API reachable: one GET /rate_limit, timed. */
const apiCheck = {
    id: 'api',
    description: 'The GitHub API answers GET /rate_limit, and how fast.',
    phase: 1,
    async validate(ctx) {
        const probe = await ctx.probe();
        ctx.observations.apiLatencyMs = probe.latencyMs;
        const findings = [];
        if (!probe.reachable) {
            const cause = probe.cause ? `${probe.cause.host} ${probe.cause.code}` : 'no answer';
            ctx.note('api', `unreachable: ${cause} after ${probe.latencyMs} ms (${probe.error ?? 'no answer'})`);
            findings.push({
                ruleId: 'health/api/unreachable',
                severity: 'critical',
                category: 'api',
                message: `The GitHub API did not answer GET /rate_limit: ${cause} (${probe.error ?? 'no answer'}).`,
                help: 'Check GITHUB_API_URL, the network path to GitHub and https://www.githubstatus.com.',
            });
            return findings;
        }
        ctx.note('api', `HTTP ${probe.status} in ${probe.latencyMs} ms`);
        if (probe.latencyMs > SLOW_API_MS) {
            findings.push({
                ruleId: 'health/api/slow',
                severity: 'low',
                category: 'api',
                message: `The GitHub API took ${probe.latencyMs} ms to answer GET /rate_limit (more than ${SLOW_API_MS} ms).`,
            });
        }
        return findings;
    },
};


/***/ }),

/***/ 72777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ COMPLIANCE_RULE_IDS),
/* harmony export */   uE: () => (/* binding */ selectRules)
/* harmony export */ });
/* unused harmony exports requiredFilesRule, branchProtectionRule, secretScanningRule, actionsPermissionsRule, COMPLIANCE_RULES */
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _shared_validation_plugins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60064);


function finding(ctx, rule, f) {
    return {
        ruleId: `health/compliance/${rule}`,
        category: 'compliance',
        fingerprint: `${ctx.repo.fullName}:compliance:${rule}`,
        ...f,
    };
}
/** Runs `read`; a 403 or 404 (the token may not read this) marks the rule unreadable and yields undefined. */
async function readable(ctx, rule, read) {
    try {
        return await read();
    }
    catch (error) {
        const status = (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
        if (status === 403 || status === 404) {
            ctx.unreadable(rule);
            return undefined;
        }
        throw error;
    }
}
/** Required files on the default branch (from the shared GraphQL inventory: no request of its own). */
const requiredFilesRule = {
    id: 'required-files',
    description: 'The required files exist on the default branch.',
    validate(ctx) {
        return ctx.requiredFiles
            .filter((f) => ctx.repo.files[f.name] === null)
            .map((f) => ({
            ruleId: 'health/compliance/missing-file',
            severity: 'low',
            category: 'compliance',
            message: `${ctx.repo.fullName} has no ${f.name} on its default branch (looked for ${f.paths.join(', ')}).`,
            help: 'Add the file (bulk-update can push it to many repositories at once).',
            fingerprint: `${ctx.repo.fullName}:${f.name}`,
        }));
    },
};
/**
 * The default branch is protected by branch protection (`protected` of GET /branches/{branch}, readable
 * with contents: read) or by an active ruleset (GET /rules/branches/{branch}, the rules that apply).
 */
const branchProtectionRule = {
    id: 'branch-protection',
    description: 'The default branch is protected by branch protection or a ruleset.',
    async validate(ctx) {
        const { owner, name, defaultBranch } = ctx.repo;
        if (!defaultBranch)
            return [];
        const r = { owner, repo: name, branch: defaultBranch };
        const branch = await readable(ctx, 'branch-protection', () => ctx.client.rest.repos.getBranch(r));
        if (!branch || branch.data.protected)
            return [];
        const rules = await readable(ctx, 'branch-protection', () => ctx.client.rest.repos.getBranchRules({ ...r, per_page: 100 }));
        if (!rules || rules.data.length > 0)
            return [];
        return [
            finding(ctx, 'unprotected-branch', {
                severity: 'medium',
                message: `${ctx.repo.fullName}: the default branch ${defaultBranch} is protected neither by branch protection nor by a ruleset.`,
                help: 'Add a ruleset (Settings, Rules) requiring pull requests and status checks, or branch protection.',
            }),
        ];
    },
};
/** Secret scanning and push protection, where `security_and_analysis` is readable (admins only). */
const secretScanningRule = {
    id: 'secret-scanning',
    description: 'Secret scanning and push protection are enabled (where the token may read them).',
    async validate(ctx) {
        const { data } = await ctx.client.rest.repos.get({ owner: ctx.repo.owner, repo: ctx.repo.name });
        const sa = data.security_and_analysis;
        if (!sa) {
            ctx.unreadable('secret-scanning');
            return [];
        }
        const out = [];
        if (sa.secret_scanning?.status !== 'enabled')
            out.push(finding(ctx, 'secret-scanning-disabled', {
                severity: 'medium',
                message: `${ctx.repo.fullName}: secret scanning is not enabled.`,
                help: 'Enable it in Settings, Code security (free for public repositories; GitHub Secret Protection for private ones).',
            }));
        if (sa.secret_scanning_push_protection?.status !== 'enabled')
            out.push(finding(ctx, 'push-protection-disabled', {
                severity: 'low',
                message: `${ctx.repo.fullName}: push protection is not enabled: a pushed secret is found after the fact, not blocked.`,
                help: 'Enable push protection in Settings, Code security.',
            }));
        return out;
    },
};
/** The default GITHUB_TOKEN of the repository's workflows is read-only. */
const actionsPermissionsRule = {
    id: 'actions-permissions',
    description: "The workflows' default GITHUB_TOKEN is read-only.",
    async validate(ctx) {
        const res = await readable(ctx, 'actions-permissions', () => ctx.client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({
            owner: ctx.repo.owner,
            repo: ctx.repo.name,
        }));
        if (!res || res.data.default_workflow_permissions === 'read')
            return [];
        return [
            finding(ctx, 'token-write', {
                severity: 'medium',
                message: `${ctx.repo.fullName}: workflows get a read-write GITHUB_TOKEN by default.`,
                help: 'Settings, Actions, General, Workflow permissions: choose "Read repository contents and packages permissions"; grant more per job with permissions:.',
            }),
        ];
    },
};
/** Every compliance rule, in summary order. */
const COMPLIANCE_RULES = [
    requiredFilesRule,
    branchProtectionRule,
    secretScanningRule,
    actionsPermissionsRule,
];
/** Rule ids, for the `compliance` input. */
const COMPLIANCE_RULE_IDS = COMPLIANCE_RULES.map((r) => r.id);
/** The rules named by `ids` (all when empty); an unknown id is a UserError listing the known ones. */
function selectRules(ids) {
    if (ids.length === 0)
        return [...COMPLIANCE_RULES];
    return new _shared_validation_plugins_js__WEBPACK_IMPORTED_MODULE_1__/* .ValidatorRegistry */ .A(COMPLIANCE_RULES, 'compliance rule').select(ids);
}


/***/ }),

/***/ 62302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   QG: () => (/* binding */ probeRateLimit),
/* harmony export */   Wt: () => (/* binding */ headerMap)
/* harmony export */ });
/* unused harmony exports PROBE_TIMEOUT_MS, errorCodeOf, apiHost */
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/**
 * Per-attempt timeout of the probe. With the health client's one retry after 1 s (see run.ts) the
 * worst case is 4 + 1 + 4 = 9 s, inside the 15 s in which an outage must be reported.
 * (A per-call `request.retries` is not used: @octokit/plugin-retry then retries even a 401.)
 */
const PROBE_TIMEOUT_MS = 4000;
/** The first `code` (e.g. ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT) along an error's `cause` chain. */
function errorCodeOf(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
        if ('name' in current && current.name === 'RequestTimeoutError')
            return 'timeout';
        if ('code' in current && typeof current.code === 'string')
            return current.code;
        current = 'cause' in current ? current.cause : undefined;
    }
    return undefined;
}
/** The host of the client's API base URL. */
function apiHost(client) {
    const base = String(client.request.endpoint.DEFAULTS.baseUrl ?? '');
    try {
        return new URL(base).host;
    }
    catch {
        return base;
    }
}
/** Response headers as a plain map with lower-case names (undefined and null values left out). */
function headerMap(raw) {
    const out = {};
    if (raw && typeof raw === 'object') {
        for (const [k, v] of Object.entries(raw))
            if (v !== undefined && v !== null)
                out[k.toLowerCase()] = String(v);
    }
    return out;
}
/** Headers of an Octokit RequestError's response, if it has one. */
function errorHeaders(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return undefined;
    const response = error.response;
    return typeof response === 'object' && response !== null && 'headers' in response ? response.headers : undefined;
}
/**
 * GET /rate_limit: GitHub's cheapest authenticated call (it does not count against the primary limit,
 * https://docs.github.com/en/rest/rate-limit/rate-limit), timed on the injected clock. Never throws:
 * a failure is a probe result.
 */
async function probeRateLimit(client, clock) {
    const started = clock.now();
    try {
        const response = await client.request('GET /rate_limit', { request: { timeoutMs: PROBE_TIMEOUT_MS } });
        const data = response.data;
        return {
            reachable: true,
            status: response.status,
            latencyMs: clock.now() - started,
            headers: headerMap(response.headers),
            ...(data.resources ? { resources: data.resources } : {}),
        };
    }
    catch (error) {
        const status = (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
        const latencyMs = clock.now() - started;
        const code = errorCodeOf(error);
        // Octokit reports a network failure as status 500 with the socket error as its cause.
        const network = code !== undefined || status === undefined;
        const reachable = !network && status !== undefined && status < 500;
        return {
            reachable,
            ...(reachable
                ? {}
                : { cause: { host: apiHost(client), code: network ? (code ?? 'no answer') : `HTTP ${status}` } }),
            ...(status !== undefined && !network ? { status } : {}),
            latencyMs,
            headers: headerMap(errorHeaders(error)),
            error: (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
        };
    }
}
/** Runs `fn` once; later calls share the first promise. */
function once(fn) {
    let p;
    return () => {
        p ??= fn();
        return p;
    };
}


/***/ }),

/***/ 94739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ HEALTH_CHECK_IDS),
  oL: () => (/* binding */ selectChecks)
});

// UNUSED EXPORTS: HEALTH_CHECKS, healthRegistry

// EXTERNAL MODULE: ./shared/validation/plugins.ts
var plugins = __webpack_require__(60064);
// EXTERNAL MODULE: ./actions/health-check/src/engine/checks/api.ts
var api = __webpack_require__(9300);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/github/circuit-breaker.ts
var circuit_breaker = __webpack_require__(4430);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/breaker-self-test.ts


/** Threshold and reset of the breaker under test: small, so the test is short and the timing exact. */
const THRESHOLD = 3;
const RESET_MS = 1000;
/**
 * Drives a fresh {@link CircuitBreaker} (the class the GitHub client uses) through
 * closed → open → half-open → open → half-open → closed against a probe that fails on command, on a
 * controlled clock: no network, no sleeping. Each transition and its timing is checked: the circuit
 * opens at the threshold and not before, fails fast without calling the probe while open, stays open
 * one millisecond short of the reset, lets exactly one probe through when half-open, re-opens on a
 * failed probe and closes on a good one.
 */
async function breakerSelfTest() {
    const clock = (0,core_clock/* manualClock */.v)(0);
    const breaker = new circuit_breaker/* CircuitBreaker */.aG(clock, { failureThreshold: THRESHOLD, resetAfterMs: RESET_MS });
    let failing = true;
    let calls = 0;
    const probe = async () => {
        calls++;
        if (failing)
            throw Object.assign(new Error('probe failure (HTTP 503)'), { status: 503 });
        return 'ok';
    };
    const attempt = async () => {
        try {
            await breaker.run(probe);
            return 'ok';
        }
        catch (error) {
            return error instanceof circuit_breaker/* CircuitOpenError */.Ch ? 'fast-fail' : 'failed';
        }
    };
    const steps = [];
    const check = (step, expected, extra = true) => {
        const actual = breaker.state;
        steps.push({ step, expected, actual, ok: actual === expected && extra });
    };
    check('a new breaker is closed', 'closed');
    for (let i = 1; i < THRESHOLD; i++)
        await attempt();
    check(`${THRESHOLD - 1} failures keep it closed`, 'closed');
    await attempt();
    check(`failure ${THRESHOLD} opens it`, 'open', breaker.openings === 1);
    const before = calls;
    const fast = await attempt();
    check('open: a call fails fast without reaching the probe', 'open', fast === 'fast-fail' && calls === before);
    clock.advance(RESET_MS - 1);
    check(`still open ${RESET_MS - 1} ms after opening`, 'open');
    clock.advance(1);
    check(`half-open ${RESET_MS} ms after opening`, 'half-open');
    const reprobe = await attempt();
    check('a failed half-open probe re-opens it', 'open', reprobe === 'failed' && breaker.openings === 2);
    clock.advance(RESET_MS);
    check('half-open again after another reset period', 'half-open');
    failing = false;
    const good = await attempt();
    check('a good half-open probe closes it', 'closed', good === 'ok' && breaker.failures === 0);
    const failed = steps.find((s) => !s.ok);
    return { ok: failed === undefined, steps, ...(failed ? { failedAt: failed.step } : {}) };
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/circuit-breaker.ts

/**
 * Circuit breaker: a self-test of the breaker logic (a fresh breaker driven through every transition
 * on a controlled clock, see breaker-self-test.ts), and beside it the live breaker of this run's
 * client after the other checks: its state, how often it opened, and the attempts that failed.
 * Needs no network, so it still runs (and says something true) during an outage.
 */
const circuitBreakerCheck = {
    id: 'circuit-breaker',
    description: 'Self-test of the circuit breaker (closed, open, half-open, closed on a controlled clock), and the live breaker of this run.',
    phase: 3,
    needsApi: false,
    async validate(ctx) {
        const findings = [];
        const test = await breakerSelfTest();
        if (!test.ok) {
            const bad = test.steps.find((s) => !s.ok);
            findings.push({
                ruleId: 'health/circuit-breaker/self-test',
                severity: 'high',
                category: 'circuit-breaker',
                message: `The circuit breaker self-test failed at "${test.failedAt}": expected ${bad?.expected}, got ${bad?.actual}.`,
                help: 'The breaker no longer protects GitHub during an outage: see shared/github/circuit-breaker.ts.',
            });
        }
        const { breaker } = ctx.client.moko;
        const state = breaker.state;
        ctx.observations.breakerState = state;
        ctx.observations.breakerOpenings = breaker.openings;
        const stats = ctx.client.moko.stats();
        const failed = Object.entries(stats.byStatus)
            .filter(([status]) => status === 'network' || status === 'circuit_open' || Number(status) >= 500)
            .reduce((sum, [, n]) => sum + n, 0);
        ctx.note('circuit-breaker', `self-test ${test.ok ? 'passed' : 'FAILED'} (${test.steps.filter((s) => s.ok).length}/${test.steps.length} transitions); ` +
            `live: ${state}, opened ${breaker.openings}×, ${stats.requests} call${stats.requests === 1 ? '' : 's'}, ${failed} failed`);
        if (state === 'open' || state === 'half-open') {
            findings.push({
                ruleId: `health/circuit-breaker/${state}`,
                severity: state === 'open' ? 'high' : 'medium',
                category: 'circuit-breaker',
                message: `The GitHub client circuit breaker is ${state} after ${breaker.failures} consecutive failed attempts: GitHub is failing requests.`,
                help: 'See https://www.githubstatus.com; actions fail fast while the breaker is open and retry after it resets.',
            });
        }
        else if (failed > 0) {
            findings.push({
                ruleId: 'health/circuit-breaker/failures',
                severity: 'low',
                category: 'circuit-breaker',
                message: `${failed} GitHub API call${failed === 1 ? '' : 's'} failed with a server or network error during the checks.`,
            });
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/health-check/src/engine/compliance/rules.ts
var compliance_rules = __webpack_require__(72777);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/map-limit.ts
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/compliance.ts



/** Repositories checked at once. */
const CONCURRENCY = 4;
/**
 * Compliance of every target repository through the compliance rules (validation plugins, chosen by
 * the `compliance` input): required files, default branch protection (branch protection or ruleset),
 * secret scanning and push protection where readable, a read-only default GITHUB_TOKEN. What a rule
 * could not read (the token lacks the permission) is counted in the detail, never passed as compliant.
 */
const complianceCheck = {
    id: 'compliance',
    description: 'Required files, default branch protected (branch protection or ruleset), secret scanning and push protection, read-only default GITHUB_TOKEN.',
    phase: 1,
    async validate(ctx) {
        const inventory = await ctx.inventory();
        const rules = (0,compliance_rules/* selectRules */.uE)(ctx.settings.complianceRules ?? []);
        const unreadable = new Map();
        let compliant = 0;
        const results = await mapLimit(inventory.repos, CONCURRENCY, async (repo) => {
            if (repo.defaultBranch === null)
                return []; // an empty repository has nothing to check yet
            const rctx = {
                client: ctx.client,
                repo,
                requiredFiles: ctx.settings.requiredFiles,
                unreadable: (rule) => {
                    if (!unreadable.has(rule))
                        unreadable.set(rule, new Set());
                    unreadable.get(rule)?.add(repo.fullName);
                },
            };
            const outcome = await (0,plugins/* runValidators */.f)(rules, rctx);
            const first = outcome.errors[0];
            if (first)
                throw first.error;
            if (outcome.findings.length === 0)
                compliant++;
            return outcome.findings;
        });
        const findings = results.flat();
        const n = inventory.repos.length;
        const notRead = [...unreadable].map(([rule, repos]) => `${rule} not readable in ${repos.size}`);
        ctx.note('compliance', `${compliant} of ${n} repositor${n === 1 ? 'y' : 'ies'} compliant (${rules.map((r) => r.id).join(', ')})` +
            (notRead.length > 0 ? `; ${notRead.join(', ')}` : ''));
        return findings;
    },
};

// EXTERNAL MODULE: ./shared/github/permissions.ts
var permissions = __webpack_require__(87428);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/permissions.ts

const RANK = { read: 1, write: 2, admin: 3 };
/** Classic scopes that grant an App permission (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps). */
function scopeGrants(need, scopes) {
    if (need.app === 'workflows')
        return scopes.includes('workflow');
    if (need.app === 'security_events')
        return scopes.includes('repo') || scopes.includes('security_events');
    return scopes.includes('repo');
}
/**
 * The needs of `actions` the granted permissions lack, by action. A need behind an input (`onlyWith`)
 * counts only for health-check's own inputs named in `enabled` (e.g. `re-enable` when it is on): the
 * inputs of the other actions are not known here.
 */
function missingPermissions(actions, granted, enabled = []) {
    const out = new Map();
    for (const action of actions) {
        const missing = (permissions/* ACTION_PERMISSIONS */.Y[action] ?? []).filter((need) => {
            if (need.onlyWith && !(action === 'health-check' && enabled.includes(need.onlyWith)))
                return false;
            if (granted.kind === 'scopes')
                return !scopeGrants(need, granted.scopes);
            return (RANK[granted.permissions[need.app] ?? ''] ?? 0) < (RANK[need.access] ?? 0);
        });
        if (missing.length > 0)
            out.set(action, missing);
    }
    return out;
}
/**
 * Permissions: for each action asked about, what it needs (shared/github/permissions.ts)
 * against what the token has: a GitHub App installation's permissions (read with the App's JWT), or a
 * classic token's scopes. A GITHUB_TOKEN's or a fine-grained token's permissions cannot be read
 * through the API: the check says so (not checked) and lists what the workflow must grant.
 */
const permissionsCheck = {
    id: 'permissions',
    description: 'What each action needs (shared/github/permissions.ts) against what the token or App installation has.',
    phase: 1,
    async validate(ctx) {
        const actions = ctx.settings.permissionsFor;
        const probe = await ctx.probe();
        if (probe.status === 401) {
            ctx.notChecked('permissions', 'the token was rejected (see the token check)');
            return [];
        }
        const scopes = probe.headers['x-oauth-scopes'];
        const granted = ctx.grantedPermissions
            ? { kind: 'app', permissions: ctx.grantedPermissions }
            : scopes !== undefined && ctx.token.kind === 'classic-pat'
                ? {
                    kind: 'scopes',
                    scopes: scopes
                        .split(',')
                        .map((s) => s.trim())
                        .filter(Boolean),
                }
                : undefined;
        if (!granted) {
            const needs = actions
                .map((a) => `${a}: ${(permissions/* ACTION_PERMISSIONS */.Y[a] ?? []).map((n) => `${n.workflow ?? n.app} ${n.access}`).join(', ')}`)
                .join('; ');
            ctx.notChecked('permissions', `the permissions of a ${ctx.token.label} cannot be read through the API; the workflow must grant ${needs}`);
            return [];
        }
        const missing = missingPermissions(actions, granted, ctx.settings.enabledInputs ?? []);
        const findings = [];
        for (const [action, needs] of missing) {
            findings.push({
                ruleId: 'health/permissions/missing',
                severity: 'high',
                category: 'permissions',
                fingerprint: `${action}:${needs.map((n) => n.app).join(',')}`,
                message: `${action} needs ${needs.map((n) => `${n.app}: ${n.access} (to ${n.why})`).join(', ')}, which the ${granted.kind === 'app' ? 'App installation' : "token's scopes"} do${granted.kind === 'app' ? 'es' : ''} not grant.`,
                help: granted.kind === 'app'
                    ? "Add the permission in the App's settings and accept it on the installation (organization settings, GitHub Apps)."
                    : 'Add the scope to the token, or use a GitHub App.',
            });
        }
        ctx.note('permissions', `${actions.length - missing.size} of ${actions.length} action${actions.length === 1 ? '' : 's'} have what they need (${granted.kind === 'app' ? 'App installation permissions' : 'classic scopes'})` +
            (missing.size > 0 ? `; missing for ${[...missing.keys()].join(', ')}` : ''));
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/health-check/src/engine/probe.ts
var engine_probe = __webpack_require__(62302);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/rate-limit.ts

/** The resources checked: REST, GraphQL and search (https://docs.github.com/en/rest/rate-limit/rate-limit). */
const RATE_RESOURCES = ['core', 'graphql', 'search'];
/**
 * Rate limit per resource, read after the repository checks spent theirs. A resource with
 * the threshold's percent or less left (90% used by default, the roadmap's alert) warns
 * (`medium`, degraded); an exhausted one fails (`critical`): 91% used is a warning, not a failure.
 */
const rateLimitCheck = {
    id: 'rate-limit',
    description: 'Requests left per rate-limit resource (core, graphql, search) against the warning threshold.',
    phase: 2,
    async validate(ctx) {
        // Re-read only when other checks spent requests since the run's first probe.
        const first = await ctx.probe();
        const probe = ctx.client.moko.stats().requests > 1 ? await (0,engine_probe/* probeRateLimit */.QG)(ctx.client, ctx.clock) : first;
        if (!probe.reachable)
            throw new Error(`GET /rate_limit failed: ${probe.error ?? 'no answer'}`);
        if (probe.status === 401) {
            ctx.note('rate-limit', 'not readable: the token was rejected');
            return [];
        }
        if (!probe.resources) {
            // GitHub Enterprise Server with rate limiting switched off answers 404 "Rate limiting is not enabled."
            ctx.note('rate-limit', 'rate limiting is not enabled on this server');
            return [];
        }
        const findings = [];
        const parts = [];
        const threshold = ctx.settings.rateLimitThreshold;
        for (const name of RATE_RESOURCES) {
            const r = probe.resources[name];
            if (!r || r.limit <= 0)
                continue;
            ctx.observations.rateLimits[name] = { limit: r.limit, remaining: r.remaining, reset: r.reset };
            ctx.observations.rateLimitsUsedPercent = {
                ...ctx.observations.rateLimitsUsedPercent,
                [name]: Math.round((1 - r.remaining / r.limit) * 1000) / 10,
            };
            const percent = (r.remaining / r.limit) * 100;
            parts.push(`${name} ${r.remaining}/${r.limit}`);
            if (percent > threshold)
                continue;
            const resetAt = new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
            findings.push({
                ruleId: r.remaining === 0 ? 'health/rate-limit/exhausted' : 'health/rate-limit/low',
                severity: r.remaining === 0 ? 'critical' : 'medium',
                category: 'rate-limit',
                message: `The ${name} rate limit has ${r.remaining} of ${r.limit} requests left (${(100 - percent).toFixed(1)}% used; the warning is at ${100 - threshold}%); it resets at ${resetAt}.`,
                help: 'Find the workflows spending this token (the metrics artifacts count requests by route), spread them over the hour, or give them their own GitHub App.',
            });
        }
        ctx.note('rate-limit', parts.join(', '));
        return findings;
    },
};

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./node_modules/croner/dist/croner.js
var croner = __webpack_require__(55814);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/schedule/cron-window.ts

function cronOf(expression) {
    // GitHub: POSIX cron, five fields, UTC; day-of-month and day-of-week are OR-ed when both are set
    // (croner's legacy mode, its default).
    return new croner/* Cron */.l4(expression, { timezone: 'UTC', mode: '5-part', paused: true });
}
/**
 * When a workflow with these cron expressions last had to run, judged at `now` with `graceMs` of
 * allowed lateness: the latest firing at or before `now - graceMs`, over all expressions. A run that
 * started at or after that firing (minus a minute of clock skew) shows the schedule works.
 */
function scheduleWindow(expressions, now, graceMs) {
    const invalid = [];
    let lastDue;
    let intervalMs;
    for (const expression of expressions) {
        let cron;
        try {
            cron = cronOf(expression);
        }
        catch (error) {
            invalid.push({ expression, error: error instanceof Error ? error.message : String(error) });
            continue;
        }
        const [previous] = cron.previousRuns(1, new Date(now - graceMs));
        if (previous && (lastDue === undefined || previous.getTime() > lastDue))
            lastDue = previous.getTime();
        const [a, b] = cron.nextRuns(2, new Date(now));
        if (a && b) {
            const gap = b.getTime() - a.getTime();
            intervalMs = intervalMs === undefined ? gap : Math.min(intervalMs, gap);
        }
    }
    return {
        ...(lastDue !== undefined ? { lastDue } : {}),
        ...(intervalMs !== undefined ? { intervalMs } : {}),
        invalid,
    };
}
/** `hourly`, `daily`, `weekly` or `every 15 min` for an interval, for messages. */
function describeInterval(ms) {
    if (ms === undefined)
        return 'irregular';
    const min = Math.round(ms / 60_000);
    if (min === 60)
        return 'hourly';
    if (min === 1440)
        return 'daily';
    if (min === 10_080)
        return 'weekly';
    if (min < 60)
        return `every ${min} min`;
    if (min % 1440 === 0)
        return `every ${min / 1440} days`;
    if (min % 60 === 0)
        return `every ${min / 60} h`;
    return `every ${min} min`;
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/schedule.ts



/** Conclusions that mean a scheduled run did not do its job (https://docs.github.com/en/rest/actions/workflow-runs). */
const FAILED_CONCLUSIONS = ['failure', 'timed_out', 'startup_failure'];
/** Recent scheduled runs read per workflow: the newest tells lateness, the completed ones a failure streak. */
const RUNS_READ = 10;
/** Repositories read at once: GitHub asks integrators to avoid many concurrent requests. */
const schedule_CONCURRENCY = 4;
/** Clock skew allowed between GitHub's run times and the schedule. */
const SKEW_MS = 60_000;
/** A schedule that missed this many intervals (and at least a day) is high, not medium. */
const MISSED_HIGH = 3;
function finding(repo, path, rule, f) {
    return {
        ruleId: `health/schedule/${rule}`,
        category: 'schedule',
        fingerprint: `${repo.fullName}:${path}:${rule}`,
        ...f,
    };
}
function iso(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Findings for one repository's scheduled workflows: 1 request, plus 1 per active scheduled workflow. */
async function scheduleFindings(ctx, repo, tally) {
    const { client, clock, settings } = ctx;
    const { owner, name } = repo;
    const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo: name, per_page: 100 });
    const findings = [];
    for (const scheduled of repo.scheduled) {
        const workflow = data.workflows.find((w) => w.path === scheduled.path);
        if (!workflow)
            continue;
        tally.workflows++;
        const where = `${repo.fullName}: ${workflow.name} (${scheduled.path}, ${scheduled.crons.join('; ')})`;
        if (workflow.state === 'disabled_inactivity') {
            tally.disabled++;
            // https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/disabling-and-enabling-a-workflow
            if (settings.reEnable) {
                await client.rest.actions.enableWorkflow({ owner, repo: name, workflow_id: workflow.id });
                tally.reEnabled++;
                ctx.writes.push({
                    type: 'workflow.re-enabled',
                    target: `${repo.fullName}/${scheduled.path}`,
                    detail: { workflowId: workflow.id, was: 'disabled_inactivity' },
                });
                findings.push(finding(repo, scheduled.path, 're-enabled', {
                    severity: 'low',
                    message: `${where} had been disabled by GitHub after 60 days without repository activity; re-enabled it.`,
                    help: 'Keep the repository active (any commit) or it will be disabled again in 60 days.',
                }));
            }
            else {
                findings.push(finding(repo, scheduled.path, 'disabled-inactivity', {
                    severity: 'medium',
                    message: `${where} is scheduled but GitHub disabled it after 60 days without repository activity: it does not run.`,
                    help: 'Re-enable it in the Actions tab or with PUT /repos/{owner}/{repo}/actions/workflows/{id}/enable (health-check can do it: see its README), and keep the repository active.',
                }));
            }
            continue;
        }
        if (workflow.state === 'disabled_manually') {
            tally.disabled++;
            findings.push(finding(repo, scheduled.path, 'disabled-manually', {
                severity: 'low',
                message: `${where} is scheduled but was disabled by hand: its schedule does not run.`,
                help: 'Enable it again in the Actions tab, or remove the schedule if it is no longer wanted.',
            }));
            continue;
        }
        if (workflow.state !== 'active')
            continue;
        const window = scheduleWindow(scheduled.crons, clock.now(), settings.scheduleGraceMs);
        for (const bad of window.invalid) {
            findings.push(finding(repo, scheduled.path, 'invalid-cron', {
                severity: 'medium',
                message: `${where}: the cron expression '${bad.expression}' does not parse (${bad.error}); GitHub will not run it.`,
                help: 'Fix the expression (five fields: minute hour day-of-month month day-of-week, in UTC).',
            }));
        }
        const runs = await client.rest.actions.listWorkflowRuns({
            owner,
            repo: name,
            workflow_id: workflow.id,
            event: 'schedule',
            per_page: RUNS_READ,
        });
        const list = runs.data.workflow_runs;
        const latestStart = list.reduce((max, r) => Math.max(max, Date.parse(r.run_started_at ?? r.created_at)), 0);
        const created = Date.parse(workflow.created_at);
        const due = window.lastDue;
        // A schedule cannot be late for a firing before the workflow existed.
        if (due !== undefined && due >= created && latestStart < due - SKEW_MS) {
            tally.late++;
            const interval = describeInterval(window.intervalMs);
            const missed = window.intervalMs
                ? Math.floor((clock.now() - Math.max(latestStart, created)) / window.intervalMs)
                : 1;
            const high = missed >= MISSED_HIGH && clock.now() - Math.max(latestStart, created) >= 86_400_000;
            findings.push(finding(repo, scheduled.path, 'late', {
                severity: high ? 'high' : 'medium',
                message: `${where} (${interval}) was due by ${iso(due)} (plus ${Math.round(settings.scheduleGraceMs / 60_000)} min of grace) ` +
                    `but ${latestStart > 0 ? `last ran at ${iso(latestStart)}` : 'has no scheduled run'}.`,
                help: 'GitHub drops scheduled runs under load and skips them on forks and inactive repositories; check the Actions tab, or trigger it with workflow_dispatch.',
            }));
        }
        const completed = list.filter((r) => r.status === 'completed');
        const latest = completed[0];
        if (!latest || !FAILED_CONCLUSIONS.includes(latest.conclusion ?? ''))
            continue;
        let streak = 0;
        while (streak < completed.length && FAILED_CONCLUSIONS.includes(completed[streak]?.conclusion ?? ''))
            streak++;
        const streakText = streak >= completed.length && list.length === RUNS_READ ? `at least ${streak}` : `${streak}`;
        findings.push(finding(repo, scheduled.path, 'failing', {
            severity: 'medium',
            message: `${where}: the latest scheduled run ended with ${latest.conclusion} (${latest.html_url}); ${streakText} scheduled run${streak === 1 ? '' : 's'} in a row failed.`,
            help: 'Open the run, fix the cause, and re-run it.',
        }));
    }
    return findings;
}
/**
 * Schedule health: each scheduled workflow judged by its cron (croner) — did it run within its
 * interval plus the grace — its last conclusion, and whether GitHub or a person disabled it; with
 * `re-enable`, workflows GitHub disabled for inactivity are re-enabled. The calling repository's
 * own workflows come first.
 */
const scheduleCheck = {
    id: 'schedule',
    description: 'Scheduled workflows judged by their cron: late runs, failing runs, disabled for inactivity or by hand (re-enable fixes the first).',
    phase: 1,
    async validate(ctx) {
        const inventory = await ctx.inventory();
        const own = ctx.settings.ownRepository;
        const withSchedules = inventory.repos
            .filter((r) => r.scheduled.length > 0)
            .sort((a, b) => Number(b.fullName === own) - Number(a.fullName === own));
        const tally = { workflows: 0, late: 0, disabled: 0, reEnabled: 0 };
        const results = await mapLimit(withSchedules, schedule_CONCURRENCY, (repo) => scheduleFindings(ctx, repo, tally).catch((error) => {
            // One unreadable repository (e.g. a token without `actions: read` there) must not hide the others.
            const status = (0,errors/* errorStatus */.PO)(error);
            if (status === undefined || status >= 500)
                throw error;
            const message = (0,errors/* errorMessage */.gJ)(error);
            return [
                {
                    ruleId: 'health/schedule/unreadable',
                    severity: 'medium',
                    category: 'schedule',
                    fingerprint: `${repo.fullName}:schedule:unreadable`,
                    message: `${repo.fullName}: its scheduled workflows could not be read (${status}: ${message}).`,
                    help: /rate limit/i.test(message)
                        ? 'The rate limit was reached first (see the rate-limit check); it clears at its reset.'
                        : 'Give the token `actions: read` on this repository.',
                },
            ];
        }));
        ctx.observations.schedules = tally;
        const findings = results.flat();
        ctx.note('schedule', `${tally.workflows} scheduled workflow${tally.workflows === 1 ? '' : 's'} in ${withSchedules.length} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'}: ` +
            `${tally.late} late, ${tally.disabled} disabled${tally.reEnabled > 0 ? `, ${tally.reEnabled} re-enabled` : ''}`);
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/health-check/src/engine/token-kind.ts
var token_kind = __webpack_require__(11076);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/token.ts



const DAY = 86_400_000;
/** A token expiring within this many days fails the check; within EXPIRY_NOTICE_DAYS it is reported. */
const EXPIRY_HIGH_DAYS = 7;
const EXPIRY_NOTICE_DAYS = 30;
/** Who the token is: the user for personal and OAuth tokens, the repositories an installation token reaches. */
async function identity(ctx) {
    const { client, token } = ctx;
    if (token.kind === 'installation' || token.kind === 'app-installation') {
        const res = await client.request('GET /installation/repositories', { per_page: 1 });
        return { text: `reaches ${res.data.total_count} repositories`, headers: {} };
    }
    const res = await client.request('GET /user');
    return { text: `user ${res.data.login}`, headers: (0,engine_probe/* headerMap */.Wt)(res.headers) };
}
/**
 * Repositories of the organization the token cannot read: the organization's own count (public plus
 * private, `GET /orgs/{org}`) against the repositories the token sees (GraphQL totalCount). GitHub hides
 * the names of private repositories from a token that cannot read them, so they are counted, not named;
 * undefined when the organization does not tell its private count to this token.
 */
async function unreadableRepositories(ctx, org) {
    const { data } = await ctx.client.rest.orgs.get({ org });
    if (data.total_private_repos === undefined)
        return undefined;
    const total = data.public_repos + data.total_private_repos;
    const inventory = await ctx.inventory();
    const visible = inventory.visible ?? inventory.repos.length;
    return { count: Math.max(0, total - visible), total, names: [] };
}
/** Token valid and what it is: kind, identity, over-broad classic scopes, expiry. */
const tokenCheck = {
    id: 'token',
    description: 'The token is accepted, what kind it is, its classic scopes and its expiry.',
    phase: 1,
    async validate(ctx) {
        const probe = await ctx.probe();
        const findings = [];
        if (probe.status === 401) {
            ctx.note('token', `${ctx.token.label}: rejected (401)`);
            findings.push({
                ruleId: 'health/token/invalid',
                severity: 'critical',
                category: 'token',
                message: `GitHub rejected the ${ctx.token.label} (401 Bad credentials): it is wrong, expired or revoked; set the github-token input to a valid token, or app-id and app-private-key.`,
                help: 'Renew the secret behind github-token, or use app-id and app-private-key.',
            });
            return findings;
        }
        if (!probe.reachable) {
            ctx.note('token', `${ctx.token.label}: not checked (API unreachable)`);
            return findings;
        }
        let who;
        try {
            who = await identity(ctx);
        }
        catch (error) {
            // A token may lack the right to read itself (e.g. a fine-grained token without account access): say so, no more.
            who = { text: `identity not readable (${(0,errors/* errorStatus */.PO)(error) ?? (0,errors/* errorMessage */.gJ)(error)})`, headers: {} };
        }
        const headers = { ...probe.headers, ...who.headers };
        const scopes = (0,token_kind/* parseScopes */.Fg)(headers['x-oauth-scopes']);
        const parts = [ctx.token.label, who.text];
        if (scopes)
            parts.push(`scopes: ${scopes.join(', ') || '(none)'}`);
        const broad = (0,token_kind/* broadScopes */.q7)(scopes ?? []);
        if (broad.length > 0) {
            findings.push({
                ruleId: 'health/token/broad-scopes',
                severity: 'medium',
                category: 'token',
                message: `The token has over-broad classic scopes: ${broad.join(', ')}. A leaked copy could administer or delete far more than these actions need.`,
                help: 'Use a GitHub App installation token (app-id, app-private-key) or a fine-grained token limited to the repositories and permissions needed.',
            });
        }
        const expires = (0,token_kind/* parseExpiration */.lG)(headers['github-authentication-token-expiration']);
        const personal = ctx.token.kind === 'classic-pat' || ctx.token.kind === 'fine-grained-pat';
        if (expires !== undefined && personal) {
            const days = Math.floor((expires - ctx.clock.now()) / DAY);
            parts.push(`expires in ${days} day${days === 1 ? '' : 's'}`);
            if (days < EXPIRY_NOTICE_DAYS) {
                findings.push({
                    ruleId: 'health/token/expiring',
                    severity: days < EXPIRY_HIGH_DAYS ? 'high' : 'low',
                    category: 'token',
                    message: `The ${ctx.token.label} expires on ${new Date(expires).toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'}).`,
                    help: 'Renew it before then, or move to a GitHub App whose installation tokens renew themselves.',
                });
            }
        }
        if (ctx.settings.target.kind === 'organization') {
            const unreadable = await unreadableRepositories(ctx, ctx.settings.target.org);
            if (unreadable) {
                ctx.observations.unreadable = unreadable;
                parts.push(`${unreadable.count} repositor${unreadable.count === 1 ? 'y' : 'ies'} of the organization not readable`);
                if (unreadable.count > 0) {
                    const named = ' (GitHub does not show their names to a token that cannot read them)';
                    findings.push({
                        ruleId: 'health/token/unreadable-repositories',
                        severity: 'high',
                        category: 'token',
                        message: `The ${ctx.token.label} cannot read ${unreadable.count} of ${unreadable.total} repositories of ${ctx.settings.target.org}${named}: they are not checked.`,
                        help: 'Install the GitHub App on all repositories (or add them to its selection), or widen the fine-grained token.',
                    });
                }
            }
        }
        ctx.note('token', parts.join('; '));
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/health-check/src/engine/registry.ts








/** Every health check, in summary order. */
const HEALTH_CHECKS = [
    api/* apiCheck */.X,
    tokenCheck,
    permissionsCheck,
    rateLimitCheck,
    circuitBreakerCheck,
    scheduleCheck,
    complianceCheck,
];
/** Check ids, for the `checks` input. */
const HEALTH_CHECK_IDS = HEALTH_CHECKS.map((c) => c.id);
/** The registry the `checks` input selects from (the input rejects an unknown id before it gets here). */
function healthRegistry() {
    return new plugins/* ValidatorRegistry */.A(HEALTH_CHECKS, 'check');
}
/** The checks named by `ids` (all when empty), in summary order; an unknown id is a bug and throws. */
function selectChecks(ids) {
    if (ids.length === 0)
        return [...HEALTH_CHECKS];
    const chosen = new Set(healthRegistry()
        .select(ids)
        .map((p) => p.id));
    return HEALTH_CHECKS.filter((c) => chosen.has(c.id));
}


/***/ }),

/***/ 11076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ parseScopes),
/* harmony export */   lG: () => (/* binding */ parseExpiration),
/* harmony export */   oG: () => (/* binding */ tokenInfo),
/* harmony export */   q7: () => (/* binding */ broadScopes)
/* harmony export */ });
/* unused harmony export BROAD_SCOPES */
const LABELS = {
    'classic-pat': 'classic personal access token',
    'fine-grained-pat': 'fine-grained personal access token',
    installation: 'GITHUB_TOKEN or a GitHub App installation token',
    'app-installation': 'GitHub App installation token (app-id)',
    oauth: 'OAuth app token',
    'user-to-server': 'GitHub App user-to-server token',
    unknown: 'token of an unknown format',
};
/** Classifies a token by its prefix; `fromApp` when the framework minted it from app-id/app-private-key. */
function tokenInfo(token, fromApp) {
    let kind = 'unknown';
    if (fromApp)
        kind = 'app-installation';
    else if (token?.startsWith('github_pat_'))
        kind = 'fine-grained-pat';
    else if (token?.startsWith('ghp_'))
        kind = 'classic-pat';
    else if (token?.startsWith('ghs_'))
        kind = 'installation';
    else if (token?.startsWith('gho_'))
        kind = 'oauth';
    else if (token?.startsWith('ghu_'))
        kind = 'user-to-server';
    return { kind, label: LABELS[kind] };
}
/**
 * Classic scopes that reach far beyond what an automation needs: organization administration,
 * deleting repositories or packages, hooks and keys, enterprise and site administration
 * (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps#available-scopes).
 */
const BROAD_SCOPES = [
    'admin:enterprise',
    'admin:gpg_key',
    'admin:org',
    'admin:org_hook',
    'admin:public_key',
    'admin:repo_hook',
    'admin:ssh_signing_key',
    'delete:packages',
    'delete_repo',
    'site_admin',
];
/** Scopes of the `x-oauth-scopes` header (comma-separated; absent for fine-grained and installation tokens). */
function parseScopes(header) {
    if (header === undefined)
        return undefined;
    return header
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** The over-broad scopes among `scopes`, sorted. */
function broadScopes(scopes) {
    return scopes.filter((s) => BROAD_SCOPES.includes(s)).sort();
}
/**
 * The `github-authentication-token-expiration` header ("2026-12-01 10:00:00 UTC"), sent for tokens that
 * expire (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#token-expiration), as epoch ms.
 */
function parseExpiration(header) {
    if (!header)
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|[+-]\d{2}:?\d{2}|Z)?$/.exec(header.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3];
    const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(ms) ? undefined : ms;
}


/***/ }),

/***/ 56333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q2: () => (/* binding */ healthInputs),
  Gr: () => (/* binding */ healthSettings)
});

// UNUSED EXPORTS: resolveTarget

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/github/permissions.ts
var permissions = __webpack_require__(87428);
// EXTERNAL MODULE: ./shared/metrics/pushgateway-url.ts
var pushgateway_url = __webpack_require__(82106);
// EXTERNAL MODULE: ./shared/validation/github-names.ts
var github_names = __webpack_require__(72508);
// EXTERNAL MODULE: ./actions/health-check/src/engine/compliance/rules.ts
var rules = __webpack_require__(72777);
// EXTERNAL MODULE: ./actions/health-check/src/engine/registry.ts + 9 modules
var registry = __webpack_require__(94739);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/required-files.ts

/**
 * Where GitHub looks for a bare community file name: the root, `.github/` and `docs/`
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-file-location,
 * https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository).
 */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];
/** The default `required-files`. */
const DEFAULT_REQUIRED_FILES = 'SECURITY.md, CODEOWNERS, .github/dependabot.yml|.github/dependabot.yaml';
// Paths go into GraphQL string literals: allow only characters that need no escaping there.
const SAFE_PATH = /^(?!\/)(?!.*\/\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\-/]+(?<!\/)$/;
/** Parses the `required-files` entries; throws InputError naming a bad path. */
function parseRequiredFiles(entries, inputName = 'required-files') {
    return entries.map((entry) => {
        const alternatives = entry
            .split('|')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        const paths = [];
        for (const alt of alternatives) {
            if (!SAFE_PATH.test(alt))
                throw new errors/* InputError */.dz(inputName, entry, 'expected file paths relative to the repository root (letters, digits, . _ - /), alternatives separated by |');
            if (alt.includes('/'))
                paths.push(alt);
            else
                for (const dir of COMMUNITY_DIRS)
                    paths.push(`${dir}${alt}`);
        }
        return { name: alternatives.join('|'), paths: [...new Set(paths)] };
    });
}

;// CONCATENATED MODULE: ./actions/health-check/src/settings.ts









const ACTION_NAMES = Object.keys(permissions/* ACTION_PERMISSIONS */.Y);
/** `required-files` parsed into candidate paths once, at the edge. */
const requiredFilesSchema = schemas/* string */.YjP().transform((raw, ctx) => {
    try {
        const entries = raw
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
        return parseRequiredFiles(entries);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: 'NaN' });
        return core/* NEVER */.tm;
    }
});
/** Inputs of health-check besides the common ones (declared once; action.yml mirrors them). */
const healthInputs = {
    organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
        description: 'Check every non-archived repository of this organization (needs a token that can read them, e.g. a GitHub App installation token). Default: only the calling repository.',
        allowed: 'expected a GitHub organization name',
    }),
    checks: inputs/* input */.hF.list({
        description: `Comma-separated checks to run: ${registry/* HEALTH_CHECK_IDS */.jZ.join(', ')}. Default: all of them.`,
        item: schemas/* enum */.k5n(registry/* HEALTH_CHECK_IDS */.jZ),
        allowed: `expected a comma-separated subset of ${registry/* HEALTH_CHECK_IDS */.jZ.join(', ')}`,
    }),
    'required-files': inputs/* input */.hF.custom(requiredFilesSchema, {
        description: 'Files every target repository must have on its default branch (compliance check). A bare name is also looked for in .github/ and docs/, as GitHub does for community files; alternatives are separated by |.',
        default: DEFAULT_REQUIRED_FILES,
        allowed: 'expected comma-separated file paths relative to the repository root (letters, digits, . _ - /), alternatives separated by |',
    }),
    compliance: inputs/* input */.hF.list({
        description: `Compliance rules to apply (compliance check): ${rules/* COMPLIANCE_RULE_IDS */.G2.join(', ')}. Default: all of them.`,
        item: schemas/* enum */.k5n(rules/* COMPLIANCE_RULE_IDS */.G2),
        allowed: `expected a comma-separated subset of ${rules/* COMPLIANCE_RULE_IDS */.G2.join(', ')}`,
    }),
    'rate-limit-threshold': inputs/* input */.hF.integer({
        description: 'Percent of a rate-limit resource (core, graphql, search) left at or below which the check warns (degraded); none left fails it.',
        default: 10,
        min: 0,
        max: 100,
    }),
    'permissions-for': inputs/* input */.hF.list({
        description: `Actions whose permissions the token must have (permissions check): any of ${ACTION_NAMES.join(', ')}. Default: all of them.`,
        item: schemas/* enum */.k5n(ACTION_NAMES),
        allowed: `expected a comma-separated subset of ${ACTION_NAMES.join(', ')}`,
    }),
    'schedule-grace-minutes': inputs/* input */.hF.integer({
        description: 'How late a scheduled run may start before its workflow is reported late (GitHub delays scheduled runs under load).',
        default: 60,
        min: 0,
        max: 10_080,
    }),
    're-enable': inputs/* input */.hF.boolean({
        description: 'Re-enable scheduled workflows GitHub disabled after 60 days without activity (needs actions: write; audited; not in dry-run).',
        default: false,
    }),
    issues: inputs/* input */.hF.enum(['off', 'on', 'preview'], {
        description: 'Tracking issues: on opens, updates, closes and reopens them; preview reports what it would do and writes nothing; off leaves issues alone.',
        default: 'off',
    }),
    'issues-on': inputs/* input */.hF.enum(['degraded', 'unhealthy'], {
        description: 'The status from which a tracking issue is opened (and below which it is closed).',
        default: 'unhealthy',
    }),
    'issue-scope': inputs/* input */.hF.enum(['organization', 'repository'], {
        description: 'One tracking issue for the whole target (in issue-repository), or one per repository with findings (in that repository).',
        default: 'organization',
    }),
    'issue-repository': inputs/* input */.hF.custom(github_names/* repoNameSchema */.Tn, {
        description: 'Repository (name, in the owner of the calling repository) that holds the tracking issue of issue-scope organization. Default: the calling repository.',
        allowed: 'expected a repository name',
    }),
    'issue-labels': inputs/* input */.hF.list({
        description: 'Labels of tracking issues (created when missing).',
        default: 'health-check',
    }),
    'report-file': inputs/* input */.hF.string({
        description: 'Where to write the JSON report, relative to the workspace.',
        default: 'health-check/report.json',
    }),
    'badge-dir': inputs/* input */.hF.string({
        description: 'Folder (relative to the workspace) for the badge: health.json (Shields endpoint) and health.svg. Empty: no badge.',
        default: 'health-check',
    }),
    'badge-branch': inputs/* input */.hF.custom(github_names/* branchSchema */.A0, {
        description: 'Branch of the calling repository to commit the badge files to (created when missing; not in dry-run). Empty: files only.',
        allowed: 'expected a branch name',
    }),
    'fail-on': inputs/* input */.hF.enum(['none', 'low', 'medium', 'high', 'critical'], {
        description: 'Fail the step when a finding of this severity or higher is reported.',
        default: 'high',
    }),
    'pushgateway-url': inputs/* input */.hF.custom(pushgateway_url/* pushgatewayUrlSchema */.dM, {
        description: 'Prometheus Pushgateway to push the health gauges to (job health-check/<target>), e.g. http://pushgateway:9091. Skipped in dry-run.',
        allowed: 'expected an http or https URL',
        // It may carry Basic-auth credentials: masked, and never echoed in an input error.
        secret: true,
    }),
};
/** The target: the organization input, else the calling repository. */
function resolveTarget(organization, repository) {
    if (organization)
        return { kind: 'organization', org: organization };
    if (!repository)
        throw new errors/* UserError */.yo('No target: set the organization input, or run in a repository (GITHUB_REPOSITORY is not set).');
    return { kind: 'repository', owner: repository.owner, repo: repository.repo };
}
/** The engine's settings from the parsed inputs and the run environment. */
function healthSettings(i, env) {
    return {
        target: resolveTarget(i.organization, env.repository),
        rateLimitThreshold: i['rate-limit-threshold'],
        requiredFiles: i['required-files'] ?? [],
        complianceRules: i.compliance,
        permissionsFor: i['permissions-for'].length > 0 ? i['permissions-for'] : ACTION_NAMES,
        scheduleGraceMs: i['schedule-grace-minutes'] * 60_000,
        reEnable: i['re-enable'] && !i['dry-run'],
        enabledInputs: [
            ...(i['re-enable'] ? ['re-enable'] : []),
            ...(i['badge-branch'] ? ['badge-branch'] : []),
            ...(i.issues === 'on' ? ['issues'] : []),
        ],
    };
}


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

/***/ 4430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ CircuitOpenError),
/* harmony export */   aG: () => (/* binding */ CircuitBreaker),
/* harmony export */   bm: () => (/* binding */ circuitBreakerPlugin)
/* harmony export */ });
/* unused harmony export isServiceFailure */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80761);


const GAUGE_VALUE = { closed: 0, 'half-open': 1, open: 2 };
/** One line for the failure that opened the circuit: the host and code of a network error, or the HTTP answer. */
function describeLastFailure(error) {
    const network = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailure */ .rd)(error);
    if (network)
        return (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkFailure */ .Ku)(network);
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    return `${status === undefined ? '' : `HTTP ${status}: `}${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0]}`;
}
/**
 * Thrown without touching the network while the circuit is open (or a half-open probe is in flight).
 * Carries the last failure that kept it open as `cause` and names it, so a user sees why (connection
 * refused by which host) rather than only that the breaker is open.
 */
class CircuitOpenError extends Error {
    retryAt;
    lastFailure;
    name = 'CircuitOpenError';
    constructor(retryAt, failures, lastFailure) {
        super(`GitHub API circuit breaker is open after ${failures} consecutive failed requests (5xx or network errors)` +
            (lastFailure === undefined ? '' : `, the last one: ${describeLastFailure(lastFailure)}`) +
            `; requests fail fast until ${new Date(retryAt).toISOString()}.`, lastFailure === undefined ? undefined : { cause: lastFailure });
        this.retryAt = retryAt;
        this.lastFailure = lastFailure;
    }
}
/**
 * True for the failures that say GitHub (or the path to it) is unwell: 5xx answers and network
 * errors (which Octokit reports as status 500 or without a status). 4xx answers are the caller's
 * problem, 403/429 rate limits are the throttling layer's, and 304 is a cache success.
 */
function isServiceFailure(error) {
    if (error instanceof CircuitOpenError)
        return false;
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    return status === undefined || status >= 500;
}
/**
 * closed → open after `failureThreshold` consecutive failures; open fails fast for `resetAfterMs`;
 * then half-open lets exactly one probe through: success closes, failure re-opens.
 */
class CircuitBreaker {
    clock;
    logger;
    gauge;
    openingsCounter;
    current = 'closed';
    consecutive = 0;
    openedAt = 0;
    probing = false;
    last;
    opened = 0;
    failureThreshold;
    resetAfterMs;
    constructor(clock, opts = {}, logger, gauge, 
    /** Counts every transition to open (`moko_github_circuit_openings_total`), for the breaker alert. */
    openingsCounter) {
        this.clock = clock;
        this.logger = logger;
        this.gauge = gauge;
        this.openingsCounter = openingsCounter;
        this.failureThreshold = Math.max(1, opts.failureThreshold ?? 5);
        this.resetAfterMs = Math.max(0, opts.resetAfterMs ?? 30_000);
        this.gauge?.set(GAUGE_VALUE.closed);
    }
    /** The state now; an open circuit whose wait has elapsed reads as half-open. */
    get state() {
        if (this.current === 'open' && this.clock.now() - this.openedAt >= this.resetAfterMs)
            this.transition('half-open');
        return this.current;
    }
    /** The most recent failure that counted (a 5xx answer or a network error), kept as the open error's cause. */
    get lastFailure() {
        return this.last;
    }
    /** Times the circuit opened since the breaker was made (re-openings after a failed probe included). */
    get openings() {
        return this.opened;
    }
    /** Consecutive failures counted so far. */
    get failures() {
        return this.consecutive;
    }
    /** Runs one attempt through the breaker. */
    async run(attempt) {
        const state = this.state;
        if (state === 'open' || (state === 'half-open' && this.probing)) {
            throw new CircuitOpenError(this.openedAt + this.resetAfterMs, this.consecutive, this.last);
        }
        const probe = state === 'half-open';
        if (probe)
            this.probing = true;
        try {
            const result = await attempt();
            this.succeeded();
            return result;
        }
        catch (error) {
            if (isServiceFailure(error)) {
                this.last = error;
                this.failed(probe);
            }
            else
                this.succeeded();
            throw error;
        }
        finally {
            if (probe)
                this.probing = false;
        }
    }
    succeeded() {
        this.consecutive = 0;
        if (this.current !== 'closed')
            this.transition('closed');
    }
    failed(probe) {
        this.consecutive++;
        if (probe || (this.current === 'closed' && this.consecutive >= this.failureThreshold)) {
            this.openedAt = this.clock.now();
            this.transition('open');
        }
    }
    transition(next) {
        if (next === this.current)
            return;
        this.logger?.[next === 'open' ? 'warning' : 'info'](`GitHub API circuit breaker ${this.current} -> ${next}` +
            (next === 'open' ? ` after ${this.consecutive} consecutive failures; retry in ${this.resetAfterMs} ms` : ''));
        if (next === 'open')
            this.opened++;
        this.current = next;
        this.gauge?.set(GAUGE_VALUE[next]);
        if (next === 'open')
            this.openingsCounter?.inc();
    }
}
/** The breaker as an Octokit plugin: wraps each network attempt (inside retry, so every attempt counts). */
function circuitBreakerPlugin(breaker) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => breaker.run(async () => request(options)));
    };
}


/***/ }),

/***/ 80761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   rd: () => (/* binding */ networkFailure),
/* harmony export */   t5: () => (/* binding */ requestTarget)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/** What a network error code means, in the words a user would search for. */
const CODE_MEANING = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'DNS lookup failed, try again',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
    UND_ERR_SOCKET: 'socket closed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
    TIMEOUT: 'no answer within the timeout',
};
/** The error, its `cause`s and an AggregateError's `errors` (undici reports a dual-stack failure as one), outermost first. */
function* causeChain(error, depth = 0) {
    if (depth > 8 || error === undefined || error === null)
        return;
    yield error;
    if (typeof error !== 'object')
        return;
    if ('cause' in error)
        yield* causeChain(error.cause, depth + 1);
    if ('errors' in error && Array.isArray(error.errors))
        for (const e of error.errors)
            yield* causeChain(e, depth + 1);
}
/** The request an Octokit error carries (`error.request`: method and absolute url). */
function requestOf(error) {
    if (typeof error !== 'object' || error === null || !('request' in error))
        return undefined;
    const request = error.request;
    return typeof request === 'object' && request !== null ? request : undefined;
}
/** `host:port` and `METHOD /path` of an Octokit error's request, when it has one. */
function requestTarget(error) {
    const request = requestOf(error);
    if (!request?.url)
        return {};
    try {
        const url = new URL(request.url, request.baseUrl);
        const port = url.port || (url.protocol === 'http:' ? '80' : '443');
        return { host: `${url.hostname}:${port}`, request: `${request.method ?? 'GET'} ${url.pathname}` };
    }
    catch {
        return { request: `${request.method ?? 'GET'} ${request.url}` };
    }
}
/**
 * The network failure behind an error, or undefined when GitHub answered (any HTTP status). Octokit
 * reports a failed fetch as status 500 without a response, the real error in `cause`
 * (TypeError "fetch failed" → Error with `code`); our transport reports a timeout as RequestTimeoutError.
 */
function networkFailure(error) {
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
    if (answered || (status !== undefined && status !== 500))
        return undefined;
    let code;
    let detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    let timeout = false;
    for (const e of causeChain(error)) {
        if (e instanceof Error && e.name === 'RequestTimeoutError')
            timeout = true;
        if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') && timeout)
            code ??= 'TIMEOUT';
        const c = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(e);
        if (c && !code) {
            code = c;
            detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
        }
    }
    if (!code && timeout)
        code = 'TIMEOUT';
    // Without a code there is nothing to name (a GraphQL error answer, a test double's bare 500).
    if (!code)
        return undefined;
    return { ...requestTarget(error), code, detail };
}
/** One line for a network failure: host, code and its meaning, and the request. */
function describeNetworkFailure(failure) {
    const where = failure.host ? ` at ${failure.host}` : '';
    const meaning = CODE_MEANING[failure.code];
    const why = `${failure.code}${meaning ? `: ${meaning}` : ''}`;
    const what = failure.request ? ` for ${failure.request}` : '';
    return `could not reach the GitHub API${where} (${why})${what}`;
}


/***/ }),

/***/ 87428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ACTION_PERMISSIONS)
/* harmony export */ });
/** Permissions of every action of the collection, by action name. */
const ACTION_PERMISSIONS = {
    'security-scan': [
        { workflow: 'contents', app: 'contents', access: 'read', why: 'read the checked-out repository and its history' },
        {
            workflow: 'security-events',
            app: 'security_events',
            access: 'write',
            why: 'upload SARIF to code scanning',
            onlyWith: 'upload',
        },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'read',
            why: "list a pull request's changed files when the checkout has no history (diff mode)",
        },
    ],
    'bulk-update': [
        { workflow: 'contents', app: 'contents', access: 'write', why: 'create branches and commits with standard files' },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'write',
            why: 'open and update the update pull requests',
        },
        { workflow: 'issues', app: 'issues', access: 'write', why: 'create and update labels' },
        { app: 'workflows', access: 'write', why: 'change files under .github/workflows/ (App tokens only)' },
        { app: 'administration', access: 'write', why: 'apply repository settings and branch protection' },
    ],
    release: [
        { workflow: 'contents', app: 'contents', access: 'write', why: 'commit the changelog, create tags and releases' },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'write',
            why: 'open and update the release pull request',
        },
    ],
    'metrics-collect': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflow runs and metrics artifacts' },
        { workflow: 'contents', app: 'contents', access: 'read', why: 'read releases and commits' },
        { workflow: 'pull-requests', app: 'pull_requests', access: 'read', why: 'read pull requests and reviews' },
        { workflow: 'issues', app: 'issues', access: 'read', why: 'read issues' },
        { workflow: 'deployments', app: 'deployments', access: 'read', why: 'read deployments and their statuses' },
        {
            workflow: 'security-events',
            app: 'security_events',
            access: 'read',
            why: 'read code scanning alerts',
        },
        { app: 'vulnerability_alerts', access: 'read', why: 'read Dependabot alerts' },
        { app: 'secret_scanning_alerts', access: 'read', why: 'read secret scanning alerts' },
    ],
    'health-check': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflows and their runs' },
        {
            workflow: 'actions',
            app: 'actions',
            access: 'write',
            why: 're-enable workflows GitHub disabled for inactivity',
            onlyWith: 're-enable',
        },
        { workflow: 'contents', app: 'contents', access: 'read', why: 'check required files and branch protection' },
        {
            workflow: 'contents',
            app: 'contents',
            access: 'write',
            why: 'commit the badge to a branch',
            onlyWith: 'badge-branch',
        },
        { workflow: 'issues', app: 'issues', access: 'write', why: 'open, update, close and reopen tracking issues' },
        {
            app: 'administration',
            access: 'read',
            why: 'read rulesets, secret scanning settings and the default GITHUB_TOKEN permissions',
        },
    ],
    'audit-archive': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'list workflow runs and download audit artifacts' },
        {
            workflow: 'contents',
            app: 'contents',
            access: 'write',
            why: 'commit to the archive branch and upload release assets',
        },
    ],
};


/***/ }),

/***/ 82106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ pushgatewayUrlSchema),
/* harmony export */   gn: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* unused harmony export isHttpUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

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

/***/ 72508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ ownerSchema),
/* harmony export */   A0: () => (/* binding */ branchSchema),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tn: () => (/* binding */ repoNameSchema),
/* harmony export */   _L: () => (/* binding */ repositorySchema)
/* harmony export */ });
/* unused harmony exports ownerProblem, isGitHubOwner, isGitHubLogin, loginSchema, repoNameProblem, isRepoName, refNameProblem, branchProblem, isBranchName, refProblem, isRef, refSchema */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72077);


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
const ownerSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(ownerProblem);
/** True for a GitHub login: an owner name, or an app's bot account such as `dependabot[bot]`. */
function isGitHubLogin(value) {
    return isGitHubOwner(value.endsWith('[bot]') ? value.slice(0, -'[bot]'.length) : value);
}
/** zod schema for a GitHub login. */
const loginSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)((v) => (isGitHubLogin(v) ? undefined : 'expected a GitHub login'));
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
const repoNameSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(repoNameProblem);
/** Splits `owner/repo`, throwing a UserError that says which half is wrong. */
function parseRepository(value) {
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || value.split('/').length !== 2) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${JSON.stringify(value)} is not owner/repo.`);
    }
    const problem = ownerProblem(owner) ?? repoNameProblem(repo);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${JSON.stringify(value)} is not owner/repo: ${problem}.`);
    return { owner, repo };
}
/** zod schema for `owner/repo`. */
const repositorySchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)((v) => {
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
const branchSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(branchProblem);
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
const refSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(refProblem);


/***/ }),

/***/ 60064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ValidatorRegistry),
/* harmony export */   f: () => (/* binding */ runValidators)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/**
 * The roadmap's unified validation framework: validators are plugins that turn a context into
 * findings, looked up by name (release-please's plugin factory, src/factories/plugin-factory.ts)
 * and run together so one crashing plugin does not take the others down.
 */

/**
 * Plugins by id. Ids come from an input that is checked against `ids()` where it is parsed (a typo is
 * an InputError there), so asking here for an unknown id is a bug of ours and throws a plain Error.
 */
class ValidatorRegistry {
    kind;
    plugins = new Map();
    /** `kind` names the plugins in messages, e.g. `check` for health-check. */
    constructor(plugins = [], kind = 'validator') {
        this.kind = kind;
        for (const plugin of plugins)
            this.register(plugin);
    }
    /** Adds a plugin; a duplicate id is a bug in our code and throws. */
    register(plugin) {
        if (this.plugins.has(plugin.id))
            throw new Error(`${this.kind} '${plugin.id}' is already registered`);
        this.plugins.set(plugin.id, plugin);
        return this;
    }
    /** True when a plugin with this id is registered. */
    has(id) {
        return this.plugins.has(id);
    }
    /** Registered ids, sorted. */
    ids() {
        return [...this.plugins.keys()].sort();
    }
    /** Every plugin, in registration order. */
    all() {
        return [...this.plugins.values()];
    }
    /** The plugin named `id`; an unknown id is a bug (see the class comment) and throws, listing the known ones. */
    get(id) {
        return this.select([id])[0];
    }
    /** The plugins named by `ids`, in that order, duplicates dropped; every unknown id is reported at once. */
    select(ids) {
        const unknown = ids.filter((id) => !this.plugins.has(id));
        if (unknown.length > 0) {
            const names = unknown.map((id) => `'${id}'`).join(', ');
            throw new Error(`Unknown ${this.kind}${unknown.length === 1 ? '' : 's'} ${names}. Known ${this.kind}s: ${this.ids().join(', ') || '(none)'}.`);
        }
        return [...new Set(ids)].map((id) => this.plugins.get(id));
    }
}
/**
 * Runs every plugin against `ctx` concurrently. A plugin that throws or rejects becomes an entry in
 * `errors` (and a warning when a logger is given) instead of failing the whole run.
 */
async function runValidators(plugins, ctx, opts = {}) {
    const outcomes = await Promise.all(plugins.map(async (plugin) => {
        try {
            const findings = await plugin.validate(ctx);
            if (!Array.isArray(findings))
                throw new TypeError(`returned ${typeof findings} instead of an array of findings`);
            return { plugin, findings };
        }
        catch (error) {
            return { plugin, error };
        }
    }));
    const result = { findings: [], byPlugin: {}, errors: [] };
    for (const outcome of outcomes) {
        const id = outcome.plugin.id;
        if ('error' in outcome) {
            const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(outcome.error);
            result.errors.push({ plugin: id, message, error: outcome.error });
            opts.logger?.warning(`Validator '${id}' failed: ${message}`);
            if (outcome.error instanceof Error && outcome.error.stack)
                opts.logger?.debug(outcome.error.stack);
            continue;
        }
        result.byPlugin[id] = outcome.findings;
        result.findings.push(...outcome.findings);
    }
    return result;
}


/***/ }),

/***/ 72077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ schemaFrom)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/**
 * A zod string schema from a problem function, so the input framework reports the same reason the
 * boolean validator is based on (`input.custom(branchSchema, …)`).
 */
function schemaFrom(problem) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((value, ctx) => {
        const reason = problem(value);
        if (reason !== undefined)
            ctx.addIssue({ code: 'custom', message: reason, input: value });
    });
}


/***/ })

};
