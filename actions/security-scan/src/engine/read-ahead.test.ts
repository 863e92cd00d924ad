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
    expect(byReader.slots).toBeGreaterThan(100);
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

  it('prefilters large files on the reader thread, as the scanning thread would', async () => {
    // Files larger than a slot, each of an exact length so that secrets can be planted where the
    // prefilter's five lanes meet (every q bytes, q = floor(length / 20) * 4), at the first byte
    // (lane 0 reads padding before it), with a keyword in the last 19 bytes (stepped after the
    // lanes: the lengths leave 19 over), after
    // non-ASCII text on their line (columns are counted in the area's memory), among so many
    // keywords that the lanes' records outgrow the kernel's hit area and the area itself.
    const bigRoot = mkdtempSync(join(tmpdir(), 'moko-read-ahead-areas-'));
    try {
      const planted = new Map<string, number>();
      for (let i = 0; i < 12; i++) {
        const length = 300_019 + i * 97_000;
        const buf = Buffer.alloc(length, 0x20);
        const filler = Buffer.from(i % 2 === 0 ? 'const token = n;\n' : 'let é = "ünïcode";\n');
        for (let at = 0; at + filler.length <= length; at += filler.length) filler.copy(buf, at);
        const q = Math.floor(length / 20) * 4;
        // Where each planted token's `ghp_` starts: across each lane boundary, at a boundary, after one.
        const spots = [q - 2, 2 * q - 3, 3 * q, 4 * q - 1, 4 * q + 200, Math.floor(length / 3), length - 80];
        const prefix = '/* çà */ x = "';
        for (const at of spots) Buffer.from(`\n${prefix}${GH()}";\n`).copy(buf, at - Buffer.byteLength(prefix) - 1);
        Buffer.from(`ghp_${withBase62Crc(c.alnum(30))}\n`).copy(buf, 0);
        // `eval` across the end of the lanes' share (the last 19 bytes are stepped after them).
        Buffer.from(`\neval(x);${' '.repeat(12)}\n`).copy(buf, length - 22);
        const rel = `big/f${i}.js`;
        mkdirSync(join(bigRoot, 'big'), { recursive: true });
        writeFileSync(join(bigRoot, rel), buf);
        planted.set(rel, spots.length + 1);
      }
      for (let i = 0; i < 80; i++) writeFileSync(join(bigRoot, `small${i}.txt`), `note ${i}\n`);
      const config = { ...defaultConfig(), maxFileSize: 16 * 1024 * 1024 };
      const alone = await scan({ root: bigRoot, config, readAhead: false });
      for (const [file, n] of planted) {
        const found = alone.findings.filter((f) => f.file === file);
        expect(found.filter((f) => f.ruleId === 'secret/github-pat')).toHaveLength(n);
        expect(found.filter((f) => f.ruleId === 'dangerous/js-eval')).toHaveLength(1);
      }
      prepareReadAhead();
      await new Promise((resolve) => setTimeout(resolve, 300));
      let inAreas = 0;
      // Twice: the second scan reuses the areas (grown by the first), and each may read files in either.
      for (let round = 0; round < 2; round++) {
        const tally = emptyTally();
        const byReader = scanWithReadAhead(
          new FileScanner(config, CATEGORIES),
          walk(bigRoot, []),
          config.maxFileSize,
          tally,
        );
        inAreas += byReader.areas;
        expect(tally.findings.map(key).sort()).toEqual(alone.findings.map(key).sort());
      }
      expect(inAreas).toBeGreaterThan(0);
      // A tree of fewer files than read-ahead needs, all large: it starts after the first.
      const few = join(bigRoot, 'big');
      const [fewAlone, fewAhead] = [
        await scan({ root: few, config, readAhead: false }),
        await scan({ root: few, config, readAhead: true }),
      ];
      expect(fewAhead.findings.map(key)).toEqual(fewAlone.findings.map(key));
      // Another rule set is another prefilter, with areas of its own.
      const secretsOnly = await scan({ root: bigRoot, config, categories: ['secret'], readAhead: false });
      const tally = emptyTally();
      scanWithReadAhead(new FileScanner(config, ['secret']), walk(bigRoot, []), config.maxFileSize, tally);
      expect(tally.findings.map(key).sort()).toEqual(secretsOnly.findings.map(key).sort());
    } finally {
      rmSync(bigRoot, { recursive: true, force: true });
    }
  });

  it('serves scan after scan, and scans that start together', async () => {
    const config = defaultConfig();
    const [a, b] = await Promise.all([scan({ root, config }), scan({ root, config })]);
    const c2 = await scan({ root, config, readAhead: false });
    expect(a.findings.map(key)).toEqual(c2.findings.map(key));
    expect(b.findings.map(key)).toEqual(c2.findings.map(key));
  });
});
