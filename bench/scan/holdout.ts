// Holdout benchmark of security-scan's secret rules: a labelled corpus written independently of the
// rules and of bench/scan/corpus.ts (other formats, files, syntaxes and positions), to measure recall
// and precision the way an unseen corpus would.
//   npx tsx bench/scan/holdout.ts          options: --keep (leave the corpus in the temp dir), --seed=N
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../actions/security-scan/src/engine/config.js';
import { scan } from '../../actions/security-scan/src/engine/scanner.js';
import { plantDecoys } from './holdout/decoys.js';
import { prng, Rand } from './holdout/fake.js';
import { Corpus, type Item, redactValue } from './holdout/labels.js';
import { plantDevCloud } from './holdout/plant-dev-cloud.js';
import { plantGeneric } from './holdout/plant-generic.js';
import { plantSaas } from './holdout/plant-saas.js';

const seed = Number(process.argv.find((a) => a.startsWith('--seed='))?.split('=')[1] ?? 20_241_126);
const dir = join(tmpdir(), 'moko-holdout-scan');
const r = new Rand(prng(seed));
const corpus = new Corpus();
plantDevCloud(corpus, r);
plantSaas(corpus, r);
plantGeneric(corpus, r);
plantDecoys(corpus, r);
corpus.write(dir);
const items = corpus.items();

// Secret rules only: dangerous-function, file-permission and workflow findings are out of scope.
const result = await scan({ root: dir, config: defaultConfig(), categories: ['secret'] });
const findings = result.findings.filter((f) => f.category === 'secret');

const within = (i: Item, file: string, line: number) => i.file === file && line >= i.line && line <= i.end;
const found = new Map<Item, string[]>();
let tpFindings = 0;
const fps: { cause: string; file: string; line: number; rule: string; value: string }[] = [];
for (const f of findings) {
  const hit = items.filter((i) => within(i, f.file, f.line));
  const plant = hit.find((i) => i.secret);
  if (plant) {
    tpFindings++;
    found.set(plant, [...(found.get(plant) ?? []), f.ruleId]);
    continue;
  }
  const decoy = hit.find((i) => !i.secret);
  fps.push({
    cause: decoy ? `decoy: ${decoy.kind}` : 'unlabelled line',
    file: f.file,
    line: f.line,
    rule: f.ruleId,
    value: f.redacted ?? '(no value)',
  });
}

const secrets = items.filter((i) => i.secret);
const decoys = items.filter((i) => !i.secret);
const recalled = secrets.filter((i) => found.has(i)).length;
const recall = recalled / secrets.length;
const precision = findings.length === 0 ? 1 : tpFindings / findings.length;
const formats = new Map<string, { n: number; hit: number; rules: Set<string> }>();
for (const s of secrets) {
  const e = formats.get(s.kind) ?? { n: 0, hit: 0, rules: new Set<string>() };
  e.n++;
  if (found.has(s)) e.hit++;
  for (const id of found.get(s) ?? []) e.rules.add(id);
  formats.set(s.kind, e);
}
const decoyKinds = new Set(decoys.map((d) => d.kind)).size;

console.log(
  `holdout corpus: ${corpus.docs.length} files in ${dir}; ${secrets.length} planted secrets over ${formats.size} formats, ${decoys.length} decoys of ${decoyKinds} kinds (seed ${seed})`,
);
console.log(`scanner: ${findings.length} secret findings (${result.stats.scannedFiles} files scanned)\n`);
console.log('totals');
console.log(
  `  recall     ${recall.toFixed(3)}  (${recalled}/${secrets.length} planted secrets reported on their lines)`,
);
console.log(`  precision  ${precision.toFixed(3)}  (${tpFindings}/${findings.length} findings on planted secrets)`);
console.log(
  `  false positives ${fps.length}: ${fps.filter((f) => f.cause !== 'unlabelled line').length} on decoys, ${fps.filter((f) => f.cause === 'unlabelled line').length} on unlabelled lines`,
);

console.log('\nper format (planted / reported, rule ids that fired)');
for (const [kind, e] of [...formats].sort(
  (a, b) => a[1].hit / a[1].n - b[1].hit / b[1].n || a[0].localeCompare(b[0]),
)) {
  const mark = e.hit === e.n ? '  ' : e.hit === 0 ? '✗ ' : '~ ';
  console.log(`  ${mark}${kind.padEnd(32)} ${String(e.hit).padStart(2)}/${e.n}  ${[...e.rules].join(', ')}`);
}

const misses = secrets.filter((s) => !found.has(s));
console.log(`\nmisses (${misses.length})`);
for (const m of misses)
  console.log(`  ${m.kind.padEnd(30)} ${`${m.file}:${m.line}`.padEnd(62)} ${redactValue(m.value)}`);
console.log(`\nfalse positives (${fps.length})`);
for (const f of fps)
  console.log(`  ${f.rule.padEnd(34)} ${`${f.file}:${f.line}`.padEnd(52)} ${f.value.padEnd(12)} ${f.cause}`);

if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
