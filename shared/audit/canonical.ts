import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The `prevHash` of the first record of a chain: 64 zeros, i.e. "no predecessor". */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The JSON Canonicalization Scheme of RFC 8785 (through the `canonicalize` library): keys sorted by
 * UTF-16 code units at every level, no whitespace, ECMAScript number and string serialization. A
 * standard form, so an auditor can recompute a record's hash with any JCS implementation (docs/audit.md).
 * `undefined` members are dropped, as JSON.stringify does; a lone surrogate or a non-finite number
 * throws (JCS has no representation for them: AuditLog never writes them).
 */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) ?? 'null';
}

/** Hex SHA-256 of a UTF-8 string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a record must carry: SHA-256 over its RFC 8785 form without the `hash` field (prevHash included). */
export function recordHash(record: object): string {
  const { hash: _ignored, ...rest } = record as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

/**
 * A copy of JSON-shaped data that JCS can serialize: lone surrogates replaced (U+FFFD, as
 * String#toWellFormed does) in strings and keys. Applied before hashing so a stray half of an emoji in
 * an error message cannot make a record unwritable.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return wellFormedString(value) as T;
  if (Array.isArray(value)) return value.map((v) => wellFormed(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormedString(k), wellFormed(v)])) as T;
  return value;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** String#toWellFormed (ES2024; our lib target is older): each lone surrogate becomes U+FFFD. */
export function wellFormedString(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd');
}
