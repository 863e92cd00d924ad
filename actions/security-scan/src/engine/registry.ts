import type { Severity } from '../../../../shared/core/finding.js';
import type { ScanConfig } from './config.js';
import type { AnyRule, Category, PatternRule } from './rule.js';
import { DANGEROUS_RULES } from './rules/dangerous-rules.js';
import { DANGEROUS_RULES_MORE } from './rules/dangerous-rules-more.js';
import { PERMISSION_RULES } from './rules/permission-rules.js';
import { secret } from './rules/secret-helpers.js';
import { CLOUD_SECRET_RULES } from './rules/secrets-cloud.js';
import { DEV_SECRET_RULES } from './rules/secrets-dev.js';
import { GENERIC_SECRET_RULES } from './rules/secrets-generic.js';
import { KEYED_SECRET_RULES } from './rules/secrets-keyed.js';
import { SAAS_SECRET_RULES } from './rules/secrets-saas.js';
import { WORKFLOW_RULES } from './rules/workflow-rules.js';

/** Every built-in rule, in a stable order (secrets, dangerous functions, file permissions, workflows). */
export const BUILTIN_RULES: readonly AnyRule[] = [
  ...CLOUD_SECRET_RULES,
  ...DEV_SECRET_RULES,
  ...SAAS_SECRET_RULES,
  ...KEYED_SECRET_RULES,
  ...GENERIC_SECRET_RULES,
  ...DANGEROUS_RULES,
  ...DANGEROUS_RULES_MORE,
  ...PERMISSION_RULES,
  ...WORKFLOW_RULES,
];

/** Builds the pattern rules declared under `customRules` in the configuration. */
export function customRules(config: ScanConfig): PatternRule[] {
  return config.customRules.map((c) => {
    const base = secret({
      id: c.id,
      title: c.title,
      re: c.pattern,
      kw: c.keywords.map((k) => k.toLowerCase()),
      flags: `g${c.flags ?? ''}`,
      sev: c.severity,
      ...(c.minEntropy !== undefined ? { minEntropy: c.minEntropy } : {}),
    });
    return {
      ...base,
      id: `custom/${c.id}`,
      category: c.category,
      secret: c.category === 'secret',
      help: c.help ?? base.help.replaceAll(`secret/${c.id}`, `custom/${c.id}`),
      ...(c.cwe !== undefined ? { cwe: c.cwe } : {}),
      ...(c.paths ? { fileGlobs: c.paths } : {}),
    };
  });
}

function setting(config: ScanConfig, id: string) {
  return config.rules[id] ?? config.rules[`${id.slice(0, id.indexOf('/'))}/*`];
}

/**
 * The active rule set: built-in and custom rules in the chosen categories, minus rules turned off,
 * with severity overrides applied.
 */
export function activeRules(config: ScanConfig, categories: readonly Category[]): AnyRule[] {
  const out: AnyRule[] = [];
  for (const rule of [...BUILTIN_RULES, ...customRules(config)]) {
    if (!categories.includes(rule.category)) continue;
    const s = setting(config, rule.id);
    if (s === 'off' || (typeof s === 'object' && s.enabled === false)) continue;
    const severity: Severity | undefined = typeof s === 'string' ? s : s?.severity;
    // An explicit severity wins over a rule's own escalation.
    if (!severity) out.push(rule);
    else out.push(rule.kind === 'pattern' ? { ...rule, severity, escalate: undefined } : { ...rule, severity });
  }
  return out;
}
