export const id = 549;
export const ids = [549];
export const modules = {

/***/ 60549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./shared/validation/plugins.ts
/**
 * The roadmap's unified validation framework: validators are plugins that turn a context into
 * findings, looked up by name (release-please's plugin factory, src/factories/plugin-factory.ts)
 * and run together so one crashing plugin does not take the others down.
 */

/** Plugins by id; asking for an unknown id is the user's mistake (a typo in an input or config). */
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
    /** The plugin named `id`, or a UserError listing the known ones. */
    get(id) {
        return this.select([id])[0];
    }
    /** The plugins named by `ids`, in that order, duplicates dropped; every unknown id is reported at once. */
    select(ids) {
        const unknown = ids.filter((id) => !this.plugins.has(id));
        if (unknown.length > 0) {
            const names = unknown.map((id) => `'${id}'`).join(', ');
            throw new errors/* UserError */.yo(`Unknown ${this.kind}${unknown.length === 1 ? '' : 's'} ${names}. Known ${this.kind}s: ${this.ids().join(', ') || '(none)'}.`);
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
            const message = (0,errors/* errorMessage */.gJ)(outcome.error);
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

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/api.ts
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
            ctx.note('api', `unreachable after ${probe.latencyMs} ms: ${probe.error ?? 'no answer'}`);
            findings.push({
                ruleId: 'health/api/unreachable',
                severity: 'critical',
                category: 'api',
                message: `The GitHub API did not answer GET /rate_limit: ${probe.error ?? 'no answer'}.`,
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

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/circuit-breaker.ts
/**
 * The client's circuit breaker after every other check ran: open means GitHub failed the run's
 * requests repeatedly (5xx or network errors), half-open that it is being probed again.
 */
const circuitBreakerCheck = {
    id: 'circuit-breaker',
    description: 'State of the GitHub client circuit breaker after the other checks, and failed attempts.',
    phase: 3,
    validate(ctx) {
        const { breaker } = ctx.client.moko;
        const state = breaker.state;
        ctx.observations.breakerState = state;
        const stats = ctx.client.moko.stats();
        const failed = Object.entries(stats.byStatus)
            .filter(([status]) => status === 'network' || status === 'circuit_open' || Number(status) >= 500)
            .reduce((sum, [, n]) => sum + n, 0);
        ctx.note('circuit-breaker', `${state}; ${stats.requests} call${stats.requests === 1 ? '' : 's'}, ${failed} failed (5xx, network or refused)`);
        const findings = [];
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

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/compliance.ts
/** Compliance health: every required file exists on the default branch of every target repository. */
const complianceCheck = {
    id: 'compliance',
    description: 'Required files (required-files) exist on the default branch of each target repository.',
    phase: 1,
    async validate(ctx) {
        const inventory = await ctx.inventory();
        ctx.observations.repositories = inventory.repos.length;
        const required = ctx.settings.requiredFiles;
        const findings = [];
        let compliant = 0;
        for (const repo of inventory.repos) {
            if (repo.defaultBranch === null)
                continue; // an empty repository has no files to check yet
            const missing = required.filter((f) => repo.files[f.name] === null);
            if (missing.length === 0)
                compliant++;
            for (const f of missing) {
                findings.push({
                    ruleId: 'health/compliance/missing-file',
                    severity: 'low',
                    category: 'compliance',
                    message: `${repo.fullName} has no ${f.name} on its default branch (looked for ${f.paths.join(', ')}).`,
                    help: 'Add the file (bulk-update can push it to many repositories at once).',
                    fingerprint: `${repo.fullName}:${f.name}`,
                });
            }
        }
        ctx.note('compliance', `${compliant} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'} have all of ${required.map((f) => f.name).join(', ') || '(no files required)'}`);
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/health-check/src/engine/probe.ts

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
        const response = await client.request('GET /rate_limit');
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
        const status = (0,errors/* errorStatus */.PO)(error);
        const latencyMs = clock.now() - started;
        return {
            reachable: status !== undefined && status < 500,
            ...(status !== undefined ? { status } : {}),
            latencyMs,
            headers: headerMap(errorHeaders(error)),
            error: (0,errors/* errorMessage */.gJ)(error),
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

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/rate-limit.ts

/** The resources checked: REST, GraphQL and search (https://docs.github.com/en/rest/rate-limit/rate-limit). */
const RATE_RESOURCES = ['core', 'graphql', 'search'];
/**
 * Rate limit per resource, read after the repository checks spent theirs. A resource with less than
 * `rate-limit-threshold` percent left is `high`; an exhausted one is `critical`.
 */
const rateLimitCheck = {
    id: 'rate-limit',
    description: 'Requests left per rate-limit resource (core, graphql, search) against rate-limit-threshold.',
    phase: 2,
    async validate(ctx) {
        const probe = await probeRateLimit(ctx.client, ctx.clock);
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
            const percent = (r.remaining / r.limit) * 100;
            parts.push(`${name} ${r.remaining}/${r.limit}`);
            if (percent >= threshold)
                continue;
            const resetAt = new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
            findings.push({
                ruleId: r.remaining === 0 ? 'health/rate-limit/exhausted' : 'health/rate-limit/low',
                severity: r.remaining === 0 ? 'critical' : 'high',
                category: 'rate-limit',
                message: `The ${name} rate limit has ${r.remaining} of ${r.limit} requests left (${percent.toFixed(1)}%, below ${threshold}%); it resets at ${resetAt}.`,
                help: 'Find the workflows spending this token (the metrics artifacts count requests by route), spread them over the hour, or give them their own GitHub App.',
            });
        }
        ctx.note('rate-limit', parts.join(', '));
        return findings;
    },
};

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

;// CONCATENATED MODULE: ./actions/health-check/src/engine/checks/schedule.ts


/** Conclusions that mean a scheduled run did not do its job (https://docs.github.com/en/rest/actions/workflow-runs). */
const FAILED_CONCLUSIONS = ['failure', 'timed_out', 'startup_failure'];
/** Recent completed scheduled runs read per workflow, to count consecutive failures. */
const RUNS_READ = 5;
/** Repositories read at once: GitHub asks integrators to avoid many concurrent requests. */
const CONCURRENCY = 4;
/** Findings for one repository's scheduled workflows: 1 request, plus 1 per active scheduled workflow. */
async function scheduleFindings(client, repo) {
    const { owner, name } = repo;
    const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo: name, per_page: 100 });
    const findings = [];
    for (const scheduled of repo.scheduled) {
        const workflow = data.workflows.find((w) => w.path === scheduled.path);
        if (!workflow)
            continue;
        const where = `${repo.fullName}: ${workflow.name} (${scheduled.path})`;
        if (workflow.state === 'disabled_inactivity') {
            // https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/disabling-and-enabling-a-workflow
            findings.push({
                ruleId: 'health/schedule/disabled-inactivity',
                severity: 'medium',
                category: 'schedule',
                message: `${where} is scheduled (${scheduled.crons.join('; ')}) but GitHub disabled it after 60 days without repository activity.`,
                help: 'Re-enable it (Actions tab, or PUT /repos/{owner}/{repo}/actions/workflows/{id}/enable) and keep the repository active.',
            });
            continue;
        }
        if (workflow.state !== 'active')
            continue;
        const runs = await client.rest.actions.listWorkflowRuns({
            owner,
            repo: name,
            workflow_id: workflow.id,
            event: 'schedule',
            status: 'completed',
            per_page: RUNS_READ,
        });
        const list = runs.data.workflow_runs;
        const latest = list[0];
        if (!latest || !FAILED_CONCLUSIONS.includes(latest.conclusion ?? ''))
            continue;
        let streak = 0;
        while (streak < list.length && FAILED_CONCLUSIONS.includes(list[streak]?.conclusion ?? ''))
            streak++;
        const streakText = streak >= list.length && list.length === RUNS_READ ? `at least ${streak}` : `${streak}`;
        findings.push({
            ruleId: 'health/schedule/failing',
            severity: 'medium',
            category: 'schedule',
            message: `${where}: the latest scheduled run ended with ${latest.conclusion} (${latest.html_url}); ${streakText} scheduled run${streak === 1 ? '' : 's'} in a row failed.`,
            help: 'Open the run, fix the cause, and re-run it.',
        });
    }
    return findings;
}
/** Schedule health: scheduled workflows disabled by inactivity, or whose latest scheduled run failed. */
const scheduleCheck = {
    id: 'schedule',
    description: 'Scheduled workflows disabled for inactivity or whose latest scheduled run failed.',
    phase: 1,
    async validate(ctx) {
        const inventory = await ctx.inventory();
        const withSchedules = inventory.repos.filter((r) => r.scheduled.length > 0);
        const workflows = withSchedules.reduce((n, r) => n + r.scheduled.length, 0);
        const results = await mapLimit(withSchedules, CONCURRENCY, (repo) => scheduleFindings(ctx.client, repo).catch((error) => {
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
                    message: `${repo.fullName}: its scheduled workflows could not be read (${status}: ${message}).`,
                    help: /rate limit/i.test(message)
                        ? 'The rate limit was reached first (see the rate-limit check); it clears at its reset.'
                        : 'Give the token `actions: read` on this repository.',
                },
            ];
        }));
        const findings = results.flat();
        ctx.note('schedule', `${workflows} scheduled workflow${workflows === 1 ? '' : 's'} in ${withSchedules.length} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'}`);
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/health-check/src/engine/token-kind.ts
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
    return { text: `user ${res.data.login}`, headers: headerMap(res.headers) };
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
                message: `GitHub rejected the ${ctx.token.label} (401 Bad credentials): it is wrong, expired or revoked.`,
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
        const scopes = parseScopes(headers['x-oauth-scopes']);
        const parts = [ctx.token.label, who.text];
        if (scopes)
            parts.push(`scopes: ${scopes.join(', ') || '(none)'}`);
        const broad = broadScopes(scopes ?? []);
        if (broad.length > 0) {
            findings.push({
                ruleId: 'health/token/broad-scopes',
                severity: 'medium',
                category: 'token',
                message: `The token has over-broad classic scopes: ${broad.join(', ')}. A leaked copy could administer or delete far more than these actions need.`,
                help: 'Use a GitHub App installation token (app-id, app-private-key) or a fine-grained token limited to the repositories and permissions needed.',
            });
        }
        const expires = parseExpiration(headers['github-authentication-token-expiration']);
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
        ctx.note('token', parts.join('; '));
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/health-check/src/engine/registry.ts







/** Every health check, in summary order. */
const HEALTH_CHECKS = [
    apiCheck,
    tokenCheck,
    rateLimitCheck,
    circuitBreakerCheck,
    scheduleCheck,
    complianceCheck,
];
/** Check ids, for the `checks` input. */
const HEALTH_CHECK_IDS = HEALTH_CHECKS.map((c) => c.id);
/** The registry the `checks` input selects from (an unknown id is a UserError listing the known ones). */
function healthRegistry() {
    return new ValidatorRegistry(HEALTH_CHECKS, 'check');
}
/** The checks named by `ids` (all when empty), in summary order; an unknown id is a UserError. */
function selectChecks(ids) {
    if (ids.length === 0)
        return [...HEALTH_CHECKS];
    const chosen = new Set(healthRegistry()
        .select(ids)
        .map((p) => p.id));
    return HEALTH_CHECKS.filter((c) => chosen.has(c.id));
}

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

// EXTERNAL MODULE: ./shared/metrics/pushgateway-url.ts
var pushgateway_url = __webpack_require__(82106);
// EXTERNAL MODULE: ./shared/validation/github-names.ts + 1 modules
var github_names = __webpack_require__(10261);
;// CONCATENATED MODULE: ./actions/health-check/src/settings.ts






/** Inputs of health-check besides the common ones. */
const healthInputs = {
    organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
        description: 'Check every non-archived repository of this organization (needs a token that can read them, e.g. a GitHub App installation token). Default: only the calling repository.',
        allowed: 'expected a GitHub organization name',
    }),
    checks: inputs/* input */.hF.list({
        description: `Comma-separated checks to run: ${HEALTH_CHECK_IDS.join(', ')}. Default: all of them.`,
        item: schemas/* enum */.k5n(HEALTH_CHECK_IDS),
        allowed: `expected a comma-separated subset of ${HEALTH_CHECK_IDS.join(', ')}`,
    }),
    'required-files': inputs/* input */.hF.list({
        description: 'Files every target repository must have on its default branch (compliance check). A bare name is also looked for in .github/ and docs/, as GitHub does for community files; alternatives are separated by |.',
        default: DEFAULT_REQUIRED_FILES,
    }),
    'rate-limit-threshold': inputs/* input */.hF.integer({
        description: 'Percent of a rate-limit resource (core, graphql, search) that must remain; less is a high finding, none left a critical one.',
        default: 10,
        min: 0,
        max: 100,
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

// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
;// CONCATENATED MODULE: ./actions/health-check/src/engine/status.ts

/** Order of statuses, best first; gauges report the index (0 healthy, 1 degraded, 2 unhealthy). */
const HEALTH_STATUSES = ['healthy', 'degraded', 'unhealthy'];
/** Status of a check from its findings: high or critical → unhealthy, low or medium → degraded, none → healthy. */
function statusOf(findings, crashed = false) {
    if (crashed || findings.some((f) => (0,finding/* meetsThreshold */.M0)(f.severity, 'high')))
        return 'unhealthy';
    return findings.length > 0 ? 'degraded' : 'healthy';
}
/** The worst of several statuses (healthy when there are none). */
function worstStatus(statuses) {
    return HEALTH_STATUSES[Math.max(0, ...statuses.map((s) => HEALTH_STATUSES.indexOf(s)))];
}

;// CONCATENATED MODULE: ./actions/health-check/src/summary.ts


const ICON = { healthy: '✅', degraded: '⚠️', unhealthy: '❌' };
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
/** The job summary: overall status, one row per check, then the findings, worst first. */
function writeHealthSummary(summary, report, target) {
    summary.heading('Health check', 2);
    const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
    summary.paragraph(`${ICON[report.status]} **${report.status}**: ${targetLabel(target)}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'}, ` +
        `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${ORDER.map((s) => `${counts[s]} ${s}`).join(', ')}).`);
    summary.table(['check', 'status', 'findings', 'detail'], report.checks.map((c) => [`\`${c.id}\``, `${ICON[c.status]} ${c.status}`, c.findings.length, c.detail]), ['left', 'left', 'right', 'left']);
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
 * 1 degraded, 2 unhealthy), `moko_health_findings{severity}`, `moko_health_api_latency_seconds`,
 * `moko_health_rate_limit_remaining{resource}` / `_limit{resource}`, `moko_health_repositories`.
 */
function recordHealthMetrics(metrics, report) {
    metrics
        .gauge('health_status', 'Overall health: 0 healthy, 1 degraded, 2 unhealthy.')
        .set(HEALTH_STATUSES.indexOf(report.status));
    const check = metrics.gauge('health_check_status', 'Health per check: 0 healthy, 1 degraded, 2 unhealthy.', [
        'check',
    ]);
    for (const c of report.checks)
        check.set({ check: c.id }, HEALTH_STATUSES.indexOf(c.status));
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
    if (o.repositories !== undefined)
        metrics.gauge('health_repositories', 'Repositories checked (archived ones excluded).').set(o.repositories);
}

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
    do {
        const data = await (0,not_found/* withNotFoundAsUserError */.v)(() => client.graphql(query, { org: target.org, first: pageSize, after }));
        requests++;
        if (!data.organization)
            throw new errors/* UserError */.yo(`Organization ${target.org} was not found.`);
        const page = data.organization.repositories;
        for (const raw of page.nodes)
            if (raw && !raw.isArchived)
                repos.push(toRepoHealth(raw, files, aliases));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { repos, requests };
}

;// CONCATENATED MODULE: ./actions/health-check/src/engine/run-health.ts




/**
 * Runs the selected checks phase by phase (each phase concurrently, through the validator plugin
 * runner). A check that throws is reported as unhealthy with a `high` finding rather than
 * stopping the others: a health check must report, not crash.
 */
async function runHealthChecks(opts) {
    const notes = new Map();
    const observations = { rateLimits: {} };
    const ctx = {
        client: opts.client,
        clock: opts.clock,
        logger: opts.logger,
        settings: opts.settings,
        token: opts.token,
        probe: once(() => probeRateLimit(opts.client, opts.clock)),
        inventory: once(() => readInventory(opts.client, opts.settings.target, opts.settings.requiredFiles, opts.pageSize)),
        note: (check, detail) => notes.set(check, detail),
        observations,
    };
    const results = new Map();
    for (const phase of [1, 2, 3]) {
        const plugins = opts.checks.filter((c) => c.phase === phase);
        if (plugins.length === 0)
            continue;
        // No logger for the runner: its warning per crashed plugin would duplicate the finding's annotation.
        const outcome = await runValidators(plugins, ctx);
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
                status: statusOf(findings, failure !== undefined),
                findings,
                detail: failure ? `error: ${failure.message}` : (notes.get(plugin.id) ?? ''),
                ...(failure ? { error: failure.message } : {}),
            });
        }
    }
    // Summary order is the order the checks were given in, not the phase order.
    const checks = opts.checks.map((c) => results.get(c.id)).filter((r) => r !== undefined);
    return {
        status: worstStatus(checks.map((c) => c.status)),
        checks,
        findings: checks.flatMap((c) => c.findings),
        observations,
    };
}

;// CONCATENATED MODULE: ./actions/health-check/src/run.ts









/** The target: the organization input, else the calling repository. */
function resolveTarget(organization, repository) {
    if (organization)
        return { kind: 'organization', org: organization };
    if (!repository)
        throw new errors/* UserError */.yo('No target: set the organization input, or run in a repository (GITHUB_REPOSITORY is not set).');
    return { kind: 'repository', owner: repository.owner, repo: repository.repo };
}
/** The Pushgateway job of a target: `health-check/<owner>/<repo>` or `health-check/<org>`. */
function pushJob(target) {
    return target.kind === 'repository' ? `health-check/${target.owner}/${target.repo}` : `health-check/${target.org}`;
}
/**
 * A health check reports a rate limit rather than waiting it out: the framework's client waits up to
 * 15 minutes for a reset, this one gives up on waits over a minute (the rate-limit check then says why).
 */
const HEALTH_THROTTLE = { maxWaitMs: 60_000, maxRetries: 1 };
/**
 * The run's client (short rate-limit waits) and token. The token is the one the framework resolved
 * (github-token, or the installation token it minted from app-id), read through Octokit's public
 * `auth()`; only its prefix is used, to tell its kind, and it is never logged.
 */
async function healthClient(ctx) {
    const client = ctx.github({ throttle: HEALTH_THROTTLE });
    const auth = (await client.auth());
    return typeof auth.token === 'string' && auth.token !== '' ? { client, token: auth.token } : { client };
}
/** The action's run: resolve settings, run the checks, report, push, decide pass or fail. */
async function runHealthCheck(ctx) {
    const i = ctx.inputs;
    if (i['pushgateway-url'])
        (0,pushgateway_url/* maskUrlCredentials */.gn)(i['pushgateway-url'], ctx.mask);
    const target = resolveTarget(i.organization, ctx.env.repository);
    const requiredFiles = parseRequiredFiles(i['required-files']);
    const checks = selectChecks(i.checks);
    const { client, token: resolved } = await healthClient(ctx);
    const token = tokenInfo(resolved, Boolean(i['app-id']));
    ctx.logger.info(`Checking ${targetLabel(target)}: ${checks.map((c) => c.id).join(', ')}.`);
    const report = await runHealthChecks({
        checks,
        client,
        clock: clock/* systemClock */.m,
        logger: ctx.logger,
        settings: { target, rateLimitThreshold: i['rate-limit-threshold'], requiredFiles },
        token,
    });
    for (const c of report.checks)
        ctx.logger.info(`${c.id}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);
    writeHealthSummary(ctx.summary, report, target);
    annotateHealth(ctx.annotations, report);
    recordHealthMetrics(ctx.metrics, report);
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
    const outputs = {
        status: report.status,
        findings: report.findings.length,
        ...counts,
        'rate-limit-remaining': coreLimit ? coreLimit.remaining : '',
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

;// CONCATENATED MODULE: ./actions/health-check/src/action.ts



/** The health-check action: API, token, rate-limit, circuit-breaker, schedule and compliance health. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'health-check',
    description: 'API, token, rate-limit, circuit-breaker, schedule and compliance health.',
    inputs: healthInputs,
    outputs: {
        status: 'Overall health: healthy, degraded (low or medium findings) or unhealthy (high or critical findings, or a check that could not run).',
        findings: 'Number of findings of all severities.',
        critical: 'Number of critical findings.',
        high: 'Number of high findings.',
        medium: 'Number of medium findings.',
        low: 'Number of low findings.',
        'rate-limit-remaining': 'Requests left in the core (REST) rate limit after the checks; empty when the rate-limit check did not run or the server has no rate limiting.',
    },
    run: runHealthCheck,
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
