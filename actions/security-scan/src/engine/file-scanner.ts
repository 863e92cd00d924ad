import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ScanConfig } from './config.js';
import { LineIndex } from './content-hits.js';
import { ContentScanner } from './content-scan.js';
import type { Prefiltered, ReadAheadAreas } from './prefilter.js';
import type { SourceLine } from './text-source.js';
import { redact } from './entropy.js';
import { activeRules } from './registry.js';
import type { AnyRule, Category, FileRule, PatternRule, SecurityFinding } from './rule.js';
import {
  FINGERPRINT_REACH,
  fingerprintOfNormalized,
  fingerprintSource,
  isSuppressed,
  normalizeLine,
  suppressedBy,
  suppressedIds,
} from './suppress.js';
import type { WalkedFile } from './walk.js';
import { checkWorkflow, isWorkflowFile } from './workflow-check.js';

/** What scanning a set of files adds up to (one per thread, merged at the end). */
export interface ScanTally {
  /** Findings in scan order (per file: file rules, content rules, workflow checks). */
  findings: SecurityFinding[];
  /** Values of the secrets found, only for masking in logs; never written anywhere. */
  secrets: string[];
  /** Bytes of every file, scanned or skipped. */
  bytes: number;
  scannedFiles: number;
  skippedBinary: number;
  skippedLarge: number;
  suppressed: number;
}

/**
 * A file read for a scan: its size and mode, and its first `length` bytes in `buf`; `prefiltered`
 * when the read-ahead thread also ran the prefilter's lanes over them.
 */
export interface FileRead {
  size: number;
  mode: number;
  length: number;
  buf: Buffer;
  prefiltered?: Prefiltered;
}

/** A tally of nothing yet. */
export function emptyTally(): ScanTally {
  return { findings: [], secrets: [], bytes: 0, scannedFiles: 0, skippedBinary: 0, skippedLarge: 0, suppressed: 0 };
}

/** Adds `b` into `a`. */
export function mergeTally(a: ScanTally, b: ScanTally): void {
  for (const f of b.findings) a.findings.push(f);
  for (const s of b.secrets) a.secrets.push(s);
  a.bytes += b.bytes;
  a.scannedFiles += b.scannedFiles;
  a.skippedBinary += b.skippedBinary;
  a.skippedLarge += b.skippedLarge;
  a.suppressed += b.suppressed;
}

/** Bytes of an oversized file still read, for the file rules. */
export const HEAD_BYTES = 64 * 1024;

/** Past this many bytes a line is not decoded whole for a finding (see fingerprintSourceOfBytes). */
const LONG_LINE_BYTES = 4096;
/** Bytes decoded each side of a finding on a long line: more than FINGERPRINT_REACH characters' worth. */
const DECODE_REACH = 1024;
/**
 * Rule ids of a `moko-ignore:` marker on a line read as latin1 (the marker and ids are ASCII: the
 * line is decoded as UTF-8 only when it holds one).
 */
function markerIds(line: SourceLine | undefined): string[] {
  const latin1 = line?.text();
  return latin1?.includes('moko-ignore:') ? suppressedIds(utf8(latin1)) : [];
}

/**
 * `fingerprintSource(utf8 line, column)` for a long line read as latin1, decoding only the bytes
 * around the finding at byte offset `byteAt`: the same text. FINGERPRINT_REACH characters take at
 * most 3 bytes each, so a character the window cuts at either end (decoded as U+FFFD) lies outside
 * them, and the finding's position in the decoded window counts the same cut characters.
 */
export function fingerprintSourceOfBytes(line: SourceLine, byteAt: number): string {
  const from = Math.max(0, byteAt - DECODE_REACH);
  const window = line.slice(from, byteAt + DECODE_REACH);
  const at = utf16Length(window, 0, byteAt - from);
  return utf8(window).slice(Math.max(0, at - FINGERPRINT_REACH), at + FINGERPRINT_REACH);
}

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * UTF-16 length of the text whose UTF-8 bytes `latin1[from, to)` hold, decoding only its non-ASCII
 * runs: an ASCII byte is one unit and ends any multi-byte sequence, so each run decodes alone as it
 * does inside the whole line (invalid bytes included). Decoding the whole prefix of a hit on a long
 * non-ASCII line (minified code) cost a tenth of a minified tree's scan.
 */
export function utf16Length(latin1: string, from: number, to: number): number {
  const bytes = latin1.slice(from, to);
  let units = bytes.length;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(bytes); m !== null; m = NON_ASCII_RUN.exec(bytes)) {
    const run = m[0];
    const counted = wellFormedUnits(run);
    units += (counted >= 0 ? counted : utf8(run).length) - run.length;
  }
  return units;
}

