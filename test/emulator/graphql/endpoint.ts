import {
  type DocumentNode,
  execute,
  type FieldNode,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  getNamedType,
  getOperationAST,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  validate,
} from 'graphql';
import type { GraphqlCall } from '../server.js';
import type { EmulatorState } from '../state.js';
import { canRead, type GqlContext, GqlError } from './context.js';
import { graphqlCost } from './cost.js';
import { mutationRoot } from './mutations.js';
import { issueNode, labelNode, organizationNode, projectNode, pullNode, repositoryNode, userNode } from './nodes.js';
import { findNode } from './lookup.js';
import { githubSchema } from './schema.js';

/** What the endpoint answers (always HTTP 200, like GitHub, unless a limit refuses the request first). */
export interface GraphqlOutcome {
  body: unknown;
  rootFields: string[];
  operationName?: string;
  mutation: boolean;
  /** Rate-limit points the request costs (GitHub's formula). */
  cost?: number;
}

function placeholder(type: GraphQLOutputType, now: string, baseUrl: string): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
      case 'Float':
        return 0;
      case 'Boolean':
        return false;
      case 'DateTime':
        return now;
      case 'URI':
        return baseUrl;
      default:
        return '';
    }
  }
  return isObjectType(getNamedType(inner)) ? {} : null;
}

/**
 * Like graphql-js's default resolver (properties, or functions called with the arguments), but a field the
 * emulator does not model gets a type-correct placeholder instead of failing the whole query, and is reported.
 */
function fieldResolver(state: EmulatorState, gap: (field: string) => void): GraphQLFieldResolver<unknown, GqlContext> {
  return (source, args, context, info) => {
    const value =
      source && typeof source === 'object' ? (source as Record<string, unknown>)[info.fieldName] : undefined;
    if (typeof value === 'function')
      return (value as (a: unknown, c: unknown, i: unknown) => unknown)(args, context, info);
    if (value !== undefined) return value;
    // Never silent: the answer stays well-typed, and the test learns which field the emulator does not model.
    gap(`${info.parentType.name}.${info.fieldName}`);
    return placeholder(info.returnType, state.now(), state.baseUrl);
  };
}

function nodeOf(ctx: GqlContext, id: string): unknown {
  const f = findNode(ctx, id);
  if (!f) return null;
  switch (f.kind) {
    case 'repo':
      return canRead(ctx, f.repo) ? repositoryNode(ctx, f.repo) : null;
    case 'pull':
      return canRead(ctx, f.repo) ? pullNode(ctx, f.repo, f.pull) : null;
    case 'issue':
      return canRead(ctx, f.repo) ? issueNode(ctx, f.repo, f.issue) : null;
    case 'label':
      return canRead(ctx, f.repo) ? labelNode(ctx, f.repo, f.label) : null;
    case 'org':
      return organizationNode(ctx, f.org);
    case 'project':
      return projectNode(ctx, f.org, f.project);
    case 'user':
      return userNode(ctx, f.login);
    default:
      return null;
  }
}

function queryRoot(ctx: GqlContext): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = ctx.state.repo(owner, name);
      if (!repo || !canRead(ctx, repo))
        throw new GqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryNode(ctx, repo);
    },
    organization: ({ login }: { login: string }) => {
      const org = ctx.state.org(login);
      if (!org) throw new GqlError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`);
      return organizationNode(ctx, org);
    },
    viewer: () => userNode(ctx, ctx.login),
    node: ({ id }: { id: string }) => nodeOf(ctx, id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => nodeOf(ctx, id)),
    rateLimit: () => {
      const r = ctx.rate();
      return {
        cost: ctx.cost,
        limit: r.limit,
        remaining: r.remaining,
        used: r.used,
        nodeCount: 0,
        resetAt: new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
    },
  };
}

/** GitHub's error shape: `message`, `locations`, `path`, and a top-level `type` or `extensions.code`. */
function formatError(e: GraphQLError): Record<string, unknown> {
  const original = e.originalError;
  const out: Record<string, unknown> = {};
  if (original instanceof GqlError) out.type = original.type;
  if (e.path) out.path = e.path;
  if (e.locations) out.locations = e.locations;
  const undefinedField = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(e.message);
  if (undefinedField) {
    out.extensions = { code: 'undefinedField', typeName: undefinedField[2], fieldName: undefinedField[1] };
    out.message = `Field '${undefinedField[1]}' doesn't exist on type '${undefinedField[2]}'`;
  } else {
    out.message = original?.message ?? e.message;
  }
  return out;
}

/** Parses, validates against GitHub's public schema, and executes one GraphQL request. */
export async function handleGraphql(state: EmulatorState, call: GraphqlCall): Promise<GraphqlOutcome> {
  const req = (call.body ?? {}) as { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
  if (typeof req.query !== 'string' || req.query.trim() === '') {
    call.violation('request has no query');
    return {
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
      rootFields: [],
      mutation: false,
    };
  }
  let doc: DocumentNode;
  try {
    doc = parse(req.query);
  } catch (e) {
    const err = e instanceof GraphQLError ? e : new GraphQLError(String(e));
    call.violation(`parse error: ${err.message}`);
    return {
      body: { errors: [{ message: `Parse error: ${err.message}`, locations: err.locations }] },
      rootFields: [],
      mutation: false,
    };
  }
  const schema = githubSchema();
  const op = getOperationAST(doc, req.operationName);
  const rootFields = (op?.selectionSet.selections ?? [])
    .filter((s): s is FieldNode => s.kind === 'Field')
    .map((s) => s.name.value);
  const operationName = req.operationName ?? op?.name?.value;
  const mutation = op?.operation === 'mutation';
  const errors = validate(schema, doc);
  if (errors.length > 0) {
    for (const e of errors) call.violation(e.message);
    return { body: { errors: errors.map(formatError) }, rootFields, operationName, mutation };
  }
  if (mutation && call.beforeMutation() !== undefined) return { body: undefined, rootFields, operationName, mutation };
  const cost = graphqlCost(doc, req.variables ?? {});
  // The server spent 1 point before parsing; the rest of the cost is spent here, before `rateLimit` reads it.
  call.spend(cost - 1);
  const ctx: GqlContext = { state, grant: call.grant, login: call.login, rate: call.rate, cost };
  const gaps = new Set<string>();
  const result = await execute({
    schema,
    document: doc,
    rootValue: mutation ? mutationRoot(ctx) : queryRoot(ctx),
    contextValue: ctx,
    variableValues: req.variables,
    operationName: req.operationName,
    fieldResolver: fieldResolver(state, (field) => {
      if (gaps.has(field)) return;
      gaps.add(field);
      call.violation(`the emulator does not model ${field}: a placeholder was served`, 'unimplemented');
    }),
  });
  const body: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map(formatError);
    // Errors GitHub itself would answer (NOT_FOUND, STALE_DATA…) are behaviour; anything else is an emulator gap.
    for (const e of result.errors)
      if (!(e.originalError instanceof GqlError)) call.violation(`execution error: ${e.message}`);
  }
  return { body, rootFields, operationName, mutation, cost };
}
