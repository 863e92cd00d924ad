import type { GitStore } from './git.js';

/** What a token may do: which repositories (full names, case-insensitive, or every one) and how. */
export interface Grant {
  repos: '*' | string[];
  permission: 'read' | 'write' | 'admin';
  /** The account `GET /user` answers with; default `moko-bot`. */
  login?: string;
  /** Epoch ms after which the token is refused with 401 (installation tokens live one hour). */
  expiresAt?: number;
  /** Set when the caller authenticated as a GitHub App with a JWT: only app endpoints are open to it. */
  appId?: number;
  /**
   * App permissions the token lacks (e.g. `vulnerability_alerts`, `security_events`,
   * `secret_scanning_alerts`): the alert endpoints answer 403 for them, as GitHub does.
   */
  withoutPermissions?: string[];
}

/** An installation of a GitHub App on an organization. */
export interface InstallationRecord {
  id: number;
  account: string;
  /** Repositories the installation covers (full names) or all of the account's. */
  repos: '*' | string[];
  permissions: Record<string, 'read' | 'write' | 'admin'>;
}

/** A GitHub App the emulator knows; `publicKey` (PEM) makes it verify JWT signatures. */
export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  publicKey?: string;
  installations: InstallationRecord[];
}

/** A file the generator plants, produced lazily on first git access. */
export interface SeedFile {
  content: string;
  mode?: string;
}

