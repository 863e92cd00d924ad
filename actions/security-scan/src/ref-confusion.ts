import type { ActionContext } from '../../../shared/action/define-action.js';
import { errorStatus } from '../../../shared/core/errors.js';
import type { ChangedLines } from './engine/diff.js';
import type { ScanResult } from './engine/scanner.js';
import { collectRemoteUses, REF_CONFUSION, type RemoteUse, refConfusionFindings } from './engine/workflow-refs.js';
import type { ScanInputs, ScanSettings } from './settings.js';

/** Distinct owner/repo@ref looked up at most; a tree with more gets the first ones checked and a note. */
export const MAX_REF_LOOKUPS = 200;

type Lookup = 'ambiguous' | 'clear' | 'unknown';

/**
 * The online `ref-confusion` audit: for each distinct `owner/repo@ref` of the scanned workflow and
 * action files, asks GitHub whether `ref` names both a tag and a branch of that repository
 * (`GET /repos/{owner}/{repo}/git/matching-refs/tags/{ref}`, then `…/heads/{ref}` only when the tag
 * exists), and adds a finding for each ambiguous use to `result`. A repository GitHub does not show
 * (404: private or gone) is skipped with a debug line; a token that cannot read (401/403), or no
 * token, skips the audit with one line. Runs only when the rule is active and `online-audits` is on.
 */
export async function auditRefConfusion(
  ctx: ActionContext<ScanInputs>,
  settings: ScanSettings,
  result: ScanResult,
  changed?: ChangedLines,
): Promise<void> {
  const rule = result.rules.find((r) => r.id === REF_CONFUSION);
  if (!rule || ctx.inputs['online-audits'] === false) return;
  const uses = collectRemoteUses(settings.root, settings.config, changed);
  if (uses.length === 0) return;
  const { logger } = ctx;
  const key = (u: RemoteUse) => `${u.owner}/${u.repo}@${u.ref}`.toLowerCase();
  const distinct = [...new Map(uses.map((u) => [key(u), u])).values()];
  if (distinct.length > MAX_REF_LOOKUPS)
    logger.info(
      `ref-confusion: ${distinct.length} distinct action refs; checking the first ${MAX_REF_LOOKUPS} (each costs up to 2 API requests).`,
    );
  const answers = new Map<string, Lookup>();
  const missingRepos = new Set<string>();
  let github: Awaited<ReturnType<ActionContext<ScanInputs>['github']>>;
  try {
    // A bounded client: this audit is optional, and must not hold the scan up when GitHub is slow,
    // unreachable or rate limited (a wait over a minute fails the request instead).
    github = await ctx.github({
      retries: 1,
      retryBaseMs: 500,
      timeoutMs: 15_000,
      throttle: { maxRetries: 1, maxWaitMs: 60_000 },
    });
  } catch (error) {
    logger.info(`ref-confusion skipped: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  /** True when `refs/{kind}/{ref}` exists exactly (matching-refs also lists refs that only start so). */
  const exists = async (u: RemoteUse, kind: 'tags' | 'heads') => {
    const res = await github.rest.git.listMatchingRefs({ owner: u.owner, repo: u.repo, ref: `${kind}/${u.ref}` });
    return res.data.some((r) => r.ref === `refs/${kind}/${u.ref}`);
  };
  for (const u of distinct.slice(0, MAX_REF_LOOKUPS)) {
    const repo = `${u.owner}/${u.repo}`.toLowerCase();
    if (missingRepos.has(repo)) {
      answers.set(key(u), 'unknown');
      continue;
    }
    try {
      answers.set(key(u), (await exists(u, 'tags')) && (await exists(u, 'heads')) ? 'ambiguous' : 'clear');
    } catch (error) {
      const status = errorStatus(error);
      if (status === 404) {
        logger.debug(
          `ref-confusion: ${u.owner}/${u.repo} is not visible to the token (404); its refs are not checked.`,
        );
        missingRepos.add(repo);
        answers.set(key(u), 'unknown');
        continue;
      }
      const why =
        status === 401 || status === 403 || status === 429
          ? `the token cannot read repository refs, or a rate limit was reached (HTTP ${status})`
          : `GitHub did not answer (${status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)})`;
      logger.info(`ref-confusion skipped: ${why}; ambiguous branch/tag refs of actions are not checked.`);
      break;
    }
  }
  const found = refConfusionFindings(rule, uses, (u) => answers.get(key(u)) === 'ambiguous', {
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(changed ? { changed } : {}),
  });
  if (found.length === 0) return;
  result.findings.push(...found);
  result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
