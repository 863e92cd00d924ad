/** Small escaping helpers for GitHub-flavoured markdown, shared by the summary builder and charts. */

/**
 * A table cell: a raw `|` would end the cell and a newline the row (GFM spec, "Tables"), so pipes
 * are backslash-escaped and line breaks become `<br>`.
 */
export function escapeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

/** Text placed inside an HTML element such as `<summary>`. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text that must stay on one line (headings, chart titles). */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A fence longer than any backtick run inside `code`, so the block cannot be closed early. */
export function fenceFor(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Mermaid has no escape for `"` inside quoted labels, so it becomes `'`. */
export function mermaidLabel(value: string): string {
  return oneLine(value).replace(/"/g, "'");
}

/**
 * Mermaid `pie` source from counts; zero counts are left out because they draw nothing
 * (https://mermaid.js.org/syntax/pie.html).
 */
export function mermaidPie(title: string, counts: Record<string, number>): string {
  const lines = [`pie title ${mermaidLabel(title)}`];
  for (const [label, value] of Object.entries(counts)) {
    if (value > 0) lines.push(`    "${mermaidLabel(label)}" : ${value}`);
  }
  return lines.join('\n');
}

/** Mermaid `xychart-beta` bar chart source from counts (https://mermaid.js.org/syntax/xyChart.html). */
export function mermaidBar(title: string, counts: Record<string, number>, yLabel = 'count'): string {
  const labels = Object.keys(counts).map((k) => `"${mermaidLabel(k)}"`);
  const values = Object.values(counts);
  const max = Math.max(1, ...values);
  return [
    'xychart-beta',
    `    title "${mermaidLabel(title)}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${mermaidLabel(yLabel)}" 0 --> ${max}`,
    `    bar [${values.join(', ')}]`,
  ].join('\n');
}
