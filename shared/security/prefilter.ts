/** Below this many bytes per lane, one lane (the lanes' set-up costs more than it saves). */
const LANE_MIN = 1024;

/**
 * The keyword prefilter: one pass over each file with an Aho-Corasick automaton of every rule
 * keyword (ASCII case folded inside the automaton, so the text is never lowercased or copied).
 * It yields which rules can match and where their keywords occur, before any per-rule regex runs.
 */
export class Prefilter {
  /**
   * Transition table, `table[row + class]` where `row` = state × width: the next state's row, with
   * the sign bit set when that state ends a keyword. Rows are premultiplied so the step from one
   * byte to the next is one add and one load (the loop's critical path).
   */
  private readonly table: Int32Array;
  /** Longest keyword: a stream that starts this many bytes early is in the right state. */
  private readonly maxLength: number;
  private readonly width: number;
  /** Byte → character class (0 for bytes in no keyword, including every byte ≥ 128). */
  private readonly classOf = new Uint8Array(256);
  /** For each state, keyword ids that end there (via suffix links too), or undefined. */
  private readonly outputs: (number[] | undefined)[];
  private readonly keywordRules: number[][];
  private readonly keywordLength: number[];
  private readonly always: number[] = [];
  /** Start offsets per keyword in the current scan (reused), and the keywords seen so far. */
  private readonly starts: (number[] | undefined)[];
  private readonly seen: number[] = [];

  /** `rules[i].keywords` lists lowercase ASCII literals; a rule without keywords always runs; `include` narrows the rules. */
  constructor(
    rules: readonly { keywords?: readonly string[] | undefined }[],
    include: (index: number) => boolean = () => true,
  ) {
    const ids = new Map<string, number>();
    this.keywordRules = [];
    rules.forEach((rule, index) => {
      if (!include(index)) return;
      if (!rule.keywords || rule.keywords.length === 0) {
        this.always.push(index);
        return;
      }
      for (const raw of rule.keywords) {
        const kw = raw.toLowerCase();
        let id = ids.get(kw);
        if (id === undefined) {
          id = ids.size;
          ids.set(kw, id);
          this.keywordRules.push([]);
        }
        this.keywordRules[id]!.push(index);
      }
    });
    const keywords = [...ids.keys()];
    this.keywordLength = keywords.map((k) => k.length);
    this.maxLength = Math.max(0, ...this.keywordLength);
    this.starts = new Array<number[] | undefined>(keywords.length).fill(undefined);
    // Alphabet: one class per distinct keyword character (letters case-folded), 0 for the rest.
    let classes = 1;
    for (const kw of keywords) {
      for (const ch of kw) {
        const code = ch.charCodeAt(0);
        if (code >= 128) throw new Error(`Prefilter keywords must be ASCII: ${JSON.stringify(kw)}`);
        if (this.classOf[code] === 0) {
          this.classOf[code] = classes;
          if (code >= 97 && code <= 122) this.classOf[code - 32] = classes;
          classes++;
        }
      }
    }
    this.width = classes;
    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (const ch of kw) {
        const c = this.classOf[ch.charCodeAt(0)]!;
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
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
    this.table = new Int32Array(n * classes);
    for (let i = 0; i < delta.length; i++) {
      const row = delta[i]!;
      this.table[i] = out[row / classes]!.length > 0 ? row | 0x80000000 : row;
    }
  }

  /**
   * Scans `text` once. Returns the candidate rule indices and, per candidate rule, the start offsets
   * of all its keywords' occurrences (unordered). Rules without keywords map to an empty list.
   */
  scan(text: string): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    const { table, classOf } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      const v = table[s + (code < 256 ? classOf[code]! : 0)]!;
      s = v & 0x7fffffff;
      if (v < 0) this.hit(s, i);
    }
    return this.collect();
  }

  /**
   * The same scan over raw bytes (bytes ≥ 128 never start or continue a keyword), so the offsets are
   * byte offsets: those of the latin1 decoding of the buffer. Large buffers are cut into four lanes
   * stepped together: each byte's step depends on the previous one's, so one lane leaves the CPU
   * waiting on a load; four independent lanes overlap those waits. A lane starts `maxLength - 1`
   * bytes before its share (a keyword ending in the share starts no earlier), reporting nothing there.
   */
  scanBytes(bytes: Uint8Array, length: number): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    const { table, classOf } = this;
    const q = length >= LANE_MIN * 4 ? length >>> 2 : 0;
    let s0 = 0;
    let s1 = this.warm(bytes, q);
    let s2 = this.warm(bytes, 2 * q);
    let s3 = this.warm(bytes, 3 * q);
    for (let i = 0; i < q; i++) {
      const v0 = table[s0 + classOf[bytes[i]!]!]!;
      const v1 = table[s1 + classOf[bytes[i + q]!]!]!;
      const v2 = table[s2 + classOf[bytes[i + 2 * q]!]!]!;
      const v3 = table[s3 + classOf[bytes[i + 3 * q]!]!]!;
      s0 = v0 & 0x7fffffff;
      s1 = v1 & 0x7fffffff;
      s2 = v2 & 0x7fffffff;
      s3 = v3 & 0x7fffffff;
      if ((v0 | v1 | v2 | v3) < 0) {
        if (v0 < 0) this.hit(s0, i);
        if (v1 < 0) this.hit(s1, i + q);
        if (v2 < 0) this.hit(s2, i + 2 * q);
        if (v3 < 0) this.hit(s3, i + 3 * q);
      }
    }
    // The last lane's tail (or the whole buffer when it is too small for lanes).
    let s = q === 0 ? 0 : s3;
    for (let i = 4 * q; i < length; i++) {
      const v = table[s + classOf[bytes[i]!]!]!;
      s = v & 0x7fffffff;
      if (v < 0) this.hit(s, i);
    }
    return this.collect();
  }

  /** The state at `at` for matches ending there or later: read the `maxLength - 1` bytes before it. */
  private warm(bytes: Uint8Array, at: number): number {
    const { table, classOf } = this;
    let s = 0;
    for (let i = Math.max(0, at - this.maxLength + 1); i < at; i++) s = table[s + classOf[bytes[i]!]!]! & 0x7fffffff;
    return s;
  }

  private hit(row: number, end: number): void {
    for (const kw of this.outputs[row / this.width]!) {
      let list = this.starts[kw];
      if (!list) {
        list = [];
        this.starts[kw] = list;
        this.seen.push(kw);
      }
      list.push(end - this.keywordLength[kw]! + 1);
    }
  }

  /** The candidates of the scan that just ended; resets the per-scan state. */
  private collect(): Map<number, number[]> {
    const result = new Map<number, number[]>();
    for (const r of this.always) result.set(r, []);
    for (const kw of this.seen) {
      const list = this.starts[kw]!;
      this.starts[kw] = undefined;
      for (const rule of this.keywordRules[kw]!) {
        const existing = result.get(rule);
        // A keyword's list may be shared by several rules: merging makes a new array.
        result.set(rule, existing ? existing.concat(list) : list);
      }
    }
    this.seen.length = 0;
    return result;
  }
}
