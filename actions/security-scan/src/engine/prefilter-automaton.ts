/** The keyword automaton behind `Prefilter`: Aho-Corasick with the failure links folded into a full table. */
export interface KeywordAutomaton {
  /** Byte → character class (0 for bytes in no keyword, including every byte ≥ 128; letters case-folded). */
  classOf: Uint8Array;
  /** Number of classes: the entries a row uses. */
  width: number;
  /**
   * Transition table, `table[row + class]`: the next state's row (its first entry's index). Rows are
   * premultiplied so the step from one byte to the next is one add and one load (the loop's critical
   * path). The start state's row is 0. The states that end a keyword come last, from `hitRow` on (a
   * power of two above every other row), so spotting one is a test of one bit off that path.
   */
  table: Int32Array;
  hitRow: number;
  /** Keyword-ending row j is `hitRow + (j << hitShift)`, so its outputs are found with a shift. */
  hitShift: number;
  /** Keyword ids ending in keyword-ending row j (suffixes too): `outputKeywords[outputStart[j] .. outputStart[j + 1]]`. */
  outputStart: Int32Array;
  outputKeywords: Int32Array;
}

/** The automaton of `keywords` (lowercase ASCII; keyword id = index). */
export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const classOf = new Uint8Array(256);
  // Alphabet: one class per distinct keyword character (letters case-folded), 0 for the rest.
  let classes = 1;
  for (const kw of keywords) {
    for (const ch of kw) {
      const code = ch.charCodeAt(0);
      if (code >= 128) throw new Error(`Prefilter keywords must be ASCII: ${JSON.stringify(kw)}`);
      if (classOf[code] === 0) {
        classOf[code] = classes;
        if (code >= 97 && code <= 122) classOf[code - 32] = classes;
        classes++;
      }
    }
  }
  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  keywords.forEach((kw, id) => {
    let s = 0;
    for (const ch of kw) {
      const c = classOf[ch.charCodeAt(0)]!;
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        out.push([]);
        children[s]!.set(c, next);
      }
      s = next;
    }
    out[s]!.push(id);
  });
  // Breadth-first: failure links folded into a full transition table.
  const n = children.length;
  const delta = new Int32Array(n * classes);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const next = children[0]!.get(c);
    if (next !== undefined && c !== 0) {
      delta[c] = next * classes;
      queue.push(next);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const f = fail[s]!;
    out[s]!.push(...out[f]!);
    for (let c = 0; c < classes; c++) {
      const next = c === 0 ? undefined : children[s]!.get(c);
      if (next !== undefined) {
        fail[next] = delta[f * classes + c]! / classes;
        delta[s * classes + c] = next * classes;
        queue.push(next);
      } else {
        delta[s * classes + c] = delta[f * classes + c]!;
      }
    }
  }
  // Renumber: breadth-first order (the hot shallow states together), keyword-ending states last,
  // their rows from `hitRow` on: a power of two above every other row, so one bit tells them apart.
  const order = [0, ...queue].sort((a, b) => Number(out[a]!.length > 0) - Number(out[b]!.length > 0));
  let firstHit = order.findIndex((old) => out[old]!.length > 0);
  if (firstHit < 0) firstHit = n;
  // Keyword-ending rows are a power of two apart, so a row's outputs are found with a shift.
  let shift = 0;
  while (1 << shift < classes) shift++;
  let hitRow = 1;
  while (hitRow < Math.max(firstHit * classes, (n - firstHit) << shift)) hitRow *= 2;
  const rowOf = new Int32Array(n);
  order.forEach((old, i) => {
    rowOf[old] = i < firstHit ? i * classes : hitRow + ((i - firstHit) << shift);
  });
  const outputs = order.slice(firstHit).map((old) => out[old]!);
  const outputStart = Int32Array.from([0, ...outputs.map((o) => o.length)]);
  for (let j = 1; j < outputStart.length; j++) outputStart[j]! += outputStart[j - 1]!;
  const table = new Int32Array(hitRow + ((n - firstHit) << shift));
  for (let old = 0; old < n; old++) {
    for (let c = 0; c < classes; c++) table[rowOf[old]! + c] = rowOf[delta[old * classes + c]! / classes]!;
  }
  return {
    classOf,
    width: classes,
    table,
    hitRow,
    hitShift: shift,
    outputStart,
    outputKeywords: Int32Array.from(outputs.flat()),
  };
}
