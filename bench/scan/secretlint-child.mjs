// One secretlint measurement in a process of its own (bench/scan/run.ts starts it once per round):
//   node bench/scan/secretlint-child.mjs <file listing paths, one per line> <cwd> [--cold]
// --cold: no warm-up pass, so the process's wall time is secretlint start to finish (one pass), the
// like-for-like figure beside the action run as the runner runs it (bench/scan/shapes.ts).
// Prints one JSON line: { wallMs, cpuMs, files, flagged } for linting every listed file through the
// Node API (recommended preset; engine built and warmed up before the clock starts), reading
// included, as ours.
//
// Why a process of its own: secretlint's profiler (@secretlint/profiler, always on) records a
// performance mark per rule and file and matches each end mark by a linear search, in
// PerformanceObserver callbacks that run only after the lint promises have resolved. Those callbacks
// then take 20+ s of CPU for 8 MiB (and grow quadratically over a process's lifetime): in-process,
// they were billed to whatever the bench timed next. Here they are skipped (the process exits as
// soon as the results are in), which counts secretlint faster than its CLI runs: the conservative
// side for our ratio.
import { readFileSync } from 'node:fs';
import { createEngine } from '@secretlint/node';

const [listFile, cwd] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const engine = await createEngine({
  cwd,
  formatter: 'json',
  color: false,
  maskSecrets: true,
  configFileJSON: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] },
});
/** Lints every file; returns how many it flags. */
async function lintAll() {
  let flagged = 0;
  for (const filePath of files) {
    const result = await engine.executeOnContent({ content: readFileSync(filePath, 'utf8'), filePath });
    if (!result.ok) flagged++;
  }
  return flagged;
}
// One untimed pass first, so secretlint is timed with a warm JIT like our scanner (which the bench
// times after earlier rounds in its own process).
if (!process.argv.includes('--cold')) await lintAll();
const c0 = process.cpuUsage();
const t0 = performance.now();
const flagged = await lintAll();
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
process.stdout.write(
  `${JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, files: files.length, flagged })}\n`,
);
process.exit(0);
