import { UserError } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { withNotFoundAsUserError } from '../../../../shared/github/not-found.js';
import type { RequiredFile } from './required-files.js';
import { isWorkflowFile, scheduleCrons } from './scheduled-workflows.js';
import type { HealthTarget } from './types.js';

/** A workflow with an `on.schedule` trigger on the default branch. */
export interface ScheduledWorkflow {
  /** `.github/workflows/nightly.yml` */
  path: string;
  crons: string[];
}

/** What health-check knows about one repository after the batched read. */
export interface RepoHealth {
  owner: string;
  name: string;
  fullName: string;
  isFork: boolean;
  /** Null for an empty repository. */
  defaultBranch: string | null;
  /** Required file name → the first candidate path found, or null when none exists. */
  files: Record<string, string | null>;
  scheduled: ScheduledWorkflow[];
}

/** The target's repositories (archived ones are left out: they run nothing and change nothing). */
export interface RepoInventory {
  repos: RepoHealth[];
  /** GraphQL requests the read took. */
  requests: number;
  /** Repositories of the organization the token can see, archived ones included (organization targets). */
  visible?: number;
}

interface RawObject {
  __typename?: string;
  entries?: { name: string; path: string; object?: { text?: string | null } | null }[];
}
type RawRepo = {
  name: string;
  nameWithOwner: string;
  isArchived: boolean;
  isFork: boolean;
  defaultBranchRef: { name: string } | null;
  workflows: RawObject | null;
} & Record<string, unknown>;

/** The repository fragment: one aliased `object(expression:)` per candidate path, and the workflow files. */
export function repoFragment(files: readonly RequiredFile[]): { fragment: string; aliases: Map<string, string> } {
  const aliases = new Map<string, string>();
  const lines: string[] = [];
  for (const path of [...new Set(files.flatMap((f) => f.paths))]) {
    const alias = `f${aliases.size}`;
    aliases.set(path, alias);
    // Paths were checked by parseRequiredFiles: JSON quoting is a valid GraphQL string literal for them.
    lines.push(`  ${alias}: object(expression: ${JSON.stringify(`HEAD:${path}`)}) { __typename }`);
  }
  const fragment = [
    'fragment HealthRepo on Repository {',
    '  name nameWithOwner isArchived isFork',
    '  defaultBranchRef { name }',
    ...lines,
    '  workflows: object(expression: "HEAD:.github/workflows") {',
    '    ... on Tree { entries { name path object { ... on Blob { text } } } }',
    '  }',
    '}',
  ].join('\n');
  return { fragment, aliases };
}

function toRepoHealth(raw: RawRepo, files: readonly RequiredFile[], aliases: Map<string, string>): RepoHealth {
  const [owner = '', name = raw.name] = raw.nameWithOwner.split('/');
  const found: Record<string, string | null> = {};
  for (const f of files) {
    found[f.name] = f.paths.find((p) => raw[aliases.get(p) ?? ''] != null) ?? null;
  }
  const scheduled: ScheduledWorkflow[] = [];
  for (const entry of raw.workflows?.entries ?? []) {
    if (!isWorkflowFile(entry.name) || typeof entry.object?.text !== 'string') continue;
    const crons = scheduleCrons(entry.object.text);
    if (crons.length > 0) scheduled.push({ path: entry.path, crons });
  }
  return {
    owner,
    name,
    fullName: raw.nameWithOwner,
    isFork: raw.isFork,
    defaultBranch: raw.defaultBranchRef?.name ?? null,
    files: found,
    scheduled,
  };
}

/**
 * Reads the target's repositories through GraphQL: a single repository in one request, an
 * organization `pageSize` repositories per request (GitHub caps `first` at 100; smaller pages keep a
 * query that reads files of many repositories inside GitHub's 10-second query timeout,
 * https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#timeouts).
 */
export async function readInventory(
  client: GitHubClient,
  target: HealthTarget,
  files: readonly RequiredFile[],
  pageSize = 50,
): Promise<RepoInventory> {
  const { fragment, aliases } = repoFragment(files);
  if (target.kind === 'repository') {
    const query = `query HealthRepository($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) { ...HealthRepo }\n}\n${fragment}`;
    const data = await withNotFoundAsUserError(() =>
      client.graphql<{ repository: RawRepo | null }>(query, { owner: target.owner, name: target.repo }),
    );
    if (!data.repository) throw new UserError(`Repository ${target.owner}/${target.repo} was not found.`);
    const repos = data.repository.isArchived ? [] : [toRepoHealth(data.repository, files, aliases)];
    return { repos, requests: 1 };
  }
  const query = `query HealthOrganization($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    visible: repositories(first: 0) { totalCount }
    repositories(first: $first, after: $after, isArchived: false, orderBy: { field: NAME, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...HealthRepo }
    }
  }
}
${fragment}`;
  const repos: RepoHealth[] = [];
  let after: string | null = null;
  let requests = 0;
  let visible: number | undefined;
  do {
    const data: {
      organization: {
        visible?: { totalCount: number };
        repositories: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (RawRepo | null)[] };
      } | null;
    } = await withNotFoundAsUserError(() => client.graphql(query, { org: target.org, first: pageSize, after }));
    requests++;
    if (!data.organization) throw new UserError(`Organization ${target.org} was not found.`);
    visible = data.organization.visible?.totalCount;
    const page = data.organization.repositories;
    for (const raw of page.nodes) if (raw && !raw.isArchived) repos.push(toRepoHealth(raw, files, aliases));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { repos, requests, ...(visible !== undefined ? { visible } : {}) };
}
