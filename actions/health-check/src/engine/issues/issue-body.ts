import { createHash } from 'node:crypto';
import { type Finding, SEVERITIES, severityRank } from '../../../../../shared/core/finding.js';
import type { HealthStatus } from '../types.js';

/** GitHub refuses an issue body over 65,536 characters; stay well below it, room for the tail. */
export const BODY_LIMIT = 60_000;

/** The hidden marker that identifies the tracking issue of a target (found by it, never by title). */
export function markerOf(key: string): string {
  return `<!-- moko-health-check:${key} -->`;
}

/** What a tracking issue's body records between runs, in a hidden line: status and findings digest. */
export interface IssueState {
  status: HealthStatus;
  digest: string;
}

const STATE_LINE = /<!-- moko-health-check-state:(healthy|degraded|unhealthy):([0-9a-f]{16}) -->/;

/** Reads the state line of a body written by {@link issueBody}; undefined for a body without one. */
export function readIssueState(body: string | null | undefined): IssueState | undefined {
  const m = STATE_LINE.exec(body ?? '');
  return m ? { status: m[1] as HealthStatus, digest: m[2] as string } : undefined;
}

/** A digest of the findings that ignores their order and volatile numbers in the message (counts, times). */
export function findingsDigest(findings: readonly Finding[]): string {
  const keys = findings.map((f) => `${f.ruleId}|${f.fingerprint ?? f.message.replace(/\d+/g, '#')}`).sort();
  return createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 16);
}

/** Everything the body shows. */
export interface BodyInput {
  key: string;
  title: string;
  status: HealthStatus;
  findings: readonly Finding[];
  /** Where the full report is (the run's page), linked when findings had to be cut. */
  reportUrl?: string;
  /** When the run happened (ISO). */
  at: string;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The issue body: marker, state line, status, and the findings worst first as a table, cut to stay
 * under {@link BODY_LIMIT} with the number left out and a link to the full report.
 */
export function issueBody(input: BodyInput): string {
  const sorted = [...input.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const counts = SEVERITIES.map((s) => `${sorted.filter((f) => f.severity === s).length} ${s}`)
    .reverse()
    .join(', ');
  const head = [
    markerOf(input.key),
    `<!-- moko-health-check-state:${input.status}:${findingsDigest(input.findings)} -->`,
    `**Status: ${input.status}** for ${input.title}, last checked ${input.at}.`,
    '',
    `${sorted.length} finding${sorted.length === 1 ? '' : 's'} (${counts}). This issue is kept up to date by health-check: edited while the findings change, closed when healthy again.`,
    '',
    '| severity | check | finding | how to fix |',
    '| --- | --- | --- | --- |',
  ].join('\n');
  const rows: string[] = [];
  let length = head.length;
  const tailRoom = 400;
  for (const f of sorted) {
    const row = `| ${f.severity} | ${f.category ?? ''} | ${cell(f.message)} | ${cell(f.help ?? '')} |`;
    if (length + row.length + 1 > BODY_LIMIT - tailRoom) break;
    rows.push(row);
    length += row.length + 1;
  }
  const left = sorted.length - rows.length;
  const tail =
    left > 0
      ? `\n\n_${left} more finding${left === 1 ? '' : 's'} not shown (the body is kept under GitHub's 65,536 characters)${input.reportUrl ? `: see the full report in ${input.reportUrl}` : ''}._`
      : '';
  return `${head}\n${rows.join('\n')}${tail}\n`;
}
