import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBase62Crc } from '../../actions/security-scan/src/engine/checksums.js';
import { fingerprint } from '../../actions/security-scan/src/engine/suppress.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { chars, rng } from '../fixtures/security-scan/fake-secrets.js';
import { validateSarif } from '../fixtures/security-scan/sarif-schema.js';
import {
  type ActionRun,
  cleanup,
  git,
  headSha,
  makeWorkspace,
  runAction,
  type WorkspaceFile,
} from '../harness/index.js';

const TREE = join(import.meta.dirname, '..', 'fixtures', 'security-scan', 'tree');
const c = chars(rng(2026));
// Built at run time so this repository holds no literal credential.
const GH_TOKEN = `${'gh'}p_${withBase62Crc(c.alnum(30))}`;
const AWS_ID = `${'AK'}IA${c.upper(16)}`;
const STRIPE = `${'sk_'}live_${c.alnum(28)}`;

function fixtureFiles(): Record<string, WorkspaceFile> {
  const out: Record<string, WorkspaceFile> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(TREE, p)] = { content: readFileSync(p, 'utf8'), mode: name.endsWith('.sh') ? 0o755 : 0o644 };
    }
  };
  walk(TREE);
  out['config/settings.js'] = `export const github = "${GH_TOKEN}";\nexport const aws = '${AWS_ID}';\n`;
  out['billing/pay.py'] = `STRIPE_KEY = "${STRIPE}"\n`;
  return out;
}

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}
const sarifOf = (r: ActionRun) =>
  JSON.parse(readFileSync(join(r.workspace, r.outputs['sarif-file']!), 'utf8')) as Sarif;
const results = (s: Sarif) =>
  s.runs
    .flatMap((run) => run.results)
    .map(
      (x) =>
        `${x.ruleId}@${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`,
    );

