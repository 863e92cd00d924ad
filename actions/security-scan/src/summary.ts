import type { AnnotationLevel, Annotations, Cell, JobSummary } from '../../../shared/summary/summary.js';
import { CATEGORIES, type SecurityFinding } from './engine/rule.js';
import type { ScanStats } from './engine/scanner.js';
import { SEVERITIES, type Severity, severityRank } from '../../../shared/core/finding.js';

/** Where links in the summary point. */
export interface LinkBase {
  serverUrl: string;
  repository?: { owner: string; repo: string };
  sha?: string;
  /** Scanned directory relative to the repository root ('' for the root). */
  rootFromWorkspace: string;
}

const ANNOTATION: Record<Severity, AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};
const ORDER = [...SEVERITIES].reverse();
const TOP = 25;

/** Workspace-relative path of a finding's file (annotations and links are relative to the repository). */
export function repoPath(f: SecurityFinding, rootFromWorkspace: string): string {
  return rootFromWorkspace ? `${rootFromWorkspace}/${f.file}` : f.file;
}

/** Link to a finding's line on GitHub, or undefined when the repository or commit is unknown. */
export function findingLink(f: SecurityFinding, base: LinkBase): string | undefined {
  if (!base.repository || !base.sha) return undefined;
  const path = repoPath(f, base.rootFromWorkspace).split('/').map(encodeURIComponent).join('/');
  return `${base.serverUrl}/${base.repository.owner}/${base.repository.repo}/blob/${base.sha}/${path}#L${f.line}`;
}

/** What the run applied, named in the summary. */
export interface RunFacts {
  /** Workspace-relative path of the configuration file applied; undefined for the built-in defaults. */
  configuration?: string | undefined;
  /** Code scanning category of the SARIF runs. */
  category?: string;
}

/** Writes the job summary: counts by category and severity, then the top findings with links. */
export function writeSummary(
  summary: JobSummary,
  findings: readonly SecurityFinding[],
  stats: ScanStats,
  base: LinkBase,
  notes: readonly string[],
  facts: RunFacts = {},
): void {
  summary.heading('Security scan', 2);
  summary.paragraph(
    `Configuration: ${facts.configuration ? `\`${facts.configuration}\`` : 'built-in defaults (no configuration file)'}` +
      (facts.category ? `; code scanning category \`${facts.category}/\`.` : '.'),
  );
  const mb = (stats.bytes / 1024 / 1024).toFixed(1);
  summary.paragraph(
    `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${stats.scannedFiles} scanned file${stats.scannedFiles === 1 ? '' : 's'} (${mb} MiB); ` +
      `skipped ${stats.skippedBinary} binary and ${stats.skippedLarge} oversized; ${stats.suppressed} suppressed inline, ${stats.baselined} in the baseline` +
      (stats.outsideDiff > 0 ? `, ${stats.outsideDiff} outside the changed lines.` : '.'),
  );
  const rows: Cell[][] = CATEGORIES.map((c) => {
    const inCat = findings.filter((f) => f.category === c);
    return [c, ...ORDER.map((s) => inCat.filter((f) => f.severity === s).length), inCat.length];
  });
  rows.push(['**total**', ...ORDER.map((s) => findings.filter((f) => f.severity === s).length), findings.length]);
  summary.table(['category', ...ORDER, 'total'], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
  if (findings.length > 0) {
    const top = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, TOP);
    summary.heading(findings.length > TOP ? `Top ${TOP} findings` : 'Findings', 3);
    summary.table(
      ['severity', 'rule', 'location', 'finding'],
      top.map((f) => {
        const where = `${repoPath(f, base.rootFromWorkspace)}:${f.line}`;
        const link = findingLink(f, base);
        return [f.severity, `\`${f.ruleId}\``, link ? `[${where}](${link})` : where, f.message];
      }),
    );
  }
  for (const note of notes) summary.paragraph(`> ${note}`);
}

/** One annotation per finding on its line, through the capped Annotations helper. */
export function annotate(
  annotations: Annotations,
  findings: readonly SecurityFinding[],
  rootFromWorkspace: string,
): void {
  const ordered = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const f of ordered) {
    annotations.add(ANNOTATION[f.severity], `${f.message} — ${f.help ?? ''}`.trim(), {
      title: `${f.ruleId} (${f.severity})`,
      file: repoPath(f, rootFromWorkspace),
      startLine: f.line,
      startColumn: f.column,
    });
  }
}
