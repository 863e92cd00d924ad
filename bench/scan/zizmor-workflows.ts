// security-scan's workflow rules on zizmor's own audit test workflows
// (crates/zizmor/tests/integration/test-data/<audit>[/…].yml), finding by finding.
//
// What zizmor expects: its integration tests (crates/zizmor/tests/integration/audit/*.rs) run zizmor
// on one input each (`input_under_test("…")`) and compare the output with an inline snapshot. Each
// snapshot finding starts `level[audit-id]: …` and its next line `--> @@INPUT@@[/file]:LINE:COL` names
// the primary location. Every such finding of an audit in scope, from every run of the tests on that
// audit's inputs (all personas; `--fix` runs and runs without an `input_under_test` are skipped), is one
// expected finding, deduplicated across runs by file, line, column and annotation (a run's n-th finding with the same ones is the n-th of another run). A finding is tagged with the lowest persona
// it was seen under (default < pedantic < auditor: zizmor hides pedantic/auditor ones unless asked) and
// as informational when its level is `info`.
//
// How matching works: per input file, each expected finding is matched to at most one of our findings
// (of the rules mapped to that audit below) on the same line. When zizmor's location spans several
// lines (its snippet opens with `/`, e.g. a whole job or the whole workflow), one of ours anywhere in
// the span's lines (the line numbers its snippet prints) matches too; failing both, one of ours on a
// line the finding annotates as a secondary location (`---- label`, e.g. secrets-inherit's
// `secrets: inherit` under its `uses:`) matches: the same finding, pointed at where its fix goes. An input no snapshot names
// counts for nothing (our findings there are listed as unverified, not as extras). Recall = matched /
// expected; "in scope" leaves out the findings zizmor reports only to the pedantic/auditor personas or
// as informational, which we do not aim at (see LEGEND). In-scope misses we do not report by design are
// listed in NOT_REPORTED with the legend entry that says why; they still count as misses. Extras are
// ours that match nothing; "unexplained" counts those no legend entry covers (ignore comments, tags).
// "Extras on other inputs": ours for the audit on every other input that a test runs in the default
// persona (all audits on), matched the same way against that run's findings of the audit.
// Nothing of zizmor is stored here: the files are read from a checkout at run time.
//   npx tsx bench/scan/zizmor-workflows.ts --zizmor=DIR   (a zizmor checkout or bare clone; ZIZMOR_DIR works too)
//   add --all to list every input file, not only those with a miss or an extra.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkWorkflow } from '../../actions/security-scan/src/engine/workflow-check.js';
import { parseYaml } from '../../actions/security-scan/src/engine/workflow-yaml.js';

