export const id = 277;
export const ids = [277];
export const modules = {

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

/***/ 71674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  graphqlUrlFor: () => (/* binding */ graphqlUrlFor)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/github/api-errors.ts
var api_errors = __webpack_require__(78610);
// EXTERNAL MODULE: ./shared/github/circuit-breaker.ts
var circuit_breaker = __webpack_require__(4430);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/github/request-hook.ts
var request_hook = __webpack_require__(11941);
;// CONCATENATED MODULE: ./shared/github/etag-cache.ts



/**
 * Conditional-request cache for GET: stores ETag / Last-Modified with the body, answers from memory
 * inside the TTL, and otherwise sends `If-None-Match` / `If-Modified-Since`. A 304 is returned as the
 * stored 200. GitHub does not count a 304 against the primary rate limit when the request is
 * authorized: https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
 */
class EtagCache {
    clock;
    counter;
    entries = new Map();
    ttlMs;
    maxEntries;
    maxBytes;
    bytes = 0;
    /** Counts by outcome; `hit` + `revalidated` are the requests (or rate-limit points) saved. */
    counts = { hit: 0, revalidated: 0, miss: 0 };
    constructor(clock, opts = {}, counter) {
        this.clock = clock;
        this.counter = counter;
        this.ttlMs = Math.max(0, opts.ttlMs ?? 0);
        this.maxEntries = Math.max(1, opts.maxEntries ?? 500);
        this.maxBytes = Math.max(0, opts.maxBytes ?? 32 * 1024 * 1024);
    }
    /** Entries held now. */
    get size() {
        return this.entries.size;
    }
    /** Bytes of JSON held now. */
    get totalBytes() {
        return this.bytes;
    }
    /** Forgets everything. */
    clear() {
        this.entries.clear();
        this.bytes = 0;
    }
    /** Makes every entry stale so the next read revalidates (called after any write through the client). */
    expireAll() {
        for (const entry of this.entries.values())
            entry.freshUntil = 0;
    }
    /** Runs one GET through the cache; `key` must already include the auth identity. */
    async fetch(key, options, next) {
        const entry = this.entries.get(key);
        if (entry) {
            this.entries.delete(key); // re-insert below: Map order is our LRU order
            this.entries.set(key, entry);
            if (this.clock.now() < entry.freshUntil)
                return this.answer('hit', entry, {});
            options.headers = { ...options.headers };
            if (entry.etag)
                options.headers['if-none-match'] = entry.etag;
            else if (entry.lastModified)
                options.headers['if-modified-since'] = entry.lastModified;
        }
        let response;
        try {
            response = await next(options);
        }
        catch (error) {
            if (entry && (0,errors/* errorStatus */.PO)(error) === 304) {
                entry.freshUntil = this.clock.now() + this.ttlMs;
                return this.answer('revalidated', entry, (0,request_hook/* headersOf */.Yl)(error));
            }
            throw error;
        }
        this.count('miss');
        this.forget(key);
        this.store(key, response);
        return response;
    }
    store(key, response) {
        const etag = header(response.headers.etag);
        const lastModified = header(response.headers['last-modified']);
        if (response.status !== 200 || (!etag && !lastModified))
            return;
        // Only parsed JSON: streams cannot be replayed, and binary downloads are not worth the memory.
        if (!String(response.headers['content-type'] ?? '').includes('json'))
            return;
        const bytes = JSON.stringify(response.data)?.length ?? 0;
        if (bytes > this.maxBytes)
            return;
        const entry = { freshUntil: this.clock.now() + this.ttlMs, response: structuredClone(response), bytes };
        if (etag)
            entry.etag = etag;
        if (lastModified)
            entry.lastModified = lastModified;
        this.entries.set(key, entry);
        this.bytes += bytes;
        while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
            const oldest = this.entries.keys().next().value;
            if (oldest === undefined)
                break;
            this.forget(oldest);
        }
    }
    forget(key) {
        const entry = this.entries.get(key);
        if (!entry)
            return;
        this.bytes -= entry.bytes;
        this.entries.delete(key);
    }
    answer(outcome, entry, fresh) {
        this.count(outcome);
        // A copy, so a caller mutating `data` cannot poison later answers; fresh 304 headers (rate limit) win.
        const response = structuredClone(entry.response);
        response.headers = { ...response.headers, ...fresh, 'x-moko-cache': outcome };
        return response;
    }
    count(outcome) {
        this.counts[outcome]++;
        this.counter?.inc({ result: outcome });
    }
}
function header(value) {
    return value === undefined || value === '' ? undefined : String(value);
}
/** A short, one-way name for a token: cache keys tell identities apart without ever holding a secret. */
function authIdentity(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token).digest('hex').slice(0, 16);
}
/**
 * The cache as an Octokit plugin. Only plain GETs answered with JSON are cached (a caller sending
 * its own conditional headers, or asking for a stream, is passed through); any other method that succeeds makes the stored entries stale, so a
 * read after our own write is never answered from memory.
 */
