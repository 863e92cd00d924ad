import { ACTION_PERMISSIONS } from '../../../../shared/github/permissions.js';

/** The actions of this collection: each uploads `audit-<action>-<run_id>-<run_attempt>`. */
export const COLLECTION_ACTIONS: readonly string[] = Object.keys(ACTION_PERMISSIONS).sort(
  (a, b) => b.length - a.length, // longest first, so `audit-archive` is never read as `audit` + `archive`
);

/** What an audit artifact's name says about it. */
export interface AuditArtifactName {
  action: string;
  runId: number;
  runAttempt: number;
  /** The `-<job>[-N]` suffix the uploader adds when the name was taken in the run (shared/artifacts/upload.ts). */
  suffix?: string;
}

/** `s` matched literally inside a regular expression. */
export const regexLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = new RegExp(
  `^audit-(${COLLECTION_ACTIONS.map(regexLiteral).join('|')})-(\\d+)-(\\d+)(?:-([A-Za-z0-9_.-]+))?$`,
);

/**
 * Action, run id, attempt and rename suffix of an audit artifact name: `audit-release-700-1`, and the
 * renamed `audit-release-700-1-<job>`, `audit-release-700-1-<job>-2` of a second step or matrix job.
 * Undefined for any other artifact (metrics, checkpoints, this action's own archive artifacts).
 */
export function parseAuditArtifactName(name: string): AuditArtifactName | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const out: AuditArtifactName = { action: m[1]!, runId: Number(m[2]), runAttempt: Number(m[3]) };
  if (m[4]) out.suffix = m[4];
  return out;
}
