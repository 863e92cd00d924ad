/** One workflow run, as much of it as the metrics need. */
export interface RunEvent {
  id: number;
  workflow: string;
  event: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  startedAt: string;
  updatedAt: string;
}

/** One pull request updated in the window. */
export interface PullEvent {
  number: number;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  firstReviewAt: string | null;
  firstCommitAt: string | null;
  /** Titled `Revert "…"`, GitHub's revert button's title: a change that undoes a failed one. */
  revert: boolean;
}

/** One issue updated in the window. */
export interface IssueEvent {
  number: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One published release. */
export interface ReleaseEvent {
  tag: string;
  publishedAt: string;
}

/** One deployment and its latest status. */
export interface DeploymentEvent {
  id: number;
  environment: string;
  createdAt: string;
  /** Latest status in GitHub's lower case (`success`, `failure`, `error`, `in_progress`…), `pending` without one. */
  state: string;
  statusAt: string | null;
}

/** What metrics-collect keeps about one repository between runs. */
export interface RepoState {
  name: string;
  archived: boolean;
  fork: boolean;
  visibility: 'public' | 'private' | 'internal';
  /** Primary language, or null when GitHub detected none. */
  language: string | null;
  stars: number;
  forks: number;
  openIssues: number;
  openPullRequests: number;
  /** Open pull requests created before the `pr-age-days` cutoff (a lower bound when `oldPullRequestsAtLeast`). */
  oldPullRequests: number;
  oldPullRequestsAtLeast: boolean;
  /** Creation time of the oldest open pull request. */
  oldestOpenPullRequestAt: string | null;
  /** ISO time of the last push, or null for a repository never pushed to. */
  pushedAt: string | null;
  defaultBranch: string | null;
  protectedDefaultBranch: boolean;
  runs: RunEvent[];
  pulls: PullEvent[];
  issues: IssueEvent[];
  releases: ReleaseEvent[];
  deployments: DeploymentEvent[];
  /** Runs of this repository were listed up to this time (absent: never, or not readable). */
  runsReadAt?: string;
  /** Why the repository's runs could not be read (HTTP status and GitHub's message). */
  unreadable?: string;
}

/** Conclusions that count against the success rate; cancelled, skipped and neutral runs do not count. */
export const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
