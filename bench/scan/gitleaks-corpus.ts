// Recall and false-positive rate of security-scan's secret rules on gitleaks' own rule samples: for
// each gitleaks rule, the true positives its generator writes in every assignment syntax and its
// false-positive samples, evaluated from the rule files of a gitleaks checkout (nothing of gitleaks is
// stored here). A true positive counts as found when any secret rule reports it; a false-positive
// sample counts against us when any secret rule reports it.
//   npx tsx bench/scan/gitleaks-corpus.ts --gitleaks=DIR [--seed=N] [--misses] [--json=FILE]
// DIR is a gitleaks checkout or a bare clone (read with `git show HEAD:…`); GITLEAKS_DIR works too.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../actions/security-scan/src/engine/config.js';
import { ContentScanner } from '../../actions/security-scan/src/engine/content-scan.js';
import { activeRules } from '../../actions/security-scan/src/engine/registry.js';
import type { PatternRule } from '../../actions/security-scan/src/engine/rule.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { type GitleaksRule, rulesOfFile } from './gitleaks/go-rules.js';
import { SYNTAX_NAMES, SYNTAX_OF } from './gitleaks/syntaxes.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dir = arg('gitleaks') ?? process.env.GITLEAKS_DIR;
if (!dir) {
  console.error('usage: npx tsx bench/scan/gitleaks-corpus.ts --gitleaks=<gitleaks checkout or bare clone>');
  process.exit(2);
}
const RULES_DIR = 'cmd/generate/config/rules';

/** The rule files of the checkout: name and source. */
function ruleFiles(root: string): [string, string][] {
  if (existsSync(join(root, RULES_DIR)))
    return readdirSync(join(root, RULES_DIR))
      .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
      .map((f) => [f, readFileSync(join(root, RULES_DIR, f), 'utf8')]);
  const git = (...a: string[]) => execFileSync('git', ['--git-dir', root, ...a], { maxBuffer: 1 << 26 }).toString();
  return git('ls-tree', '--name-only', `HEAD:${RULES_DIR}`)
    .split('\n')
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
    .map((f) => [f, git('show', `HEAD:${RULES_DIR}/${f}`)]);
}

const rand = seededRandom(Number(arg('seed') ?? 16));
const rules: GitleaksRule[] = ruleFiles(dir).flatMap(([f, src]) => rulesOfFile(f, src, rand));
const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const flaggedBy = (text: string) => scanner.scan('sample.txt', `${text}\n`).map((h) => h.rule.id);

let tp = 0;
let tpFound = 0;
let fp = 0;
let fpFlagged = 0;
let skipped = 0;
const perRule: { id: string; tps: number; found: number; fps: number; flagged: number }[] = [];
const perSyntax = new Map<string, { n: number; hit: number }>();
const misses: string[] = [];
/** gitleaks rules whose samples only the generic assignment rules find (entropy-dependent, seed-sensitive). */
const byGenericOnly: string[] = [];
for (const r of rules) {
  skipped += r.skipped;
  if (r.pathOnly) continue;
  const row = { id: r.id, tps: r.tps.length, found: 0, fps: r.fps.length, flagged: 0 };
  let genericOnly = 0;
  for (const s of r.tps) {
    const by = flaggedBy(s);
    const ok = by.length > 0;
    if (ok && by.every((id) => id === 'secret/generic-secret' || id === 'secret/generic-password')) genericOnly++;
    if (ok) row.found++;
    else misses.push(`miss ${r.id}: ${JSON.stringify(s).slice(0, 160)}`);
    const syntax = SYNTAX_OF.get(s);
    if (syntax) {
      const e = perSyntax.get(syntax) ?? { n: 0, hit: 0 };
      e.n++;
      if (ok) e.hit++;
      perSyntax.set(syntax, e);
    }
  }
  for (const s of r.fps) {
    const by = flaggedBy(s);
    if (by.length === 0) continue;
    row.flagged++;
    misses.push(`false alarm ${r.id} (${by.join(', ')}): ${JSON.stringify(s).slice(0, 160)}`);
  }
  if (genericOnly > row.tps / 2) byGenericOnly.push(r.id);
  tp += row.tps;
  tpFound += row.found;
  fp += row.fps;
  fpFlagged += row.flagged;
  perRule.push(row);
}

const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
console.log(
  `gitleaks rules: ${rules.length} (${rules.filter((r) => r.pathOnly).length} path-only, not content), samples not evaluated: ${skipped}`,
);
console.log(`recall: ${pct(tpFound, tp)} (${tpFound}/${tp} true-positive samples)`);
console.log(`false-positive rate: ${pct(fpFlagged, fp)} (${fpFlagged}/${fp} false-positive samples flagged)`);
const weak = perRule.filter((r) => r.found < r.tps).sort((a, b) => a.found / a.tps - b.found / b.tps);
console.log(`\nrules below full recall (${weak.length}):`);
for (const r of weak) console.log(`  ${r.id.padEnd(40)} ${r.found}/${r.tps}`);
console.log('\nrecall per syntax (generated samples):');
for (const name of SYNTAX_NAMES) {
  const e = perSyntax.get(name);
  if (e) console.log(`  ${name.padEnd(24)} ${pct(e.hit, e.n)} (${e.hit}/${e.n})`);
}
const noisy = perRule.filter((r) => r.flagged > 0);
console.log(`\nrules whose false-positive samples we flag (${noisy.length}):`);
for (const r of noisy) console.log(`  ${r.id.padEnd(40)} ${r.flagged}/${r.fps}`);
console.log(`\nrules found mostly by the generic rules only (${byGenericOnly.length}): ${byGenericOnly.join(', ')}`);
if (process.argv.includes('--misses')) console.log(`\n${misses.join('\n')}`);
const json = arg('json');
if (json) writeFileSync(json, JSON.stringify({ tp, tpFound, fp, fpFlagged, skipped, perRule }, null, 2));
