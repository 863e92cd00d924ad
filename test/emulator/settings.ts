import type { RepoRecord } from './model.js';

/** Repository settings a new GitHub repository starts with (REST names). */
export const DEFAULT_SETTINGS: Record<string, boolean> = {
  allow_merge_commit: true,
  allow_squash_merge: true,
  allow_rebase_merge: true,
  allow_auto_merge: false,
  allow_update_branch: false,
  delete_branch_on_merge: false,
  has_issues: true,
  has_wiki: true,
  has_projects: true,
  has_discussions: false,
  has_downloads: true,
  web_commit_signoff_required: false,
  allow_forking: true,
};

/** GraphQL `Repository` field for each REST setting, so both APIs read one record. */
export const GRAPHQL_SETTING_FIELDS: Record<string, string> = {
  allow_merge_commit: 'mergeCommitAllowed',
  allow_squash_merge: 'squashMergeAllowed',
  allow_rebase_merge: 'rebaseMergeAllowed',
  allow_auto_merge: 'autoMergeAllowed',
  allow_update_branch: 'allowUpdateBranch',
  delete_branch_on_merge: 'deleteBranchOnMerge',
  has_issues: 'hasIssuesEnabled',
  has_wiki: 'hasWikiEnabled',
  has_projects: 'hasProjectsEnabled',
  has_discussions: 'hasDiscussionsEnabled',
  web_commit_signoff_required: 'webCommitSignoffRequired',
  allow_forking: 'forkingAllowed',
};

/** The repository's effective settings (defaults overlaid with what was set). */
export function settingsOf(repo: RepoRecord): Record<string, boolean | string> {
  return { ...DEFAULT_SETTINGS, ...repo.settings };
}

/** The settings as GraphQL `Repository` fields. */
export function graphqlSettings(repo: RepoRecord): Record<string, boolean | string> {
  const s = settingsOf(repo);
  return Object.fromEntries(Object.entries(GRAPHQL_SETTING_FIELDS).map(([rest, gql]) => [gql, s[rest] ?? false]));
}