const dir = process.argv.find((a) => a.startsWith('--zizmor='))?.split('=')[1] ?? process.env.ZIZMOR_DIR;
if (!dir) {
  console.error('usage: npx tsx bench/scan/zizmor-workflows.ts --zizmor=<zizmor checkout or bare clone> [--all]');
  process.exit(2);
}
const listAll = process.argv.includes('--all');
const DATA = 'crates/zizmor/tests/integration/test-data';
const TESTS = 'crates/zizmor/tests/integration/audit';
/** zizmor audit → our rules that report the same weakness (`rule:prefix`: only its findings whose message starts so). */
const AUDITS: Record<string, readonly string[]> = {
  'template-injection': ['workflow/untrusted-input-in-run', 'workflow/input-in-run', 'workflow/step-output-in-run'],
  'dangerous-triggers': ['workflow/dangerous-trigger'],
  artipacked: ['workflow/checkout-persisted-credentials', 'workflow/artifact-credentials'],
  'cache-poisoning': ['workflow/cache-poisoning'],
  'excessive-permissions': [
    'workflow/excessive-permissions',
    'workflow/write-all-permissions',
    'workflow/missing-permissions',
  ],
  'github-env': ['workflow/github-env'],
  'bot-conditions': ['workflow/bot-condition'],
  'overprovisioned-secrets': ['workflow/overprovisioned-secrets'],
  'insecure-commands': ['workflow/unsecure-commands'],
  'secrets-inherit': ['workflow/secrets-inherit'],
  'self-hosted-runner': ['workflow/self-hosted-pr'],
  // `uses: docker://…` steps are unpinned-action findings ("Docker image … is not pinned"): only those count here.
  'unpinned-images': ['workflow/unpinned-image', 'workflow/unpinned-action:Docker image'],
};
/** Audits whose test inputs are named otherwise (test-data/<stem>.yml, test-data/<stem>/…). */
const INPUT_STEM: Record<string, string> = { 'self-hosted-runner': 'self-hosted' };
/** What we knowingly report differently from zizmor, printed under the table. */
const LEGEND: readonly string[] = [
  'persona: zizmor shows findings of the pedantic and auditor personas only when asked (--persona); they are not in the in-scope recall. Where a test runs an input only under --persona=pedantic/auditor, every finding of it is tagged so, including ones the default persona would show.',
  'informational (info[…]): low-confidence template-injection findings (e.g. `fromJSON(steps.*.outputs.*)`); not in scope.',
  "ignore comments: we do not honour `# zizmor: ignore[…]` (our inline suppression is `moko-ignore: <rule>`), so a finding zizmor's snapshot counts as ignored is one of our extras.",
  "secrets-inherit: we point at `secrets: inherit`, the line the fix replaces (name the secrets the called workflow needs); zizmor's primary location is the job's `uses:`, with `secrets: inherit` as the finding's second annotated location, where ours matches it.",
  'self-hosted-runner: zizmor reports every self-hosted runner, to the auditor persona only; we report one (self-hosted-pr) where pull requests, forks included, trigger the job.',
  "template-injection: we report expansions of attacker-controlled contexts (event text, branch names, commit data, labels, toJSON of the event), directly or through an `env.X`/`matrix.X` set from one (untrusted-input-in-run), a composite action's `inputs.*` (input-in-run), and an `env.X`/`matrix.X` set from `steps.*.outputs.*`/`needs.*.outputs.*`, a matrix computed from them included (step-output-in-run, low: zizmor reports these at the default persona, low through env, medium through a matrix). Not reported: outputs and other contexts expanded directly (zizmor: informational, or pedantic); env/matrix values set from contexts that carry no attacker text. pr-317-repro L28 is one: `matrix.bar` is set from `github.repository_owner`, which zizmor's own context table rates fixed (a login: letters, digits, hyphens); zizmor reports every expression-valued matrix entry without following it to its source.",
  'artipacked: we report every checkout without persist-credentials: false (checkout-persisted-credentials); zizmor hides those without a later upload of the workspace unless --persona=auditor/pedantic, so some of ours show as extras there.',
  'unpinned-images: we report any image not pinned by digest, tags included (zizmor: tags are pedantic), so tagged images zizmor runs only under --persona=pedantic count as matched or, in default-persona runs, as extras. Images an expression takes from inputs or vars are unknown to us and not reported (zizmor: pedantic); `matrix.*` values and quoted literals in the expression are checked.',
  'cache-poisoning: docker/build-push-action counts as publishing only with `push: true` (its default is false; zizmor assumes true), so a job that only builds an image is not a publishing job: issue-642-repro L15 (setup-buildx caching its binary in a job that builds without pushing) is not reported.',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions in the legend's text.
  'insecure-commands: zizmor reports, to the auditor persona only, every `env:` that is a whole expression, since it cannot see what it sets; we report one when it is `${{ matrix.X }}` and a value of X sets ACTIONS_ALLOW_UNSECURE_COMMANDS true (read like the runner: case and blanks ignored), not an expression we cannot resolve (e.g. `env: ${{ mystery }}` in insecure-commands/action.yml).',
  'ref-confusion: an online audit (it asks the GitHub API whether a ref is both a branch and a tag), run by the action after the scan (src/ref-confusion.ts); not measured by this offline bench, tested against the emulator.',
  'excessive-permissions: default permissions are missing-permissions findings: one for the workflow when it has several jobs, one per job without its own (zizmor: the same, its workflow-level one for a single job is pedantic). Workflow-level write scopes and read-all are excessive-permissions, write-all is write-all-permissions.',
];

/**
 * In-scope findings of zizmor we do not report by design (`audit file:line` → the legend entry that
 * says why). They stay misses in the recall; the table counts the misses no entry explains.
 */
