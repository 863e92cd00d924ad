import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { renderSummaryText } from '../../shared/summary/summary.js';
import type { ActionRun } from '../harness/run-action.js';

/** Lines of the job summary shown per action; the full summary is in the copied files. */
const SUMMARY_LINES = 20;

/** Widest summary line shown; wide tables are cut rather than wrapped. */
const SUMMARY_WIDTH = 160;

/** The requests of a run grouped by route (GraphQL by operation), most frequent first: `GET /repos/{owner}/{repo} ×3`. */
export function requestSummary(requests: ActionRun['requests'], max = 6): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const key = r.graphql
      ? `graphql ${r.graphql.operationName ?? r.graphql.rootFields.join('+')}`
      : `${r.method} ${r.route}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, max).map(([key, n]) => `${key} ×${n}`);
  if (sorted.length > max) shown.push(`${sorted.length - max} more routes`);
  return shown.join(', ');
}

/** Prints a step's header, exit code, outputs, annotations and a short rendering of its summary. */
export function formatRun(title: string, id: string, run: ActionRun): string {
  const lines = [`=== ${title} (${id}) ===`];
  lines.push(`exit code ${run.exitCode ?? run.signal} · ${run.conclusion}`);
  if (run.requests.length > 0) lines.push(`API: ${run.requests.length} requests (${requestSummary(run.requests)})`);
  const outputs = Object.entries(run.outputs);
  lines.push(outputs.length === 0 ? 'outputs: (none)' : 'outputs:');
  for (const [name, value] of outputs) {
    const [first = '', ...rest] = value.split('\n');
    const shown = first.length > 100 ? `${first.slice(0, 100)}…` : first;
    lines.push(`  ${name} = ${shown}${rest.length > 0 ? ` (+${rest.length} lines)` : ''}`);
  }
  const errors = run.annotations.filter((a) => a.level === 'error');
  const warnings = run.annotations.filter((a) => a.level === 'warning');
  if (run.annotations.length > 0)
    lines.push(
      `annotations: ${errors.length} errors, ${warnings.length} warnings, ${run.annotations.length - errors.length - warnings.length} notices`,
    );
  for (const a of errors.slice(0, 3))
    lines.push(`  error: ${a.file ? `${a.file}${a.line ? `:${a.line}` : ''}: ` : ''}${a.message.split('\n')[0]}`);
  for (const e of run.runnerErrors) lines.push(`  runner: ${e}`);
  // Requests real GitHub would refuse (OpenAPI / GraphQL schema): the action has a bug, not the demo.
  const [first] = run.violations;
  if (first)
    lines.push(
      `emulator: ${run.violations.length} requests GitHub would reject, first: ${first.method} ${first.path}: ${first.message}`,
    );
  if (run.summary.trim() !== '') {
    const text = renderSummaryText(run.summary).split('\n');
    while (text.length > 0 && text[text.length - 1]?.trim() === '') text.pop();
    lines.push('summary:');
    for (const line of text.slice(0, SUMMARY_LINES)) {
      lines.push(`  ${line.length > SUMMARY_WIDTH ? `${line.slice(0, SUMMARY_WIDTH - 1)}…` : line}`);
    }
    if (text.length > SUMMARY_LINES) lines.push(`  … ${text.length - SUMMARY_LINES} more lines in summary.md`);
  }
  return `${lines.join('\n')}\n`;
}

/** Kind of a kept file, for the closing list. */
export function fileKind(path: string): string {
  const name = basename(path).toLowerCase();
  if (name === 'summary.md') return 'job summary';
  if (name.endsWith('.sarif') || name.endsWith('.sarif.json')) return 'SARIF';
  if (name.includes('audit')) return 'audit log';
  if (name.endsWith('.prom') || name.includes('metrics')) return 'metrics';
  if (name.includes('results') && name.endsWith('.json')) return 'results';
  if (name === 'outputs.json') return 'outputs';
  if (name === 'log.txt') return 'log';
  return 'file';
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/**
 * Keeps what a step produced under `<outDir>/<id>/`: summary.md, outputs.json, log.txt, the action's
 * state folder (RUNNER_TEMP/moko/<action>: audit log, metrics, checkpoints) and every file an output
 * names (SARIF, results). Returns the kept files.
 */
export async function keepFiles(outDir: string, id: string, action: string, run: ActionRun): Promise<string[]> {
  const dir = join(outDir, id);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (run.summary !== '') await writeFile(join(dir, 'summary.md'), run.summary);
  await writeFile(join(dir, 'outputs.json'), `${JSON.stringify(run.outputs, null, 2)}\n`);
  await writeFile(join(dir, 'log.txt'), run.stdout + (run.stderr ? `\n--- stderr ---\n${run.stderr}` : ''));
  const state = join(run.tempDir, 'moko', action);
  if (existsSync(state)) await cp(state, join(dir, 'state'), { recursive: true });
  for (const value of Object.values(run.outputs)) {
    if (value === '' || value.includes('\n')) continue;
    const path = resolve(run.workspace, value);
    if (!inside(run.workspace, path) && !inside(run.tempDir, path)) continue;
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    await mkdir(join(dir, 'files'), { recursive: true });
    await cp(path, join(dir, 'files', basename(path)));
  }
  return listFiles(dir);
}

/** Kinds the closing list names one by one; other kept files (logs, checkpoints) are only counted. */
const LISTED = new Set(['job summary', 'SARIF', 'audit log', 'metrics', 'results']);

/** The closing list of kept summaries, SARIF, metrics, audit and results files, relative to `outDir`. */
export function formatFiles(outDir: string, files: string[]): string {
  const lines = [`Files written under ${outDir}${sep}`];
  const listed = files.filter((f) => LISTED.has(fileKind(f)));
  for (const file of listed) lines.push(`  ${relative(outDir, file).padEnd(64)} ${fileKind(file)}`);
  const others = files.length - listed.length;
  if (others > 0) lines.push(`  (+${others} more: outputs.json, log.txt and state files per action)`);
  return `${lines.join('\n')}\n`;
}
