import { openSync, readSync, closeSync, readFileSync } from 'node:fs';
import type { ScanConfig } from './config.js';
import { ContentScanner, LineIndex } from './content-scan.js';
import { activeRules } from './registry.js';
import type { AnyRule, Category, FileRule, PatternRule, SecurityFinding } from './rule.js';
import { fingerprint, isSuppressed } from './suppress.js';
import type { WalkedFile } from './walk.js';
import { checkWorkflow, isWorkflowFile } from './workflow-check.js';

/** Result of scanning one file. */
export interface FileResult {
  findings: SecurityFinding[];
  /** Why the content was not scanned, if it was not. */
  skipped?: 'binary' | 'large';
  bytes: number;
  suppressed: number;
  /** Values of the secrets found, only for masking in logs; never written anywhere. */
  secrets: string[];
}

const HEAD_BYTES = 64 * 1024;

/** True when the first 8000 bytes hold a NUL byte (Git's own binary heuristic). */
export function looksBinary(buf: Uint8Array): boolean {
  const end = Math.min(buf.length, 8000);
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true;
  return false;
}

/** Scans single files with every active rule; one instance per thread, built from the configuration. */
export class FileScanner {
  readonly rules: AnyRule[];
  private readonly content: ContentScanner;
  private readonly fileRules: FileRule[];
  private readonly workflowIds: Set<string>;
  private readonly byId: Map<string, AnyRule>;

  /** Builds the rule set for `categories` from `config`. */
  constructor(
    private readonly config: ScanConfig,
    categories: readonly Category[],
  ) {
    this.rules = activeRules(config, categories);
    this.content = new ContentScanner(this.rules.filter((r): r is PatternRule => r.kind === 'pattern'));
    this.fileRules = this.rules.filter((r): r is FileRule => r.kind === 'file');
    this.workflowIds = new Set(this.rules.filter((r) => r.kind === 'structural').map((r) => r.id));
    this.byId = new Map(this.rules.map((r) => [r.id, r]));
  }

  /** Scans one walked file: content rules, file rules and, for workflow files, the workflow checks. */
  scanFile(file: WalkedFile): FileResult {
    const large = file.size > this.config.maxFileSize;
    let buf: Buffer;
    if (large) {
      buf = Buffer.alloc(Math.min(HEAD_BYTES, file.size));
      const fd = openSync(file.absolute, 'r');
      try {
        readSync(fd, buf, 0, buf.length, 0);
      } finally {
        closeSync(fd);
      }
    } else {
      buf = readFileSync(file.absolute);
    }
    const binary = looksBinary(buf);
    const text = binary ? undefined : buf.toString('utf8');
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const raw: Omit<SecurityFinding, 'fingerprint'>[] = [];
    const lineTexts: string[] = [];
    for (const rule of this.fileRules) {
      const message = rule.check({
        path: file.path,
        name,
        mode: file.mode,
        size: file.size,
        binary,
        ...(text !== undefined ? { text: text.slice(0, HEAD_BYTES) } : {}),
      });
      if (message) {
        raw.push(this.finding(rule, file.path, 1, 1, message));
        lineTexts.push('');
      }
    }
    let suppressed = 0;
    const secrets: string[] = [];
    if (text !== undefined && !large) {
      const lines = new LineIndex(text);
      const lineAt = (n: number) => lines.lineText(n);
      for (const hit of this.content.scan(file.path, text)) {
        if (isSuppressed(hit.rule.id, hit.lineText, lineAt(hit.line - 1))) {
          suppressed++;
          continue;
        }
        if (hit.value) secrets.push(hit.value);
        const message = hit.redacted
          ? `${hit.rule.title} (${hit.redacted})`
          : `${hit.rule.title}: ${hit.snippet ?? ''}`;
        raw.push({
          ...this.finding(hit.rule, file.path, hit.line, hit.column, message),
          severity: hit.severity,
          ...(hit.redacted ? { redacted: hit.redacted } : {}),
        });
        // A secret's line goes only into a one-way hash, never into a finding.
        lineTexts.push(hit.lineText);
      }
      if (this.workflowIds.size > 0 && isWorkflowFile(file.path)) {
        for (const hit of checkWorkflow(file.path, text, { trustedActions: this.config.workflow.trustedActions })) {
          const rule = this.byId.get(hit.ruleId);
          if (!rule) continue;
          const { line, column, lineText } = lines.at(hit.offset);
          if (isSuppressed(rule.id, lineText, lineAt(line - 1))) {
            suppressed++;
            continue;
          }
          raw.push(this.finding(rule, file.path, line, column, hit.message));
          lineTexts.push(lineText);
        }
      }
    }
    const occurrences = new Map<string, number>();
    const findings = raw.map((f, i) => {
      const key = `${f.ruleId}\0${(lineTexts[i] ?? '').replace(/\s+/g, ' ').trim()}`;
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      return { ...f, fingerprint: fingerprint(f.ruleId, file.path, lineTexts[i] ?? '', n) };
    });
    return {
      findings,
      bytes: file.size,
      suppressed,
      secrets,
      ...(binary ? { skipped: 'binary' as const } : large ? { skipped: 'large' as const } : {}),
    };
  }

  private finding(
    rule: AnyRule,
    file: string,
    line: number,
    column: number,
    message: string,
  ): Omit<SecurityFinding, 'fingerprint'> {
    return {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      title: rule.title,
      message,
      file,
      line,
      column,
      help: rule.help,
    };
  }
}
