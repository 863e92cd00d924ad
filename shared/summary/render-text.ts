/**
 * A compact terminal rendering of a job summary, for the local CLI: headings underlined, tables as
 * aligned columns, `<details>` collapsed to its summary line, mermaid charts as `[chart]`.
 */

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)/;
const DETAILS_OPEN = /<details\b[^>]*>/gi;
const DETAILS_CLOSE = /<\/details>/gi;

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Inline markdown made readable: `<br>` to spaces, bold/italic markers dropped, links as `text <url>`. */
function inline(text: string): string {
  return decodeEntities(
    text
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 <$2>')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/__([^_]+)__/g, '$1'),
  );
}

/** Splits a GFM table row on unescaped pipes. */
function cells(row: string): string[] {
  const trimmed = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((c) => inline(c.trim().replace(/\\\|/g, '|')));
}

function isDelimiterRow(row: string): boolean {
  return /^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(row.trim());
}

function renderTable(rows: string[]): string[] {
  const header = cells(rows[0] ?? '');
  const delimiter = cells(rows[1] ?? '');
  const body = rows.slice(2).map(cells);
  const right = delimiter.map((d) => /-:$/.test(d));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    widths
      .map((w, i) => (right[i] ? (r[i] ?? '').padStart(w) : (r[i] ?? '').padEnd(w)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Renders summary markdown as plain text for a terminal. */
export function renderSummaryText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith(marker); i += 1) body.push(lines[i] ?? '');
      if (fence[2] === 'mermaid') out.push('[chart]');
      else out.push(...body.map((b) => `    ${b}`));
      continue;
    }
    if (/<details\b/i.test(line)) {
      // The <summary> usually shares the line, but hand-written HTML often puts it on the next one.
      const summary = /<summary>(.*?)<\/summary>/i.exec(`${line} ${lines[i + 1] ?? ''}`)?.[1] ?? 'Details';
      out.push(`▸ ${inline(summary.replace(/<[^>]+>/g, ''))}`);
      // Skip the body, nested <details> included, up to the matching </details>.
      let depth = count(line, DETAILS_OPEN) - count(line, DETAILS_CLOSE);
      while (depth > 0 && i + 1 < lines.length) {
        i += 1;
        const next = lines[i] ?? '';
        depth += count(next, DETAILS_OPEN) - count(next, DETAILS_CLOSE);
      }
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = inline(heading[2] ?? '');
      const level = heading[1]?.length ?? 1;
      out.push(text);
      if (level <= 2) out.push((level === 1 ? '=' : '-').repeat(text.length));
      continue;
    }
    if (line.trimStart().startsWith('|') && isDelimiterRow(lines[i + 1] ?? '')) {
      const rows = [line];
      for (i += 1; i < lines.length && (lines[i] ?? '').trimStart().startsWith('|'); i += 1) rows.push(lines[i] ?? '');
      i -= 1;
      out.push(...renderTable(rows));
      continue;
    }
    out.push(inline(line));
  }
  // Collapse runs of blank lines and trim the ends.
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
