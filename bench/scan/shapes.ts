// Throughput of security-scan per tree shape (source, large OpenAPI JSON dense in keywords, minified
// bundles, lockfiles), each tree built from real package text: in process (scan(), the engine alone)
// and through the bundle as the runner runs it (test/harness runAction: a fresh `node` process on
// actions/security-scan/dist with the runner's environment, start-up, SARIF and summary included),
// against secretlint (recommended preset, Node API, own process) and `grep -E` over the secret
// rules' keywords (the keyword floor), median of alternating rounds. grep runs twice: `-c` (the floor
// the goal names) reports matching lines, so it stops at a line's first keyword and skips to its end,
// which on a minified file of one megabyte line is one keyword per file; `-o` reports every
// occurrence, the job a scanner that must not miss a second secret on a line does. Build the bundle first. Each tree
// carries a .github/security-scan.yml raising maxFileSize, so its large files are scanned, not skipped.
// secretlint is timed twice: its own loop after its engine is built and warm (as bench/scan/run.ts),
// and a cold process start to finish (one pass, `--cold`), the like-for-like figure beside ours
// through the action.
//   npx tsx bench/scan/shapes.ts   (also the last part of `npm run bench:scan`, with --shapes-mb/--no-shapes)
//   options: --mb=32 --rounds=3 --shapes=source,openapi,minified,lockfiles --keep
// The machine may be shared: figures are medians of noisy runs, compare ratios within one run.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { defaultConfig } from '../../actions/security-scan/src/engine/config.js';
import { activeRules } from '../../actions/security-scan/src/engine/registry.js';
import { CATEGORIES } from '../../actions/security-scan/src/engine/rule.js';
import { scan } from '../../actions/security-scan/src/engine/scanner.js';
import { NODE_24, runAction } from '../../test/harness/index.js';
import { buildShape, SHAPES, type Shape } from './shape-corpus.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
const GOAL = { secretlint: 10, grep: 0.6 };

/** What to measure: tree size per shape, rounds, which shapes, and whether to keep the trees. */
export interface ShapeBenchOptions {
  mb: number;
  rounds: number;
  shapes: readonly Shape[];
  keep: boolean;
}

