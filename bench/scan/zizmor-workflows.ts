// security-scan's workflow rules on zizmor's own audit test workflows
// (crates/zizmor/tests/integration/test-data/<audit>[/…].yml): for each audit in scope, how many
// findings each of our rules reports on that audit's workflows and actions, next to the number of
// findings zizmor's snapshot tests expect for the same inputs (summed over the inputs its tests name,
// "N findings …: a informational, b low, c medium, d high", suppressed and ignored ones excluded).
// Nothing of zizmor is stored here: the files are read from a checkout at run time.
//   npx tsx bench/scan/zizmor-workflows.ts --zizmor=DIR   (a zizmor checkout or bare clone; ZIZMOR_DIR works too)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkWorkflow } from '../../actions/security-scan/src/engine/workflow-check.js';

const dir = process.argv.find((a) => a.startsWith('--zizmor='))?.split('=')[1] ?? process.env.ZIZMOR_DIR;
if (!dir) {
  console.error('usage: npx tsx bench/scan/zizmor-workflows.ts --zizmor=<zizmor checkout or bare clone>');
  process.exit(2);
}
const DATA = 'crates/zizmor/tests/integration/test-data';
const TESTS = 'crates/zizmor/tests/integration/audit';
/** zizmor audit → our rules that report the same weakness. */
const AUDITS: Record<string, readonly string[]> = {
  'template-injection': ['workflow/untrusted-input-in-run', 'workflow/input-in-run'],
  'dangerous-triggers': ['workflow/dangerous-trigger'],
  artipacked: ['workflow/checkout-persisted-credentials', 'workflow/artifact-credentials'],
  'cache-poisoning': ['workflow/cache-poisoning'],
  'excessive-permissions': ['workflow/excessive-permissions', 'workflow/write-all-permissions'],
  'github-env': ['workflow/github-env'],
  'bot-conditions': ['workflow/bot-condition'],
  'overprovisioned-secrets': ['workflow/overprovisioned-secrets'],
  'unpinned-images': ['workflow/unpinned-image'],
};

/** Files under `path` of the checkout (or of the bare clone's HEAD), with their text. */
function files(path: string): [string, string][] {
  if (existsSync(join(dir!, path))) {
    const out: [string, string][] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else out.push([relative(join(dir!, path), p), readFileSync(p, 'utf8')]);
      }
    };
    walk(join(dir!, path));
    return out;
  }
  const git = (...a: string[]) => execFileSync('git', ['--git-dir', dir!, ...a], { maxBuffer: 1 << 26 }).toString();
  return git('ls-tree', '-r', '--name-only', 'HEAD', `${path}/`)
    .split('\n')
    .filter(Boolean)
    .map((p) => [relative(path, p), git('show', `HEAD:${p}`)]);
}

/** Findings zizmor's tests expect per input file (the first snapshot after each `input_under_test`). */
function expected(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [, text] of files(TESTS)) {
    const parts = text.split('input_under_test(').slice(1);
    for (const part of parts) {
      const input = /^\s*"([^"]+)"/.exec(part)?.[1];
      if (!input || out.has(input)) continue;
      const m = /(\d+) informational, (\d+) low, (\d+) medium, (\d+) high/.exec(part);
      const none = /No findings to report/.exec(part);
      if (m && (!none || none.index > m.index))
        out.set(
          input,
          m.slice(1, 5).reduce((a, b) => a + Number(b), 0),
        );
      else if (none) out.set(input, 0);
    }
  }
  return out;
}

const want = expected();
const trusted = { trustedActions: ['actions/*', 'github/*'] };
console.log('| zizmor audit | inputs | zizmor expects | ours (by rule) |\n| --- | --- | --- | --- |');
for (const [audit, rules] of Object.entries(AUDITS)) {
  const inputs = files(DATA).filter(([p]) => (p === `${audit}.yml` || p.startsWith(`${audit}/`)) && /\.ya?ml$/.test(p));
  const ours = new Map<string, number>(rules.map((r) => [r, 0]));
  let expectedTotal = 0;
  let known = 0;
  for (const [p, text] of inputs) {
    const path = /(?:^|\/)action\.ya?ml$/.test(p) ? p : `.github/workflows/${p.split('/').pop()}`;
    for (const hit of checkWorkflow(path, text, trusted))
      if (ours.has(hit.ruleId)) ours.set(hit.ruleId, (ours.get(hit.ruleId) ?? 0) + 1);
    const e = want.get(p) ?? want.get(p.replace(/\/action\.ya?ml$/, '/'));
    if (e !== undefined) {
      expectedTotal += e;
      known++;
    }
  }
  const by = [...ours].map(([r, n]) => `${r.replace('workflow/', '')} ${n}`).join(', ');
  console.log(`| ${audit} | ${inputs.length} (${known} in zizmor's snapshots) | ${expectedTotal} | ${by} |`);
}
