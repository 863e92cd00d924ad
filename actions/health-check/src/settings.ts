import { z } from 'zod';
import { input, type InputValues } from '../../../shared/action/inputs.js';
import type { RunEnvironment } from '../../../shared/action/environment.js';
import { UserError } from '../../../shared/core/errors.js';
import { ACTION_PERMISSIONS } from '../../../shared/github/permissions.js';
import { pushgatewayUrlSchema } from '../../../shared/metrics/pushgateway-url.js';
import { branchSchema, ownerSchema, repoNameSchema } from '../../../shared/validation/github-names.js';
import { COMPLIANCE_RULE_IDS } from './engine/compliance/rules.js';
import { HEALTH_CHECK_IDS } from './engine/registry.js';
import { DEFAULT_REQUIRED_FILES, parseRequiredFiles } from './engine/required-files.js';
import type { HealthSettings, HealthTarget } from './engine/types.js';

const ACTION_NAMES = Object.keys(ACTION_PERMISSIONS);

/** `required-files` parsed into candidate paths once, at the edge. */
const requiredFilesSchema = z.string().transform((raw, ctx) => {
  try {
    const entries = raw
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return parseRequiredFiles(entries);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'NaN' });
    return z.NEVER;
  }
});

/** Inputs of health-check besides the common ones (declared once; action.yml mirrors them). */
export const healthInputs = {
  organization: input.custom(ownerSchema, {
    description:
      'Check every non-archived repository of this organization (needs a token that can read them, e.g. a GitHub App installation token). Default: only the calling repository.',
    allowed: 'expected a GitHub organization name',
  }),
  checks: input.list({
    description: `Comma-separated checks to run: ${HEALTH_CHECK_IDS.join(', ')}. Default: all of them.`,
    item: z.enum(HEALTH_CHECK_IDS as [string, ...string[]]),
    allowed: `expected a comma-separated subset of ${HEALTH_CHECK_IDS.join(', ')}`,
  }),
  'required-files': input.custom(requiredFilesSchema, {
    description:
      'Files every target repository must have on its default branch (compliance check). A bare name is also looked for in .github/ and docs/, as GitHub does for community files; alternatives are separated by |.',
    default: DEFAULT_REQUIRED_FILES,
    allowed:
      'expected comma-separated file paths relative to the repository root (letters, digits, . _ - /), alternatives separated by |',
  }),
  compliance: input.list({
    description: `Compliance rules to apply (compliance check): ${COMPLIANCE_RULE_IDS.join(', ')}. Default: all of them.`,
    item: z.enum(COMPLIANCE_RULE_IDS as [string, ...string[]]),
    allowed: `expected a comma-separated subset of ${COMPLIANCE_RULE_IDS.join(', ')}`,
  }),
  'rate-limit-threshold': input.integer({
    description:
      'Percent of a rate-limit resource (core, graphql, search) left at or below which the check warns (degraded); none left fails it.',
    default: 10,
    min: 0,
    max: 100,
  }),
  'permissions-for': input.list({
    description: `Actions whose permissions the token must have (permissions check): any of ${ACTION_NAMES.join(', ')}. Default: all of them.`,
    item: z.enum(ACTION_NAMES as [string, ...string[]]),
    allowed: `expected a comma-separated subset of ${ACTION_NAMES.join(', ')}`,
  }),
  'schedule-grace-minutes': input.integer({
    description:
      'How late a scheduled run may start before its workflow is reported late (GitHub delays scheduled runs under load).',
    default: 60,
    min: 0,
    max: 10_080,
  }),
  're-enable': input.boolean({
    description:
      'Re-enable scheduled workflows GitHub disabled after 60 days without activity (needs actions: write; audited; not in dry-run).',
    default: false,
  }),
  issues: input.enum(['off', 'on', 'preview'] as const, {
    description:
      'Tracking issues: on opens, updates, closes and reopens them; preview reports what it would do and writes nothing; off leaves issues alone.',
    default: 'off',
  }),
  'issues-on': input.enum(['degraded', 'unhealthy'] as const, {
    description: 'The status from which a tracking issue is opened (and below which it is closed).',
    default: 'unhealthy',
  }),
  'issue-scope': input.enum(['organization', 'repository'] as const, {
    description:
      'One tracking issue for the whole target (in issue-repository), or one per repository with findings (in that repository).',
    default: 'organization',
  }),
  'issue-repository': input.custom(repoNameSchema, {
    description:
      'Repository (name, in the owner of the calling repository) that holds the tracking issue of issue-scope organization. Default: the calling repository.',
    allowed: 'expected a repository name',
  }),
  'issue-labels': input.list({
    description: 'Labels of tracking issues (created when missing).',
    default: 'health-check',
  }),
  'report-file': input.string({
    description: 'Where to write the JSON report, relative to the workspace.',
    default: 'health-check/report.json',
  }),
  'badge-dir': input.string({
    description:
      'Folder (relative to the workspace) for the badge: health.json (Shields endpoint) and health.svg. Empty: no badge.',
    default: 'health-check',
  }),
  'badge-branch': input.custom(branchSchema, {
    description:
      'Branch of the calling repository to commit the badge files to (created when missing; not in dry-run). Empty: files only.',
    allowed: 'expected a branch name',
  }),
  'fail-on': input.enum(['none', 'low', 'medium', 'high', 'critical'] as const, {
    description: 'Fail the step when a finding of this severity or higher is reported.',
    default: 'high',
  }),
  'pushgateway-url': input.custom(pushgatewayUrlSchema, {
    description:
      'Prometheus Pushgateway to push the health gauges to (job health-check/<target>), e.g. http://pushgateway:9091. Skipped in dry-run.',
    allowed: 'expected an http or https URL',
    // It may carry Basic-auth credentials: masked, and never echoed in an input error.
    secret: true,
  }),
};

/** Typed values of the health-check inputs. */
export type HealthInputs = InputValues<typeof healthInputs>;

/** The target: the organization input, else the calling repository. */
export function resolveTarget(
  organization: string | undefined,
  repository?: { owner: string; repo: string },
): HealthTarget {
  if (organization) return { kind: 'organization', org: organization };
  if (!repository)
    throw new UserError(
      'No target: set the organization input, or run in a repository (GITHUB_REPOSITORY is not set).',
    );
  return { kind: 'repository', owner: repository.owner, repo: repository.repo };
}

/** The engine's settings from the parsed inputs and the run environment. */
export function healthSettings(
  i: HealthInputs & { 'dry-run': boolean },
  env: Pick<RunEnvironment, 'repository'>,
): HealthSettings {
  return {
    target: resolveTarget(i.organization, env.repository),
    rateLimitThreshold: i['rate-limit-threshold'],
    requiredFiles: i['required-files'] ?? [],
    complianceRules: i.compliance,
    permissionsFor: i['permissions-for'].length > 0 ? i['permissions-for'] : ACTION_NAMES,
    scheduleGraceMs: i['schedule-grace-minutes'] * 60_000,
    reEnable: i['re-enable'] && !i['dry-run'],
    enabledInputs: [
      ...(i['re-enable'] ? ['re-enable'] : []),
      ...(i['badge-branch'] ? ['badge-branch'] : []),
      ...(i.issues === 'on' ? ['issues'] : []),
    ],
  };
}
