import { SEVERITIES, type Severity } from '../../../../shared/core/finding.js';
import { type GatheredArtifact, problemsOf } from './gather.js';
import type { MissingLog } from './missing.js';
import type { IntegrityProblem } from './verify-log.js';

/** Integrity of one log (or of an artifact none of whose logs could be read). */
export interface LogIntegrity {
  log: string;
  repository: string;
  action: string;
  runId: number;
  runAttempt: number;
  records: number;
  failures: number;
  securityEvents: number;
  digest: GatheredArtifact['digest'];
  status: 'intact' | 'problem';
  problems: string[];
}

/** The compliance report, written as JSON and CSV and rendered into the job summary. */
export interface ComplianceReport {
  generatedAt: string;
  window: { since: string; until: string };
  repositories: string[];
  totals: {
    runs: number;
    artifacts: number;
    logs: number;
    intact: number;
    /** Logs and artifacts with at least one integrity problem. */
    problems: number;
    missing: number;
    records: number;
    failures: number;
    securityEvents: number;
  };
  actions: {
    action: string;
    runs: number;
    logs: number;
    records: number;
    failures: number;
    securityEvents: number;
    problems: number;
  }[];
  transactions: { action: string; status: string; count: number }[];
  failures: { log: string; action: string; count: number }[];
  securityEvents: {
    bySeverity: Record<Severity, number>;
    events: { log: string; name: string; severity: Severity; status: string; time: string }[];
  };
  actors: { actor: string; records: number }[];
  repositoriesTouched: string[];
  integrity: LogIntegrity[];
  missing: MissingLog[];
  problemList: IntegrityProblem[];
}

/** What the report is built from. */
export interface ReportInput {
  generatedAt: Date;
  window: { since: Date; until: Date };
  repositories: readonly string[];
  gathered: readonly GatheredArtifact[];
  missing: readonly MissingLog[];
}

/** Builds the compliance report from the verified artifacts and the missing logs. */
export function buildReport(input: ReportInput): ComplianceReport {
  const integrity: LogIntegrity[] = [];
  const actions = new Map<string, ComplianceReport['actions'][number] & { runSet: Set<string> }>();
  const transactions = new Map<string, number>();
  const actors = new Map<string, number>();
  const touched = new Set<string>();
  const failures: ComplianceReport['failures'] = [];
  const events: ComplianceReport['securityEvents']['events'] = [];
  for (const g of input.gathered) {
    const a = g.artifact;
    const act = actions.get(a.action) ?? {
      action: a.action,
      runs: 0,
      logs: 0,
      records: 0,
      failures: 0,
      securityEvents: 0,
      problems: 0,
      runSet: new Set(),
    };
    actions.set(a.action, act);
    act.runSet.add(`${a.repository}#${a.runId}`);
    const artifactProblems = g.problems.map((p) => `${p.kind}: ${p.what}`);
    if (g.logs.length === 0)
      integrity.push({
        log: `${a.repository} ${a.name}`,
        repository: a.repository,
        action: a.action,
        runId: a.runId,
        runAttempt: a.runAttempt,
        records: 0,
        failures: 0,
        securityEvents: 0,
        digest: g.digest,
        status: 'problem',
        problems: artifactProblems,
      });
    if (g.problems.length > 0) act.problems++;
    for (const l of g.logs) {
      const c = l.contents;
      const problems = [
        ...artifactProblems,
        ...l.problems.map((p) => `${p.kind}${p.record === undefined ? '' : ` at record ${p.record}`}: ${p.what}`),
      ];
      integrity.push({
        log: l.log,
        repository: l.repository,
        action: l.action,
        runId: l.runId,
        runAttempt: l.runAttempt,
        records: c.records,
        failures: c.failures,
        securityEvents: c.securityEvents.length,
        digest: g.digest,
        status: problems.length === 0 ? 'intact' : 'problem',
        problems,
      });
      act.logs++;
      act.records += c.records;
      act.failures += c.failures;
      act.securityEvents += c.securityEvents.length;
      if (l.problems.length > 0 && g.problems.length === 0) act.problems++;
      for (const t of c.transactions) bump(transactions, `${l.action}\u0000${t.status}`);
      for (const r of l.records) if (r.actor) bump(actors, r.actor);
      for (const t of c.touched) touched.add(t);
      if (c.failures > 0) failures.push({ log: l.log, action: l.action, count: c.failures });
      for (const e of c.securityEvents) events.push({ log: l.log, ...e });
    }
  }
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const e of events) bySeverity[e.severity]++;
  const runs = new Set(input.gathered.map((g) => `${g.artifact.repository}#${g.artifact.runId}`));
  const logs = sumOf(input.gathered, (g) => g.logs.length);
  return {
    generatedAt: input.generatedAt.toISOString(),
    window: { since: input.window.since.toISOString(), until: input.window.until.toISOString() },
    repositories: [...input.repositories],
    totals: {
      runs: runs.size,
      artifacts: input.gathered.length,
      logs,
      intact: integrity.filter((i) => i.status === 'intact').length,
      problems: integrity.filter((i) => i.status === 'problem').length,
      missing: input.missing.length,
      records: sumOf(integrity, (i) => i.records),
      failures: sumOf(integrity, (i) => i.failures),
      securityEvents: events.length,
    },
    actions: [...actions.values()]
      .sort((x, y) => x.action.localeCompare(y.action))
      .map(({ runSet, ...rest }) => ({ ...rest, runs: runSet.size })),
    transactions: [...transactions.entries()]
      .map(([k, count]) => {
        const [action, status] = k.split('\u0000') as [string, string];
        return { action, status, count };
      })
      .sort((x, y) => x.action.localeCompare(y.action) || x.status.localeCompare(y.status)),
    failures,
    securityEvents: { bySeverity, events },
    actors: [...actors.entries()]
      .map(([actor, records]) => ({ actor, records }))
      .sort((x, y) => x.actor.localeCompare(y.actor)),
    repositoriesTouched: [...touched].sort(),
    integrity,
    missing: [...input.missing],
    problemList: [
      ...problemsOf(input.gathered),
      ...input.missing.map((m) => ({
        log: `${m.repository} run ${m.runId}${m.attempt ? ` attempt ${m.attempt}` : ''}`,
        kind: 'missing' as const,
        what: `${m.reason} (${m.url})`,
      })),
    ],
  };
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function sumOf<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((n, t) => n + f(t), 0);
}
