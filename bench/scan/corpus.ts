import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { withBase62Crc } from '../../actions/security-scan/src/engine/checksums.js';
import { chars, decoys, FORMATS, rng } from '../../test/fixtures/security-scan/fake-secrets.js';

const SOURCE_EXT = /\.(?:js|mjs|cjs|ts|mts|cts|json|md)$/;

/** Source files under node_modules (real JS/TS/JSON/Markdown text), largest-first order avoided: directory order. */
function sourceFiles(dir: string, out: string[], limit: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (out.length >= limit) return;
    const p = join(dir, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) sourceFiles(p, out, limit);
    else if (SOURCE_EXT.test(name) && st.size > 0 && st.size < 512 * 1024) out.push(p);
  }
}

/** What was built: the directory, its size, and the planted secrets (file → line count). */
export interface Corpus {
  dir: string;
  bytes: number;
  files: number;
  planted: number;
}

/**
 * Builds a corpus of at least `minBytes` of real source text by copying files from node_modules
 * (repeating the set in numbered copies when needed), then appends `plant` fake secrets to files.
 */
export function buildCorpus(dir: string, nodeModules: string, minBytes: number, plant = 200): Corpus {
  rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  sourceFiles(nodeModules, files, 200_000);
  let bytes = 0;
  let count = 0;
  const written: string[] = [];
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const src of files) {
      if (bytes >= minBytes) break;
      const dest = join(dir, `copy-${copy}`, relative(nodeModules, src));
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      bytes += statSync(dest).size;
      count++;
      written.push(dest);
    }
  }
  const r = rng(99);
  const c = chars(r);
  for (let i = 0; i < plant; i++) {
    const target = written[Math.floor(r() * written.length)]!;
    const format = FORMATS[i % FORMATS.length]!;
    const line = i % 2 === 0 ? format.make(c) : `${'gh'}p_${withBase62Crc(c.alnum(30))}`;
    writeFileSync(target, `${readFileSync(target, 'utf8')}\n${line}\n`);
  }
  return { dir, bytes, files: count, planted: plant };
}

/** One labelled case: a file and whether its single line holds a secret. */
export interface LabelledCase {
  path: string;
  secret: boolean;
  label: string;
}

/**
 * The labelled corpus: `perFormat` true positives of every format in FORMATS and as many copies of
 * every decoy (bad checksums, documented examples, placeholders, references, hashes…), one per file.
 */
export function buildLabelled(dir: string, perFormat = 3): LabelledCase[] {
  rmSync(dir, { recursive: true, force: true });
  const cases: LabelledCase[] = [];
  const c = chars(rng(1234));
  let n = 0;
  const put = (name: string, line: string, secret: boolean, label: string) => {
    const path = join(dir, `case-${String(n++).padStart(4, '0')}`, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${line}\n`);
    cases.push({ path, secret, label });
  };
  for (let k = 0; k < perFormat; k++) {
    for (const f of FORMATS) put(f.file, f.make(c), true, f.rule);
    for (const d of decoys(c)) put(d.file, d.line, false, d.why);
  }
  return cases;
}

/** True when `dir` exists (to report where the corpus lives). */
export const exists = (dir: string) => existsSync(dir);
