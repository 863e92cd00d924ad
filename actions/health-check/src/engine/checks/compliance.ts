import type { Finding } from '../../../../../shared/core/finding.js';
import { runValidators } from '../../../../../shared/validation/plugins.js';
import { type ComplianceContext, selectRules } from '../compliance/rules.js';
import { mapLimit } from '../map-limit.js';
import type { HealthCheck } from '../types.js';

/** Repositories checked at once. */
const CONCURRENCY = 4;

/**
 * Compliance of every target repository through the compliance rules (validation plugins, chosen by
 * the `compliance` input): required files, default branch protection (branch protection or ruleset),
 * secret scanning and push protection where readable, a read-only default GITHUB_TOKEN. What a rule
 * could not read (the token lacks the permission) is counted in the detail, never passed as compliant.
 */
export const complianceCheck: HealthCheck = {
  id: 'compliance',
  description:
    'Required files, default branch protected (branch protection or ruleset), secret scanning and push protection, read-only default GITHUB_TOKEN.',
  phase: 1,
  async validate(ctx) {
    const inventory = await ctx.inventory();
    const rules = selectRules(ctx.settings.complianceRules ?? []);
    const unreadable = new Map<string, Set<string>>();
    let compliant = 0;
    const results = await mapLimit(inventory.repos, CONCURRENCY, async (repo) => {
      if (repo.defaultBranch === null) return []; // an empty repository has nothing to check yet
      const rctx: ComplianceContext = {
        client: ctx.client,
        repo,
        requiredFiles: ctx.settings.requiredFiles,
        unreadable: (rule) => {
          if (!unreadable.has(rule)) unreadable.set(rule, new Set());
          unreadable.get(rule)?.add(repo.fullName);
        },
      };
      const outcome = await runValidators(rules, rctx);
      const first = outcome.errors[0];
      if (first) throw first.error;
      if (outcome.findings.length === 0) compliant++;
      return outcome.findings;
    });
    const findings: Finding[] = results.flat();
    const n = inventory.repos.length;
    const notRead = [...unreadable].map(([rule, repos]) => `${rule} not readable in ${repos.size}`);
    ctx.note(
      'compliance',
      `${compliant} of ${n} repositor${n === 1 ? 'y' : 'ies'} compliant (${rules.map((r) => r.id).join(', ')})` +
        (notRead.length > 0 ? `; ${notRead.join(', ')}` : ''),
    );
    return findings;
  },
};
