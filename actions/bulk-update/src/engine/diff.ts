/** One line of an edit script. */
type Edit = { op: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// Longest-common-subsequence table; files synced by this action are small. Past the cap the
// diff degrades to "remove all, add all", which is still a correct (if verbose) unified diff.
const MAX_CELLS = 4_000_000;

function editScript(a: string[], b: string[]): Edit[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((line) => ({ op: '-' as const, line })), ...b.map((line) => ({ op: '+' as const, line }))];
  }
  const w = b.length + 1;
  const t = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1]! + 1 : Math.max(t[(i + 1) * w + j]!, t[i * w + j + 1]!);
    }
  }
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', line: a[i]! });
      i++;
      j++;
    } else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) out.push({ op: '-', line: a[i++]! });
    else out.push({ op: '+', line: b[j++]! });
  }
  while (i < a.length) out.push({ op: '-', line: a[i++]! });
  while (j < b.length) out.push({ op: '+', line: b[j++]! });
  return out;
}

/**
 * A unified diff (`diff -u` format, 3 lines of context) from `before` to `after`.
 * `null` means the file does not exist on that side (shown as /dev/null).
 */
export function unifiedDiff(path: string, before: string | null, after: string | null, context = 3): string {
  const a = splitLines(before ?? '');
  const b = splitLines(after ?? '');
  const edits = editScript(a, b);
  const header = `--- ${before === null ? '/dev/null' : `a/${path}`}\n+++ ${after === null ? '/dev/null' : `b/${path}`}\n`;
  const changed = edits.map((e, k) => (e.op !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  const hunks: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]! + context;
    while (k + 1 < changed.length && changed[k + 1]! - context <= end + 1) end = changed[++k]! + context;
    k++;
    end = Math.min(edits.length - 1, end);
    let aStart = 0;
    let bStart = 0;
    for (let n = 0; n < start; n++) {
      if (edits[n]!.op !== '+') aStart++;
      if (edits[n]!.op !== '-') bStart++;
    }
    const slice = edits.slice(start, end + 1);
    const aLen = slice.filter((e) => e.op !== '+').length;
    const bLen = slice.filter((e) => e.op !== '-').length;
    const range = (s: number, len: number) => `${len === 0 ? s : s + 1},${len}`;
    hunks.push(
      `@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@\n${slice.map((e) => e.op + e.line).join('\n')}\n`,
    );
  }
  return header + hunks.join('');
}
