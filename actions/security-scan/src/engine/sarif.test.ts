import { describe, expect, it } from 'vitest';
import { validateSarif as validate } from '../../../../test/fixtures/security-scan/sarif-schema.js';
import { CATEGORIES, type SecurityFinding } from './rule.js';
import { BUILTIN_RULES } from './registry.js';
import { buildSarif, type SarifLog } from './sarif.js';

const SECRET = ['gh', 'p_', 'Zq8'].join('');
const finding = (i: number, severity: SecurityFinding['severity'] = 'high'): SecurityFinding => ({
  ruleId: i % 2 ? 'secret/github-pat' : 'dangerous/python-yaml-load',
  category: i % 2 ? 'secret' : 'dangerous-function',
  severity,
  title: 't',
  message:
    i % 2 ? `GitHub personal access token (${SECRET.slice(0, 4)}…(40))` : 'yaml.load without SafeLoader: yaml.load(',
  file: `dir with space/f${i}.py`,
  line: i + 1,
  column: 3,
  fingerprint: `${i.toString(16).padStart(32, '0')}:0`,
});

describe('SARIF', () => {
  const { logs, warnings } = buildSarif([finding(1), finding(2, 'medium')], BUILTIN_RULES, {
    toolVersion: '3.0.0',
    root: '/work/ws',
  });
  const log = logs[0]!;

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(warnings).toEqual([]);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('gives each result ruleId, level, a relative URI, startLine and a stable partial fingerprint', () => {
    const [r] = log.runs[0]!.results as unknown as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
    expect(r!.ruleId).toBe('secret/github-pat');
    expect(r!.level).toBe('error');
    expect(r!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/f1.py');
    expect(r!.locations[0]!.physicalLocation.region.startLine).toBe(2);
    expect(r!.partialFingerprints['mokoFingerprint/v1']).toBe(finding(1).fingerprint);
  });

  it('tags every rule with exactly one category and a security-severity', () => {
    const rules = (
      log.runs[0]!.tool as {
        driver: { rules: { id: string; properties: { tags: string[]; 'security-severity': string } }[] };
      }
    ).driver.rules;
    expect(rules).toHaveLength(BUILTIN_RULES.length);
    for (const rule of rules) {
      expect(
        rule.properties.tags.filter((t) => (CATEGORIES as readonly string[]).includes(t)),
        rule.id,
      ).toHaveLength(1);
      expect(['9.0', '7.0', '4.0', '2.0']).toContain(rule.properties['security-severity']);
    }
    expect(rules.find((r) => r.id === 'secret/aws-secret-access-key')!.properties['security-severity']).toBe('9.0');
  });

  it('holds only redacted secrets', () => {
    expect(JSON.stringify(log)).not.toContain(`${SECRET}`);
  });

  it('splits runs past the per-run result limit, each with its own category, and stays valid', () => {
    const many = Array.from({ length: 7 }, (_, i) => finding(i, i < 2 ? 'critical' : 'low'));
    const out = buildSarif(many, BUILTIN_RULES.slice(0, 3), {
      toolVersion: '3.0.0',
      root: '/r',
      limits: { maxResultsPerRun: 3 },
    });
    expect(out.logs).toHaveLength(1);
    const runs = out.logs[0]!.runs;
    expect(runs.map((r) => r.results.length)).toEqual([3, 3, 1]);
    expect(runs.map((r) => (r.automationDetails as { id: string }).id)).toEqual([
      'security-scan/',
      'security-scan/part-2/',
      'security-scan/part-3/',
    ]);
    expect(runs[0]!.results.map((r) => r.level)).toEqual(['error', 'error', 'note']);
    expect(out.warnings[0]).toMatch(/split into 3 runs/);
    expect(validate(out.logs[0])).toBe(true);
  });

  it('splits into several files, and caps a run with a warning, past the gzipped size limit', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding(i));
    const one = buildSarif(many.slice(0, 10), BUILTIN_RULES.slice(0, 1), { toolVersion: '3.0.0', root: '/r' });
    const runSize = JSON.stringify(one.logs[0]).length;
    const split = buildSarif(many, BUILTIN_RULES.slice(0, 1), {
      toolVersion: '3.0.0',
      root: '/r',
      limits: { maxResultsPerRun: 10, maxGzipBytes: 2500 },
    });
    expect(split.logs.length).toBeGreaterThan(1);
    expect(split.logs.flatMap((l: SarifLog) => l.runs).length).toBeGreaterThanOrEqual(4);
    expect(split.warnings.some((w) => /split into \d+ files/.test(w) || /capped/.test(w))).toBe(true);
    const capped = buildSarif(many, BUILTIN_RULES.slice(0, 1), {
      toolVersion: '3.0.0',
      root: '/r',
      limits: { maxGzipBytes: 1200 },
    });
    expect(capped.logs[0]!.runs[0]!.results.length).toBeLessThan(40);
    expect(capped.warnings.some((w) => /capped at/.test(w))).toBe(true);
    expect(runSize).toBeGreaterThan(0);
  });
});
