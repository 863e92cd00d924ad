/**
 * The GraphQL endpoint that belongs to a REST base URL (GHES: `/api/v3` → `/api/graphql`). A module of
 * its own so the run environment can compute it without loading the client and Octokit.
 */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
