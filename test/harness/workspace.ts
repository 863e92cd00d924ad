import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { killRunningSteps } from './step-process.js';

const run = promisify(execFile);

/** Content of one workspace file, optionally with a mode (e.g. 0o755 for a script). */
export type WorkspaceFile = string | { content: string; mode?: number };

/** Options of makeWorkspace. */
export interface WorkspaceOptions {
  /** `git init` and commit every file (one commit on `branch`, default main). */
  git?: boolean | { branch?: string; message?: string };
}

const created = new Set<string>();

/** Makes a temporary directory that `cleanup()` removes. */
export async function tempDir(prefix = 'moko-harness-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.add(dir);
  return dir;
}

// A fixed identity and dates keep commits (and so GITHUB_SHA) identical between runs.
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Moko Harness',
  GIT_AUTHOR_EMAIL: 'harness@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Moko Harness',
  GIT_COMMITTER_EMAIL: 'harness@example.com',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd` with an argument array (never a shell) and a clean, fixed identity. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, ...GIT_ENV };
  const { stdout } = await run('git', args, { cwd, env });
  return stdout.trim();
}

/**
 * Creates a temporary workspace holding `files` (relative paths, '/'-separated), optionally a git
 * repository with one commit, as `actions/checkout` would leave it. Removed by `cleanup()`.
 */
export async function makeWorkspace(
  files: Record<string, WorkspaceFile> = {},
  opts: WorkspaceOptions = {},
): Promise<string> {
  const root = await tempDir('moko-workspace-');
  const workspace = join(root, 'workspace');
  await mkdir(workspace);
  for (const [rel, file] of Object.entries(files)) {
    const path = normalize(join(workspace, rel));
    if (isAbsolute(rel) || !path.startsWith(workspace + sep))
      throw new Error(`workspace file '${rel}' leaves the workspace`);
    await mkdir(dirname(path), { recursive: true });
    const content = typeof file === 'string' ? file : file.content;
    await writeFile(path, content);
    if (typeof file !== 'string' && file.mode !== undefined) await chmod(path, file.mode);
  }
  if (opts.git) {
    const { branch = 'main', message = 'Initial commit' } = opts.git === true ? {} : opts.git;
    await git(workspace, ['init', '--quiet', '--initial-branch', branch]);
    await git(workspace, ['add', '--all']);
    await git(workspace, ['commit', '--quiet', '--allow-empty', '--no-gpg-sign', '--message', message]);
  }
  return workspace;
}

/** The commit checked out in `workspace`, or undefined when it is not a git repository. */
export async function headSha(workspace: string): Promise<string | undefined> {
  // Only the workspace's own repository counts, never one that happens to enclose it.
  if (!existsSync(join(workspace, '.git'))) return undefined;
  try {
    return await git(workspace, ['rev-parse', 'HEAD']);
  } catch {
    return undefined;
  }
}

/**
 * Stops any step still running and removes every workspace and runner directory the harness created.
 * Call it in afterAll/afterEach.
 */
export async function cleanup(): Promise<void> {
  killRunningSteps();
  const dirs = [...created];
  created.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
