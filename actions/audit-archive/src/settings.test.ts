import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/core/errors.js';
import { workflowUsesCollection } from './engine/missing.js';
import { parseVerifySource } from './settings.js';

describe('parseVerifySource', () => {
  it('reads a week on a store, or a path under the workspace', () => {
    expect(parseVerifySource('2026-W48', '/ws')).toEqual({ store: 'branch', week: '2026-W48' });
    expect(parseVerifySource('release:2026-W05', '/ws')).toEqual({ store: 'release', week: '2026-W05' });
    const ws = mkdtempSync(join(tmpdir(), 'moko-verify-ws-'));
    try {
      expect(parseVerifySource('downloads/audit-2026-W48.zip', ws)).toEqual({
        path: join(ws, 'downloads/audit-2026-W48.zip'),
      });
      // A path from an input stays inside the workspace, as every path input does.
      expect(() => parseVerifySource('/etc/passwd', ws)).toThrow(/Input 'verify'/);
      expect(() => parseVerifySource('../outside.zip', ws)).toThrow(/Input 'verify'/);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
  it('names the input on a bad value', () => {
    for (const bad of ['', 'release:2026-W60', 'tag:2026-W48']) {
      let error: unknown;
      try {
        parseVerifySource(bad, '/ws');
      } catch (e) {
        error = e;
      }
      expect(isUserError(error), bad).toBe(true);
      expect(String(error)).toContain(`Input 'verify' has invalid value ${JSON.stringify(bad)}`);
    }
  });
});

describe('workflowUsesCollection', () => {
  it('sees a step running one of our actions, remote or local, and nothing else', () => {
    expect(workflowUsesCollection('    steps:\n      - uses: mokoconsulting-tech/standards/actions/release@v3\n')).toBe(
      true,
    );
    expect(workflowUsesCollection("      - uses: 'acme/std/actions/security-scan@0123abc' # pinned\n")).toBe(true);
    expect(workflowUsesCollection('      - uses: ./actions/health-check\n')).toBe(true);
    expect(workflowUsesCollection('      - uses: actions/checkout@v5\n      - run: make test\n')).toBe(false);
    expect(workflowUsesCollection('      - uses: acme/std/actions/releaser@v1\n')).toBe(false);
    expect(workflowUsesCollection('# uses: acme/std/actions/release@v1\n')).toBe(false);
  });
});
