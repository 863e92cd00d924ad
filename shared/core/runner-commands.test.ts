import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseKeyValueFile } from '../../test/harness/file-commands.js';
import { parseCommandLine } from '../../test/harness/workflow-commands.js';
import { annotate, issueCommand, setFailed, setOutput, setSecret } from './runner-commands.js';

// What these functions write, read back with the runner's own parsing rules (test/harness).
let written: string[];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});
const commands = () =>
  written
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseCommandLine(l));

describe('runner commands', () => {
  it('escapes messages and properties so the runner reads back exactly what was sent', () => {
    const message = 'line 1\nline 2 with 100% and \r';
    annotate('warning', message, { title: 'a: b, c', file: 'src/x.ts', startLine: 3, startColumn: 7 });
    const [cmd] = commands();
    expect(cmd?.command).toBe('warning');
    expect(cmd?.message).toBe(message);
    expect(cmd?.properties).toEqual({ title: 'a: b, c', file: 'src/x.ts', line: '3', col: '7' });
  });

  it('masks with add-mask, and fails the step with an error annotation and exit code 1', () => {
    setSecret('s3cr3t');
    setFailed('it broke');
    expect(commands().map((c) => [c?.command, c?.message])).toEqual([
      ['add-mask', 's3cr3t'],
      ['error', 'it broke'],
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('appends outputs to GITHUB_OUTPUT in the delimiter form, multi-line values intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-out-'));
    try {
      const file = join(dir, 'output');
      writeFileSync(file, '');
      setOutput('one', 'plain', { GITHUB_OUTPUT: file });
      setOutput('two', 'first\nsecond\n', { GITHUB_OUTPUT: file });
      expect(parseKeyValueFile(readFileSync(file, 'utf8'))).toEqual({ one: 'plain', two: 'first\nsecond\n' });
      expect(written).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out empty properties, as @actions/core does', () => {
    issueCommand('notice', { title: '', file: undefined }, 'hello');
    expect(written.join('')).toBe('::notice::hello\n');
  });
});
