/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** The redacted form of a secret: first 4 characters, an ellipsis and the length; never the value. */
export function redact(value: string): string {
  const head = value.length > 8 ? value.slice(0, 4) : '';
  return `${head}…(${value.length})`;
}
