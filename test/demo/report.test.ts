import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionRun } from '../harness/run-action.js';
import { cleanup, tempDir } from '../harness/workspace.js';
import { fileKind, formatFiles, formatRun, keepFiles, requestSummary } from './report.js';

afterAll(cleanup);

function fakeRun(over: Partial<ActionRun>): ActionRun {
  return {
    exitCode: 0,
    signal: null,
    conclusion: 'success',
    stdout: 'out\n',
    stderr: '',
    outputs: {},
    summary: '',
    annotations: [],
    commands: [],
    masks: [],
    env: {},
    state: {},
    path: [],
    runnerErrors: [],
    runnerWarnings: [],
    timedOut: false,
    killed: false,
    requests: [],
    violations: [],
    workspace: '/nonexistent/ws',
    tempDir: '/nonexistent/tmp',
    processEnv: {},
    ...over,
  };
}

describe('formatRun', () => {
  it('prints header, exit code, outputs (first line of multi-line values) and error annotations', () => {
    const text = formatRun('2/7 Scan', 'scan', {
      ...fakeRun({}),
      exitCode: 1,
      conclusion: 'failure',
      outputs: { findings: '3', report: 'a\nb\nc' },
      annotations: [
        { level: 'error', message: 'bad thing\nmore', file: 'a.ts', line: 4 },
        { level: 'warning', message: 'w' },
      ],
    });
    expect(text).toBe(
      [
        '=== 2/7 Scan (scan) ===',
        'exit code 1 · failure',
        'outputs:',
        '  findings = 3',
        '  report = a (+2 lines)',
        'annotations: 1 errors, 1 warnings, 0 notices',
        '  error: a.ts:4: bad thing',
        '',
      ].join('\n'),
    );
  });

  it('renders at most 20 lines of the summary and says how many more there are', () => {
    const summary = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n\n');
    const text = formatRun('x', 'x', fakeRun({ summary }));
    expect(text).toContain('summary:\n  line 0\n');
    expect(text).toMatch(/ {2}… \d+ more lines in summary\.md\n$/);
  });
});

describe('requestSummary', () => {
  it('groups by route or GraphQL operation, most frequent first', () => {
    expect(
      requestSummary([
        { method: 'GET', path: '/repos/a/b', route: '/repos/{owner}/{repo}', status: 200 },
        {
          method: 'POST',
          path: '/graphql',
          route: '/graphql',
          status: 200,
          graphql: { operationName: 'Files', rootFields: ['repository'] },
        },
        { method: 'GET', path: '/repos/a/c', route: '/repos/{owner}/{repo}', status: 200 },
      ]),
    ).toBe('GET /repos/{owner}/{repo} ×2, graphql Files ×1');
  });
});

describe('keepFiles', () => {
  it('keeps summary, outputs, log, the action state folder and files named by outputs inside the run', async () => {
    const root = await tempDir();
    const workspace = join(root, 'ws');
    const runnerTemp = join(root, 'tmp');
    await mkdir(join(runnerTemp, 'moko', 'scan', 'audit'), { recursive: true });
    await writeFile(join(runnerTemp, 'moko', 'scan', 'audit', 'audit.jsonl'), '{}\n');
    await mkdir(workspace, { recursive: true });
    await writeFile(join(workspace, 'results.sarif'), '{"version":"2.1.0"}');
    const out = join(root, 'out');
    const run = fakeRun({
      workspace,
      tempDir: runnerTemp,
      summary: '# Scan\n',
      outputs: { 'sarif-file': 'results.sarif', outside: '/etc/hostname', count: '2' },
    });
    const kept = await keepFiles(out, 'scan', 'scan', run);
    expect(kept.map((f) => f.slice(out.length + 1))).toEqual([
      'scan/files/results.sarif',
      'scan/log.txt',
      'scan/outputs.json',
      'scan/state/audit/audit.jsonl',
      'scan/summary.md',
    ]);
    expect(await readFile(join(out, 'scan', 'summary.md'), 'utf8')).toBe('# Scan\n');
    expect(formatFiles(out, kept)).toBe(
      [
        `Files written under ${out}/`,
        `  ${'scan/files/results.sarif'.padEnd(64)} SARIF`,
        `  ${'scan/state/audit/audit.jsonl'.padEnd(64)} audit log`,
        `  ${'scan/summary.md'.padEnd(64)} job summary`,
        '  (+2 more: outputs.json, log.txt and state files per action)',
        '',
      ].join('\n'),
    );
  });

  it('names kinds by file name', () => {
    expect(fileKind('x/metrics.prom')).toBe('metrics');
    expect(fileKind('x/metrics.json')).toBe('metrics');
    expect(fileKind('x/scan.sarif.json')).toBe('SARIF');
    expect(fileKind('x/bulk-update-results-1-of-1.json')).toBe('results');
    expect(fileKind('x/checkpoints.jsonl')).toBe('file');
  });
});