const NOT_REPORTED: Record<string, string> = {
  'template-injection template-injection/pr-317-repro.yml:28': 'template-injection',
  'cache-poisoning cache-poisoning/issue-642-repro.yml:15': 'cache-poisoning',
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

type Persona = 'default' | 'pedantic' | 'auditor';
const PERSONA_RANK: Record<Persona, number> = { default: 0, pedantic: 1, auditor: 2 };

/** One finding a zizmor snapshot expects. */
interface Expected {
  audit: string;
  file: string;
  line: number;
  col: number;
  /** Last line of the primary span (= line unless the span covers several lines). */
  endLine: number;
  level: string;
  persona: Persona;
  /** zizmor's annotation of the primary location. */
  label: string;
  /** The finding's other annotated locations (`---- label` under a snippet line), e.g. secrets-inherit's `secrets: inherit`. */
  related: { line: number; label: string }[];
}

/** Findings of zizmor's snapshot tests, per input file (test-data relative), and the files named. */
function expected(): { byFile: Map<string, Expected[]>; named: Set<string>; defaultRun: Set<string> } {
  const byFile = new Map<string, Expected[]>();
  const named = new Set<string>();
  /** Inputs with a default-persona run: there, no finding of an audit means zizmor reports none. */
  const defaultRun = new Set<string>();
  for (const [, text] of files(TESTS)) {
    for (const run of text.split('zizmor()').slice(1)) {
      // A run ends where the next test starts; its snapshot follows `.run()?`.
      const body = run.split('#[test]')[0] ?? '';
      const inputs = [...body.matchAll(/input_under_test\(\s*"([^"]+)"\s*,?\s*\)/g)].map((m) => m[1]!);
      const args = /\.args\(\[([^\]]*)\]\)/.exec(body)?.[1] ?? '';
      if (inputs.length !== 1 || args.includes('--fix')) continue;
      const input = inputs[0]!;
      const persona: Persona = /--persona=auditor/.test(args)
        ? 'auditor'
        : /--persona=pedantic|--pedantic/.test(args)
          ? 'pedantic'
          : 'default';
      const snapshot = body.slice(body.indexOf('.run()'));
      const inputFile = (suffix: string) =>
        suffix ? `${input.replace(/\/$/, '')}${suffix}` : input.endsWith('/') ? `${input}action.yml` : input;
      named.add(inputFile(''));
      if (persona === 'default') defaultRun.add(inputFile(''));
      const lines = snapshot.split('\n');
      const seenInRun = new Map<string, number>();
      for (let i = 0; i < lines.length; i++) {
        const head = /^\s*(error|warning|help|info|note)\[([\w-]+)\]:/.exec(lines[i]!);
        const at = /-->\s*@@INPUT@@(\S*?):(\d+):(\d+)\s*$/.exec(lines[i + 1] ?? '');
        if (!head || !at) continue;
        const line = Number(at[2]);
        const file = inputFile(at[3] ? at[1]! : '');
        named.add(file);
        // The snippet: numbered lines until the notes or the next finding.
        let endLine = line;
        let multi = false;
        let label = '';
        const related: { line: number; label: string }[] = [];
        let shown = 0;
        for (let j = i + 2; j < lines.length && !/^\s*(?:= note|\w+\[[\w-]+\]:|\d+ findings?)/.test(lines[j]!); j++) {
          label ||= /\^\s+(.+)$/.exec(lines[j]!)?.[1] ?? '';
          // A secondary location: dashes under the snippet line just shown (one line; spans over several are left out).
          const dashes = /^\s*\|\s*-+\s+(.+)$/.exec(lines[j]!);
          if (dashes && shown && shown !== line) related.push({ line: shown, label: dashes[1]! });
          const n = /^\s*(\d+)\s*\|(\s*[/|])?/.exec(lines[j]!);
          if (!n) continue;
          shown = Number(n[1]);
          // A span over several lines: `N | / …`, or `N | …` then `  |  ____^`.
          if (Number(n[1]) === line && (n[2]?.trim() === '/' || /^\s*\|\s+_+\^/.test(lines[j + 1] ?? ''))) multi = true;
          if (multi) endLine = Math.max(endLine, Number(n[1]));
        }
        const list = byFile.get(file) ?? [];
        // One location can hold several findings (an image per matrix value), some with the same
        // label: the n-th such finding of this run is the n-th of every other run.
        const key = `${head[2]}:${line}:${at[3]}:${label}`;
        const nth = (seenInRun.get(key) ?? 0) + 1;
        seenInRun.set(key, nth);
        const same = list.filter(
          (e) => e.audit === head[2] && e.line === line && e.col === Number(at[3]) && e.label === label,
        )[nth - 1];
        if (same) {
          if (PERSONA_RANK[persona] < PERSONA_RANK[same.persona]) same.persona = persona;
          continue;
        }
        list.push({
          audit: head[2]!,
          file,
          line,
          col: Number(at[3]),
          endLine,
          level: head[1]!,
          persona,
          label,
          related,
        });
        byFile.set(file, list);
      }
    }
  }
  return { byFile, named, defaultRun };
}

const { byFile, named, defaultRun } = expected();
const trusted = { trustedActions: ['actions/*', 'github/*'] };

interface Hit {
  rule: string;
  line: number;
  message: string;
  used: boolean;
}

/** Our findings on one test input, of the given rules (`rule:prefix`: only messages starting so). */
function ourHits(p: string, text: string, rules: readonly string[]): Hit[] {
  const path = /(?:^|\/)action\.ya?ml$/.test(p) ? p : `.github/workflows/${p.split('/').pop()}`;
  const yaml = parseYaml(text);
  return checkWorkflow(path, text, trusted)
    .filter((h) =>
      rules.some(
        (r) => r === h.ruleId || (r.startsWith(`${h.ruleId}:`) && h.message.startsWith(r.slice(h.ruleId.length + 1))),
      ),
    )
    .map((h) => ({
      rule: h.ruleId.replace('workflow/', ''),
      line: yaml.lineOf(h.offset).line,
      message: h.message,
      used: false,
    }));
}

/** ` (zizmor: ignore comment)` when a `# zizmor: ignore[audit]` sits on the line or the two after (zizmor's span may start above it). */
function ignoredNote(text: string, line: number, audit: string): string {
  const near = text
    .split('\n')
    .slice(line - 1, line + 2)
    .join('\n');
  return new RegExp(`zizmor:\\s*ignore\\[[^\\]]*\\b${audit}\\b`).test(near) ? ' (zizmor: ignore comment)' : '';
}

/**
 * Why one of ours that matches nothing is not a false positive, when the legend says so: zizmor
 * counts it as ignored, or it is a tagged image (pedantic in zizmor). '' when unexplained.
 */
function extraNote(text: string, audit: string, h: Hit): string {
  const ignored = ignoredNote(text, h.line, audit);
  if (ignored) return ignored;
  if (h.rule === 'unpinned-image' && h.message.includes('uses the tag'))
    return ' (tag: pedantic in zizmor, see legend)';
  return '';
}

/**
 * Expected finding → our finding, by finding: exact lines first, then spans, so a span does not take a
 * finding another one needs, then the finding's other annotated locations (ours may sit where the fix goes).
 * Where several of ours could take a finding (two images on one line), one the legend would not explain
 * as an extra takes it first.
 */
function matchHits(want: readonly Expected[], found: Hit[], text: string, audit: string): Map<Expected, Hit> {
  const match = new Map<Expected, Hit>();
  const hits = [...found].sort((a, b) => Number(!!extraNote(text, audit, a)) - Number(!!extraNote(text, audit, b)));
  for (const e of want) {
    const h = hits.find((x) => !x.used && x.line === e.line);
    if (h) {
      h.used = true;
      match.set(e, h);
    }
  }
  for (const e of want) {
    if (match.has(e) || e.endLine === e.line) continue;
    const h = hits.find((x) => !x.used && x.line >= e.line && x.line <= e.endLine);
    if (h) {
      h.used = true;
      match.set(e, h);
    }
  }
  for (const e of want) {
    if (match.has(e)) continue;
    const h = hits.find((x) => !x.used && e.related.some((r) => r.line === x.line));
    if (h) {
      h.used = true;
      match.set(e, h);
    }
  }
  return match;
}
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(0)}%`);
const inScope = (e: Expected) => e.persona === 'default' && e.level !== 'info';
const details: string[] = [];
console.log(
  '| zizmor audit | inputs (in snapshots) | zizmor expects (in scope) | ours (by rule) | matched (in scope) | recall | recall in scope | in-scope misses (unexplained) | extras (unexplained) | extras on other inputs (unexplained) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const [audit, rules] of Object.entries(AUDITS)) {
  const stem = INPUT_STEM[audit] ?? audit;
  const inputs = files(DATA).filter(([p]) => (p === `${stem}.yml` || p.startsWith(`${stem}/`)) && /\.ya?ml$/.test(p));
  const ours = new Map<string, number>(rules.map((r) => [r.split(':')[0]!, 0]));
  let total = 0;
  let scoped = 0;
  let matched = 0;
  let matchedScoped = 0;
  let extras = 0;
  let extrasUnexplained = 0;
  let missedScoped = 0;
  let missedUnexplained = 0;
  let known = 0;
  details.push(`\n### ${audit}\n`);
  let clean = 0;
  for (const [p, text] of inputs) {
    const hits = ourHits(p, text, rules);
    for (const h of hits) ours.set(`workflow/${h.rule}`, (ours.get(`workflow/${h.rule}`) ?? 0) + 1);
    if (!named.has(p)) {
      if (hits.length > 0 || listAll)
        details.push(
          `- ${p}: not in zizmor's snapshots; ours (unverified): ${hits.map((h) => `L${h.line} ${h.rule}`).join(', ') || 'none'}`,
        );
      continue;
    }
    known++;
    const want = (byFile.get(p) ?? [])
      .filter((e) => e.audit === audit)
      .sort((a, b) => a.line - b.line || a.col - b.col);
    const marks: string[] = [];
    let missed = 0;
    const match = matchHits(want, hits, text, audit);
    for (const e of want) {
      total++;
      if (inScope(e)) scoped++;
      const tags = [e.persona !== 'default' ? e.persona : '', e.level === 'info' ? 'informational' : '']
        .filter(Boolean)
        .join(', ');
      const h = match.get(e);
      if (h) {
        matched++;
        if (inScope(e)) matchedScoped++;
        const at =
          h.line === e.line || (h.line >= e.line && h.line <= e.endLine)
            ? undefined
            : e.related.find((r) => r.line === h.line);
        marks.push(`L${e.line} ok (${h.rule}${at ? ` at L${at.line}, its "${at.label}" location` : ''})`);
      } else {
        missed++;
        const why = NOT_REPORTED[`${audit} ${p}:${e.line}`];
        if (inScope(e)) {
          missedScoped++;
          if (!why) missedUnexplained++;
        }
        const note = [tags, why ? `not reported by design, see legend: ${why}` : ''].filter(Boolean).join('; ');
        marks.push(`L${e.line} MISSED${note ? ` (${note})` : ''}`);
      }
    }
    const extra = hits.filter((h) => !h.used);
    extras += extra.length;
    extrasUnexplained += extra.filter((h) => !extraNote(text, audit, h)).length;
    if (missed === 0 && extra.length === 0) clean++;
    if (missed > 0 || extra.length > 0 || listAll)
      details.push(
        `- ${p}: zizmor ${want.length}${marks.length ? ` [${marks.join('; ')}]` : ''}${extra.length ? `; EXTRA ours: ${extra.map((h) => `L${h.line} ${h.rule}${extraNote(text, audit, h)}`).join(', ')}` : ''}`,
      );
  }
  if (!listAll) details.push(`- ${clean} other input(s): every expected finding matched, no extras.`);
  // Precision beyond the audit's own inputs: every other input zizmor's tests run in the default
  // persona (all audits on), where a finding of ours that zizmor does not report is an extra.
  const own = new Set(inputs.map(([p]) => p));
  const elsewhere: string[] = [];
  let elsewhereUnexplained = 0;
  for (const [p, text] of files(DATA)) {
    if (own.has(p) || !defaultRun.has(p) || !/\.ya?ml$/.test(p)) continue;
    const hits = ourHits(p, text, rules);
    matchHits(
      (byFile.get(p) ?? []).filter((e) => e.audit === audit),
      hits,
      text,
      audit,
    );
    for (const h of hits.filter((x) => !x.used)) {
      const note = extraNote(text, audit, h);
      if (!note) elsewhereUnexplained++;
      elsewhere.push(`${p} L${h.line} ${h.rule}${note}`);
    }
  }
  if (elsewhere.length > 0) details.push(`- extras on other inputs (default-persona runs): ${elsewhere.join('; ')}`);
  const by = [...ours].map(([r, n]) => `${r.replace('workflow/', '')} ${n}`).join(', ');
  console.log(
    `| ${audit} | ${inputs.length} (${known}) | ${total} (${scoped}) | ${by} | ${matched} (${matchedScoped}) | ${pct(matched, total)} | ${pct(matchedScoped, scoped)} | ${missedScoped} (${missedUnexplained}) | ${extras} (${extrasUnexplained}) | ${elsewhere.length} (${elsewhereUnexplained}) |`,
  );
}
console.log('\nLegend (what we knowingly do differently):');
for (const l of LEGEND) console.log(`- ${l}`);
console.log(details.join('\n'));
