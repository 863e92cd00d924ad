type Obj = Record<string, unknown>;

/**
 * The `errors` (and partial `data`) of a GraphQL answer as @octokit/graphql's GraphqlResponseError
 * carries them (GitHub answers 200 with `errors`: FORBIDDEN, NOT_FOUND, …); undefined for any other error.
 */
export function graphqlFailure(error: unknown): { data: Obj | null; errors: Obj[] } | undefined {
  if (typeof error !== 'object' || error === null || !('errors' in error) || !Array.isArray(error.errors))
    return undefined;
  const data = 'data' in error && typeof error.data === 'object' ? (error.data as Obj | null) : null;
  const errors = error.errors.filter((e): e is Obj => typeof e === 'object' && e !== null);
  return { data, errors };
}