function etagCachePlugin(cache, identity) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const conditional = options.headers['if-none-match'] ?? options.headers['if-modified-since'];
            const streamed = options.request.parseSuccessResponseBody === false;
            if (options.method !== 'GET' || conditional !== undefined || streamed) {
                try {
                    return await request(options);
                }
                finally {
                    // Even a failed write may have changed something (a timeout after GitHub applied it).
                    if (options.method !== 'GET' && options.method !== 'HEAD')
                        cache.expireAll();
                }
            }
            const { url, headers } = octokit.request.endpoint.parse(options);
            const key = `${identity} ${String(headers.accept ?? '')} ${url}`;
            return cache.fetch(key, options, async (o) => request(o));
        });
    };
}

;// CONCATENATED MODULE: ./shared/github/request-metrics.ts



/** Buckets (seconds) for API latency: GitHub answers most calls in 50–500 ms and cuts off at 10 s. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
/**
 * Request metrics in two hooks sharing one state: `calls` is the outermost layer and sees each call
 * once, with its final status and its latency as the caller felt it (retries and rate-limit waits
 * included); `attempts` sits next to the network and sees every HTTP attempt and every
 * `x-ratelimit-remaining` header (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit).
 */
class RequestMetrics {
    clock;
    stats = { requests: 0, byStatus: {}, cacheHits: 0, attempts: 0 };
    requestsTotal;
    attemptsTotal;
    latency;
    remaining;
    limit;
    constructor(clock, metrics) {
        this.clock = clock;
        this.requestsTotal = metrics?.counter('github_requests_total', 'GitHub API calls by route and final status.', [
            'route',
            'status',
        ]);
        this.attemptsTotal = metrics?.counter('github_http_attempts_total', 'HTTP attempts to the GitHub API.', [
            'route',
            'status',
        ]);
        this.latency = metrics?.histogram('github_request_duration_seconds', 'GitHub API call latency in seconds, retries and waits included.', ['route'], LATENCY_BUCKETS);
        this.remaining = metrics?.gauge('github_rate_limit_remaining', 'x-ratelimit-remaining of the last answer.', [
            'resource',
        ]);
        this.limit = metrics?.gauge('github_rate_limit_limit', 'x-ratelimit-limit of the last answer.', ['resource']);
    }
    /** A copy of the counts so far. */
    snapshot() {
        return { ...this.stats, byStatus: { ...this.stats.byStatus } };
    }
    /** Outermost plugin: one observation per call. */
    calls() {
        return (octokit) => {
            octokit.hook.wrap('request', async (request, options) => {
                const route = (0,request_hook/* routeOf */.Lu)(options);
                const started = this.clock.now();
                let status = 'network';
                try {
                    const response = await request(options);
                    status = String(response.status);
                    if (response.headers['x-moko-cache'] !== undefined)
                        this.stats.cacheHits++;
                    return response;
                }
                catch (error) {
                    status = error instanceof circuit_breaker/* CircuitOpenError */.Ch ? 'circuit_open' : String((0,errors/* errorStatus */.PO)(error) ?? 'network');
                    throw error;
                }
                finally {
                    this.stats.requests++;
                    this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1;
                    this.requestsTotal?.inc({ route, status });
                    this.latency?.observe({ route }, (this.clock.now() - started) / 1000);
                }
            });
        };
    }
    /** Innermost plugin: one observation per HTTP attempt. */
    attempts() {
        return (octokit) => {
            octokit.hook.wrap('request', async (request, options) => {
                const route = (0,request_hook/* routeOf */.Lu)(options);
                let headers = {};
                let status = 'network';
                try {
                    const response = await request(options);
                    headers = response.headers;
                    status = String(response.status);
                    return response;
                }
                catch (error) {
                    headers = (0,request_hook/* headersOf */.Yl)(error);
                    status = String((0,errors/* errorStatus */.PO)(error) ?? 'network');
                    throw error;
                }
                finally {
                    this.stats.attempts++;
                    this.attemptsTotal?.inc({ route, status });
                    this.observeRateLimit(headers);
                }
            });
        };
    }
    observeRateLimit(headers) {
        const value = headers['x-ratelimit-remaining'];
        if (value === undefined || value === '')
            return;
        const remaining = Number(value);
        if (!Number.isFinite(remaining))
            return;
        this.stats.rateLimitRemaining = remaining;
        const resource = String(headers['x-ratelimit-resource'] ?? 'core');
        this.remaining?.set({ resource }, remaining);
        // With the limit, a dashboard can plot the share used (1 - remaining / limit) for the 90% alert.
        const limit = Number(headers['x-ratelimit-limit']);
        if (Number.isFinite(limit) && limit > 0)
            this.limit?.set({ resource }, limit);
    }
}

