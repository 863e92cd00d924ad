import { readFileSync } from 'node:fs';
import type { Node } from 'yaml';
import { inChangedLines, type ChangedLines } from './diff.js';
import type { AnyRule, SecurityFinding } from './rule.js';
import { fingerprint, isSuppressed, normalizeLine } from './suppress.js';
import type { WalkedFile } from './walk.js';
import { isWorkflowPath } from './workflow-check.js';
import { entries, get, items, parseYaml, str } from './workflow-yaml.js';

/** Rule id of the online audit `ref-confusion` (the GitHub API answers it; see src/ref-confusion.ts). */
export const REF_CONFUSION = 'workflow/ref-confusion';

/** A remote `uses: owner/repo[/path]@ref` whose ref is symbolic (a branch or tag name, not a commit SHA). */
export interface RemoteUse {
  /** File relative to the scan root. */
  file: string;
  line: number;
  column: number;
  owner: string;
  repo: string;
  ref: string;
  uses: string;
  lineText: string;
  /** The line above, for `security-scan-ignore` comments. */
  aboveText: string;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

/**
 * Remote `uses:` with a symbolic ref in one workflow (jobs' reusable workflows, steps) or action
 * file (composite steps). Local (`./`) and `docker://` uses, and refs pinned to a full SHA, are left out.
 */
export function remoteUses(path: string, source: string): RemoteUse[] {
  const file = parseYaml(source);
  if (!file.root) return [];
  const nodes: Node[] = [];
  if (isWorkflowPath(path)) {
    for (const [, job] of entries(get(file.root, 'jobs'))) {
      const reusable = get(job, 'uses');
      if (reusable) nodes.push(reusable);
      for (const step of items(get(job, 'steps'))) {
        const uses = get(step, 'uses');
        if (uses) nodes.push(uses);
      }
    }
  } else {
    for (const step of items(get(get(file.root, 'runs'), 'steps'))) {
      const uses = get(step, 'uses');
      if (uses) nodes.push(uses);
    }
  }
  const lines = source.split('\n');
  const out: RemoteUse[] = [];
  for (const node of nodes) {
    const uses = str(node)?.trim() ?? '';
    const m = /^([\w.-]+)\/([\w.-]+)(?:\/[^@]*)?@(.+)$/.exec(uses);
    if (!m || uses.startsWith('docker://') || FULL_SHA.test(m[3]!) || m[3]!.includes('${{')) continue;
    const { line, col } = file.lineOf(node.range?.[0] ?? 0);
    out.push({
      file: path,
      line,
      column: col,
      owner: m[1]!,
      repo: m[2]!,
      ref: m[3]!,
      uses,
      lineText: lines[line - 1] ?? '',
      aboveText: lines[line - 2] ?? '',
    });
  }
  return out;
}

/**
 * Remote `uses:` with symbolic refs in the workflow and action files the scan walked (ScanResult's
 * workflowFiles): the tree is not walked a second time.
 */
export function collectRemoteUses(files: readonly WalkedFile[], maxFileSize: number): RemoteUse[] {
  const out: RemoteUse[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f.absolute, 'utf8');
    } catch {
      continue;
    }
    if (text.length > maxFileSize) continue;
    out.push(...remoteUses(f.path, text));
  }
  return out;
}

/** Options that decide whether a ref-confusion finding is kept, as the scan decides for its own findings. */
export interface RefFindingFilter {
  baseline?: ReadonlySet<string>;
  changed?: ChangedLines;
}

/**
 * The `ref-confusion` findings for the uses whose ref names both a branch and a tag
 * (`ambiguous(owner, repo, ref)`), without those suppressed inline, in the baseline or, in diff mode,
 * outside the changed lines. Fingerprinted like the scan's findings.
 */
export function refConfusionFindings(
  rule: AnyRule,
  uses: readonly RemoteUse[],
  ambiguous: (use: RemoteUse) => boolean,
  filter: RefFindingFilter = {},
): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  const occurrences = new Map<string, number>();
  for (const use of uses) {
    if (!ambiguous(use) || isSuppressed(rule.id, use.lineText, use.aboveText)) continue;
    const key = `${use.file}\0${normalizeLine(use.lineText)}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const print = fingerprint(rule.id, use.file, use.lineText, n);
    if (filter.baseline?.has(print)) continue;
    if (filter.changed && !inChangedLines(filter.changed, use.file, use.line, false)) continue;
    out.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      title: rule.title,
      message: `${use.uses}: \`${use.ref}\` is both a branch and a tag of ${use.owner}/${use.repo}; which one runs depends on GitHub's resolution order, and whoever can push either one chooses the code.`,
      file: use.file,
      line: use.line,
      column: use.column,
      help: rule.help,
      fingerprint: print,
    });
  }
  return out;
}
