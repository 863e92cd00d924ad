import type { Finding } from '../../../../../shared/core/finding.js';
import type { HealthCheck } from '../types.js';

/** Compliance health: every required file exists on the default branch of every target repository. */
export const complianceCheck: HealthCheck = {
  id: 'compliance',
  description: 'Required files (required-files) exist on the default branch of each target repository.',
  phase: 1,
  async validate(ctx) {
    const inventory = await ctx.inventory();
    ctx.observations.repositories = inventory.repos.length;
    const required = ctx.settings.requiredFiles;
    const findings: Finding[] = [];
    let compliant = 0;
    for (const repo of inventory.repos) {
      if (repo.defaultBranch === null) continue; // an empty repository has no files to check yet
      const missing = required.filter((f) => repo.files[f.name] === null);
      if (missing.length === 0) compliant++;
      for (const f of missing) {
        findings.push({
          ruleId: 'health/compliance/missing-file',
          severity: 'low',
          category: 'compliance',
          message: `${repo.fullName} has no ${f.name} on its default branch (looked for ${f.paths.join(', ')}).`,
          help: 'Add the file (bulk-update can push it to many repositories at once).',
          fingerprint: `${repo.fullName}:${f.name}`,
        });
      }
    }
    ctx.note(
      'compliance',
      `${compliant} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'} have all of ${required.map((f) => f.name).join(', ') || '(no files required)'}`,
    );
    return findings;
  },
};
