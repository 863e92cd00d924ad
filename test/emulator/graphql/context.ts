import type { Grant, RepoRecord } from '../model.js';
import type { EmulatorState } from '../state.js';

/** What every resolver receives. */
export interface GqlContext {
  state: EmulatorState;
  grant: Grant;
  login: string;
  /** The token's GraphQL rate-limit bucket. */
  rate: () => { limit: number; used: number; remaining: number; reset: number };
  /** Points this request costs. */
  cost: number;
}

/** An error GitHub reports with a top-level `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE, STALE_DATA…). */
export class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Whether the token may read the repository (public, or covered by the grant). */
export function canRead(ctx: GqlContext, repo: RepoRecord): boolean {
  return repo.visibility === 'public' || ctx.state.covers(ctx.grant, repo);
}

/** Throws GitHub's FORBIDDEN error unless the token may write to the repository. */
export function assertWrite(ctx: GqlContext, repo: RepoRecord): void {
  if (!ctx.state.covers(ctx.grant, repo)) {
    if (repo.visibility === 'public') throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
    throw new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${repo.node_id}'`);
  }
  if (ctx.grant.permission === 'read') throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
  if (repo.archived) throw new GqlError('UNPROCESSABLE', 'Repository was archived so is read-only.');
}

/** Relay connection arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A Relay connection (`nodes`, `edges`, `pageInfo`, `totalCount`) over an in-memory list. */
export function connection<T, N>(items: T[], args: PageArgs, toNode: (item: T) => N) {
  const decode = (c: string | null | undefined) =>
    c ? Number(Buffer.from(c, 'base64').toString('utf8').split(':')[1]) : undefined;
  const cursor = (i: number) => Buffer.from(`cursor:${i}`).toString('base64');
  let start = 0;
  let end = items.length;
  const after = decode(args.after);
  const before = decode(args.before);
  if (after !== undefined) start = after + 1;
  if (before !== undefined) end = Math.min(end, before);
  // GitHub caps first/last at 100 (https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api).
  if (args.first != null) {
    if (args.first > 100)
      throw new GqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${args.first} records exceeds the \`first\` limit of 100 records.`,
      );
    end = Math.min(end, start + args.first);
  }
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items.slice(start, end);
  const nodes = slice.map(toNode);
  return {
    totalCount: items.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: cursor(start + i) })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(end - 1) : null,
    },
  };
}