/**
 * UTF-16 units of a run of non-ASCII bytes (latin1 view) that is well-formed UTF-8 (the ranges of the
 * Unicode standard's table 3-7), counted without decoding; -1 for any other run, which the caller
 * decodes (the decoder's replacement of ill-formed bytes is not repeated here).
 */
function wellFormedUnits(run: string): number {
  let units = 0;
  for (let i = 0; i < run.length; ) {
    const lead = run.charCodeAt(i);
    let trail: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) lo = 0xa0;
      else if (lead === 0xed) hi = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) lo = 0x90;
      else if (lead === 0xf4) hi = 0x8f;
    } else return -1;
    if (i + trail >= run.length) return -1;
    const second = run.charCodeAt(i + 1);
    if (second < lo || second > hi) return -1;
    for (let k = 2; k <= trail; k++) if ((run.charCodeAt(i + k) & 0xc0) !== 0x80) return -1;
    units += trail === 3 ? 2 : 1;
    i += trail + 1;
  }
  return units;
}

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

  /** Memories the read-ahead thread may read and prefilter large files in (see read-ahead.ts). */
  readAheadAreas(): ReadAheadAreas | undefined {
    return this.content.readAheadAreas();
  }

  /**
   * Scans one walked file into `tally`: file rules, content rules and, for workflow files, the
   * workflow checks. The file is read once into a buffer reused across files; its size and mode
   * come from the open descriptor (the walk does not stat).
   */
  scanFile(file: WalkedFile, tally: ScanTally): void {
    this.scanRead(file, this.read(file), tally);
  }

  /** Scans a file already read: `read.buf[0, read.length)` holds its bytes (the head of an oversized one). */
  scanRead(file: WalkedFile, read: FileRead, tally: ScanTally): void {
    const { size, mode, length, buf } = read;
    tally.bytes += size;
    const large = size > this.config.maxFileSize;
    const binary = looksBinary(buf.subarray(0, Math.min(length, 8000)));
    if (binary) tally.skippedBinary++;
    else if (large) tally.skippedLarge++;
    else tally.scannedFiles++;
    let decoded: string | undefined;
    const decode = () => {
      decoded ??= buf.toString('utf8', 0, length);
      return decoded;
    };
    const raw: Omit<SecurityFinding, 'fingerprint'>[] = [];
    const lineTexts: string[] = [];
    /** `fingerprinted`: what the fingerprint hashes of the finding's line (see fingerprintSource). */
    const add = (f: Omit<SecurityFinding, 'fingerprint'>, fingerprinted: string) => {
      raw.push(f);
      lineTexts.push(fingerprinted);
    };
    if (this.fileRules.length > 0) {
      // File rules read the text only for a few names, so it is decoded lazily.
      const facts = {
        path: file.path,
        name: file.path.slice(file.path.lastIndexOf('/') + 1),
        mode,
        size,
        binary,
        get text() {
          return binary ? undefined : decode().slice(0, HEAD_BYTES);
        },
      };
      for (const rule of this.fileRules) {
        const message = rule.check(facts);
        if (message) add(this.finding(rule, file.path, 1, 1, message), '');
      }
    }
    if (binary || large) {
      if (raw.length > 0) this.finish(file, raw, lineTexts, [], tally);
      return;
    }
    // One prefilter pass over the raw bytes; files no rule can match are never decoded. Content rules
    // then run on latin1 views of the lines around keywords (one char per byte, so keyword offsets
    // stay valid; the patterns are ASCII), and what a finding shows is converted back to UTF-8.
    const { rules: candidates, marked } = read.prefiltered
      ? this.content.candidatesOfPrefiltered(file.path, buf, length, read.prefiltered)
      : this.content.candidatesOfBytes(file.path, buf, length);
    const secrets: string[] = [];
    if (candidates.size > 0) {
      // Hits on one line share it: test it once, not per hit (a minified file is one line of megabytes
      // with thousands of keyword hits), on its bytes where that is faster. A short line is decoded
      // whole; a long one only around each finding. Hits come in offset order, so a line's hits come
      // together.
      const units = this.content.utf16UnitsIn(buf);
      let lastLine = -1;
      let lastUtf8: string | undefined;
      let lastAscii = true;
      let lastIds: string[] = [];
      let lastAbove: SourceLine | undefined;
      let colAt = 0;
      let colUnits = 0;
      let aboveIds: string[] = [];
      for (const hit of this.content.scanBytes(file.path, buf, length, candidates)) {
        const { lineStart, lineText } = hit;
        if (lineStart !== lastLine) {
          lastLine = lineStart;
          lastAscii = isAscii(buf.subarray(lineStart, lineStart + lineText.length));
          lastUtf8 = undefined;
          lastIds = marked ? markerIds(lineText) : [];
          colAt = 0;
          colUnits = 0;
          if (hit.lineAbove !== lastAbove) {
            lastAbove = hit.lineAbove;
            aboveIds = marked ? markerIds(hit.lineAbove) : [];
          }
        }
        if (suppressedBy(hit.rule.id, lastIds, aboveIds)) {
          tally.suppressed++;
          continue;
        }
        const value = hit.value === undefined ? undefined : utf8(hit.value);
        if (value !== undefined) secrets.push(value);
        // UTF-16 column: on a non-ASCII line, the prefix is counted piece by piece from the last hit on
        // the same line (hits come in offset order; each starts at an ASCII character, a boundary), in
        // WebAssembly where the bytes are in its memory and well-formed.
        if (hit.column - 1 < colAt) [colAt, colUnits] = [0, 0];
        if (!lastAscii) {
          const [from, to] = [lineStart + colAt, lineStart + hit.column - 1];
          colUnits +=
            units !== undefined && isUtf8(buf.subarray(from, to))
              ? units(from, to)
              : utf16Length(lineText.slice(colAt, hit.column - 1), 0, hit.column - 1 - colAt);
          colAt = hit.column - 1;
        }
        const column = lastAscii ? hit.column : colUnits + 1;
        // The redacted form is built from the decoded value: redacting the latin1 view and then
        // re-reading it as bytes would mangle the "…" it adds (and miscount multi-byte characters).
        const redacted = hit.redacted === undefined ? undefined : redact(value ?? '');
        const message =
          redacted !== undefined ? `${hit.rule.title} (${redacted})` : `${hit.rule.title}: ${utf8(hit.snippet ?? '')}`;
        let fingerprinted: string;
        if (lineText.length > LONG_LINE_BYTES) fingerprinted = fingerprintSourceOfBytes(lineText, hit.column - 1);
        else {
          lastUtf8 ??= lastAscii ? lineText.text() : utf8(lineText.text());
          fingerprinted = fingerprintSource(lastUtf8, column);
        }
        // A secret's line goes only into a one-way hash, never into a finding.
        add(
          {
            ...this.finding(hit.rule, file.path, hit.line, column, message),
            severity: hit.severity,
            ...(redacted !== undefined ? { redacted } : {}),
          },
          fingerprinted,
        );
      }
    }
    if (this.workflowIds.size > 0 && isWorkflowFile(file.path)) {
      const text = decode();
      const lines = new LineIndex(text);
      for (const hit of checkWorkflow(file.path, text, { trustedActions: this.config.workflow.trustedActions })) {
        const rule = this.byId.get(hit.ruleId);
        if (!rule) continue;
        const { line, column, lineText } = lines.at(hit.offset);
        if (isSuppressed(rule.id, lineText, lines.lineText(line - 1))) {
          tally.suppressed++;
          continue;
        }
        add(this.finding(rule, file.path, line, column, hit.message), fingerprintSource(lineText, column));
      }
    }
    if (raw.length > 0) this.finish(file, raw, lineTexts, secrets, tally);
  }

  /** Redacts secrets in other findings' messages, fingerprints the findings and adds them to `tally`. */
  private finish(
    file: WalkedFile,
    raw: Omit<SecurityFinding, 'fingerprint'>[],
    lineTexts: string[],
    secrets: string[],
    tally: ScanTally,
  ): void {
    // A snippet of code shown by another rule (e.g. a `curl -u user:pass … | sh` line) must not
    // carry a secret found in the same file either.
    for (const value of secrets) {
      tally.secrets.push(value);
      for (const f of raw) if (f.message.includes(value)) f.message = f.message.split(value).join(redact(value));
    }
    const occurrences = new Map<string, number>();
    raw.forEach((f, i) => {
      const normalized = normalizeLine(lineTexts[i] ?? '');
      const key = `${f.ruleId}\0${normalized}`;
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      tally.findings.push({ ...f, fingerprint: fingerprintOfNormalized(f.ruleId, file.path, normalized, n) });
    });
  }

  /**
   * Reads the file (or the head of an oversized one, for file rules) straight into the keyword
   * prefilter's input area, so its pass copies nothing. The buffer is valid until the next read.
   */
  read(file: WalkedFile): FileRead {
    // Non-blocking: a path that became a FIFO after the walk must not block the read.
    const fd = openSync(file.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      const size = st.size;
      const want = size > this.config.maxFileSize ? Math.min(HEAD_BYTES, size) : size;
      const view = this.content.inputFor(want);
      const buf = Buffer.from(view.buffer, view.byteOffset, want);
      let length = 0;
      while (length < want) {
        const n = readSync(fd, buf, length, want - length, length);
        if (n === 0) break;
        length += n;
      }
      return { size, mode: st.mode & 0o7777, length, buf };
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
