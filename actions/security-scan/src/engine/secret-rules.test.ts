import { describe, expect, it } from 'vitest';
import { chars, decoys, FORMATS, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { withBase62Crc } from './checksums.js';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const c = chars(rng(42));

describe('secret rules: true positives', () => {
  it.each(FORMATS.map((f) => [f.rule, f] as const))('%s', (rule, f) => {
    const line = f.make(c);
    const hits = scanner.scan(f.file, `// header\n${line}\n`);
    expect(hits.map((h) => h.rule.id)).toContain(rule);
    const hit = hits.find((h) => h.rule.id === rule)!;
    expect(hit.line).toBe(2);
    expect(hit.redacted).toMatch(/…\(\d+\)$/);
  });
});

describe('span rules', () => {
  // Span rules run their regex only over a short span around each keyword: a credential deep inside
  // a long line (minified code), or twice on one line, is found all the same, at the right column.
  const spanRules = new Set(
    activeRules(defaultConfig(), ['secret']).flatMap((r) => ('span' in r && r.span ? [r.id] : [])),
  );
  const spanFormats = FORMATS.filter((f) => spanRules.has(f.rule));

  it('cover the formats whose keywords are common words', () => {
    expect([...spanRules]).toEqual(expect.arrayContaining(['secret/airtable-token', 'secret/http-basic-auth-url']));
    expect(spanFormats.length).toBeGreaterThanOrEqual(4);
  });

  it.each(spanFormats.map((f) => [f.rule, f] as const))('%s: found mid-line and twice on one line', (rule, f) => {
    const noise = 'var path = pattern.http + task.sk + key.us; '.repeat(120);
    const [first, second] = [f.make(c), f.make(c)];
    const line = `${noise}${first} ${noise}${second}`;
    const hits = scanner.scan(f.file, `// header\n${line}\n`).filter((h) => h.rule.id === rule);
    expect(hits.map((h) => h.line)).toEqual([2, 2]);
    expect(hits[0]!.column).toBeGreaterThan(noise.length);
    expect(hits[1]!.column).toBeGreaterThan(2 * noise.length + first.length);
  });
});

describe('secret rules: decoys are not reported', () => {
  it.each(decoys(c).map((d) => [d.why, d] as const))('%s', (_why, d) => {
    const hits = scanner.scan(d.file, `${d.line}\n`);
    expect(hits.map((h) => `${h.rule.id} ${h.redacted}`)).toEqual([]);
  });
});

describe('checksummed tokens', () => {
  it('reports a GitHub token only when its CRC-32 suffix matches', () => {
    const good = `${'gh'}p_${withBase62Crc('q7Rk2LmZ9xWb4TnV8sYc1HdF6gJp3e')}`;
    const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    expect(scanner.scan('x.txt', good).map((h) => h.rule.id)).toEqual(['secret/github-pat']);
    expect(scanner.scan('x.txt', bad)).toEqual([]);
  });
});

describe('redaction', () => {
  it('never carries the value in the redacted form, only 4 characters and the length', () => {
    const token = `${'np'}m_${withBase62Crc(c.alnum(30))}`;
    const [hit] = scanner.scan('.npmrc', `x=${token}\n`);
    expect(hit?.redacted).toBe(`${token.slice(0, 4)}…(40)`);
    expect(hit?.redacted).not.toContain(token.slice(4, 10));
  });
});

describe('generic rules yield to specific ones', () => {
  it('reports a Stripe key once, as Stripe, not also as a generic secret', () => {
    const hits = scanner.scan('a.py', `api_key = "${'sk_'}live_${c.alnum(24)}"\n`);
    expect(hits.map((h) => h.rule.id)).toEqual(['secret/stripe-live-secret-key']);
  });
});
