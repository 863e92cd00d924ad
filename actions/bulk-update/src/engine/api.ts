/**
 * The slice of the GitHub client the engine uses. `createGitHubClient` (an Octokit) satisfies it;
 * tests pass a scripted fake, so every request the engine makes is visible and countable.
 */
export interface BulkApi {
  request(
    route: string,
    params?: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers: Record<string, string | number | undefined> }>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

/** A GraphQL string literal (JSON string syntax is valid GraphQL string syntax for what we send). */
export function gqlString(value: string): string {
  return JSON.stringify(value);
}

/** Adapts the shared client (an Octokit) to {@link BulkApi}. */
export function bulkApiOf(client: {
  request: (
    route: string,
    params?: Record<string, unknown>,
  ) => Promise<{ status: number; data: unknown; headers: object }>;
  graphql: (query: string, variables?: Record<string, unknown>) => Promise<unknown>;
}): BulkApi {
  return {
    request: async (route, params) => {
      const res = await client.request(route, params);
      return {
        status: res.status,
        data: res.data,
        headers: res.headers as Record<string, string | number | undefined>,
      };
    },
    graphql: (query, variables) => client.graphql(query, variables),
  };
}
