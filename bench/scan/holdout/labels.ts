import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One labelled item: lines `line`..`end` (1-based) of `file` hold a secret, or a decoy that must not be reported. */
export interface Item {
  file: string;
  line: number;
  end: number;
  secret: boolean;
  /** Format of a secret (e.g. `github-pat`) or the kind of decoy. */
  kind: string;
  /** The value, only to print its redacted form. */
  value: string;
}

/** A file under construction: filler lines, planted secrets and decoys, with their line numbers. */
export class Doc {
  readonly lines: string[] = [];
  readonly items: Item[] = [];
  /** `path` relative to the corpus root; `eol` the line ending written. */
  constructor(
    readonly path: string,
    readonly eol = '\n',
    readonly finalNewline = true,
  ) {}
  /** Ordinary lines (may contain newlines). */
  add(...text: string[]): this {
    for (const t of text) this.lines.push(...t.split('\n'));
    return this;
  }
  private label(secret: boolean, kind: string, text: string, value: string): this {
    const line = this.lines.length + 1;
    this.add(text);
    this.items.push({ file: this.path, line, end: this.lines.length, secret, kind, value });
    return this;
  }
  /** Lines holding a secret of format `kind` whose value is `value`. */
  secret(kind: string, text: string, value: string): this {
    return this.label(true, kind, text, value);
  }
  /** Lines holding a decoy (`kind` says why it is not a secret). */
  decoy(kind: string, text: string, value = text): this {
    return this.label(false, kind, text, value);
  }
}

/** The holdout corpus: documents written to a directory, and their labels. */
export class Corpus {
  readonly docs: Doc[] = [];
  /** Starts a new file. */
  doc(path: string, eol = '\n', finalNewline = true): Doc {
    if (this.docs.some((d) => d.path === path)) throw new Error(`duplicate holdout file ${path}`);
    const d = new Doc(path, eol, finalNewline);
    this.docs.push(d);
    return d;
  }
  /** Every label. */
  items(): Item[] {
    return this.docs.flatMap((d) => d.items);
  }
  /** Writes every file under `dir` (emptied first). */
  write(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
    for (const d of this.docs) {
      const p = join(dir, d.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, d.lines.join(d.eol) + (d.finalNewline ? d.eol : ''));
    }
  }
}

/** First 4 characters and the length: how a value is shown in reports. */
export const redactValue = (v: string) => `${v.slice(0, 4)}…(${v.length})`;
