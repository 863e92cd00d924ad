/** Replacement written instead of a secret value. */
export const REDACTED = '***';

/**
 * Keys whose values are never written to the audit log, whatever the caller passed. Defence in depth:
 * callers should not hand secrets to the log at all, but an audit file is uploaded as an artifact
 * that anyone with read access to the repository can download.
 */
const SECRET_KEY = /token|passw(or)?d|passphrase|secret|authorization|api[-_]?key|private[-_]?key|credential|cookie/i;

/**
 * GitHub token formats (ghp_, gho_, ghu_, ghs_, ghr_ and fine-grained github_pat_), masked wherever
 * they appear in a string value, e.g. inside an error message. See "About authentication to GitHub":
 * GitHub's token formats.
 */
const GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/g;

/** True when a data key names something secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy of `value` with every value under a secret-looking key, and every GitHub token in a string, replaced by "***". */
export function redact(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return value.replace(GITHUB_TOKEN, REDACTED);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redact(item, seen));
    if (value instanceof Date) return value.toISOString();
    if (value instanceof Map) return redact(Object.fromEntries(value), seen);
    if (value instanceof Set) return redact([...value], seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = isSecretKey(key) && item !== undefined && item !== null ? REDACTED : redact(item, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
