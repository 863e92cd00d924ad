/**
 * The keyword prefilter: one pass over each file with an Aho-Corasick automaton of every rule
 * keyword (ASCII case folded inside the automaton, so the text is never lowercased or copied).
 * It yields which rules can match and where their keywords occur, before any per-rule regex runs.
 */
export class Prefilter {
  /**
   * Transition table, `table[state * width + class]`: the next state in the low 15 bits, bit 15 set
   * when that state ends a keyword. 16-bit entries keep the hot rows in cache; one load per byte.
   */
  private readonly table: Uint16Array;
  private readonly width: number;
  /** Byte → character class (0 for bytes in no keyword, including every byte ≥ 128). */
  private readonly classOf = new Uint8Array(256);
  /** For each state, keyword ids that end there (via suffix links too), or undefined. */
  private readonly outputs: (number[] | undefined)[];
  private readonly keywordRules: number[][];
  private readonly keywordLength: number[];
  private readonly always: number[] = [];
  /** Hits per keyword in the current scan. */
  private readonly counts: Int32Array;

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
    this.counts = new Int32Array(keywords.length);
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
    if (n > 0x7fff)
      throw new Error(`Prefilter: ${n} automaton states exceed the 32767 supported; use fewer or shorter keywords`);
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
    this.table = new Uint16Array(n * classes);
    for (let i = 0; i < delta.length; i++) {
      const next = delta[i]! / classes;
      this.table[i] = next | (out[next]!.length > 0 ? 0x8000 : 0);
    }
  }

  /**
   * Scans `text` once. Returns the candidate rule indices and, per candidate rule, the start offsets
   * of its keywords: at most `cap` + 1 of them (more than `cap` tells the caller the keywords are
   * everywhere). Rules without keywords map to an empty list.
   */
  scan(text: string, cap = 16): Map<number, number[]> {
    const { table, classOf, width } = this;
    const hits = this.begin();
    if (this.keywordLength.length === 0) return this.collect(hits, cap);
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      const v = table[s * width + (code < 256 ? classOf[code]! : 0)]!;
      s = v & 0x7fff;
      if (v > 0x7fff) this.hit(hits, s, i, cap);
    }
    return this.collect(hits, cap);
  }

  /**
   * The same scan over raw bytes (bytes ≥ 128 never start or continue a keyword), so the offsets are
   * byte offsets: those of the latin1 decoding of the buffer.
   */
  scanBytes(bytes: Uint8Array, length: number, cap = 16): Map<number, number[]> {
    const { table, classOf, width } = this;
    const hits = this.begin();
    if (this.keywordLength.length === 0) return this.collect(hits, cap);
    let s = 0;
    for (let i = 0; i < length; i++) {
      const v = table[s * width + classOf[bytes[i]!]!]!;
      s = v & 0x7fff;
      if (v > 0x7fff) this.hit(hits, s, i, cap);
    }
    return this.collect(hits, cap);
  }

  private begin(): (number[] | undefined)[] {
    this.counts.fill(0);
    return [];
  }

  private hit(starts: (number[] | undefined)[], state: number, end: number, cap: number): void {
    for (const kw of this.outputs[state]!) {
      const seen = this.counts[kw]!;
      this.counts[kw] = seen + 1;
      if (seen <= cap) {
        let list = starts[kw];
        if (!list) {
          list = [];
          starts[kw] = list;
        }
        list.push(end - this.keywordLength[kw]! + 1);
      }
    }
  }

  private collect(starts: (number[] | undefined)[], cap: number): Map<number, number[]> {
    const result = new Map<number, number[]>();
    for (const r of this.always) result.set(r, []);
    starts.forEach((list, kw) => {
      if (!list) return;
      for (const rule of this.keywordRules[kw]!) {
        const existing = result.get(rule);
        if (!existing) result.set(rule, list.length > cap ? list : [...list]);
        else if (existing.length <= cap) existing.push(...list);
      }
    });
    return result;
  }
}
