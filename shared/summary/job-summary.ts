import { escapeCell, escapeHtml, fenceFor, mermaidBar, mermaidPie, oneLine } from './markdown.js';

/** Column alignment in a markdown table. */
export type Align = 'left' | 'center' | 'right';

/** A table cell value; null and undefined render empty. */
export type Cell = string | number | boolean | null | undefined;

/**
 * GitHub refuses a step summary larger than 1 MiB and shows an error instead
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

const DELIMITER: Record<Align, string> = { left: '---', center: ':---:', right: '---:' };

/**
 * A fluent markdown builder for `$GITHUB_STEP_SUMMARY` (after @actions/core's `summary`, but pure:
 * it only builds a string, and the framework decides where it goes).
 */
export class JobSummary {
  private readonly blocks: string[] = [];

  /** A heading of `level` 1–6 (default 2); line breaks in `text` become spaces. */
  heading(text: string, level = 2): this {
    const n = Math.min(6, Math.max(1, Math.trunc(level)));
    return this.raw(`${'#'.repeat(n)} ${oneLine(text)}`);
  }

  /** A paragraph of markdown text. */
  paragraph(text: string): this {
    return this.raw(text);
  }

  /** A GFM table; cells are escaped so `|` and line breaks cannot break the layout. */
  table(headers: readonly string[], rows: readonly (readonly Cell[])[], align?: readonly Align[]): this {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const width = headers.length;
    // Left alignment is GFM's default, so it keeps the plain `---`.
    const delimiter = headers.map((_, i) => DELIMITER[align?.[i] ?? 'left']);
    const out = [line(headers.map(escapeCell)), line(delimiter)];
    for (const row of rows) {
      const cells = Array.from({ length: width }, (_, i) => escapeCell(row[i]));
      out.push(line(cells));
    }
    return this.raw(out.join('\n'));
  }

  /** A collapsible `<details>` block; `body` is markdown (or another builder). */
  details(summary: string, body: string | JobSummary): this {
    const inner = typeof body === 'string' ? body : body.toString().trimEnd();
    // The blank lines let GitHub render the body as markdown rather than as inline HTML text.
    return this.raw(`<details><summary>${escapeHtml(oneLine(summary))}</summary>\n\n${inner}\n\n</details>`);
  }

  /** A mermaid diagram (GitHub renders ```mermaid fences as charts). */
  mermaid(source: string): this {
    return this.code(source, 'mermaid');
  }

  /** A mermaid pie chart of counts (zero counts left out). */
  pieChart(title: string, counts: Record<string, number>): this {
    return this.mermaid(mermaidPie(title, counts));
  }

  /** A mermaid bar chart of counts. */
  barChart(title: string, counts: Record<string, number>, yLabel?: string): this {
    return this.mermaid(mermaidBar(title, counts, yLabel));
  }

  /** A bullet list, or a numbered one when `ordered`. */
  list(items: readonly string[], ordered = false): this {
    if (items.length === 0) return this;
    return this.raw(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${oneLine(item)}`).join('\n'));
  }

  /** A fenced code block whose fence cannot be closed by the code itself. */
  code(source: string, language = ''): this {
    const fence = fenceFor(source);
    return this.raw(`${fence}${language}\n${source.replace(/\n$/, '')}\n${fence}`);
  }

  /** Markdown added as it is. */
  raw(markdown: string): this {
    if (markdown.trim() !== '') this.blocks.push(markdown);
    return this;
  }

  /** True when nothing has been added. */
  isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  /** The markdown: blocks separated by blank lines, ending with a newline (empty string when empty). */
  toString(): string {
    return this.blocks.length === 0 ? '' : `${this.blocks.join('\n\n')}\n`;
  }

  /**
   * The markdown cut at a block boundary so that it stays within `maxBytes` (UTF-8), with a note
   * saying how many blocks were left out.
   */
  fit(maxBytes = SUMMARY_MAX_BYTES): string {
    const full = this.toString();
    if (Buffer.byteLength(full) <= maxBytes) return full;
    const kept: string[] = [];
    let used = 0;
    for (const block of this.blocks) {
      const size = Buffer.byteLength(block) + 2;
      const note = Buffer.byteLength(truncationNote(this.blocks.length - kept.length - 1)) + 2;
      if (used + size + note > maxBytes) break;
      kept.push(block);
      used += size;
    }
    kept.push(truncationNote(this.blocks.length - kept.length));
    return `${kept.join('\n\n')}\n`;
  }
}

function truncationNote(omitted: number): string {
  return `_Summary truncated: ${omitted} more section${omitted === 1 ? '' : 's'} not shown (GitHub's step summary limit is 1 MiB)._`;
}
