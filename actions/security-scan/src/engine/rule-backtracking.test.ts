import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config.js';
import { activeRules } from './registry.js';
import { CATEGORIES, type PatternRule } from './rule.js';

// Scanned text comes from pull requests: a pattern that backtracks exponentially on some input lets
// anyone stall the scan. Exponential blow-up shows within a few dozen characters, so every rule runs
// over inputs built from the shapes its patterns nest (runs of blanks, indented lines, separators,
// keyword repeats); this suite ends within its timeout only if none of them explodes.
const SIZE = 4000;
const shapes: [string, string][] = [
  ['blanks', ' '.repeat(SIZE)],
  ['tabs and blanks', '\t \t'.repeat(SIZE / 3)],
  ['indented lines', '    key: value\n'.repeat(SIZE / 15)],
  ['letters', 'a'.repeat(SIZE)],
  ['alphanumerics', 'A0'.repeat(SIZE / 2)],
  ['base64', 'QUJD+/=='.repeat(SIZE / 8)],
  ['assignments', 'a=b;'.repeat(SIZE / 4)],
  ['JSON pairs', '"a":"b",'.repeat(SIZE / 8)],
  ['URL pieces', 'http://a:b@'.repeat(SIZE / 11)],
  ['dashes', '-'.repeat(SIZE)],
  ['string concatenation', 'query("SELECT " + '.repeat(SIZE / 18)],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text, not a template
  ['template literals', '`SELECT ${a} '.repeat(SIZE / 13)],
];
const rules = activeRules(defaultConfig(), CATEGORIES).filter((r): r is PatternRule => r.kind === 'pattern');

describe('rule patterns on adversarial text', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s ends on every shape', (_id, rule) => {
    let runs = 0;
    for (const keyword of [...(rule.keywords ?? []), '']) {
      for (const [, shape] of shapes) {
        const text = `${`${keyword} `.repeat(20)}${shape}${keyword}`;
        const re = new RegExp(
          rule.pattern.source,
          rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
        );
        for (let m = re.exec(text), n = 0; m !== null && n < 10_000; m = re.exec(text), n++) {
          if (m[0].length === 0) re.lastIndex++;
        }
        runs++;
      }
    }
    expect(runs).toBe(((rule.keywords?.length ?? 0) + 1) * shapes.length);
  });
});
