import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ActionContext } from '../../../shared/action/define-action.js';
import { errorMessage } from '../../../shared/core/errors.js';
import { apiChangedLines, type ChangedLines, gitChangedLines, type PullFile, pullRequestShas } from './engine/diff.js';
import type { ScanInputs, ScanSettings } from './settings.js';

const run = promisify(execFile);

async function hasCommits(dir: string, shas: string[]): Promise<boolean> {
  try {
    for (const sha of shas) await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: dir });
    return true;
  } catch {
    return false;
  }
}

/** Base/head of the triggering event: a pull request's base and head, or a push's before/after. */
function eventShas(event: object): { base: string; head: string; pr?: number } | undefined {
  const pr = pullRequestShas(event);
  const number = (event as { pull_request?: { number?: unknown } }).pull_request?.number;
  if (pr) return { ...pr, ...(typeof number === 'number' ? { pr: number } : {}) };
  const push = event as { before?: unknown; after?: unknown };
  if (typeof push.before === 'string' && typeof push.after === 'string' && !/^0+$/.test(push.before))
    return { base: push.before, head: push.after };
  return undefined;
}

/**
 * Changed lines for diff mode. First choice: `git diff --unified=0 base...head` in the checkout
 * (needs both commits: `actions/checkout` with `fetch-depth: 0`). Without that history, on a pull
 * request: the API's list of pull request files and their patches. Otherwise undefined (full scan).
 */
export async function changedLinesFor(
  ctx: ActionContext<ScanInputs>,
  settings: ScanSettings,
): Promise<ChangedLines | undefined> {
  const shas = eventShas(ctx.env.event);
  if (!shas) {
    ctx.logger.warning(
      `mode: diff needs a pull_request or push event (got ${ctx.env.eventName || 'none'}); scanning every file instead.`,
    );
    return undefined;
  }
  if (await hasCommits(settings.root, [shas.base, shas.head])) {
    ctx.logger.info(`Diff mode: lines changed in ${shas.base.slice(0, 7)}...${shas.head.slice(0, 7)} (git diff).`);
    return gitChangedLines(settings.root, shas.base, shas.head, '.');
  }
  const repo = ctx.env.repository;
  if (shas.pr !== undefined && repo) {
    ctx.logger.info(
      `Diff mode: commits not in the checkout; using the files of pull request #${shas.pr} from the API.`,
    );
    try {
      const github = await ctx.github();
      const files = (await github.paginate(github.rest.pulls.listFiles, {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: shas.pr,
        per_page: 100,
      })) as PullFile[];
      const prefix = settings.rootFromWorkspace ? `${settings.rootFromWorkspace}/` : '';
      return apiChangedLines(files, prefix);
    } catch (error) {
      ctx.logger.warning(
        `Could not list the pull request's files (${errorMessage(error)}); scanning every file instead.`,
      );
      return undefined;
    }
  }
  ctx.logger.warning(
    'mode: diff could not find the base commit (fetch it with `fetch-depth: 0`); scanning every file instead.',
  );
  return undefined;
}
