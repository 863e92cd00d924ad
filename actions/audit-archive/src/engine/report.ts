import type { Finding } from '../../../../shared/core/finding.js';
import type { AuditArtifact } from './collect.js';
import type { LogVerdict } from './verify.js';

/** Per-action line of the compliance report. */
export interface ActionCompliance {
  action: string;
  runs: number;
  logs: number;
  records: number;
  failures: number;
  securityEvents: number;
  /** `intact` when every log of the action verified, else `broken`. */
  chain: 'intact' | 'broken';
}

/** The compliance report written as JSON (and rendered into the summary and report.md). */
export interface ComplianceReport {
  generatedAt: string;
  window: { since: string; until: string };
  repositories: string[];
  totals: {
    runs: number;
    artifacts: number;
    logs: number;
    verified: number;
    broken: number;
    unreadable: number;
    records: number;
    failures: number;
    securityEvents: number;
  };
  actions: ActionCompliance[];
  logs: LogVerdict[];
  unreadable: { repository: string; artifact: string; reason: string }[];
  findings: Finding[];
}

/** What the report is built from. */
export interface ReportInput {
  generatedAt: Date;
  since: Date;
  repositories: readonly string[];
  artifacts: readonly AuditArtifact[];
  logs: readonly LogVerdict[];
  unreadable: readonly { artifact: AuditArtifact; reason: string }[];
}

/**
 * Builds the compliance report: per action, runs, logs, records, failures, security events and chain
 * status; findings for every broken chain (high: tampering or loss can no longer be ruled out), every
 * intact log that does not end with `run.finished` (medium: a crash, or records cut off its end), every
 * artifact that could not be read (medium: a log that cannot be checked), and every security event the
 * runs recorded (at the severity they were recorded with).
 */
export function buildReport(input: ReportInput): ComplianceReport {
  const byAction = new Map<string, { runs: Set<string>; logs: LogVerdict[] }>();
  for (const a of input.artifacts) {
    const entry = byAction.get(a.action) ?? { runs: new Set<string>(), logs: [] };
    entry.runs.add(`${a.repository}#${a.runId}`);
    byAction.set(a.action, entry);
  }
  for (const l of input.logs) byAction.get(l.action)?.logs.push(l);
  const actions: ActionCompliance[] = [...byAction.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([action, { runs, logs }]) => ({
      action,
      runs: runs.size,
      logs: logs.length,
      records: sum(logs, (l) => l.records),
      failures: sum(logs, (l) => l.failures),
      securityEvents: sum(logs, (l) => l.securityEvents.length),
      chain: logs.every((l) => l.chain.ok) ? 'intact' : 'broken',
    }));
  const findings: Finding[] = [];
  for (const l of input.logs) {
    const where = `${l.repository} ${l.artifact}${l.folder ? `/${l.folder}` : ''}`;
    if (!l.chain.ok)
      findings.push({
        ruleId: 'audit/broken-chain',
        severity: 'high',
        category: 'audit',
        message: `${where}: hash chain broken at record ${l.chain.index}: ${l.chain.reason}`,
        ...(l.chain.file ? { file: l.chain.file } : {}),
        fingerprint: `${l.repository}/${l.artifact}/${l.folder}`,
        help: 'The log was edited, truncated or reordered after it was written; keep this archive as evidence and investigate the run.',
      });
    if (l.chain.ok && !l.complete)
      findings.push({
        ruleId: 'audit/incomplete-log',
        severity: 'medium',
        category: 'audit',
        message: `${where}: the log does not end with run.finished (the run crashed, or records were cut off its end)`,
        fingerprint: `${l.repository}/${l.artifact}/${l.folder}`,
      });
    for (const e of l.securityEvents)
      findings.push({
        ruleId: 'audit/security-event',
        severity: e.severity ?? 'medium',
        category: 'audit',
        message: `${where}: security event ${e.name} (${e.status}) at ${e.time}`,
      });
  }
  for (const u of input.unreadable)
    findings.push({
      ruleId: 'audit/unreadable-artifact',
      severity: 'medium',
      category: 'audit',
      message: `${u.artifact.repository} ${u.artifact.name}: ${u.reason}`,
    });
  const runs = new Set(input.artifacts.map((a) => `${a.repository}#${a.runId}`));
  const verified = input.logs.filter((l) => l.chain.ok).length;
  return {
    generatedAt: input.generatedAt.toISOString(),
    window: { since: input.since.toISOString(), until: input.generatedAt.toISOString() },
    repositories: [...input.repositories],
    totals: {
      runs: runs.size,
      artifacts: input.artifacts.length,
      logs: input.logs.length,
      verified,
      broken: input.logs.length - verified,
      unreadable: input.unreadable.length,
      records: sum(input.logs, (l) => l.records),
      failures: sum(input.logs, (l) => l.failures),
      securityEvents: sum(input.logs, (l) => l.securityEvents.length),
    },
    actions,
    logs: [...input.logs],
    unreadable: input.unreadable.map((u) => ({
      repository: u.artifact.repository,
      artifact: u.artifact.name,
      reason: u.reason,
    })),
    findings,
  };
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((n, t) => n + f(t), 0);
}
