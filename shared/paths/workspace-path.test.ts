import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, UserError } from '../core/errors.js';
import { resolveWorkspacePath } from './workspace-path.js';

let base: string;
let ws: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'ws-path-'));
  ws = path.join(base, 'workspace');
  mkdirSync(path.join(ws, 'src', 'nested'), { recursive: true });
  writeFileSync(path.join(ws, 'src', 'a.ts'), 'export {};\n');
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(base, 'outside', 'secret.txt'), 'secret\n');
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

function refused(p: string, opts: { inputName?: string; mustExist?: boolean } = {}): InputError {
  try {
    resolveWorkspacePath(ws, p, opts);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${p} was accepted`);
}

describe('resolveWorkspacePath', () => {
  it('resolves a relative path against the workspace', () => {
    expect(resolveWorkspacePath(ws, 'src/a.ts')).toBe(path.join(ws, 'src', 'a.ts'));
  });

  it('accepts an absolute path inside the workspace and the workspace itself', () => {
    expect(resolveWorkspacePath(ws, path.join(ws, 'src'))).toBe(path.join(ws, 'src'));
    expect(resolveWorkspacePath(ws, '.')).toBe(ws);
  });

  it('accepts .. that stays inside the workspace', () => {
    expect(resolveWorkspacePath(ws, 'src/nested/../a.ts')).toBe(path.join(ws, 'src', 'a.ts'));
  });

  it('accepts a path that does not exist yet unless mustExist', () => {
    expect(resolveWorkspacePath(ws, 'reports/new/out.sarif')).toBe(path.join(ws, 'reports', 'new', 'out.sarif'));
    expect(refused('reports/new/out.sarif', { mustExist: true }).message).toContain('the path does not exist');
  });

  it('rejects ../ escapes, naming the input and the value', () => {
    const error = refused('../outside/secret.txt', { inputName: 'config-file' });
    expect(error.input).toBe('config-file');
    expect(error.value).toBe('../outside/secret.txt');
    expect(error.message).toBe(
      `Input 'config-file' has invalid value "../outside/secret.txt": the path must stay inside the workspace ${ws}.`,
    );
    expect(refused('src/../../outside').message).toContain('must stay inside the workspace');
    expect(refused('..').input).toBe('path');
  });

  it('rejects absolute paths outside the workspace', () => {
    expect(refused('/etc/passwd').message).toContain('must stay inside the workspace');
    expect(refused(path.join(base, 'outside')).message).toContain('must stay inside the workspace');
  });

  it('rejects a sibling directory that shares the workspace prefix', () => {
    mkdirSync(`${ws}-evil`);
    expect(refused(`${ws}-evil`).message).toContain('must stay inside the workspace');
  });

  it('rejects a symlink to /etc', () => {
    symlinkSync('/etc', path.join(ws, 'etc-link'));
    expect(refused('etc-link').message).toContain('leads outside the workspace through a symlink (to /etc)');
    expect(refused('etc-link/passwd').message).toContain('(to /etc/passwd)');
  });

  it('rejects a file below a symlinked parent directory, even if the file does not exist yet', () => {
    symlinkSync(path.join(base, 'outside'), path.join(ws, 'src', 'out'));
    expect(refused('src/out/secret.txt').message).toContain('leads outside the workspace through a symlink');
    expect(refused('src/out/new-file.txt').message).toContain('leads outside the workspace through a symlink');
  });

  it('rejects a dangling symlink, whose target could be anywhere', () => {
    symlinkSync('/nonexistent-target/x', path.join(ws, 'dangling'));
    expect(refused('dangling').message).toContain('symlink that cannot be resolved');
  });

  it('accepts a symlink that stays inside the workspace', () => {
    symlinkSync(path.join(ws, 'src'), path.join(ws, 'src-link'));
    expect(resolveWorkspacePath(ws, 'src-link/a.ts', { mustExist: true })).toBe(path.join(ws, 'src-link', 'a.ts'));
  });

  it('works when the workspace itself is reached through a symlink', () => {
    const linked = path.join(base, 'ws-link');
    symlinkSync(ws, linked);
    expect(resolveWorkspacePath(linked, 'src/a.ts', { mustExist: true })).toBe(path.join(linked, 'src', 'a.ts'));
    expect(resolveWorkspacePath(linked, path.join(ws, 'src'))).toBe(path.join(ws, 'src'));
  });

  it('rejects empty values and NUL bytes', () => {
    expect(refused('  ').message).toContain('expected a path inside the workspace');
    expect(refused('src/a.ts\0.png').message).toContain('NUL');
  });

  it('reports a missing workspace as a user error', () => {
    expect(() => resolveWorkspacePath(path.join(base, 'missing'), 'x')).toThrow(UserError);
  });
});
