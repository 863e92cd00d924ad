/**
 * Trees of one shape each, built from real package text, for bench/scan/shapes.ts: where a secret
 * scanner's keywords are dense (large OpenAPI descriptions: `token`, `secret`, `key`, `password` on
 * every other line), lines are long (minified bundles) or the text is mostly hashes and URLs
 * (lockfiles), besides ordinary source.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { buildCorpus } from './corpus.js';

/** The tree shapes the bench knows. */
export const SHAPES = ['source', 'openapi', 'minified', 'lockfiles'] as const;
export type Shape = (typeof SHAPES)[number];

/** A built tree: its files and size. */
export interface ShapeTree {
  shape: Shape;
  dir: string;
  files: string[];
  bytes: number;
}

function walkFiles(dir: string, keep: (path: string, size: number) => boolean, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walkFiles(p, keep, out);
    else if (keep(p, st.size)) out.push(p);
  }
  return out;
}

/** Copies `sources` (in numbered copies when needed) into `dir` until `minBytes` are written. */
function fill(
  dir: string,
  base: string | ((src: string) => string),
  sources: readonly string[],
  minBytes: number,
): string[] {
  const rel = typeof base === 'string' ? (src: string) => relative(base, src) : base;
  if (sources.length === 0) throw new Error(`no source files for ${dir}`);
  const written: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const src of sources) {
      if (bytes >= minBytes) break;
      const dest = join(dir, `copy-${copy}`, rel(src));
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      bytes += statSync(dest).size;
      written.push(dest);
    }
  }
  return written;
}

/** Long-line JavaScript and CSS: `.min.*` files and bundles averaging more than 300 characters a line. */
function minified(path: string, size: number): boolean {
  if (!/\.(?:js|mjs|cjs|css)$/.test(path) || size < 10_000 || size > 8 * 1024 * 1024) return false;
  if (/\.min\.(?:js|css)$/.test(path)) return true;
  const text = readFileSync(path, 'latin1');
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return size / lines > 300;
}

/** Builds the tree of one shape under `dir` with at least `minBytes` of text. */
export function buildShape(shape: Shape, dir: string, root: string, minBytes: number): ShapeTree {
  rmSync(dir, { recursive: true, force: true });
  const nodeModules = join(root, 'node_modules');
  let files: string[];
  if (shape === 'source') {
    buildCorpus(dir, nodeModules, minBytes);
    files = walkFiles(dir, () => true);
  } else if (shape === 'openapi') {
    // GitHub's OpenAPI descriptions (10–14 MB each; the dereferenced ones 60–75 MB), smallest first.
    const generated = join(nodeModules, '@octokit', 'openapi', 'generated');
    const specs = walkFiles(generated, (p) => p.endsWith('.json')).sort(
      (a, b) => Number(a.includes('.deref.')) - Number(b.includes('.deref.')) || statSync(a).size - statSync(b).size,
    );
    files = fill(dir, generated, specs, minBytes);
  } else if (shape === 'minified') {
    files = fill(dir, nodeModules, walkFiles(nodeModules, minified), minBytes);
  } else {
    const locks = walkFiles(nodeModules, (p) =>
      /^(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(basename(p)),
    );
    const own = join(root, 'package-lock.json');
    // Not under a node_modules/ folder of the tree: the scanner skips those.
    files = fill(dir, (src) => relative(root, src).replaceAll('node_modules/', 'pkg/'), [own, ...locks], minBytes);
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return { shape, dir, files, bytes };
}
