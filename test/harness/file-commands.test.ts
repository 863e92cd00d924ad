import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileCommands, parseKeyValueFile, readFileCommands, STEP_SUMMARY_LIMIT } from './file-commands.js';

describe('parseKeyValueFile', () => {
  it('reads name=value lines, splitting on the first "=" and skipping empty lines', () => {
    expect(parseKeyValueFile('a=1\n\nb=x=y\nc=\n')).toEqual({ a: '1', b: 'x=y', c: '' });
  });

  it('reads the heredoc form, keeping inner newlines and dropping the one before the delimiter', () => {
    expect(parseKeyValueFile('r<<EOF\nline 1\n\nline=3\nEOF\nn=2\n')).toEqual({ r: 'line 1\n\nline=3', n: '2' });
  });

  it('reads an empty heredoc and a delimiter at end of file without newline', () => {
    expect(parseKeyValueFile('e<<X\nX\nf<<Y\nv\nY')).toEqual({ e: '', f: 'v' });
  });

  it('uses whichever separator comes first on the line', () => {
    expect(parseKeyValueFile('a=b<<c\n')).toEqual({ a: 'b<<c' });
    expect(parseKeyValueFile('a<<D\nx\nD\n')).toEqual({ a: 'x' });
  });

  it('lets a later value win', () => {
    expect(parseKeyValueFile('a=1\na=2\n')).toEqual({ a: '2' });
  });

  it('keeps a carriage return on Linux, as the runner does', () => {
    expect(parseKeyValueFile('a=1\r\n')).toEqual({ a: '1\r' });
  });

  it("throws the runner's errors for malformed files", () => {
    expect(() => parseKeyValueFile('=1\n')).toThrow("Invalid format '=1'. Name must not be empty");
    expect(() => parseKeyValueFile('a<<\n')).toThrow('delimiter must not be empty');
    expect(() => parseKeyValueFile('a<<EOF\nvalue\n')).toThrow("Matching delimiter not found 'EOF'");
    expect(() => parseKeyValueFile('just text\n')).toThrow("Invalid format 'just text'");
  });
});

describe('readFileCommands', () => {
  let dir = '';
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates empty files per step and reports parse errors and oversized summaries as runner errors', async () => {
    dir = await mkdtemp(join(tmpdir(), 'moko-fc-'));
    const files = await createFileCommands(dir, 's1');
    expect(files.GITHUB_OUTPUT).toBe(join(dir, '_runner_file_commands', 'set_output_s1'));
    expect(await readFile(files.GITHUB_ENV, 'utf8')).toBe('');
    await writeFile(files.GITHUB_OUTPUT, 'ok=1\nbroken\n');
    await writeFile(files.GITHUB_PATH, '/a\n\n/b\n');
    await writeFile(files.GITHUB_STEP_SUMMARY, 'x'.repeat(STEP_SUMMARY_LIMIT + 1));
    const r = await readFileCommands(files);
    expect(r.outputs).toEqual({});
    expect(r.path).toEqual(['/a', '/b']);
    expect(r.errors).toEqual([
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k',
      "Unable to process file command 'GITHUB_OUTPUT': Invalid format 'broken'",
    ]);
  });
});
