import type { BulkApi } from './api.js';
import type { RepoInfo } from './repos.js';

/** One file change relative to the default branch. */
export interface FileChange {
  path: string;
  kind: 'add' | 'update' | 'delete';
  /** Desired content (add/update). */
  content?: Buffer;
  /** Git blob id of the desired content (add/update). */
  oid?: string;
  /** Why, e.g. `renamed from x`. */
  note?: string;
}

/** A write outside the commit (labels, settings, branches, projects); only planned when something differs. */
export interface DirectWrite {
  operation: string;
  /** One line for the summary and the dry-run diff, e.g. `+ label bug (#d73a4a)`. */
  description: string;
  /** Counts against the content-creation budget (POST/PATCH/PUT/DELETE, mutations). */
  contentCreating: boolean;
  /** Writes; `pace` runs one content-creating request under the pacer (for writes that make several). */
  apply(api: BulkApi, pace: <T>(fn: () => Promise<T>) => Promise<T>): Promise<void>;
}

/** A pull request whose head is our branch. */
export interface PullInfo {
  id: string;
  number: number;
  url: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  baseRefName: string;
}

/** A branch as the stale-branches operation sees it. */
export interface BranchInfo {
  name: string;
  committedDate: string | null;
  protected: boolean;
  openPulls: number;
  mergedPulls: number;
}

/** The current state of one repository, read in a batched GraphQL request. */
export interface RepoState {
  id: string;
  defaultBranch: string;
  headOid: string | null;
  defaultProtected: boolean;
  /** Path → blob id on the default branch (null: absent). */
  files: Map<string, string | null>;
  /** Folder → blob entries on the default branch (null: absent). */
  dirs: Map<string, { path: string; oid: string }[] | null>;
  /** Path → text on the default branch, only for paths whose content is needed (renames). */
  texts: Map<string, string | null>;
  /** Our head branch, when it exists. */
  branch: { id: string; oid: string; files: Map<string, string | null> } | null;
  pulls: PullInfo[];
  labels?: { id: string; name: string; color: string; description: string | null }[];
  /** Delivery label name → node id (null: missing in the repository). */
  deliveryLabels: Map<string, string | null>;
  settings?: Record<string, boolean>;
  branches?: BranchInfo[];
}

/** What an operation wants read for every repository. */
export interface ReadNeeds {
  files: Set<string>;
  dirs: Set<string>;
  texts: Set<string>;
  labels: boolean;
  settings: boolean;
  branches: boolean;
}

/** Empty read needs. */
export function emptyNeeds(): ReadNeeds {
  return {
    files: new Set(),
    dirs: new Set(),
    texts: new Set(),
    labels: false,
    settings: false,
    branches: false,
  };
}

/** Everything planned for one repository. */
export interface RepoPlan {
  repo: RepoInfo;
  files: FileChange[];
  writes: DirectWrite[];
  /** Information for the report, e.g. files kept because `replace: false`. */
  notes: string[];
}

/** Outcome of one repository. */
export type RepoStatus = 'updated' | 'unchanged' | 'skipped' | 'failed';

/** One row of the results file. */
export interface RepoResult {
  repo: string;
  status: RepoStatus;
  reason?: string;
  pullRequest?: { number: number; url: string };
  commit?: string;
  /** One line per change made (or, in dry-run, that would be made). */
  changes: string[];
  /** Dry-run: the unified diff of file changes. */
  diff?: string;
}
