import type { ActionContext } from '../../../shared/action/define-action.js';
import { errorStatus } from '../../../shared/core/errors.js';
import { graphqlFailure } from '../../../shared/github/graphql-failure.js';
import type { ChangedLines } from './engine/diff.js';
import type { ScanResult } from './engine/scanner.js';
import { collectRemoteUses, REF_CONFUSION, type RemoteUse, refConfusionFindings } from './engine/workflow-refs.js';
import type { ScanInputs, ScanSettings } from './settings.js';

/** Distinct owner/repo@ref looked up at most; a tree with more gets the first ones checked and a note. */
export const MAX_REF_LOOKUPS = 200;

type Lookup = 'ambiguous' | 'clear' | 'unknown';

/** Refs asked in one GraphQL query (two `ref` fields each: far below GitHub's node and cost limits). */
const REFS_PER_QUERY = 50;

/**
 * One query for a batch of `owner/repo@ref`: for each, the repository's `refs/tags/<ref>` and
 * `refs/heads/<ref>` by exact name (null when absent), aliased r0, r1, …; values go in variables.
 */
function refsQuery(batch: readonly RemoteUse[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const params: string[] = [];
  const fields = batch.map((u, k) => {
    variables[`o${k}`] = u.owner;
    variables[`n${k}`] = u.repo;
    variables[`t${k}`] = `refs/tags/${u.ref}`;
    variables[`h${k}`] = `refs/heads/${u.ref}`;
    params.push(`$o${k}: String!`, `$n${k}: String!`, `$t${k}: String!`, `$h${k}: String!`);
    return `r${k}: repository(owner: $o${k}, name: $n${k}) { tag: ref(qualifiedName: $t${k}) { id } branch: ref(qualifiedName: $h${k}) { id } }`;
  });
  return { query: `query RefConfusion(${params.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}

/**
 * The online `ref-confusion` audit: for each distinct `owner/repo@ref` of the scanned workflow and
 * action files, asks GitHub whether `ref` names both a tag and a branch of that repository
 (one GraphQL query per 50 refs: both ref names of each repository by exact name, so a scan of a
 * repository using 30 actions costs one request, not 60), and adds a finding for each ambiguous use
 * to `result`. A repository GitHub does not show (NOT_FOUND: private or gone) is skipped with a debug
 * line; a token that cannot read (401/403), or no token, skips the audit with one line. Runs only when the rule is active and `online-audits` is on.
 */
export async function auditRefConfusion(
  ctx: ActionContext<ScanInputs>,
  settings: ScanSettings,
  result: ScanResult,
  changed?: ChangedLines,
): Promise<void> {
  const rule = result.rules.find((r) => r.id === REF_CONFUSION);
  if (!rule || ctx.inputs['online-audits'] === false) return;
  const uses = collectRemoteUses(result.workflowFiles, settings.config.maxFileSize);
  if (uses.length === 0) return;
  const { logger } = ctx;
  const key = (u: RemoteUse) => `${u.owner}/${u.repo}@${u.ref}`.toLowerCase();
  const distinct = [...new Map(uses.map((u) => [key(u), u])).values()];
  if (distinct.length > MAX_REF_LOOKUPS)
    logger.info(`ref-confusion: ${distinct.length} distinct action refs; checking the first ${MAX_REF_LOOKUPS}.`);
  const answers = new Map<string, Lookup>();
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
  for (let i = 0; i < Math.min(distinct.length, MAX_REF_LOOKUPS); i += REFS_PER_QUERY) {
    const batch = distinct.slice(i, Math.min(i + REFS_PER_QUERY, MAX_REF_LOOKUPS));
    const { query, variables } = refsQuery(batch);
    let data: Record<string, unknown> | null;
    let notFound = new Set<string>();
    try {
      data = await github.graphql<Record<string, unknown>>(query, variables);
    } catch (error) {
      // GitHub answers 200 with NOT_FOUND errors for repositories the token cannot see, and the
      // others' data beside them: those are skipped, anything else skips the audit.
      const failure = graphqlFailure(error);
      const other = failure?.errors.find((e) => e.type !== 'NOT_FOUND');
      if (!failure || other) {
        const status = errorStatus(error);
        const why =
          other !== undefined
            ? `GitHub refused the query (${String(other.type ?? other.message)})`
            : status === 401 || status === 403 || status === 429
              ? `the token cannot read repository refs, or a rate limit was reached (HTTP ${status})`
              : `GitHub did not answer (${status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)})`;
        logger.info(`ref-confusion skipped: ${why}; ambiguous branch/tag refs of actions are not checked.`);
        break;
      }
      data = failure.data;
      notFound = new Set(failure.errors.flatMap((e) => (Array.isArray(e.path) ? [String(e.path[0])] : [])));
    }
    batch.forEach((u, k) => {
      const answer = data?.[`r${k}`] as { tag?: unknown; branch?: unknown } | null | undefined;
      if (!answer || notFound.has(`r${k}`)) {
        logger.debug(`ref-confusion: ${u.owner}/${u.repo} is not visible to the token; its refs are not checked.`);
        answers.set(key(u), 'unknown');
        return;
      }
      answers.set(key(u), answer.tag && answer.branch ? 'ambiguous' : 'clear');
    });
  }
  const found = refConfusionFindings(rule, uses, (u) => answers.get(key(u)) === 'ambiguous', {
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(changed ? { changed } : {}),
  });
  if (found.length === 0) return;
  result.findings.push(...found);
  result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
