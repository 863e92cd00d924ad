import { errorStatus } from '../../../../../shared/core/errors.js';
import type { Finding } from '../../../../../shared/core/finding.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import { type ValidatorPlugin, ValidatorRegistry } from '../../../../../shared/validation/plugins.js';
import type { RepoHealth } from '../repo-scan.js';
import type { RequiredFile } from '../required-files.js';

/** What a compliance rule looks at: one repository. */
export interface ComplianceContext {
  client: GitHubClient;
  repo: RepoHealth;
  requiredFiles: readonly RequiredFile[];
  /** Records that a rule could not read what it checks here (403/404: the token lacks the permission). */
  unreadable(rule: string): void;
}

/** A compliance rule: a validation plugin over one repository. */
export type ComplianceRule = ValidatorPlugin<ComplianceContext>;

function finding(
  ctx: ComplianceContext,
  rule: string,
  f: Omit<Finding, 'ruleId' | 'category' | 'fingerprint'>,
): Finding {
  return {
    ruleId: `health/compliance/${rule}`,
    category: 'compliance',
    fingerprint: `${ctx.repo.fullName}:compliance:${rule}`,
    ...f,
  };
}

/** Runs `read`; a 403 or 404 (the token may not read this) marks the rule unreadable and yields undefined. */
async function readable<T>(ctx: ComplianceContext, rule: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const status = errorStatus(error);
    if (status === 403 || status === 404) {
      ctx.unreadable(rule);
      return undefined;
    }
    throw error;
  }
}

/** Required files on the default branch (from the shared GraphQL inventory: no request of its own). */
export const requiredFilesRule: ComplianceRule = {
  id: 'required-files',
  description: 'The required files exist on the default branch.',
  validate(ctx) {
    return ctx.requiredFiles
      .filter((f) => ctx.repo.files[f.name] === null)
      .map((f) => ({
        ruleId: 'health/compliance/missing-file',
        severity: 'low' as const,
        category: 'compliance',
        message: `${ctx.repo.fullName} has no ${f.name} on its default branch (looked for ${f.paths.join(', ')}).`,
        help: 'Add the file (bulk-update can push it to many repositories at once).',
        fingerprint: `${ctx.repo.fullName}:${f.name}`,
      }));
  },
};

/**
 * The default branch is protected by branch protection (`protected` of GET /branches/{branch}, readable
 * with contents: read) or by an active ruleset (GET /rules/branches/{branch}, the rules that apply).
 */
export const branchProtectionRule: ComplianceRule = {
  id: 'branch-protection',
  description: 'The default branch is protected by branch protection or a ruleset.',
  async validate(ctx) {
    const { owner, name, defaultBranch } = ctx.repo;
    if (!defaultBranch) return [];
    const r = { owner, repo: name, branch: defaultBranch };
    const branch = await readable(ctx, 'branch-protection', () => ctx.client.rest.repos.getBranch(r));
    if (!branch || branch.data.protected) return [];
    const rules = await readable(ctx, 'branch-protection', () =>
      ctx.client.rest.repos.getBranchRules({ ...r, per_page: 100 }),
    );
    if (!rules || rules.data.length > 0) return [];
    return [
      finding(ctx, 'unprotected-branch', {
        severity: 'medium',
        message: `${ctx.repo.fullName}: the default branch ${defaultBranch} is protected neither by branch protection nor by a ruleset.`,
        help: 'Add a ruleset (Settings, Rules) requiring pull requests and status checks, or branch protection.',
      }),
    ];
  },
};

/** Secret scanning and push protection, where `security_and_analysis` is readable (admins only). */
export const secretScanningRule: ComplianceRule = {
  id: 'secret-scanning',
  description: 'Secret scanning and push protection are enabled (where the token may read them).',
  async validate(ctx) {
    const { data } = await ctx.client.rest.repos.get({ owner: ctx.repo.owner, repo: ctx.repo.name });
    const sa = data.security_and_analysis;
    if (!sa) {
      ctx.unreadable('secret-scanning');
      return [];
    }
    const out: Finding[] = [];
    if (sa.secret_scanning?.status !== 'enabled')
      out.push(
        finding(ctx, 'secret-scanning-disabled', {
          severity: 'medium',
          message: `${ctx.repo.fullName}: secret scanning is not enabled.`,
          help: 'Enable it in Settings, Code security (free for public repositories; GitHub Secret Protection for private ones).',
        }),
      );
    if (sa.secret_scanning_push_protection?.status !== 'enabled')
      out.push(
        finding(ctx, 'push-protection-disabled', {
          severity: 'low',
          message: `${ctx.repo.fullName}: push protection is not enabled: a pushed secret is found after the fact, not blocked.`,
          help: 'Enable push protection in Settings, Code security.',
        }),
      );
    return out;
  },
};

/** The default GITHUB_TOKEN of the repository's workflows is read-only. */
export const actionsPermissionsRule: ComplianceRule = {
  id: 'actions-permissions',
  description: "The workflows' default GITHUB_TOKEN is read-only.",
  async validate(ctx) {
    const res = await readable(ctx, 'actions-permissions', () =>
      ctx.client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({
        owner: ctx.repo.owner,
        repo: ctx.repo.name,
      }),
    );
    if (!res || res.data.default_workflow_permissions === 'read') return [];
    return [
      finding(ctx, 'token-write', {
        severity: 'medium',
        message: `${ctx.repo.fullName}: workflows get a read-write GITHUB_TOKEN by default.`,
        help: 'Settings, Actions, General, Workflow permissions: choose "Read repository contents and packages permissions"; grant more per job with permissions:.',
      }),
    ];
  },
};

/** Every compliance rule, in summary order. */
export const COMPLIANCE_RULES: readonly ComplianceRule[] = [
  requiredFilesRule,
  branchProtectionRule,
  secretScanningRule,
  actionsPermissionsRule,
];

/** Rule ids, for the `compliance` input. */
export const COMPLIANCE_RULE_IDS = COMPLIANCE_RULES.map((r) => r.id);

/** The rules named by `ids` (all when empty); an unknown id is a UserError listing the known ones. */
export function selectRules(ids: readonly string[]): ComplianceRule[] {
  if (ids.length === 0) return [...COMPLIANCE_RULES];
  return new ValidatorRegistry<ComplianceContext>(COMPLIANCE_RULES, 'compliance rule').select(ids);
}