;// CONCATENATED MODULE: ./shared/github/retry-policy.ts

/**
 * Statuses @octokit/plugin-retry leaves alone: its own list (client errors that a retry cannot fix)
 * plus 429, which is a rate limit and belongs to the throttling layer and its `retry-after`.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Options for @octokit/plugin-retry: it decides whether to retry (5xx and network errors, which
 * Octokit reports as status 500) and how often; the wait itself is done by {@link backoffPlugin}
 * on the injected Clock, so the plugin's own delay is 0.
 */
function retryOptions(retries) {
    return { retries: Math.max(0, retries), doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: 0 };
}
/** True when @octokit/plugin-retry will try this error again. */
function retriable(error) {
    const status = (0,errors/* errorStatus */.PO)(error);
    return status !== undefined && status >= 400 && !DO_NOT_RETRY.includes(status);
}
/**
 * Sleeps before each retry that follows a retriable failure, `baseMs × n²` before the n-th retry
 * (1 s, 4 s, 9 s by default, plugin-retry's own schedule). Sits just inside the retry plugin, which
 * re-enters with the same options object and `request.retryCount` set to the attempt number.
 */
function backoffPlugin(clock, baseMs) {
    const failed = new WeakSet();
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const attempt = Number(options.request?.retryCount ?? 0);
            if (attempt > 0 && failed.has(options)) {
                failed.delete(options);
                await clock.sleep(baseMs * attempt * attempt);
            }
            try {
                return await request(options);
            }
            catch (error) {
                if (retriable(error))
                    failed.add(options);
                throw error;
            }
        });
    };
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./shared/github/throttle-policy.ts

/**
 * Options for @octokit/plugin-throttling. The plugin detects both limits and computes the wait
 * (primary: until `x-ratelimit-reset` plus one second; secondary: `retry-after`, else 60 s, per
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 * and https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately).
 * We do the waiting ourselves on the injected Clock, so tests never sleep for real, and set the
 * plugin's own delay (`retryAfterBaseValue`) to 0. Repeated secondary limits double the wait, as
 * that page asks ("wait for an exponentially increasing amount of time between retries").
 */
