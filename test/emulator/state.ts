import type { Clock } from '../../shared/core/clock.js';
import { GitStore, type Signature } from './git.js';
import type { AppRecord, ArtifactRecord, Grant, OrgRecord, RepoRecord } from './model.js';

/** A user or bot account known to the emulator. */
export interface Account {
  login: string;
  id: number;
  node_id: string;
  type: 'User' | 'Bot' | 'Organization';
}

/** The in-memory GitHub: organizations, repositories and everything under them, shared by REST and GraphQL. */
export class EmulatorState {
  readonly orgs = new Map<string, OrgRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly reposById = new Map<number, RepoRecord>();
  readonly accounts = new Map<string, Account>();
  readonly tokens = new Map<string, Grant>();
  /** GitHub Apps by id (the generator installs app 1, `moko-standards`, on the organization). */
  readonly apps = new Map<number, AppRecord>();
  /** Artifacts by id across repositories (the results service and the REST API share them). */
  readonly artifacts = new Map<number, { repo: RepoRecord; artifact: ArtifactRecord }>();
  /** Base URL of the server once it listens; `html_url`s and `url`s are built from it. */
  baseUrl = 'http://127.0.0.1';
  private lastId = 1000;

  constructor(readonly clock: Clock) {}

  /** A fresh numeric id (unique across object kinds, like GitHub's database ids). */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** A GitHub-style global node id such as `R_kgDOAAAD6Q` for a kind prefix and a database id. */
  nodeId(prefix: string, id: number): string {
    return `${prefix}_kgDO${Buffer.from(id.toString(16).padStart(8, '0'), 'hex').toString('base64url')}`;
  }

  /** The clock as an ISO timestamp without milliseconds, GitHub's format. */
  now(): string {
    return new Date(this.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** The account for a login, created on first mention. */
  account(login: string, type: Account['type'] = 'User'): Account {
    const key = login.toLowerCase();
    let a = this.accounts.get(key);
    if (!a) {
      const id = this.nextId();
      a = { login, id, node_id: this.nodeId(type === 'Organization' ? 'O' : 'U', id), type };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** Adds a repository to the indexes. */
  addRepo(repo: RepoRecord): void {
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
    this.reposById.set(repo.id, repo);
  }

  /** Removes a repository from the indexes. */
  removeRepo(repo: RepoRecord): void {
    this.repos.delete(`${repo.owner}/${repo.name}`.toLowerCase());
    this.reposById.delete(repo.id);
  }

  /** The repository `owner/name`, case-insensitive. */
  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The organization for a login, case-insensitive. */
  org(login: string): OrgRecord | undefined {
    return this.orgs.get(login.toLowerCase());
  }

  /** Repositories of an owner in creation order. */
  reposOf(owner: string): RepoRecord[] {
    const o = owner.toLowerCase();
    return [...this.repos.values()].filter((r) => r.owner.toLowerCase() === o);
  }

  /** The repository's git data, building the initial commit from its seed files on first use. */
  git(repo: RepoRecord): GitStore {
    if (repo.git) return repo.git;
    const git = new GitStore();
    repo.git = git;
    const files = repo.seedFiles?.() ?? { 'README.md': { content: `# ${repo.name}\n` } };
    const author: Signature = { name: 'moko-bot', email: 'bot@example.com', date: repo.pushed_at };
    const sha = git.commitChanges(
      undefined,
      Object.entries(files).map(([path, f]) => ({ path, data: Buffer.from(f.content), mode: f.mode })),
      { message: 'Initial commit', author, verified: true },
    );
    git.refs.set(`refs/heads/${repo.default_branch}`, sha);
    const after = repo.afterGit;
    repo.afterGit = undefined;
    after?.();
    return git;
  }

  /** A commit signature for the acting account at the clock's time. */
  signature(login: string): Signature {
    return { name: login, email: `${this.account(login).id}+${login}@users.noreply.github.com`, date: this.now() };
  }

  /** Whether the grant covers the repository by name. */
  covers(grant: Grant, repo: RepoRecord): boolean {
    if (grant.repos === '*') return true;
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    return grant.repos.some((r) => r.toLowerCase() === full);
  }
}
