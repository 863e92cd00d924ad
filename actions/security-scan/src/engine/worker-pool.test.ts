import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { withBase62Crc } from './checksums.js';
import { defaultConfig } from './config.js';
import { scan } from './scanner.js';
import { emptyTally, FileScanner } from './file-scanner.js';
import { CATEGORIES, type SecurityFinding } from './rule.js';
import { walk } from './walk.js';
import { scanInWorkers, setScanWorkerScript } from './worker-pool.js';

const root = mkdtempSync(join(tmpdir(), 'moko-pool-'));
afterAll(() => {
  setScanWorkerScript(undefined);
  rmSync(root, { recursive: true, force: true });
});

describe('scan on worker threads', () => {
  it('finds exactly what one thread finds, in the same order', async () => {
    const c = chars(rng(5));
    for (let i = 0; i < 120; i++) {
      mkdirSync(join(root, `d${i % 7}`), { recursive: true });
      const body = i % 3 === 0 ? `t = "${'gh'}p_${withBase62Crc(c.alnum(30))}"\nyaml.load(x)\n` : `print(${i})\n`;
      writeFileSync(join(root, `d${i % 7}`, `f${i}.py`), body);
    }
    const single = await scan({ root, config: defaultConfig() });
    // The worker runs the TypeScript sources through tsx's loader, as the benchmark does.
    setScanWorkerScript(join(import.meta.dirname, '..', '..', '..', '..', 'bench', 'scan', 'worker.ts'), [
      '--import',
      'tsx',
    ]);
    const threaded = await scan({ root, config: defaultConfig(), workers: 2, parallelMinFiles: 0 });
    expect(single.findings.length).toBe(80);
    expect(threaded.findings).toEqual(single.findings);
    expect(threaded.stats).toEqual(single.stats);
  });

  it('workers alone scan every file exactly once (the calling thread claiming none)', async () => {
    const config = defaultConfig();
    const files = walk(root, config.ignore);
    const scanner = new FileScanner(config, CATEGORIES);
    const here = emptyTally();
    for (const f of files) scanner.scanFile(f, here);
    setScanWorkerScript(join(import.meta.dirname, '..', '..', '..', '..', 'bench', 'scan', 'worker.ts'), [
      '--import',
      'tsx',
    ]);
    const threaded = await scanInWorkers(scanner, files, config, CATEGORIES, 2, false);
    const key = (f: SecurityFinding) => `${f.file}:${f.line}:${f.ruleId}:${f.fingerprint}`;
    expect(threaded.findings.map(key).sort()).toEqual(here.findings.map(key).sort());
    expect({ ...threaded, findings: [], secrets: [] }).toEqual({ ...here, findings: [], secrets: [] });
    expect(threaded.scannedFiles).toBe(120);
  });
});