function throttleOptions(settings, logger, clock) {
    const maxRetries = Math.max(0, settings.maxRetries ?? 3);
    const maxWaitMs = Math.max(0, settings.maxWaitMs ?? 15 * 60_000);
    const handler = (kind) => async (retryAfter, options, _octokit, retryCount) => {
        const waitMs = retryAfter * 1000 * (kind === 'secondary' ? 2 ** retryCount : 1);
        const what = `GitHub API ${kind} rate limit on ${options.method} ${options.url}`;
        if (retryCount >= maxRetries) {
            logger.warning(`${what}: giving up after ${retryCount} retries.`);
            return false;
        }
        if (waitMs > maxWaitMs) {
            logger.warning(`${what}: the wait of ${Math.ceil(waitMs / 1000)} s exceeds ${maxWaitMs / 1000} s; giving up.`);
            return false;
        }
        logger.warning(`${what}: waiting ${Math.ceil(waitMs / 1000)} s before retry ${retryCount + 1} of ${maxRetries}.`);
        await clock.sleep(waitMs);
        return true;
    };
    const options = {
        onRateLimit: handler('primary'),
        onSecondaryRateLimit: handler('secondary'),
        retryAfterBaseValue: 0,
    };
    if (settings.writeSpacingMs !== undefined) {
        const group = () => new (lib_default()).Group({ maxConcurrent: 1, minTime: settings.writeSpacingMs });
        options.write = group();
        options.search = group();
        options.notifications = group();
    }
    return options;
}

;// CONCATENATED MODULE: ./shared/github/token-auth.ts

/**
 * An Octokit `authStrategy` that asks `source` for the token on every attempt, in place of the
 * fixed token of @octokit/auth-token (whose hook is innermost, so a plugin cannot override its
 * header). A 401 is answered once by renewing the token and sending the request again: a token
 * revoked or expired earlier than announced must not end a long run.
 */
function refreshingTokenAuth(source) {
    return () => {
        const auth = async () => ({ type: 'token', tokenType: 'installation', token: await source.current() });
        const send = async (request, endpoint, token) => {
            endpoint.headers.authorization = `token ${token}`;
            return request(endpoint);
        };
        auth.hook = async (request, route, parameters) => {
            const endpoint = request.endpoint.merge(route, parameters);
            try {
                return await send(request, endpoint, await source.current());
            }
            catch (error) {
                if ((0,errors/* errorStatus */.PO)(error) !== 401)
                    throw error;
                return send(request, endpoint, await source.renew());
            }
        };
        return auth;
    };
}

;// CONCATENATED MODULE: ./shared/github/transport.ts
/** A request that got no answer within the client's timeout; status 500 like Octokit's network errors, so it is retried. */
class RequestTimeoutError extends Error {
    request;
    name = 'RequestTimeoutError';
    status = 500;
    constructor(message, 
    /** The request options, as on an Octokit RequestError (the retry plugin reads them). */
    request, options) {
        super(message, options);
        this.request = request;
    }
}
/**
 * Innermost layer, next to the network: sends `/graphql` (see perCallOptionsPlugin) to the
 * configured endpoint (Octokit would post to `{baseUrl}/graphql`, or `/api/graphql` for a `/api/v3`
 * base, which is wrong when GITHUB_GRAPHQL_URL says otherwise), and bounds every attempt with a timeout so a
 * hung connection becomes a retriable error instead of a hung job
 * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#timeouts).
 */
function transportPlugin(settings) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            // Layers share one options object (see perCallOptionsPlugin): set per-attempt values in
            // place and restore them, so outer layers (the throttling plugin's GraphQL check, a retry)
            // see what the caller asked for.
            const { url } = options;
            const caller = options.request.signal;
            const own = options.request.timeoutMs;
            const ms = typeof own === 'number' ? own : settings.timeoutMs;
            const timeout = ms > 0 ? AbortSignal.timeout(ms) : undefined;
            if (url === '/graphql')
                options.url = settings.graphqlUrl;
            const signals = [caller, timeout].filter((s) => s !== undefined);
            if (signals.length > 0)
                options.request.signal = signals.length === 1 ? signals[0] : AbortSignal.any(signals);
            try {
                return await request(options);
            }
            catch (error) {
                if (timeout?.aborted && !caller?.aborted) {
                    throw new RequestTimeoutError(`GitHub API ${options.method} ${url} got no answer within ${ms} ms.`, { ...options, url }, { cause: error });
                }
                throw error;
            }
            finally {
                options.url = url;
                if (caller)
                    options.request.signal = caller;
                else
                    delete options.request.signal;
            }
        });
    };
}

;// CONCATENATED MODULE: ./shared/github/client.ts














