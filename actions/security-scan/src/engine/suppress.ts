import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigError, errorMessage } from '../../../../shared/core/errors.js';

const MARKER = /moko-ignore:\s*([\w*/.-]+(?:\s*,\s*[\w*/.-]+)*)/;

/** Rule ids named by a `moko-ignore: <rule-id>[,<rule-id>] <reason>` comment on a line, if any. */
export function suppressedIds(lineText: string | undefined): string[] {
  if (!lineText?.includes('moko-ignore:')) return [];
  const m = MARKER.exec(lineText);
  return m?.[1] ? m[1].split(',').map((s) => s.trim()) : [];
}

/** True when `ruleId` is suppressed by a marker on its line or on the line above (`*` and `family/*` allowed). */
export function isSuppressed(ruleId: string, line: string | undefined, lineAbove: string | undefined): boolean {
  return suppressedBy(ruleId, suppressedIds(line), suppressedIds(lineAbove));
}

/** `isSuppressed` on the ids already read from the line and the line above (see `suppressedIds`). */
export function suppressedBy(ruleId: string, lineIds: readonly string[], aboveIds: readonly string[]): boolean {
  if (lineIds.length === 0 && aboveIds.length === 0) return false;
  const family = `${ruleId.slice(0, ruleId.indexOf('/'))}/*`;
  return [...lineIds, ...aboveIds].some((id) => id === ruleId || id === family || id === '*');
}

/** A line's content as fingerprints see it: runs of whitespace as one space, trimmed. */
export function normalizeLine(lineText: string): string {
  return lineText.replace(/\s+/g, ' ').trim();
}

/** Characters of a long line a fingerprint reads on each side of the finding. */
export const FINGERPRINT_REACH = 256;

/**
 * What a fingerprint hashes of the line holding a finding at 1-based `column`: the whole line, or for
 * a line longer than 2 × FINGERPRINT_REACH (minified code) the text around the finding. Hashing
 * whole lines made a file of one 2 MB line with many findings cost seconds; edits elsewhere on such
 * a line no longer change the fingerprint either.
 */
export function fingerprintSource(lineText: string, column: number): string {
  if (lineText.length <= 2 * FINGERPRINT_REACH) return lineText;
  const at = Math.min(Math.max(0, column - 1), lineText.length);
  return lineText.slice(Math.max(0, at - FINGERPRINT_REACH), at + FINGERPRINT_REACH);
}

/**
 * Stable fingerprint: rule id + file + hash of the whitespace-normalized line content, plus the
 * occurrence index of that key in the file, so moving code up or down keeps it (like code
 * scanning's primaryLocationLineHash). The hash is one-way: a secret never appears in it.
 */
export function fingerprint(ruleId: string, file: string, lineText: string, occurrence: number): string {
  return fingerprintOfNormalized(ruleId, file, normalizeLine(lineText), occurrence);
}

/** `fingerprint` of a line already passed through `normalizeLine` (normalizing a long line once). */
export function fingerprintOfNormalized(ruleId: string, file: string, normalized: string, occurrence: number): string {
  const digest = createHash('sha256').update(`${ruleId}\0${file}\0${normalized}`).digest('hex').slice(0, 32);
  return `${digest}:${occurrence}`;
}

/**
 * Reads a baseline of accepted fingerprints: JSON `{ "fingerprints": ["…"] }` (or `[{ "fingerprint": "…" }]`),
 * or a previous SARIF log (its results' `partialFingerprints.mokoFingerprint/v1`).
 */
export async function loadBaseline(file: string): Promise<Set<string>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read baseline ${file}: ${errorMessage(error)}`);
  }
  const out = new Set<string>();
  const addEntry = (e: unknown) => {
    if (typeof e === 'string') out.add(e);
    else if (typeof e === 'object' && e !== null && 'fingerprint' in e && typeof e.fingerprint === 'string')
      out.add(e.fingerprint);
  };
  if (Array.isArray(data)) data.forEach(addEntry);
  else if (typeof data === 'object' && data !== null) {
    if ('fingerprints' in data && Array.isArray(data.fingerprints)) data.fingerprints.forEach(addEntry);
    if ('runs' in data && Array.isArray(data.runs)) {
      for (const run of data.runs as { results?: { partialFingerprints?: Record<string, string> }[] }[]) {
        for (const r of run.results ?? []) {
          const fp = r.partialFingerprints?.['mokoFingerprint/v1'];
          if (fp) out.add(fp);
        }
      }
    }
  }
  return out;
}