/** Builds each shape's tree, times the four scanners on it in alternating rounds and prints the table. */
export async function benchShapes({ mb: minMb, rounds, shapes, keep }: ShapeBenchOptions): Promise<void> {
  if (!existsSync(join(ROOT, 'actions', 'security-scan', 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist'))) {
    console.error('tree shapes: run `npm run bundle` first, the through-the-action figures run the bundle');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'moko-bench-shapes-'));
  const keywords = [...new Set(activeRules(defaultConfig(), ['secret']).flatMap((r) => r.keywords ?? []))].filter(
    (k) => k.length >= 3,
  );
  const grepPattern = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  /** `grep -E` over the keywords in `dir`: `-c` counts matching lines, `-o` prints every occurrence (read through a pipe: with stdout on /dev/null GNU grep stops at the first match). */
  const grep = (mode: '-c' | '-o', dir: string) =>
    run('grep', ['-r', '-E', '-i', mode, '-I', grepPattern, dir], {
      maxBuffer: 512 * MB,
      env: { ...process.env, LC_ALL: 'C' },
    }).catch((e: { code?: number }) => {
      if (e.code !== 1) throw e;
    });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  /**
   * Wall-clock milliseconds of `fn`, with `files` (the tree) read first into the page cache: this machine's kernel may
   * page out files left unread for a while (DAMON reclaim), and a runner scans files the checkout has
   * just written. Without this, whichever tool ran first after a pause paid the disk reads.
   */
  async function wall(files: readonly string[], fn: () => Promise<unknown>): Promise<number> {
    for (const f of files) readFileSync(f);
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  }

  const startUp = await benchStartUp();
  /**
   * Start to finish on a tree of one small file: what each tool costs before it scans anything. A
   * tree's ratio lies between this one (small trees) and the in-process one (huge trees), so a goal
   * "on any tree" needs both.
   */
  async function benchStartUp(): Promise<string> {
    const dir = join(work, 'start-up');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'index.js');
    writeFileSync(file, 'export const answer = 42;\n');
    const list = join(work, 'start-up-files.txt');
    writeFileSync(list, `${file}\n`);
    const child = join(import.meta.dirname, 'secretlint-child.mjs');
    const ours: number[] = [];
    const theirs: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < Math.max(rounds, 5); round++) {
      ours.push(
        await wall([file], () =>
          runAction({
            action: 'security-scan',
            workspace: dir,
            inputs: { 'fail-on': 'none', 'upload-artifacts': 'false', 'sarif-file': 'bench.sarif' },
          }),
        ),
      );
      theirs.push(await wall([file], () => run(process.execPath, [child, list, dir, '--cold'])));
      bare.push(await wall([], () => run(NODE_24, ['-e', '0'])));
    }
    const [a, b, c] = [median(ours), median(theirs), median(bare)];
    return [
      `\nstart-up, a tree of one small file (median of ${ours.length}): through the action ${a.toFixed(0)} ms, secretlint process ${b.toFixed(0)} ms, action / secretlint process ${(b / a).toFixed(2)}.`,
      `${GOAL.secretlint}x secretlint here would need ${(b / GOAL.secretlint).toFixed(0)} ms; \`node -e 0\` alone (the runner's Node) takes ${c.toFixed(0)} ms.`,
    ].join('\n');
  }

  const rows: string[] = [];
  for (const shape of shapes) {
    const tree = buildShape(shape, join(work, shape), ROOT, minMb * MB);
    const list = join(work, `${shape}-files.txt`);
    writeFileSync(list, `${tree.files.join('\n')}\n`);
    // Large files are scanned whole (the default skips files over 2 MiB): a configuration file in the
    // tree, applied by the action as a repository's would be, and the same setting in process.
    const maxFileSize = 128 * MB;
    mkdirSync(join(tree.dir, '.github'), { recursive: true });
    writeFileSync(join(tree.dir, '.github', 'security-scan.yml'), `maxFileSize: ${maxFileSize}\n`);
    const config = { ...defaultConfig(), maxFileSize };
    const t = {
      inProcess: [] as number[],
      bundle: [] as number[],
      secretlint: [] as number[],
      secretlintProcess: [] as number[],
      grep: [] as number[],
      grepAll: [] as number[],
    };
    let findings = '';
    for (let round = 0; round < rounds; round++) {
      t.inProcess.push(await wall(tree.files, () => scan({ root: tree.dir, config, categories: CATEGORIES })));
      t.bundle.push(
        await wall(tree.files, async () => {
          const r = await runAction({
            action: 'security-scan',
            workspace: tree.dir,
            inputs: { 'fail-on': 'none', 'upload-artifacts': 'false', 'sarif-file': 'bench.sarif' },
          });
          if (r.exitCode !== 0) throw new Error(`security-scan exited ${r.exitCode}: ${r.stdout.slice(-2000)}`);
          findings = r.outputs.findings ?? '?';
        }),
      );
      rmSync(join(tree.dir, 'bench.sarif'), { force: true });
      // secretlint: its own loop (engine built and warmed up first), and a cold process start to finish.
      const child = join(import.meta.dirname, 'secretlint-child.mjs');
      const { stdout } = await run(process.execPath, [child, list, tree.dir], { maxBuffer: 64 * MB });
      t.secretlint.push((JSON.parse(stdout) as { wallMs: number }).wallMs);
      t.secretlintProcess.push(
        await wall(tree.files, () => run(process.execPath, [child, list, tree.dir, '--cold'], { maxBuffer: 64 * MB })),
      );
      for (const [mode, times] of [
        ['-c', t.grep],
        ['-o', t.grepAll],
      ] as const)
        times.push(await wall(tree.files, () => grep(mode, tree.dir)));
    }
    const mbs = (xs: number[]) => tree.bytes / MB / (median(xs) / 1000);
    const [inProcess, bundle, secretlint, secretlintProcess, grepLines, grepAll] = [
      t.inProcess,
      t.bundle,
      t.secretlint,
      t.secretlintProcess,
      t.grep,
      t.grepAll,
    ].map(mbs) as [number, number, number, number, number, number];
    const flag = (v: number, goal: number) => `${v.toFixed(2)}${v < goal ? ' (below goal)' : ''}`;
    rows.push(
      `| ${shape} | ${(tree.bytes / MB).toFixed(1)} MiB, ${tree.files.length} files | ${inProcess.toFixed(1)} | ${bundle.toFixed(1)} | ${secretlint.toFixed(1)} / ${secretlintProcess.toFixed(1)} | ${grepLines.toFixed(1)} / ${grepAll.toFixed(1)} | ${flag(bundle / secretlintProcess, GOAL.secretlint)} (${(bundle / secretlint).toFixed(2)}) | ${flag(bundle / grepLines, GOAL.grep)} (${(bundle / grepAll).toFixed(2)}) | ${flag(inProcess / secretlint, GOAL.secretlint)} | ${flag(inProcess / grepLines, GOAL.grep)} | ${findings} |`,
    );
    console.log(
      `${shape}: in-process ${t.inProcess.map((m) => m.toFixed(0)).join('/')} ms, bundle ${t.bundle.map((m) => m.toFixed(0)).join('/')} ms, secretlint ${t.secretlint.map((m) => m.toFixed(0)).join('/')} ms (process ${t.secretlintProcess.map((m) => m.toFixed(0)).join('/')} ms), grep -c ${t.grep.map((m) => m.toFixed(0)).join('/')} ms, grep -o ${t.grepAll.map((m) => m.toFixed(0)).join('/')} ms`,
    );
    if (!keep) rmSync(tree.dir, { recursive: true, force: true });
  }

  console.log(
    `\nmedian of ${rounds} alternating rounds, MB/s wall clock (goal: ${GOAL.secretlint}x secretlint, ${GOAL.grep}x grep -E, through the action):\n`,
  );
  console.log(
    '| shape | tree | in-process | through the action | secretlint: loop / process | grep -E keywords: -c / -o | action / secretlint process (/ loop) | action / grep -c (/ -o) | in-process / secretlint loop | in-process / grep -c | findings |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  console.log(startUp);
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`\ntrees kept in ${work}`);
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await benchShapes({
    mb: Number(arg('mb') ?? 32),
    rounds: Number(arg('rounds') ?? 3),
    shapes: (arg('shapes')?.split(',') ?? [...SHAPES]) as Shape[],
    keep: process.argv.includes('--keep'),
  });
