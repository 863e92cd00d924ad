import type { OrgRecord, RepoRecord, TeamRecord } from './model.js';
import { repositoryCounts } from './graphql/repository-counts.js';
import { settingsOf } from './settings.js';
import type { EmulatorState } from './state.js';

/** `simple-user` for a login (https://docs.github.com/rest/users/users). */
export function userJson(state: EmulatorState, login: string): Record<string, unknown> {
  const a = state.account(login);
  // Bot logins carry brackets (`dependabot[bot]`), which URLs must escape, as GitHub's do.
  const api = `${state.baseUrl}/users/${encodeURIComponent(a.login)}`;
  return {
    login: a.login,
    id: a.id,
    node_id: a.node_id,
    avatar_url: `${state.baseUrl}/avatars/u/${a.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${state.baseUrl}/${a.type === 'Bot' ? 'apps/' : ''}${encodeURIComponent(a.login.replace(/\[bot\]$/, ''))}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: a.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

/** `organization-simple` / `organization-full` fields the actions read. */
export function orgJson(state: EmulatorState, org: OrgRecord): Record<string, unknown> {
  const api = `${state.baseUrl}/orgs/${org.login}`;
  return {
    login: org.login,
    id: org.id,
    node_id: org.node_id,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `${state.baseUrl}/avatars/o/${org.id}`,
    description: org.description,
    name: org.name,
    html_url: `${state.baseUrl}/${org.login}`,
    type: 'Organization',
    created_at: org.created_at,
    updated_at: org.created_at,
    public_repos: state.reposOf(org.login).filter((r) => r.visibility === 'public').length,
    total_private_repos: state.reposOf(org.login).filter((r) => r.visibility !== 'public').length,
    has_organization_projects: true,
    has_repository_projects: true,
    followers: 0,
    following: 0,
    archived_at: null,
  };
}

/** `repository` / `full-repository` / `minimal-repository` shapes for a repository. */
export function repoJson(state: EmulatorState, repo: RepoRecord): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const api = `${state.baseUrl}/repos/${full}`;
  const isOrg = state.org(repo.owner) !== undefined;
  const owner = isOrg ? { ...userJson(state, repo.owner), type: 'Organization' } : userJson(state, repo.owner);
  if (isOrg) {
    owner.id = state.org(repo.owner)!.id;
    owner.node_id = state.org(repo.owner)!.node_id;
  }
  return {
    id: repo.id,
    node_id: repo.node_id,
    name: repo.name,
    full_name: full,
    owner,
    private: repo.visibility !== 'public',
    visibility: repo.visibility,
    html_url: `${state.baseUrl}/${full}`,
    description: repo.description,
    fork: repo.fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    branches_url: `${api}/branches{/branch}`,
    contents_url: `${api}/contents/{+path}`,
    git_url: `git://127.0.0.1/${full}.git`,
    ssh_url: `git@127.0.0.1:${full}.git`,
    clone_url: `${state.baseUrl}/${full}.git`,
    svn_url: `${state.baseUrl}/${full}`,
    pulls_url: `${api}/pulls{/number}`,
    issues_url: `${api}/issues{/number}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    topics: repo.topics,
    archived: repo.archived,
    disabled: false,
    default_branch: repo.default_branch,
    language: repo.language,
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    pushed_at: repo.pushed_at,
    size: 128,
    // Same counts GraphQL's stargazerCount/forkCount report.
    stargazers_count: repositoryCounts(repo).stargazerCount,
    watchers_count: repositoryCounts(repo).stargazerCount,
    watchers: repositoryCounts(repo).stargazerCount,
    forks_count: repositoryCounts(repo).forkCount,
    forks: repositoryCounts(repo).forkCount,
    open_issues_count: repo.issues.filter((i) => i.state === 'open').length,
    open_issues: repo.issues.filter((i) => i.state === 'open').length,
    subscribers_count: 0,
    network_count: 0,
    is_template: false,
    homepage: null,
    mirror_url: null,
    license: null,
    has_pages: false,
    has_discussions: false,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    custom_properties: repo.custom_properties,
    ...settingsOf(repo),
    ...(isOrg ? { organization: owner } : {}),
  };
}

/** `team` / `team-full` (https://docs.github.com/rest/teams/teams). */
export function teamJson(state: EmulatorState, org: OrgRecord, t: TeamRecord): Record<string, unknown> {
  const api = `${state.baseUrl}/orgs/${org.login}/teams/${t.slug}`;
  return {
    id: t.id,
    node_id: t.node_id,
    url: api,
    html_url: `${state.baseUrl}/orgs/${org.login}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: t.description,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
    members_count: t.members.length,
    repos_count: 0,
    created_at: org.created_at,
    updated_at: org.created_at,
    organization: orgJson(state, org),
  };
}
