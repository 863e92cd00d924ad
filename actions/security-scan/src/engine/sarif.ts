import { gzipSync } from 'node:zlib';
import { type Severity, severityRank } from '../../../../shared/core/finding.js';
import type { AnyRule, SecurityFinding } from './rule.js';

/**
 * Code scanning limits (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file):
 * 10 MB gzipped per upload, 25,000 results per run, 20 runs per file.
 */
export const SARIF_LIMITS: Readonly<SarifLimits> = {
  maxGzipBytes: 10 * 1024 * 1024,
  maxResultsPerRun: 25_000,
  maxRunsPerFile: 20,
};

/** Size limits applied when building SARIF (tests pass small ones). */
export interface SarifLimits {
  maxGzipBytes: number;
  maxResultsPerRun: number;
  maxRunsPerFile: number;
}

/** `security-severity` per severity, as code scanning maps it back (≥9 critical, ≥7 high, ≥4 medium). */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.0', high: '7.0', medium: '4.0', low: '2.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** Options of {@link buildSarif}. */
export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
  /** Absolute scanned directory: result URIs are relative to it (base id `SCANROOT`). */
  root: string;
  /** Base of the code scanning category; runs past the first get `/part-N`. */
  category?: string;
  limits?: Partial<SarifLimits>;
}

/** One SARIF log (one file to write or upload) plus warnings about splitting or capping. */
export interface SarifOutput {
  logs: SarifLog[];
  warnings: string[];
}

/** The subset of SARIF 2.1.0 we emit. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

type SarifResult = Record<string, unknown> & { level: string };
type SarifRun = Record<string, unknown> & { results: SarifResult[] };

function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** SARIF reporting descriptor of a rule: one category tag, CWE tag, security-severity. */
export function sarifRule(rule: AnyRule): Record<string, unknown> {
  const tags = [rule.category, 'security', ...(rule.cwe ? [`external/cwe/cwe-${rule.cwe}`] : [])];
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.title}.` },
    help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags,
      precision: rule.category === 'secret' ? 'high' : 'medium',
      'problem.severity': rule.severity === 'low' ? 'recommendation' : rule.severity === 'medium' ? 'warning' : 'error',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function sarifResult(f: SecurityFinding, ruleIndex: number): SarifResult {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Messages carry only the redacted form of a secret (see FileScanner), never its value.
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SCANROOT' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { 'mokoFingerprint/v1': f.fingerprint, primaryLocationLineHash: f.fingerprint },
    properties: { severity: f.severity, category: f.category },
  };
}

/**
 * SARIF 2.1.0 logs for a scan. Results are ordered by severity, split into runs of at most
 * `maxResultsPerRun` (each with its own category), runs packed into logs under `maxGzipBytes`;
 * a single run that is still too large is capped (lowest severities dropped) with a warning.
 */
export function buildSarif(
  findings: readonly SecurityFinding[],
  rules: readonly AnyRule[],
  options: SarifOptions,
): SarifOutput {
  const limits = { ...SARIF_LIMITS, ...options.limits };
  const warnings: string[] = [];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const driverRules = rules.map(sarifRule);
  const sorted = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const chunks: SecurityFinding[][] = [];
  for (let i = 0; i < sorted.length; i += limits.maxResultsPerRun)
    chunks.push(sorted.slice(i, i + limits.maxResultsPerRun));
  if (chunks.length === 0) chunks.push([]);
  if (chunks.length > 1)
    warnings.push(
      `${findings.length} results exceed ${limits.maxResultsPerRun} per run: split into ${chunks.length} runs.`,
    );
  const category = options.category ?? 'security-scan';
  const makeRun = (results: SecurityFinding[], part: number): SarifRun => ({
    tool: {
      driver: {
        name: 'MokoStandards security-scan',
        semanticVersion: options.toolVersion,
        informationUri:
          options.informationUri ?? 'https://github.com/mokoconsulting-tech/standards/tree/main/actions/security-scan',
        rules: driverRules,
      },
    },
    automationDetails: { id: part === 0 ? `${category}/` : `${category}/part-${part + 1}/` },
    originalUriBaseIds: { SCANROOT: { uri: `file://${encodeURI(options.root.replace(/\/?$/, '/'))}` } },
    columnKind: 'utf16CodeUnits',
    results: results.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
  });
  const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;
  const logs: SarifLog[] = [];
  let current: SarifRun[] = [];
  let currentBytes = 0;
  chunks.forEach((chunk, part) => {
    let run = makeRun(chunk, part);
    let bytes = gz(run);
    while (bytes > limits.maxGzipBytes && run.results.length > 0) {
      const keep = Math.floor(run.results.length / 2);
      warnings.push(
        `SARIF run ${part + 1} is ${bytes} bytes gzipped (limit ${limits.maxGzipBytes}): capped at ${keep} of ${chunk.length} results, lowest severities dropped.`,
      );
      run = { ...run, results: run.results.slice(0, keep) };
      bytes = gz(run);
    }
    if (current.length > 0 && (currentBytes + bytes > limits.maxGzipBytes || current.length >= limits.maxRunsPerFile)) {
      logs.push(wrap(current));
      current = [];
      currentBytes = 0;
    }
    current.push(run);
    currentBytes += bytes;
  });
  logs.push(wrap(current));
  if (logs.length > 1)
    warnings.push(`SARIF split into ${logs.length} files to stay under ${limits.maxGzipBytes} bytes gzipped each.`);
  return { logs, warnings };
}

function wrap(runs: SarifRun[]): SarifLog {
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}
