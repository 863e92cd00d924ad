import { closeSync, openSync, readSync } from 'node:fs';
import type { ScanConfig } from './config.js';
import { ContentScanner, LineIndex } from './content-scan.js';
import { redact } from './entropy.js';
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

/** A latin1 view of UTF-8 bytes back to the text (identity for ASCII). */
function utf8(latin1: string | undefined): string {
  if (latin1 === undefined) return '';
  return /[^\x00-\x7f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** True when the first 8000 bytes hold a NUL byte (Git's own binary heuristic). */
export function looksBinary(buf: Uint8Array): boolean {
  const head = buf.length > 8000 ? buf.subarray(0, 8000) : buf;
  return head.indexOf(0) !== -1;
}

/** Scans single files with every active rule; one instance per thread, built from the configuration. */
export class FileScanner {
  readonly rules: AnyRule[];
  private readonly content: ContentScanner;
  private readonly fileRules: FileRule[];
  private readonly workflowIds: Set<string>;
  private readonly byId: Map<string, AnyRule>;
  /** Reused read buffer: one allocation per thread instead of one per file. */
  private buffer = Buffer.allocUnsafe(1024 * 1024);

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
  scanFile(file: WalkedFile, preloaded?: Buffer): FileResult {
    const large = file.size > this.config.maxFileSize;
    const buf = preloaded ?? this.buffer;
    const length = preloaded ? preloaded.length : this.read(file, this.bytesToRead(file));
    const binary = looksBinary(buf.subarray(0, length));
    let decoded: string | undefined;
    const decode = () => {
      decoded ??= buf.toString('utf8', 0, length);
      return decoded;
    };
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const raw: Omit<SecurityFinding, 'fingerprint'>[] = [];
    const lineTexts: string[] = [];
    // File rules read the text only for a few names, so it is decoded lazily.
    const facts = {
      path: file.path,
      name,
      mode: file.mode,
      size: file.size,
      binary,
      get text() {
        return binary ? undefined : decode().slice(0, HEAD_BYTES);
      },
    };
    for (const rule of this.fileRules) {
      const message = rule.check(facts);
      if (message) {
        raw.push(this.finding(rule, file.path, 1, 1, message));
        lineTexts.push('');
      }
    }
    const workflow = this.workflowIds.size > 0 && isWorkflowFile(file.path);
    // One prefilter pass over the raw bytes; files no rule can match are never decoded. Content rules
    // then run on the latin1 view (one char per byte, so keyword offsets stay valid; the patterns
    // are ASCII), and what a finding shows is converted back to UTF-8.
    const candidates = binary || large ? undefined : this.content.candidatesOfBytes(file.path, buf, length);
    let suppressed = 0;
    const secrets: string[] = [];
    if (candidates && candidates.size > 0) {
      const bytesText = buf.toString('latin1', 0, length);
      const lines = new LineIndex(bytesText);
      for (const hit of this.content.scan(file.path, bytesText, candidates)) {
        const lineText = utf8(hit.lineText);
        if (isSuppressed(hit.rule.id, lineText, utf8(lines.lineText(hit.line - 1)))) {
          suppressed++;
          continue;
        }
        const value = hit.value === undefined ? undefined : utf8(hit.value);
        if (value !== undefined) secrets.push(value);
        const column = utf8(hit.lineText.slice(0, hit.column - 1)).length + 1;
        // The redacted form is built from the decoded value: redacting the latin1 view and then
        // re-reading it as bytes would mangle the "…" it adds (and miscount multi-byte characters).
        const redacted = hit.redacted === undefined ? undefined : redact(value ?? '');
        const message =
          redacted !== undefined ? `${hit.rule.title} (${redacted})` : `${hit.rule.title}: ${utf8(hit.snippet ?? '')}`;
        raw.push({
          ...this.finding(hit.rule, file.path, hit.line, column, message),
          severity: hit.severity,
          ...(redacted !== undefined ? { redacted } : {}),
        });
        // A secret's line goes only into a one-way hash, never into a finding.
        lineTexts.push(lineText);
      }
    }
    if (workflow && !binary && !large) {
      const text = decode();
      const lines = new LineIndex(text);
      for (const hit of checkWorkflow(file.path, text, { trustedActions: this.config.workflow.trustedActions })) {
        const rule = this.byId.get(hit.ruleId);
        if (!rule) continue;
        const { line, column, lineText } = lines.at(hit.offset);
        if (isSuppressed(rule.id, lineText, lines.lineText(line - 1))) {
          suppressed++;
          continue;
        }
        raw.push(this.finding(rule, file.path, line, column, hit.message));
        lineTexts.push(lineText);
      }
    }
    // A snippet of code shown by another rule (e.g. a `curl -u user:pass … | sh` line) must not
    // carry a secret found in the same file either.
    for (const value of secrets) {
      for (const f of raw) if (f.message.includes(value)) f.message = f.message.split(value).join(redact(value));
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

  /** How much of a file the scan reads: all of it, or the head of an oversized one (for file rules). */
  bytesToRead(file: WalkedFile): number {
    return file.size > this.config.maxFileSize ? Math.min(HEAD_BYTES, file.size) : file.size;
  }

  /** Reads up to `size` bytes of a file into the reused buffer; returns the bytes read. */
  private read(file: WalkedFile, size: number): number {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
    const fd = openSync(file.absolute, 'r');
    try {
      let total = 0;
      while (total < size) {
        const n = readSync(fd, this.buffer, total, size - total, total);
        if (n === 0) break;
        total += n;
      }
      return total;
    } finally {
      closeSync(fd);
    }
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