/** A label of a repository. */
export interface LabelRecord {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

/** An issue or pull request comment (issue comments API). */
export interface CommentRecord {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

/** An issue (pull requests share the number sequence, as on GitHub). */
export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A pull request review. */
export interface ReviewRecord {
  id: number;
  node_id: string;
  user: string;
  body: string;
  state: string;
  commit_id: string;
  submitted_at: string;
}

/** A pull request. */
export interface PullRecord extends Omit<IssueRecord, 'state_reason'> {
  head: string;
  base: string;
  head_sha: string;
  draft: boolean;
  merged: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  requested_reviewers: string[];
  requested_teams: string[];
  reviews: ReviewRecord[];
  auto_merge: { merge_method: string; enabled_by: string } | null;
  maintainer_can_modify: boolean;
  /** Commits of a generated-history pull request (no git objects behind them), oldest first. */
  commits?: { oid: string; authored_at: string }[];
}

/** A release asset; `data` is the uploaded bytes. */
export interface AssetRecord {
  id: number;
  node_id: string;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  created_at: string;
  updated_at: string;
}

/** A release. */
export interface ReleaseRecord {
  id: number;
  node_id: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  author: string;
  assets: AssetRecord[];
}

/** A workflow; `state` includes GitHub's `disabled_inactivity` (60 days without activity in a public fork/repo). */
export interface WorkflowRecord {
  id: number;
  node_id: string;
  name: string;
  path: string;
  state: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  created_at: string;
  updated_at: string;
  /** Events of its `on:` (not in the REST answer; the emulator fires `schedule` from `crons`). */
  triggers?: string[];
  /** Cron expressions of its `on.schedule`. */
  crons?: string[];
}

/** A workflow run. */
export interface RunRecord {
  id: number;
  node_id: string;
  workflow_id: number;
  name: string;
  run_number: number;
  run_attempt: number;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  head_branch: string;
  head_sha: string;
  actor: string;
  created_at: string;
  updated_at: string;
  /** When a runner picked the run up (GitHub's `run_started_at`); the creation time when absent. */
  run_started_at?: string;
}

/** A job of a workflow run. */
export interface JobRecord {
  id: number;
  node_id: string;
  run_id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  steps: { name: string; status: string; conclusion: string | null; number: number }[];
}

/** A workflow artifact (REST view of what the results service stored). */
export interface ArtifactRecord {
  id: number;
  node_id: string;
  name: string;
  run_id: number;
  size_in_bytes: number;
  data: Buffer;
  created_at: string;
  expires_at: string;
  finalized: boolean;
  digest?: string;
}

/** A code scanning SARIF upload. */
export interface SarifRecord {
  id: string;
  commit_sha: string;
  ref: string;
  sarif: unknown;
  tool_names: string[];
  created_at: string;
}

/** A repository ruleset (read side only). */
export interface RulesetRecord {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: 'disabled' | 'active' | 'evaluate';
  conditions: unknown;
  rules: unknown[];
}

/** A commit status set by CI or a bot. */
export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
  creator: string;
}

/** A repository with everything the emulator keeps about it. */
export interface RepoRecord {
  id: number;
  node_id: string;
  owner: string;
  name: string;
  description: string | null;
  visibility: 'public' | 'private' | 'internal';
  topics: string[];
  archived: boolean;
  fork: boolean;
  default_branch: string;
  language: string | null;
  created_at: string;
  updated_at: string;
  pushed_at: string;
  custom_properties: Record<string, string | string[] | null>;
  settings: Record<string, boolean | string>;
  /** Files of the initial commit, generated only when the repository's git data is first read. */
  seedFiles?: () => Record<string, SeedFile>;
  /** Runs once right after the initial commit exists (the generator opens pull requests here). */
  afterGit?: () => void;
  git?: GitStore;
  nextNumber: number;
  issues: IssueRecord[];
  pulls: PullRecord[];
  labels: LabelRecord[];
  comments: CommentRecord[];
  releases: ReleaseRecord[];
  immutableReleases: boolean;
  /** Secret scanning and push protection (`security_and_analysis`, shown to admins); default by visibility. */
  securityAndAnalysis?: { secretScanning: 'enabled' | 'disabled'; pushProtection: 'enabled' | 'disabled' };
  /** The GITHUB_TOKEN's default permissions in this repository's workflows; default `read`, GitHub's default since 2023. */
  workflowPermissions?: { default: 'read' | 'write'; canApprovePullRequestReviews: boolean };
  /** Tag names of deleted immutable releases: they can never be used again. */
  burnedTags?: Set<string>;
  /** Commit statuses (`POST /repos/{owner}/{repo}/statuses/{sha}`), newest last. */
  statuses?: CommitStatusRecord[];
  workflows: WorkflowRecord[];
  runs: RunRecord[];
  jobs: JobRecord[];
  protections: Map<string, Record<string, unknown>>;
  rulesets: RulesetRecord[];
  sarifs: SarifRecord[];
  /** Deployments with their statuses (generated history; absent means none). */
  deployments?: DeploymentRecord[];
  /** Dependabot, code scanning and secret scanning alerts (generated history; absent means none). */
  alerts?: AlertRecords;
}

/** A deployment status (https://docs.github.com/rest/deployments/statuses). */
export interface DeploymentStatusRecord {
  id: number;
  node_id: string;
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  description: string;
  creator: string;
  created_at: string;
}

/** A deployment (https://docs.github.com/rest/deployments/deployments); statuses oldest first. */
export interface DeploymentRecord {
  id: number;
  node_id: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  creator: string;
  created_at: string;
  updated_at: string;
  statuses: DeploymentStatusRecord[];
}

/** Severity of a Dependabot advisory or a code scanning rule's security severity. */
export type AlertSeverity = 'low' | 'medium' | 'high' | 'critical';

/** A Dependabot alert. */
export interface DependabotAlertRecord {
  number: number;
  state: 'open' | 'fixed' | 'dismissed' | 'auto_dismissed';
  severity: AlertSeverity;
  package: string;
  ecosystem: string;
  manifest: string;
  ghsa: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A code scanning alert. */
export interface CodeScanningAlertRecord {
  number: number;
  state: 'open' | 'fixed' | 'dismissed';
  rule: string;
  severity: 'note' | 'warning' | 'error';
  security_severity: AlertSeverity | null;
  tool: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A secret scanning alert. */
export interface SecretScanningAlertRecord {
  number: number;
  state: 'open' | 'resolved';
  secret_type: string;
  secret_type_display_name: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** The security alerts of a repository. */
export interface AlertRecords {
  dependabot: DependabotAlertRecord[];
  codeScanning: CodeScanningAlertRecord[];
  secretScanning: SecretScanningAlertRecord[];
}

/** The activity a new repository starts without: issues, pull requests, releases, runs, protections, uploads. */
export function emptyRepoActivity(): Pick<
  RepoRecord,
  | 'nextNumber'
  | 'issues'
  | 'pulls'
  | 'comments'
  | 'releases'
  | 'workflows'
  | 'runs'
  | 'jobs'
  | 'protections'
  | 'rulesets'
  | 'sarifs'
> {
  return {
    nextNumber: 1,
    issues: [],
    pulls: [],
    comments: [],
    releases: [],
    workflows: [],
    runs: [],
    jobs: [],
    protections: new Map(),
    rulesets: [],
    sarifs: [],
  };
}

/** An organization custom property definition. */
export interface CustomPropertyDef {
  property_name: string;
  value_type: 'string' | 'single_select' | 'multi_select' | 'true_false';
  allowed_values?: string[];
  required?: boolean;
}

/** A Projects (v2) board of an organization. */
export interface ProjectRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  repositories: number[];
}

/** One org audit-log event (https://docs.github.com/organizations/keeping-your-organization-secure/reviewing-the-audit-log-for-your-organization). */
export interface AuditEntry {
  '@timestamp': number;
  _document_id: string;
  action: string;
  actor: string;
  org: string;
  repo?: string;
  created_at: number;
}

/** A team of an organization. */
export interface TeamRecord {
  id: number;
  node_id: string;
  name: string;
  slug: string;
  description: string;
  members: string[];
}

/** An organization. */
export interface OrgRecord {
  id: number;
  node_id: string;
  login: string;
  name: string;
  description: string;
  created_at: string;
  customProperties: CustomPropertyDef[];
  projects: ProjectRecord[];
  auditLog: AuditEntry[];
  teams: TeamRecord[];
  /** Logins of the organization's members (collaborators on every repository). */
  members: string[];
}
