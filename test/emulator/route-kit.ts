import type { IncomingHttpHeaders } from 'node:http';
import type { Grant, RepoRecord } from './model.js';
import type { Operation } from './openapi.js';
import type { EmulatorState } from './state.js';

/** A GitHub-style error answer thrown by a handler (`{ message, documentation_url }`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** What a handler receives: the matched operation, parsed request and the shared state. */
export interface HandlerContext {
  state: EmulatorState;
  op: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (already validated against the operation's schema). */
  body: Record<string, unknown>;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  token: string;
  grant: Grant;
  /** The acting login (`moko-bot` unless the grant says otherwise). */
  login: string;
  /** Full request URL (for Link headers). */
  url: URL;
  /** The token's primary-limit bucket for a resource (`core`, `graphql`). */
  rate: (resource: string) => { limit: number; used: number; remaining: number; reset: number };
}

/** What a handler answers; JSON bodies are completed against the response schema by the server. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (downloads). */
  raw?: Buffer;
}

/** A handler for one operationId. */
export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** Handlers by operationId. */
export type RouteTable = Record<string, Handler>;

/** 200 with a JSON body. */
export function ok(body: unknown, status = 200): HandlerResult {
  return { status, body };
}

/** 204 No Content. */
export function noContent(): HandlerResult {
  return { status: 204 };
}

/** Throws GitHub's 404. */
export function notFound(): never {
  throw new HttpError(404, 'Not Found');
}

/**
 * The repository of the `{owner}/{repo}` parameters, checked against the token's grant: private repositories
 * outside the grant are hidden (404), public ones are read-only (403), as GitHub answers an installation token
 * (https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api#404-not-found-for-an-existing-resource).
 */
export function repoFor(ctx: HandlerContext, access: 'read' | 'write' | 'admin' = 'read'): RepoRecord {
  const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) notFound();
  const covered = ctx.state.covers(ctx.grant, repo);
  if (!covered && repo.visibility !== 'public') notFound();
  if (access === 'read') return repo;
  if (!covered || ctx.grant.permission === 'read' || (access === 'admin' && ctx.grant.permission !== 'admin')) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  if (repo.archived) throw new HttpError(403, 'Repository was archived so is read-only.');
  return repo;
}

/** Page size and number from `per_page` (max 100, default 30) and `page`. */
export function pageParams(ctx: HandlerContext): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  return { perPage, page };
}

/**
 * One page of `items` plus GitHub's `Link` header (prev, next, last, first in that order)
 * (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 */
export function paginate<T>(ctx: HandlerContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const { perPage, page } = pageParams(ctx);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.url.href);
    u.searchParams.set('page', String(p));
    return `<${u.href}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  const headers: Record<string, string> = parts.length > 0 ? { link: parts.join(', ') } : {};
  return { items: items.slice((page - 1) * perPage, page * perPage), headers };
}

/** A paginated JSON array answer. */
export function okPage<T>(ctx: HandlerContext, items: T[], view: (item: T) => unknown = (x) => x): HandlerResult {
  const p = paginate(ctx, items);
  return { status: 200, body: p.items.map(view), headers: p.headers };
}