/** The GraphQL endpoint that belongs to a REST base URL (GHES: `/api/v3` → `/api/graphql`). */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
/**
 * The shared GitHub client. Layers, outermost first (each is an Octokit plugin; getOctokit applies
 * plugins in order and each `hook.wrap` encloses the ones before it, so the list below is reversed):
 *
 * 0. per-call options: each call gets its own `options.request` (see perCallOptionsPlugin).
 * 1. metrics, calls: sees each call once (not each attempt), with its final status and the latency
 *    the caller felt, waits included. Attempts are counted separately by layer 7.
 * 2. ETag cache, before anything that queues or waits: a TTL hit or a free 304 is never held up by
 *    write spacing or a rate-limit wait, and the 304 → 200 conversion happens once per call.
 * 3. throttling (@octokit/plugin-throttling) outside retry, the order Octokit documents
 *    (`Octokit.plugin(retry, throttling)`): after a rate-limit wait the call gets a fresh retry budget.
 * 4. retry (@octokit/plugin-retry): re-enters below on 5xx / network errors, not on 4xx (429 left
 *    to throttling) …
 * 5. … after a backoff sleep on the injected Clock.
 * 6. circuit breaker, inside retry: every attempt counts, and once open the next retry fails fast
 *    instead of hammering a GitHub that is down.
 * 7. metrics, attempts: every HTTP attempt that leaves the process and every x-ratelimit-remaining.
 * 8. transport: GraphQL endpoint (GHES), per-attempt timeout. Octokit's token auth is innermost
 *    (with `tokenSource`, a token renewed before it expires and once more after a 401).
 *
 * Around all of these, the final outcome of a call that failed for a reason the user can fix (bad
 * token, missing permission, unreachable or failing API) becomes a GitHubApiError (api-errors.ts).
 */
function createGitHubClient(opts) {
    if (!opts.token)
        throw new errors/* ConfigError */.xL('No GitHub token: set the github-token input (its default is github.token).');
    const env = opts.env ?? process.env;
    const clock = opts.clock ?? core_clock/* systemClock */.m;
    const logger = opts.logger;
    const apiUrl = (opts.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const graphqlUrl = opts.graphqlUrl || (opts.apiUrl ? undefined : env.GITHUB_GRAPHQL_URL) || graphqlUrlFor(apiUrl);
    const breaker = new circuit_breaker/* CircuitBreaker */.aG(clock, opts.breaker, logger, opts.metrics?.gauge('github_circuit_state', 'GitHub API circuit breaker: 0 closed, 1 half-open, 2 open.'), opts.metrics?.counter('github_circuit_openings_total', 'Times the GitHub API circuit breaker opened.'));
    const cache = opts.cache === false
        ? undefined
        : new EtagCache(clock, opts.cache, opts.metrics?.counter('github_cache_total', 'GitHub API conditional-request cache outcomes.', ['result']));
    const requestMetrics = new RequestMetrics(clock, opts.metrics);
    const innermostFirst = [
        transportPlugin({ graphqlUrl, timeoutMs: opts.timeoutMs ?? 30_000 }),
        requestMetrics.attempts(),
        (0,circuit_breaker/* circuitBreakerPlugin */.bm)(breaker),
        backoffPlugin(clock, opts.retryBaseMs ?? 1000),
        dist_bundle/* retry */.L,
        plugin_throttling_dist_bundle/* throttling */.A,
        ...(cache ? [etagCachePlugin(cache, authIdentity(opts.token))] : []),
        requestMetrics.calls(),
        (0,request_hook/* perCallOptionsPlugin */.V)(),
        (0,api_errors/* apiErrorsPlugin */.zg)(),
    ];
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: apiUrl,
        userAgent: opts.userAgent ?? 'moko-standards-actions',
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.error(m),
        },
        retry: retryOptions(opts.retries ?? 3),
        throttle: throttleOptions(opts.throttle ?? {}, logger, clock),
        ...(opts.fetch ? { request: { fetch: opts.fetch } } : {}),
        ...(opts.tokenSource ? { authStrategy: refreshingTokenAuth(opts.tokenSource) } : {}),
    }, ...innermostFirst);
    const moko = { breaker, cache, stats: () => requestMetrics.snapshot() };
    return Object.assign(octokit, { moko });
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
