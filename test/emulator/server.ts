import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordAudit } from './audit-recorder.js';
import { authenticate } from './auth.js';
import { fillRequired } from './conform.js';
import { checkResponse } from './response-check.js';
import type { FaultInjector } from './faults.js';
import { rateHeaders, readBody, send } from './http-util.js';
import type { PrimaryLimiter, RateSnapshot, SecondaryLimiter } from './limits.js';
import { errorBody, type RequestLogEntry, type Violation } from './log.js';
import type { Grant } from './model.js';
import { responseSchema } from './openapi.js';
import { type HandlerContext, type HandlerResult, HttpError, type RouteTable } from './route-kit.js';
import { matchRoute } from './router.js';
import type { EmulatorState } from './state.js';
import { validateRequest } from './validate-request.js';

const DOCS = 'https://docs.github.com/rest';
const RATE_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** Everything the request pipeline needs; owned by the emulator instance. */
export interface Pipeline {
  state: () => EmulatorState;
  routes: RouteTable;
  primary: PrimaryLimiter;
  secondary: SecondaryLimiter | undefined;
  faults: FaultInjector | undefined;
  latencyMs: number;
  /** Check every JSON answer against its response schema and record mismatches as violations. */
  validateResponses: boolean;
  requests: RequestLogEntry[];
  violations: Violation[];
  /** Hanging requests (timeout faults) to end on close. */
  hanging: Set<ServerResponse>;
  graphql: (
    ctx: GraphqlCall,
  ) => Promise<{ body: unknown; rootFields: string[]; operationName?: string; mutation: boolean }>;
  internal: (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) => Promise<boolean>;
}

/** A GraphQL request handed to the GraphQL module. */
export interface GraphqlCall {
  body: unknown;
  grant: Grant;
  login: string;
  token: string;
  /** Checked before a mutation executes; returns a retry-after in seconds when over the secondary limit. */
  beforeMutation: () => number | undefined;
  /** The token's GraphQL rate-limit bucket. */
  rate: () => RateSnapshot;
  /** Spends more points of the GraphQL bucket (a query's cost beyond the first point). */
  spend: (points: number) => void;
  /** Records a document GitHub would reject (`graphql`) or a field the emulator does not model (`unimplemented`). */
  violation: (message: string, kind?: 'graphql' | 'unimplemented') => void;
}

