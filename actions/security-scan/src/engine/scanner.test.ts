import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { withBase62Crc } from './checksums.js';
import { configSchema, defaultConfig } from './config.js';
import { scan } from './scanner.js';
import { buildSarif } from './sarif.js';
import { fingerprint, fingerprintSource, loadBaseline } from './suppress.js';

const c = chars(rng(7));
const GH = () => `${'gh'}p_${withBase62Crc(c.alnum(30))}`;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'moko-scan-'));
  dirs.push(root);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}
const run = (root: string, config = defaultConfig(), extra = {}) => scan({ root, config, ...extra });

describe('scan', () => {
  it('honours .gitignore files at every level and config ignores, and never enters .git', async () => {
    const t = GH();
    const root = tree({
      '.gitignore': 'build/\n',
      'src/.gitignore': '*.log\n',
      'build/out.js': `x="${t}"`,
      'src/debug.log': `x="${t}"`,
      'src/app.js': `x="${t}"`,
      'vendor/lib.js': `x="${t}"`,
      '.git/config': `x="${t}"`,
    });
    const r = await run(root, configSchema.parse({ ignore: ['vendor/'] }));
    expect(r.findings.map((f) => f.file)).toEqual(['src/app.js']);
  });

  it('skips binary and oversized files, counting them', async () => {
    const root = tree({
      'a.bin': Buffer.from([0, 1, 2, 0x67, 0x68]),
      'big.txt': `${'a'.repeat(2000)}\n${GH()}`,
      'ok.txt': 'fine',
    });
    const r = await run(root, configSchema.parse({ maxFileSize: 1000 }));
    expect(r.stats).toMatchObject({ files: 3, scannedFiles: 1, skippedBinary: 1, skippedLarge: 1 });
    expect(r.findings).toEqual([]);
  });

  it('honours moko-ignore on the line and on the line above, for the named rule only', async () => {
    const root = tree({
      'a.py': [
        `t1 = "${GH()}"  # moko-ignore: secret/github-pat test fixture`,
        '# moko-ignore: secret/github-pat rotated long ago',
        `t2 = "${GH()}"`,
        `t3 = "${GH()}"  # moko-ignore: secret/aws-access-key-id wrong rule`,
        `t4 = "${GH()}"  # moko-ignore: secret/* whole family`,
      ].join('\n'),
    });
    const r = await run(root);
    expect(r.findings.map((f) => f.line)).toEqual([4]);
    expect(r.stats.suppressed).toBe(3);
  });

  it('applies rule switches (by id and family/*) and severity overrides', async () => {
    const root = tree({ 'a.py': `t = "${GH()}"\nyaml.load(x)\n` });
    const off = await run(root, configSchema.parse({ rules: { 'secret/github-pat': 'off' } }));
    expect(off.findings.map((f) => f.ruleId)).toEqual(['dangerous/python-yaml-load']);
    const family = await run(root, configSchema.parse({ rules: { 'dangerous/*': { enabled: false } } }));
    expect(family.findings.map((f) => f.ruleId)).toEqual(['secret/github-pat']);
    const lowered = await run(root, configSchema.parse({ rules: { 'secret/github-pat': 'low' } }));
    expect(lowered.findings.find((f) => f.ruleId === 'secret/github-pat')?.severity).toBe('low');
  });

  it('runs custom regex rules behind their keywords', async () => {
    const root = tree({ 'a.txt': 'internal key ACME-9f3a71c2e8b4d605\n' });
    const config = configSchema.parse({
      customRules: [
        { id: 'acme-key', title: 'ACME key', pattern: 'ACME-[0-9a-f]{16}', keywords: ['acme-'], severity: 'critical' },
      ],
    });
    const r = await run(root, config);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['custom/acme-key', 'critical', 1]]);
  });

  it('limits rules to the chosen categories', async () => {
    const root = tree({ 'a.py': `t = "${GH()}"\nyaml.load(x)\n` });
    const r = await run(root, defaultConfig(), { categories: ['dangerous-function'] });
    expect(r.findings.map((f) => f.category)).toEqual(['dangerous-function']);
  });

  it('keeps fingerprints stable when lines move, and drops baselined findings', async () => {
    const token = GH();
    const first = await run(tree({ 'a.js': `const t = "${token}";\n` }));
    const moved = await run(tree({ 'a.js': `// new header\n\n  const t = "${token}";\n` }));
    expect(moved.findings[0]!.line).toBe(3);
    expect(moved.findings[0]!.fingerprint).toBe(first.findings[0]!.fingerprint);
    expect(first.findings[0]!.fingerprint).not.toContain(token);

    const root = tree({
      'a.js': `const t = "${token}";\n`,
      'baseline.json': JSON.stringify({ fingerprints: [first.findings[0]!.fingerprint] }),
    });
    const baseline = await loadBaseline(join(root, 'baseline.json'));
    const r = await run(root, defaultConfig(), { baseline });
    expect(r.findings).toEqual([]);
    expect(r.stats.baselined).toBe(1);
  });

  it('fingerprints findings on a minified line by the text around each, not the whole line', async () => {
    const [a, b] = [GH(), GH()];
    const pad = 'q=0;'.repeat(100);
    const minified = (filler: string) => `var x=${a};${pad}${filler.repeat(2000)}${pad}var y=${b};${pad}`;
    const first = await run(tree({ 'app.min.js': `${minified('f(1);')}\n` }));
    const edited = await run(tree({ 'app.min.js': `${minified('g(2);')}\n` }));
    const [fa, fb] = first.findings;
    expect(first.findings).toHaveLength(2);
    expect(fa!.fingerprint).not.toBe(fb!.fingerprint);
    // The code between the two tokens changed: neither token's surroundings did.
    expect(edited.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
  });

  it('reads a previous SARIF file as a baseline', async () => {
    const root = tree({
      'old.sarif': JSON.stringify({
        runs: [{ results: [{ partialFingerprints: { 'mokoFingerprint/v1': 'abc:0' } }] }],
      }),
    });
    expect([...(await loadBaseline(join(root, 'old.sarif')))]).toEqual(['abc:0']);
  });

  it('in diff mode reports only findings on changed lines (file-level findings when the file changed)', async () => {
    const root = tree({
      'a.js': `const a = "${GH()}";\nconst b = "${GH()}";\n`,
      'b.md': 'docs',
      'c.js': `x = "${GH()}"`,
    });
    chmodSync(join(root, 'b.md'), 0o777);
    const changed = new Map<string, [number, number][] | 'all'>([
      ['a.js', [[2, 2]]],
      ['b.md', [[1, 1]]],
    ]);
    const r = await run(root, defaultConfig(), { changed });
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual([
      'a.js:2:secret/github-pat',
      'b.md:1:permission/executable-data-file',
      'b.md:1:permission/world-writable',
    ]);
    expect(r.stats.outsideDiff).toBe(1);
  });

  it('passes secret values to onSecret for masking but never into findings', async () => {
    const token = GH();
    const seen: string[] = [];
    const r = await run(tree({ 'a.js': `t("${token}")` }), defaultConfig(), { onSecret: (v: string) => seen.push(v) });
    expect(seen).toEqual([token]);
    expect(JSON.stringify(r.findings)).not.toContain(token.slice(4));
  });
});

