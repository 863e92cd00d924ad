import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildSchema, type GraphQLSchema } from 'graphql';

let cached: GraphQLSchema | undefined;

/**
 * GitHub's public GraphQL schema from @octokit/graphql-schema, built once per process (about 250 ms).
 * `assumeValidSDL`: the published SDL defines two `EnterpriseOwnerInfo` fields twice, which graphql-js
 * would otherwise reject; the schema itself then validates cleanly.
 */
export function githubSchema(): GraphQLSchema {
  if (cached) return cached;
  // The package's `exports` hide schema.graphql from require.resolve: look in the node_modules search path.
  const dirs = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
  const file = dirs.map((d) => join(d, '@octokit/graphql-schema/schema.graphql')).find((f) => existsSync(f));
  if (!file) throw new Error('@octokit/graphql-schema is not installed (npm install)');
  cached = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: true });
  return cached;
}
