export const id = 674;
export const ids = [674];
export const modules = {

/***/ 71674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./shared/github/endpoints.ts
var endpoints = __webpack_require__(79966);
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
    const graphqlUrl = opts.graphqlUrl || (opts.apiUrl ? undefined : env.GITHUB_GRAPHQL_URL) || (0,endpoints/* graphqlUrlFor */.U)(apiUrl);
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


/***/ })

};
