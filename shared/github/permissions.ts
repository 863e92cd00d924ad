/**
 * The permissions each action of the collection needs: the one source that health-check's token check,
 * the generated docs table and the reusable workflows' `permissions:` blocks are checked against.
 *
 * `workflow` uses the GITHUB_TOKEN scopes of a job's `permissions:` key
 * (https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions);
 * `app` uses the names of GitHub App installation permissions as `GET /app/installations/{id}` and
 * `POST /app/installations/{id}/access_tokens` report them
 * (https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app).
 */
export type Access = 'read' | 'write';

/** One permission an action needs, in both vocabularies, and why (shown when it is missing). */
export interface PermissionNeed {
  /** GITHUB_TOKEN scope, e.g. `contents`; absent when a workflow token cannot have it at all. */
  workflow?: string;
  /** GitHub App permission, e.g. `contents`, `administration`, `organization_administration`. */
  app: string;
  access: Access;
  /** What the action does with it. */
  why: string;
  /** Needed only when an input turns the feature on (named here), e.g. `re-enable`. */
  onlyWith?: string;
}

/** Permissions of every action of the collection, by action name. */
export const ACTION_PERMISSIONS: Record<string, readonly PermissionNeed[]> = {
  'security-scan': [
    { workflow: 'contents', app: 'contents', access: 'read', why: 'read the checked-out repository and its history' },
    {
      workflow: 'security-events',
      app: 'security_events',
      access: 'write',
      why: 'upload SARIF to code scanning',
      onlyWith: 'upload',
    },
    {
      workflow: 'pull-requests',
      app: 'pull_requests',
      access: 'read',
      why: "list a pull request's changed files when the checkout has no history (diff mode)",
    },
  ],
  'bulk-update': [
    { workflow: 'contents', app: 'contents', access: 'write', why: 'create branches and commits with standard files' },
    {
      workflow: 'pull-requests',
      app: 'pull_requests',
      access: 'write',
      why: 'open and update the update pull requests',
    },
    { workflow: 'issues', app: 'issues', access: 'write', why: 'create and update labels' },
    { app: 'workflows', access: 'write', why: 'change files under .github/workflows/ (App tokens only)' },
    { app: 'administration', access: 'write', why: 'apply repository settings and branch protection' },
  ],
  release: [
    { workflow: 'contents', app: 'contents', access: 'write', why: 'commit the changelog, create tags and releases' },
    {
      workflow: 'pull-requests',
      app: 'pull_requests',
      access: 'write',
      why: 'open and update the release pull request',
    },
  ],
  'metrics-collect': [
    { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflow runs and metrics artifacts' },
    { workflow: 'contents', app: 'contents', access: 'read', why: 'read releases and commits' },
    { workflow: 'pull-requests', app: 'pull_requests', access: 'read', why: 'read pull requests and reviews' },
    { workflow: 'issues', app: 'issues', access: 'read', why: 'read issues' },
    { workflow: 'deployments', app: 'deployments', access: 'read', why: 'read deployments and their statuses' },
    {
      workflow: 'security-events',
      app: 'security_events',
      access: 'read',
      why: 'read code scanning alerts',
    },
    { app: 'vulnerability_alerts', access: 'read', why: 'read Dependabot alerts' },
    { app: 'secret_scanning_alerts', access: 'read', why: 'read secret scanning alerts' },
  ],
  'health-check': [
    { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflows and their runs' },
    {
      workflow: 'actions',
      app: 'actions',
      access: 'write',
      why: 're-enable workflows GitHub disabled for inactivity',
      onlyWith: 're-enable',
    },
    { workflow: 'contents', app: 'contents', access: 'read', why: 'check required files and branch protection' },
    {
      workflow: 'contents',
      app: 'contents',
      access: 'write',
      why: 'commit the badge to a branch',
      onlyWith: 'badge-branch',
    },
    { workflow: 'issues', app: 'issues', access: 'write', why: 'open, update, close and reopen tracking issues' },
    {
      app: 'administration',
      access: 'read',
      why: 'read rulesets, secret scanning settings and the default GITHUB_TOKEN permissions',
    },
  ],
  'audit-archive': [
    { workflow: 'actions', app: 'actions', access: 'read', why: 'list workflow runs and download audit artifacts' },
    {
      workflow: 'contents',
      app: 'contents',
      access: 'write',
      why: 'commit to the archive branch and upload release assets',
    },
  ],
};