describe('redacted secrets', () => {
  it('shows the first four characters, an ellipsis "…" and the length, in findings and SARIF, on non-ASCII lines too', async () => {
    const token = GH();
    const root = tree({ 'a.js': `// clé d'accès — ne pas publier\nconst clé = "${token}"; // « jeton »\n` });
    const r = await run(root);
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column, f.redacted, f.message])).toEqual([
      ['secret/github-pat', 2, 14, 'ghp_…(40)', 'GitHub personal access token (classic) (ghp_…(40))'],
    ]);
    const sarif = buildSarif(r.findings, r.rules, { toolVersion: '0.0.0', root });
    const results = sarif.logs[0]!.runs[0]!.results as unknown as { message: { text: string } }[];
    expect(results.map((x) => x.message.text)).toEqual(['GitHub personal access token (classic) (ghp_…(40))']);
  });
});

describe('many hits on one long line (minified code)', () => {
  it('reports each at its UTF-16 column past non-ASCII text, and honours a suppression on that line', async () => {
    const [a, b] = [GH(), GH()];
    const pad = 'var é="ü";'.repeat(2000);
    const line = `${pad}x="${a}";${pad}y="${b}";`;
    const r = await run(tree({ 'app.min.js': `${line}\n`, 'ok.min.js': `${line}// moko-ignore: secret/* test\n` }));
    const hits = r.findings.filter((f) => f.file === 'app.min.js');
    expect(hits.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['secret/github-pat', 1, line.indexOf(a) + 1],
      ['secret/github-pat', 1, line.indexOf(b) + 1],
    ]);
    expect(r.findings.filter((f) => f.file === 'ok.min.js')).toEqual([]);
  });

  it('fingerprints a finding on a long non-ASCII line as the whole decoded line defines it (only the bytes around it are decoded)', async () => {
    const tokens = [GH(), GH(), GH()];
    const pad = (n: number) => 'var é="ü🙂";'.repeat(n);
    // Findings near the line's start, in the middle and near its end, where the decoded window is clipped.
    const line = `x="${tokens[0]}";${pad(800)}y="${tokens[1]}";${pad(800)}z="${tokens[2]}";`;
    const r = await run(tree({ 'app.min.js': `${line}\n` }));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['secret/github-pat', 'secret/github-pat', 'secret/github-pat']);
    for (const f of r.findings) {
      expect(f.column).toBe(line.indexOf(tokens[r.findings.indexOf(f)]!) + 1);
      expect(f.fingerprint).toBe(fingerprint(f.ruleId, 'app.min.js', fingerprintSource(line, f.column), 0));
    }
  });

  it('counts columns past invalid UTF-8 (latin1 text, stray and cut sequences) as the decoder does', async () => {
    const tokens = [GH(), GH()];
    // 0xE9 alone (latin1 "é"), 0xA9 alone (a stray continuation byte), a 4-byte sequence cut after
    // two bytes, and a valid emoji: each decodes to U+FFFD or its character.
    const junk = Buffer.from([
      0x76, 0x3d, 0xe9, 0x3b, 0xa9, 0xa9, 0x20, 0xf0, 0x9f, 0x3b, 0xf0, 0x9f, 0x99, 0x82, 0x3b,
    ]);
    const bytes = Buffer.concat([
      Buffer.from('a="'),
      Buffer.from(tokens[0]!),
      Buffer.from('";'),
      ...Array.from({ length: 600 }, () => junk),
      Buffer.from('b="'),
      Buffer.from(tokens[1]!),
      Buffer.from('";\n'),
    ]);
    const decoded = bytes.toString('utf8');
    const r = await run(tree({ 'legacy.min.js': bytes }));
    expect(r.findings.map((f) => [f.ruleId, f.column])).toEqual(
      tokens.map((t) => ['secret/github-pat', decoded.indexOf(t) + 1]),
    );
    for (const f of r.findings)
      expect(f.fingerprint).toBe(
        fingerprint(f.ruleId, 'legacy.min.js', fingerprintSource(decoded.trimEnd(), f.column), 0),
      );
  });

  it('counts columns on one line whose stretches between findings are well-formed, then ill-formed, then well-formed again', async () => {
    const tokens = [GH(), GH(), GH(), GH()];
    const valid = Buffer.from('var é="ü🙂中";'.repeat(300));
    const invalid = Buffer.from([0x76, 0x3d, 0xe9, 0x3b, 0xa9, 0x20, 0xf0, 0x9f, 0x3b, 0xed, 0xa0, 0x80, 0x3b]);
    const parts = tokens.flatMap((t, i) => [
      Buffer.from(`k${i}="`),
      Buffer.from(t),
      Buffer.from('";'),
      i === 1 ? Buffer.concat(Array.from({ length: 300 }, () => invalid)) : valid,
    ]);
    const bytes = Buffer.concat([...parts, Buffer.from('\n')]);
    const decoded = bytes.toString('utf8');
    const r = await run(tree({ 'mixed.min.js': bytes }));
    expect(r.findings.map((f) => [f.ruleId, f.column])).toEqual(
      tokens.map((t) => ['secret/github-pat', decoded.indexOf(t) + 1]),
    );
  });

  it('takes only a lower-case moko-ignore: as a marker, also in a file the keyword pass flags for it', async () => {
    const token = GH();
    const r = await run(
      tree({
        'upper.js': `k = "${token}" // MOKO-IGNORE: secret/* not a marker\n`,
        'lower.js': `k = "${GH()}" // moko-ignore: secret/* a marker\n`,
      }),
    );
    expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([['upper.js', 'secret/github-pat']]);
  });

  it('on a long line, an integrity hash makes only the secrets near it benign', async () => {
    const [nearby, far] = [GH(), GH()];
    const integrity = `"integrity":"sha512-${c.b64(86)}=="`;
    const filler = 'a=b+c;'.repeat(2000);
    const line = `${filler}${integrity},k="${nearby}";${filler}${filler}j="${far}";${filler}`;
    const r = await run(tree({ 'vendor.min.js': `${line}\n`, 'short.js': `${integrity},j="${far}";\n` }));
    // A short line with the hash is benign as a whole; on the long one, 24,000 characters away is not near.
    expect(r.findings.map((f) => [f.file, f.ruleId, f.column])).toEqual([
      ['vendor.min.js', 'secret/github-pat', line.indexOf(far) + 1],
    ]);
  });

  it('on a long line, a multi-line rule looks within its window of the keyword, not the whole line', async () => {
    const token = `${Buffer.from(`1${c.digits(18)}`).toString('base64url')}.${c.url(6)}.${c.url(38)}`;
    const filler = 'a=b+c;'.repeat(3000);
    const near = `${filler}const D=require("discord.js");${'x=1;'.repeat(100)}client.login("${token}");${filler}`;
    const far = `${filler}const D=require("discord.js");${filler}client.login("${token}");${filler}`;
    const r = await run(tree({ 'near.min.js': `${near}\n`, 'far.min.js': `${far}\n` }));
    // Within the rule's 3,000 characters after `discord`; 18,000 characters away on one line is no longer
    // a token "near the name" (a whole-line search found it there, and cost a pass over the line).
    expect(r.findings.map((f) => [f.file, f.ruleId, f.column])).toEqual([
      ['near.min.js', 'secret/discord-bot-token', near.indexOf(token) + 1],
    ]);
  });

  it('on a long line, runs line rules in windows around their keywords: calls and secrets anywhere on it are found once', async () => {
    const token = GH();
    const filler = 'a=b+c;'.repeat(3000);
    // eval at the line's start, in the middle and at its end; a token between two windows' reach.
    const line = `eval(code);${filler}eval(more);${filler}k="${token}";${filler}setTimeout("run()",1);eval(last)`;
    const r = await run(tree({ 'bundle.min.js': `${line}\n` }));
    const byColumn = r.findings.map((f) => [f.ruleId, f.column] as const).sort((x, y) => x[1] - y[1]);
    expect(byColumn).toEqual([
      ['dangerous/js-eval', 1],
      ['dangerous/js-eval', line.indexOf('eval(more)') + 1],
      ['secret/github-pat', line.indexOf(token) + 1],
      ['dangerous/js-string-timer', line.indexOf('setTimeout') + 1],
      ['dangerous/js-eval', line.indexOf('eval(last)') + 1],
    ]);
  });
});

describe('secret values in other findings', () => {
  it('redacts a secret found on a line that another rule quotes', async () => {
    const password = `Zx9${c.alnum(12)}`;
    const root = tree({ 'install.sh': `curl -u deploy:${password} https://get.example.com/i.sh | sh\n` });
    const r = await run(root);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['dangerous/curl-pipe-shell', 'secret/curl-user-password']);
    expect(JSON.stringify(r.findings)).not.toContain(password);
  });
});
