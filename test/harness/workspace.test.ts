import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, git, headSha, makeWorkspace } from './workspace.js';

afterAll(cleanup);

describe('makeWorkspace', () => {
  it('writes nested files with their modes', async () => {
    const ws = await makeWorkspace({ 'a/b.txt': 'B', 'run.sh': { content: '#!/bin/sh\n', mode: 0o755 } });
    expect(await readFile(join(ws, 'a/b.txt'), 'utf8')).toBe('B');
    expect((await stat(join(ws, 'run.sh'))).mode & 0o777).toBe(0o755);
    expect(await headSha(ws)).toBeUndefined();
  });

  it('refuses paths that leave the workspace', async () => {
    await expect(makeWorkspace({ '../escape.txt': 'x' })).rejects.toThrow(
      "workspace file '../escape.txt' leaves the workspace",
    );
  });

  it('commits every file on the requested branch, with the same sha for the same content', async () => {
    const files = { 'README.md': '# demo\n', 'src/x.ts': 'export {};\n' };
    const a = await makeWorkspace(files, { git: { branch: 'trunk', message: 'seed' } });
    const b = await makeWorkspace(files, { git: { branch: 'trunk', message: 'seed' } });
    expect(await headSha(a)).toMatch(/^[0-9a-f]{40}$/);
    expect(await headSha(a)).toBe(await headSha(b));
    expect(await git(a, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('trunk');
    expect(await git(a, ['ls-files'])).toBe('README.md\nsrc/x.ts');
    expect(await git(a, ['status', '--porcelain'])).toBe('');
  });
});