/** Every place a secret must never appear: logs (except the runner's own ::add-mask:: lines), summary, annotations, SARIF. */
function expectNoSecretLeak(r: ActionRun, secrets: string[]) {
  const log = `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const sarif = readFileSync(join(r.workspace, r.outputs['sarif-file']!), 'utf8');
  for (const s of secrets) {
    for (const [where, text] of [
      ['log', log],
      ['summary', r.summary],
      ['annotations', JSON.stringify(r.annotations)],
      ['sarif', sarif],
    ] as const) {
      expect(text.includes(s), `${where} leaks a secret`).toBe(false);
    }
  }
}

afterAll(cleanup);

describe('security-scan end to end', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ action: 'security-scan', workspace: await makeWorkspace(fixtureFiles(), { git: true }) });
  });

  it('fails on high findings by default and sets every output', () => {
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/::error::security-scan: \d+ finding\(s\) at or above fail-on: high/);
    const n = (k: string) => Number(run.outputs[k]);
    expect(n('findings')).toBe(n('critical') + n('high') + n('medium') + n('low'));
    expect(n('critical')).toBe(1);
    expect(run.outputs['sarif-file']).toBe('security-scan.sarif');
  });

  it('writes valid SARIF with the expected findings, relative URIs and nothing suppressed or documented', () => {
    const sarif = sarifOf(run);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const found = results(sarif);
    expect(found).toEqual(
      expect.arrayContaining([
        'secret/stripe-live-secret-key@billing/pay.py:1',
        'secret/github-pat@config/settings.js:1',
        'secret/aws-access-key-id@config/settings.js:2',
        'dangerous/python-yaml-load@src/app.py:6',
        'dangerous/python-shell-true@src/app.py:10',
        'dangerous/js-eval@src/util.js:2',
        'dangerous/js-tls-reject-unauthorized@src/util.js:5',
        'dangerous/curl-pipe-shell@scripts/install.sh:2',
        'workflow/untrusted-input-in-run@.github/workflows/ci.yml:11',
        'workflow/unpinned-action@.github/workflows/ci.yml:10',
        'workflow/missing-permissions@.github/workflows/ci.yml:6',
      ]),
    );
    expect(found.filter((f) => f.includes('python-os-system') || f.includes('docs/guide.md'))).toEqual([]);
    expect(found).toHaveLength(Number(run.outputs.findings));
  });

  it('writes a job summary with counts by category and linked top findings', async () => {
    const sha = await headSha(run.workspace);
    expect(run.summary).toContain('## Security scan');
    expect(run.summary).toMatch(/\| secret \| 1 \| \d+ \|/);
    expect(run.summary).toContain(`https://github.com/moko-demo/demo-repo/blob/${sha}/src/app.py#L6`);
  });

  it('annotates finding lines, capped at what GitHub shows', () => {
    expect(run.annotations.length).toBeGreaterThan(0);
    expect(run.annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(10);
    expect(run.annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'error', file: 'billing/pay.py', line: 1 })]),
    );
  });

  it('never prints a secret value, and masks the ones it found', () => {
    expectNoSecretLeak(run, [GH_TOKEN, AWS_ID, STRIPE]);
    expect(run.masks).toEqual(expect.arrayContaining([GH_TOKEN, AWS_ID, STRIPE]));
  });

  it('reads and prefilters large files on its second thread, finding what is in them', async () => {
    // The read-ahead thread runs from source text built at start-up (the prefilter's lane driver
    // included): this checks that text as bundled, not only as the TypeScript tests load it.
    const files: Record<string, WorkspaceFile> = {};
    const filler = 'export const value = compute(token, options);\n'.repeat(22_000);
    for (let i = 0; i < 20; i++) {
      const token = `${'gh'}p_${withBase62Crc(c.alnum(30))}`;
      files[`vendor/bundle${i}.js`] = `${filler}export const t${i} = "${token}";\n${filler}`;
    }
    const r = await runAction({
      action: 'security-scan',
      workspace: await makeWorkspace(files),
      inputs: { 'fail-on': 'none', 'upload-artifacts': 'false' },
      debug: true,
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.findings).toBe('20');
    const line = r.stdout.split('\n').find((l) => l.startsWith('::debug::Read ahead:'));
    expect(line, r.stdout.slice(-3000)).toBeDefined();
    expect(Number(/prefiltered (\d+) large/.exec(line ?? '')?.[1])).toBeGreaterThan(0);
  });

  it('passes with fail-on: none and honours categories', async () => {
    const r = await runAction({
      action: 'security-scan',
      workspace: await makeWorkspace(fixtureFiles()),
      inputs: { 'fail-on': 'none', categories: 'workflow' },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(results(sarifOf(r)).every((x) => x.startsWith('workflow/'))).toBe(true);
    // untrusted-input-in-run, unpinned-action, missing-permissions, checkout-persisted-credentials.
    expect(r.outputs.findings).toBe('4');
  });

  it('names the code scanning category in every SARIF run, and the configuration in the summary', async () => {
    const r = await runAction({
      action: 'security-scan',
      workspace: await makeWorkspace(fixtureFiles()),
      inputs: { 'fail-on': 'none', category: 'security-scan/backend' },
    });
    const runs = (sarifOf(r) as unknown as { runs: { automationDetails: { id: string } }[] }).runs;
    expect(runs.map((x) => x.automationDetails.id)).toEqual(['security-scan/backend/']);
    expect(r.summary).toContain(
      'Configuration: built-in defaults (no configuration file); code scanning category `security-scan/backend/`.',
    );
    const bad = await runAction({
      action: 'security-scan',
      workspace: await makeWorkspace({ 'a.txt': 'x' }),
      inputs: { category: 'two words' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/::error::.*'category'.*two words/);
  });

  it('rejects a path outside the workspace and a bad fail-on with a clear error', async () => {
    const ws = await makeWorkspace({ 'a.txt': 'x' });
    const outside = await runAction({ action: 'security-scan', workspace: ws, inputs: { path: '../..' } });
    expect(outside.exitCode).toBe(1);
    expect(outside.stdout).toMatch(/::error::.*Input 'path' has invalid value/);
    const bad = await runAction({ action: 'security-scan', workspace: ws, inputs: { 'fail-on': 'severe' } });
    expect(bad.stdout).toMatch(/::error::.*'fail-on'.*none, low, medium, high, critical/);
  });

  it('applies the configuration file, its baseline and custom rules', async () => {
    const files = fixtureFiles();
    files['.github/security-scan.yml'] = [
      'rules:',
      '  workflow/*: off',
      '  dangerous/js-eval: low',
      'ignore: [scripts/]',
      'baseline: .github/security-baseline.json',
      'customRules:',
      '  - id: internal-host',
      '    title: Internal host name',
      '    pattern: "[a-z]+\\\\.corp\\\\.example"',
      '    keywords: [".corp.example"]',
      '    category: dangerous-function',
      '    severity: medium',
    ].join('\n');
    files['src/net.js'] = 'fetch("https://build.corp.example/x")\n';
    const accepted = fingerprint('secret/stripe-live-secret-key', 'billing/pay.py', `STRIPE_KEY = "${STRIPE}"`, 0);
    files['.github/security-baseline.json'] = JSON.stringify({ fingerprints: [accepted] });
    const r = await runAction({
      action: 'security-scan',
      workspace: await makeWorkspace(files),
      inputs: { 'fail-on': 'none' },
    });
    const found = results(sarifOf(r));
    expect(found.some((f) => f.startsWith('workflow/') || f.includes('scripts/'))).toBe(false);
    expect(found).toContain('custom/internal-host@src/net.js:1');
    expect(found.some((f) => f.includes('stripe'))).toBe(false);
    expect(r.outputs.critical).toBe('0');
    const evalLevel = sarifOf(r).runs[0]!.results.find((x) => x.ruleId === 'dangerous/js-eval')!.level;
    expect(evalLevel).toBe('note');
    expect(r.summary).toContain('Configuration: `.github/security-scan.yml`');
    expect(r.stdout).toContain('Configuration: .github/security-scan.yml.');
  });
});

describe('security-scan diff mode on a pull request', () => {
  it('reports only findings on lines the pull request changed', async () => {
    const ws = await makeWorkspace(fixtureFiles(), { git: true });
    const base = (await headSha(ws))!;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(ws, 'src/new.py'), 'import pickle\nobj = pickle.loads(data)\n');
    await writeFile(
      join(ws, 'src/util.js'),
      `${readFileSync(join(ws, 'src/util.js'), 'utf8')}export const t = "${GH_TOKEN}";\n`,
    );
    await git(ws, ['add', '--all']);
    await git(ws, ['commit', '--quiet', '--no-gpg-sign', '--message', 'change']);
    const head = (await headSha(ws))!;
    const r = await runAction({
      action: 'security-scan',
      workspace: ws,
      sha: head,
      inputs: { mode: 'diff' },
      event: {
        name: 'pull_request',
        payload: { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
      },
    });
    expect(results(sarifOf(r)).sort()).toEqual([
      'dangerous/python-pickle@src/new.py:2',
      'secret/github-pat@src/util.js:6',
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('outside the changed lines');
  });
});

describe('security-scan upload to code scanning', () => {
  let em: Emulator;
  beforeAll(async () => {
    em = await startEmulator({ repos: 1, seed: 4, secondaryLimit: false });
  });
  afterAll(async () => {
    await em.close();
  });

  it('POSTs the gzipped SARIF for the commit and ref', async () => {
    const repo = [...em.state.repos.values()][0]!;
    const r = await runAction({
      action: 'security-scan',
      emulator: em,
      repository: `${repo.owner}/${repo.name}`,
      workspace: await makeWorkspace(fixtureFiles()),
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      inputs: { upload: true, 'fail-on': 'none' },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    // The one write is the upload (the fixture's workflow also gets its ref-confusion query, a POST
    // to /graphql that reads).
    expect(r.requests.filter((q) => q.method === 'POST' && q.path !== '/graphql').map((q) => q.path)).toEqual([
      `/repos/${repo.owner}/${repo.name}/code-scanning/sarifs`,
    ]);
    expect(r.violations).toEqual([]);
    expect(repo.sarifs).toHaveLength(1);
    expect(repo.sarifs[0]).toMatchObject({
      commit_sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      tool_names: ['MokoStandards security-scan'],
    });
    expect(JSON.stringify(repo.sarifs[0]!.sarif)).not.toContain(GH_TOKEN);
  });

  it('fails with what the token lacks when code scanning refuses the upload (403), the SARIF still written', async () => {
    const repo = [...em.state.repos.values()][0]!;
    em.addToken('ghs_readonly', { repos: '*', permission: 'read' });
    const before = repo.sarifs.length;
    const r = await runAction({
      action: 'security-scan',
      emulator: em,
      token: 'ghs_readonly',
      repository: `${repo.owner}/${repo.name}`,
      workspace: await makeWorkspace(fixtureFiles()),
      sha: 'b'.repeat(40),
      ref: 'refs/heads/main',
      inputs: { upload: true, 'fail-on': 'none' },
    });
    expect(r.exitCode).toBe(1);
    // Findings are error annotations too (with a file); the failure is the one without.
    const errors = r.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('HTTP 403');
    expect(errors[0]).toContain('security-events: write');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
    expect(repo.sarifs).toHaveLength(before);
    expect(existsSync(join(r.workspace, 'security-scan.sarif'))).toBe(true);
    expect(r.violations).toEqual([]);
  });
});

describe('security-scan diff mode without the commits in the checkout', () => {
  let em: Emulator;
  beforeAll(async () => {
    em = await startEmulator({ repos: 1, seed: 9, secondaryLimit: false });
  });
  afterAll(async () => {
    await em.close();
  });

  it("takes the changed lines from the pull request's files and their patches", async () => {
    const repo = [...em.state.repos.values()][0]!;
    const git = em.state.git(repo);
    const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-20T10:00:00Z' };
    const mainRef = `refs/heads/${repo.default_branch}`;
    const files = fixtureFiles();
    const util = (files['src/util.js'] as { content: string }).content;
    const base = git.commitChanges(git.refs.get(mainRef), [{ path: 'src/util.js', data: Buffer.from(util) }], {
      message: 'util',
      author: who,
    });
    git.refs.set(mainRef, base);
    files['src/util.js'] = `${util}export const t = "${GH_TOKEN}";\n`;
    files['src/new.py'] = 'import pickle\nobj = pickle.loads(data)\n';
    const head = git.commitChanges(
      base,
      ['src/util.js', 'src/new.py'].map((path) => ({ path, data: Buffer.from(files[path] as string) })),
      { message: 'change', author: who },
    );
    git.refs.set('refs/heads/feature', head);
    const created = await fetch(`${em.url}/repos/${repo.owner}/${repo.name}/pulls`, {
      method: 'POST',
      headers: { authorization: 'token ghs_emulator', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Change', head: 'feature', base: repo.default_branch }),
    });
    const { number } = (await created.json()) as { number: number };

    // The workspace holds the head's files but no Git history (a shallow checkout): git diff is
    // impossible, so the action asks the API.
    const r = await runAction({
      action: 'security-scan',
      emulator: em,
      repository: `${repo.owner}/${repo.name}`,
      workspace: await makeWorkspace(files),
      sha: head,
      inputs: { mode: 'diff' },
      event: {
        name: 'pull_request',
        payload: { number, pull_request: { number, base: { sha: base }, head: { sha: head } } },
      },
    });
    expect(results(sarifOf(r)).sort()).toEqual([
      'dangerous/python-pickle@src/new.py:2',
      'secret/github-pat@src/util.js:6',
    ]);
    expect(r.requests.map((q) => [q.method, q.route])).toEqual([
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
    ]);
    expect(r.stdout).toContain(`using the files of pull request #${number} from the API`);
    expect(r.violations).toEqual([]);
  });
});
