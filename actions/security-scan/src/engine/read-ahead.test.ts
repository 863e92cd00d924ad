import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { withBase62Crc } from './checksums.js';
import { defaultConfig } from './config.js';
import { emptyTally, FileScanner } from './file-scanner.js';
import { prepareReadAhead, scanWithReadAhead } from './read-ahead.js';
import { CATEGORIES, type SecurityFinding } from './rule.js';
import { scan } from './scanner.js';
import { walk } from './walk.js';

const c = chars(rng(5));
const GH = () => `${'gh'}p_${withBase62Crc(c.alnum(30))}`;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'moko-read-ahead-'));
  const put = (rel: string, content: string | Buffer, mode?: number) => {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    if (mode !== undefined) chmodSync(p, mode);
  };
  for (let i = 0; i < 400; i++) {
    put(`src/m${i}/index.js`, i % 7 === 0 ? `export const token = "${GH()}";\n` : `export const n${i} = ${i};\n`);
  }
  // Larger than a reader slot (256 KiB): read by the scanning thread itself.
  put('big/bundle.js', `${'let a = 1;\n'.repeat(40_000)}const t = "${GH()}";\n`);
  // Over the size limit set below: only its head is read, for the file rules.
  put('keys/huge.pem', `-----BEGIN RSA PRIVATE KEY-----\n${'QUJD'.repeat(200_000)}\n`);
  put('bin/blob.dat', Buffer.from([0, 1, 2, 3, 0, 255]));
  put('run.sh', '#!/bin/sh\necho ok\n', 0o777);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const key = (f: SecurityFinding) => `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.fingerprint}`;

describe('read-ahead', () => {
  it('finds exactly what a scan on one thread finds, with the reader reading most files', async () => {
    const config = { ...defaultConfig(), maxFileSize: 512 * 1024 };
    const alone = await scan({ root, config, readAhead: false });
    // Let the reader thread boot, so this run shows it reading (a scan never waits for it).
    prepareReadAhead();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scanner = new FileScanner(config, CATEGORIES);
    const tally = emptyTally();
    const byReader = scanWithReadAhead(scanner, walk(root, []), config.maxFileSize, tally);
    expect(byReader).toBeGreaterThan(100);
    expect(tally.findings.map(key).sort()).toEqual(alone.findings.map(key).sort());
    expect([tally.bytes, tally.scannedFiles, tally.skippedBinary, tally.skippedLarge]).toEqual([
      alone.stats.bytes,
      alone.stats.scannedFiles,
      alone.stats.skippedBinary,
      alone.stats.skippedLarge,
    ]);
    // What the comparison covers: secrets in small and large files, a key in an oversized file's
    // head, mode bits read by the reader.
    const rules = new Set(alone.findings.map((f) => f.ruleId));
    expect(rules).toContain('secret/github-pat');
    expect(alone.findings.some((f) => f.file === 'big/bundle.js')).toBe(true);
    expect(alone.findings.some((f) => f.file === 'run.sh' && f.category === 'file-permission')).toBe(true);
    expect(alone.findings.some((f) => f.file === 'keys/huge.pem')).toBe(true);
  });

  it('serves scan after scan, and scans that start together', async () => {
    const config = defaultConfig();
    const [a, b] = await Promise.all([scan({ root, config }), scan({ root, config })]);
    const c2 = await scan({ root, config, readAhead: false });
    expect(a.findings.map(key)).toEqual(c2.findings.map(key));
    expect(b.findings.map(key)).toEqual(c2.findings.map(key));
  });
});
