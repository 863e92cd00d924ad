import type { BulkApi } from './api.js';

/** What the engine knows about a repository from the organization listing. */
export interface RepoInfo {
  name: string;
  owner: string;
  fullName: string;
  nodeId: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  visibility: string;
  language: string | null;
  topics: string[];
  properties: Record<string, string | string[] | null>;
  /** Current settings as listed (REST names), used by the settings operation to avoid a read. */
  listed: Record<string, unknown>;
}

interface ListedRepo {
  name: string;
  full_name: string;
  node_id: string;
  default_branch?: string;
  archived?: boolean;
  fork?: boolean;
  visibility?: string;
  private?: boolean;
  language?: string | null;
  topics?: string[];
  custom_properties?: Record<string, string | string[] | null>;
  owner: { login: string };
  [key: string]: unknown;
}

/** Maps one REST repository object to RepoInfo. */
export function toRepoInfo(r: ListedRepo): RepoInfo {
  return {
    name: r.name,
    owner: r.owner.login,
    fullName: r.full_name,
    nodeId: r.node_id,
    defaultBranch: r.default_branch ?? 'main',
    archived: r.archived ?? false,
    fork: r.fork ?? false,
    visibility: r.visibility ?? (r.private ? 'private' : 'public'),
    language: r.language ?? null,
    topics: r.topics ?? [],
    properties: r.custom_properties ?? {},
    listed: r,
  };
}

/**
 * Every repository of an organization, 100 per request. The REST listing carries topics, visibility,
 * language and custom properties in one call (https://docs.github.com/rest/repos/repos#list-organization-repositories),
 * and the client's ETag cache turns an unchanged page into a 304 that costs no rate limit
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate).
 */
export async function listOrgRepos(api: BulkApi, org: string): Promise<RepoInfo[]> {
  const out: RepoInfo[] = [];
  for (let page = 1; ; page++) {
    const res = await api.request('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
    const data = res.data as ListedRepo[];
    out.push(...data.map(toRepoInfo));
    // Follow the Link header as Octokit's paginate does: a full last page costs no extra request.
    if (!/rel="next"/.test(String(res.headers.link ?? ''))) break;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
