import type { AuditRecord } from '../../../../shared/audit/audit-record.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { AuditArtifact } from './collect.js';
import { downloadAuditArtifact, readAuditZip } from './download.js';
import { type IntegrityProblem, type LogContents, summarizeRecords, verifyLogRecords } from './verify-log.js';

/** One verified log of an artifact. */
export interface VerifiedLog {
  /** `owner/repo artifact-name/folder`: how the report and problems name the log. */
  log: string;
  repository: string;
  artifact: string;
  action: string;
  runId: number;
  runAttempt: number;
  folder: string;
  contents: LogContents;
  problems: IntegrityProblem[];
  records: AuditRecord[];
}

/** One artifact: its bytes (when they could be read), its logs and the problems found. */
export interface GatheredArtifact {
  artifact: AuditArtifact;
  zip?: Uint8Array;
  sha256?: string;
  digest: 'match' | 'mismatch' | 'absent' | 'unread';
  logs: VerifiedLog[];
  /** Problems of the artifact as a whole (unreadable, digest mismatch, no log inside). */
  problems: IntegrityProblem[];
}

/** Names a log in reports: `owner/repo audit-release-700-1/700-1`. */
export const logName = (a: { repository: string; name: string }, folder?: string) =>
  `${a.repository} ${a.name}${folder ? `/${folder}` : ''}`;

/** Verifies an artifact zip already in hand (downloaded, or read back from an archive). */
export function verifyArtifactZip(
  a: AuditArtifact,
  zip: Uint8Array,
  digest: GatheredArtifact['digest'],
  sha256: string,
): GatheredArtifact {
  const problems: IntegrityProblem[] = [];
  const name = logName(a);
  if (digest === 'mismatch')
    problems.push({
      log: name,
      kind: 'digest-mismatch',
      what: `the artifact's SHA-256 ${sha256} is not GitHub's recorded digest ${a.digest} (edited after upload)`,
    });
  if (a.nameRunId !== a.runId)
    problems.push({
      log: name,
      kind: 'wrong-run',
      what: `the name says run ${a.nameRunId}, GitHub filed the artifact under run ${a.runId}`,
    });
  const contents = readAuditZip(zip);
  if (!contents.ok) {
    problems.push({ log: name, kind: 'unreadable', what: contents.reason });
    return { artifact: a, zip, sha256, digest, logs: [], problems };
  }
  if (contents.logs.length === 0)
    problems.push({ log: name, kind: 'unreadable', what: 'no audit log (.jsonl) inside' });
  const logs = contents.logs.map((l) => {
    const log = logName(a, l.folder);
    const { problems: p, records } = verifyLogRecords(l, { log, runId: a.runId, runAttempt: a.runAttempt });
    return {
      log,
      repository: a.repository,
      artifact: a.name,
      action: a.action,
      runId: a.runId,
      runAttempt: a.runAttempt,
      folder: l.folder,
      contents: summarizeRecords(records, a.repository),
      problems: p,
      records,
    };
  });
  return { artifact: a, zip, sha256, digest, logs, problems };
}

/** Downloads and verifies every artifact, one at a time (artifact downloads are large; the client paces requests). */
export async function gatherArtifacts(
  github: GitHubClient,
  artifacts: readonly AuditArtifact[],
  logger: Logger,
): Promise<GatheredArtifact[]> {
  const out: GatheredArtifact[] = [];
  for (const a of artifacts) {
    const d = await downloadAuditArtifact(github, a);
    if (!d.ok) {
      logger.warning(`${logName(a)}: ${d.reason}`);
      const kind = a.expired ? 'missing' : 'unreadable';
      out.push({ artifact: a, digest: 'unread', logs: [], problems: [{ log: logName(a), kind, what: d.reason }] });
      continue;
    }
    out.push(verifyArtifactZip(a, d.zip, d.digest, d.sha256));
  }
  return out;
}

/** Every problem of the gathered artifacts, artifact-level first. */
export function problemsOf(gathered: readonly GatheredArtifact[]): IntegrityProblem[] {
  return gathered.flatMap((g) => [...g.problems, ...g.logs.flatMap((l) => l.problems)]);
}