/** Serves one HTTP request: faults, latency, auth, limits, validation, the handler, ETag, logging. */
export async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const state = p.state();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', state.baseUrl);
  // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql: accept both spellings.
  const pathname = url.pathname === '/api/graphql' ? '/graphql' : url.pathname.replace(/^\/api\/v3(?=\/)/, '');
  const body = await readBody(req);
  const entry: RequestLogEntry = { method, path: url.pathname + url.search, route: url.pathname, status: 0 };
  if (await p.internal(req, res, url, body)) return;
  p.requests.push(entry);

  const fault = p.faults?.next();
  if (fault) entry.fault = fault;
  if (fault === 'reset') {
    entry.status = 0;
    req.socket.destroy();
    return;
  }
  if (fault === 'timeout') {
    // GitHub sometimes never answers: the client's own timeout must fire.
    p.hanging.add(res);
    res.on('close', () => p.hanging.delete(res));
    return;
  }
  if (p.latencyMs > 0) await new Promise((r) => setTimeout(r, p.latencyMs));
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomUUID().toUpperCase(),
    'access-control-expose-headers': 'ETag, Link, Location, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining',
  };
  const reply = (status: number, json: unknown, extra: Record<string, string> = {}) => {
    entry.status = status;
    send(res, status, { ...headers, ...extra }, json === undefined ? undefined : JSON.stringify(json));
  };
  if (fault) {
    return reply(Number(fault), { message: fault === '500' ? 'Server Error' : 'Service Unavailable' });
  }

  const auth = authenticate(state, req.headers.authorization);
  if (!auth.ok) return reply(401, errorBody(auth.message, DOCS, 401));
  const effective: Grant = auth.grant;
  const bucketKey = auth.bucket;
  const login = effective.login ?? 'moko-bot';

  const isGraphql = pathname === '/graphql';
  const resource = isGraphql ? 'graphql' : 'core';
  // GitHub answers HEAD for every GET route (same headers, no body).
  let match = isGraphql ? undefined : matchRoute(method === 'HEAD' ? 'GET' : method, pathname);
  if (!isGraphql && !match?.operation && pathname.startsWith('/orgs/')) {
    // Paths github.com serves only to Enterprise Cloud organizations (the audit log) are described in ghec.json.
    const ghec = matchRoute(method, pathname, 'ghec');
    if (ghec?.operation && p.routes[ghec.operation.operationId]) match = ghec;
  }
  const free = match?.operation?.operationId === 'rate-limit/get';
  if (!free && !p.primary.spend(bucketKey, resource)) {
    const snap = p.primary.peek(bucketKey, resource);
    return reply(
      403,
      errorBody(
        `API rate limit exceeded for user ID ${state.account(login).id}.`,
        `${DOCS}/overview/rate-limits-for-the-rest-api`,
        403,
      ),
      rateHeaders(snap),
    );
  }
  Object.assign(headers, rateHeaders(p.primary.peek(bucketKey, resource)));
  const secondary = () => {
    if (!p.secondary) return undefined;
    const r = p.secondary.take(bucketKey);
    return r.ok ? undefined : r.retryAfter;
  };
  const secondaryReply = (retryAfter: number) =>
    reply(
      403,
      errorBody(
        `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
        RATE_DOCS,
        403,
      ),
      { 'retry-after': String(retryAfter) },
    );

  let parsed: unknown;
  if (body.length > 0 && !(req.headers['content-type'] ?? '').includes('octet-stream')) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      if (isGraphql || match?.operation?.requestBody?.content['application/json']) {
        return reply(400, errorBody('Problems parsing JSON', DOCS, 400));
      }
    }
  }

  if (isGraphql) {
    if (method !== 'POST') return reply(404, errorBody('Not Found', DOCS, 404));
    entry.route = '/graphql';
    let limited: number | undefined;
    const out = await p.graphql({
      body: parsed,
      grant: effective,
      login,
      token: bucketKey,
      beforeMutation: () => {
        limited = secondary();
        return limited;
      },
      rate: () => p.primary.peek(bucketKey, 'graphql'),
      spend: (points) => {
        if (points > 0) p.primary.spend(bucketKey, 'graphql', points);
      },
      violation: (message, kind = 'graphql') =>
        p.violations.push({ kind, method, path: entry.path, route: '/graphql', status: 200, message }),
    });
    entry.graphql = { operationName: out.operationName, rootFields: out.rootFields };
    if (limited !== undefined) return secondaryReply(limited);
    return reply(200, out.body, rateHeaders(p.primary.peek(bucketKey, 'graphql')));
  }

  const violation = (kind: Violation['kind'], status: number, message: string) =>
    p.violations.push({
      kind,
      method,
      path: entry.path,
      route: match?.template,
      operationId: match?.operation?.operationId,
      status,
      message,
    });
  if (!match?.operation) {
    violation(
      'rest',
      404,
      match ? `${method} is not an operation of ${match.template}` : 'no such route in the description',
    );
    return reply(404, errorBody('Not Found', DOCS, 404));
  }
  const op = match.operation;
  entry.route = match.template;
  entry.operationId = op.operationId;
  const problem = validateRequest(op, match.params, url.searchParams, parsed, req.headers['content-type'] ?? '');
  if (problem) {
    violation('rest', problem.status, problem.message);
    return reply(problem.status, errorBody(problem.message, op.docsUrl, problem.status));
  }
  if (['POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) {
    const wait = secondary();
    if (wait !== undefined) return secondaryReply(wait);
  }
  if (effective.appId !== undefined && !op.operationId.startsWith('apps/')) {
    // An app's JWT only opens the app endpoints; repositories need an installation token.
    return reply(403, errorBody('Resource not accessible by integration', op.docsUrl, 403));
  }
  const handler = p.routes[op.operationId];
  if (!handler) {
    violation('unimplemented', 501, `the emulator does not implement ${op.operationId}`);
    return reply(501, errorBody(`Not implemented by the emulator: ${op.operationId}`, op.docsUrl, 501));
  }
  const ctx: HandlerContext = {
    state,
    op,
    params: match.params,
    query: url.searchParams,
    body: (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>,
    rawBody: body,
    headers: req.headers,
    token: bucketKey,
    grant: effective,
    login,
    url,
    rate: (r) => p.primary.peek(bucketKey, r),
  };
  let result: HandlerResult;
  try {
    result = await handler(ctx);
  } catch (e) {
    if (e instanceof HttpError) {
      return reply(e.status, { ...errorBody(e.message, op.docsUrl, e.status), ...e.extra });
    }
    violation('unimplemented', 500, `handler ${op.operationId} crashed: ${String(e)}`);
    return reply(500, errorBody(`Emulator error: ${String(e)}`, op.docsUrl, 500));
  }
  if (result.raw) {
    const rawHeaders: Record<string, string> = {
      ...headers,
      'content-type': 'application/octet-stream',
      ...result.headers,
    };
    if (result.status === 200) rawHeaders.etag = `"${createHash('sha256').update(result.raw).digest('hex')}"`;
    if (rawHeaders.etag && req.headers['if-none-match'] === rawHeaders.etag) {
      p.primary.refund(bucketKey, resource);
      entry.status = 304;
      return send(res, 304, { ...headers, ...rateHeaders(p.primary.peek(bucketKey, resource)), etag: rawHeaders.etag });
    }
    entry.status = result.status;
    return send(res, result.status, rawHeaders, result.raw);
  }
  let json = result.body;
  const schema = responseSchema(op, result.status);
  if (json !== undefined && schema)
    json = fillRequired(schema, json, { baseUrl: state.baseUrl, now: state.now(), flavor: op.flavor });
  if (p.validateResponses) {
    for (const problem of checkResponse(op, result.status, json)) violation('response', result.status, problem);
  }
  const text = json === undefined ? undefined : JSON.stringify(json);
  const extra = { ...result.headers };
  if ((method === 'GET' || method === 'HEAD') && result.status === 200 && text !== undefined) {
    // GitHub sends weak ETags and answers If-None-Match with a 304 that costs no rate limit
    // (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate).
    const etag = `W/"${createHash('sha256').update(text).digest('hex')}"`;
    extra.etag = etag;
    const inm = req.headers['if-none-match'];
    if (inm?.split(',').some((t) => t.trim() === etag || t.trim() === etag.slice(2))) {
      p.primary.refund(bucketKey, resource);
      Object.assign(headers, rateHeaders(p.primary.peek(bucketKey, resource)));
      entry.status = 304;
      return send(res, 304, { ...headers, etag });
    }
  }
  entry.status = result.status;
  if (method !== 'GET' && method !== 'HEAD' && result.status < 300)
    recordAudit(state, op.operationId, match.params, login);
  send(res, result.status, { ...headers, ...extra }, text);
}
