/**
 * Reads the true- and false-positive samples out of gitleaks' rule definitions
 * (cmd/generate/config/rules/*.go) by evaluating the small part of Go they are written in: string
 * literals, `+`, `[]string{…}`, `append`, `var`/`:=` and the generator helpers (`GenerateSampleSecrets`,
 * `NewSecret` over a regex, `fmt.Sprintf`). A sample whose expression uses anything else is skipped and
 * counted, never guessed. Nothing of gitleaks is stored in this repository: the rule files are read from
 * a checkout at run time.
 */
import { regexSampler } from './regex-sample.js';
import { sampleSyntaxes } from './syntaxes.js';

/** The samples of one gitleaks rule. */
export interface GitleaksRule {
  id: string;
  file: string;
  tps: string[];
  fps: string[];
  /** Samples whose expression could not be evaluated. */
  skipped: number;
  /** A rule validated on file paths only (`ValidateWithPaths`): no content samples. */
  pathOnly: boolean;
}

type Tok = { t: 'id' | 'str' | 'num' | 'p'; v: string };
type Val = string | string[];
class Unknown extends Error {}

function unquote(lit: string): string {
  return lit.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[nrt"'\\abfv])/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[e] ?? e;
  });
}

/** Go tokens with automatic semicolons (a newline after an operand or closing bracket ends a statement). */
function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re =
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|(\n)|`[^`]*`|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|([A-Za-z_]\w*)|(\d+)|(\.\.\.|:=|[^\s\w])|[ \t\r]+/g;
  for (const m of src.matchAll(re)) {
    const s = m[0];
    if (m[1] !== undefined) {
      const last = out.at(-1);
      if (last && (last.t !== 'p' || /^[)\]}]$/.test(last.v))) out.push({ t: 'p', v: ';' });
    } else if (s.startsWith('`')) out.push({ t: 'str', v: s.slice(1, -1) });
    else if (s.startsWith('"')) out.push({ t: 'str', v: unquote(s) });
    else if (m[2]) out.push({ t: 'id', v: s });
    else if (m[3]) out.push({ t: 'num', v: s });
    else if (m[4]) out.push({ t: 'p', v: s });
  }
  return out;
}

/** Splits tokens at `sep` outside brackets. */
function split(toks: Tok[], sep: string): Tok[][] {
  const parts: Tok[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.t === 'p' && '([{'.includes(t.v)) depth++;
    if (t.t === 'p' && ')]}'.includes(t.v)) depth--;
    if (depth === 0 && t.t === 'p' && t.v === sep) parts.push([]);
    else parts.at(-1)?.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

const PATTERNS: Record<string, (n: string) => string> = {
  Numeric: (n) => `[0-9]{${n}}`,
  Hex: (n) => `[a-f0-9]{${n}}`,
  AlphaNumeric: (n) => `[a-z0-9]{${n}}`,
  AlphaNumericExtendedShort: (n) => `[a-z0-9_-]{${n}}`,
  AlphaNumericExtended: (n) => `[a-z0-9=_\\-]{${n}}`,
  AlphaNumericExtendedLong: (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
  Hex8_4_4_4_12: () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

class Evaluator {
  vars = new Map<string, Val>();
  skipped = 0;
  constructor(private readonly sample: (re: string) => string) {}

  str(v: Val): string {
    if (typeof v !== 'string') throw new Unknown('expected a string');
    return v;
  }

  /** Evaluates a list's items one by one; an item that cannot be evaluated is skipped and counted. */
  items(parts: Tok[][]): string[] {
    const out: string[] = [];
    for (const p of parts) {
      const spread = p.at(-1)?.v === '...';
      try {
        const v = this.expr(spread ? p.slice(0, -1) : p);
        if (Array.isArray(v)) out.push(...v);
        else out.push(v);
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
        this.skipped++;
      }
    }
    return out;
  }

  expr(toks: Tok[]): Val {
    const terms = split(toks, '+');
    if (terms.length > 1) return terms.map((t) => this.str(this.expr(t))).join('');
    return this.primary(toks);
  }

  primary(toks: Tok[]): Val {
    const [a, b] = toks;
    if (!a) throw new Unknown('empty');
    if (toks.length === 1 && a.t === 'str') return a.v;
    if (toks.length === 1 && a.t === 'id') {
      if (a.v === 'nil') return [];
      const v = this.vars.get(a.v);
      if (v === undefined) throw new Unknown(a.v);
      return v;
    }
    if (a.t === 'p' && a.v === '(' && toks.at(-1)?.v === ')') return this.expr(toks.slice(1, -1));
    if (a.v === '[' && b?.v === ']' && toks[2]?.v === 'string' && toks[3]?.v === '{' && toks.at(-1)?.v === '}')
      return this.items(split(toks.slice(4, -1), ','));
    // A call: name or pkg.name, then (args).
    const open = toks.findIndex((t) => t.v === '(');
    if (open < 1 || toks.at(-1)?.v !== ')') throw new Unknown('not a call');
    const callee = toks
      .slice(0, open)
      .map((t) => t.v)
      .join('');
    const args = split(toks.slice(open + 1, -1), ',');
    return this.call(callee, args);
  }

  call(callee: string, args: Tok[][]): Val {
    const arg = (i: number) => this.str(this.expr(args[i] ?? []));
    const name = callee.replace(/^utils\./, '');
    const pattern = PATTERNS[name];
    if (pattern) return pattern(args.length ? arg(0) : '');
    switch (callee) {
      case 'append': {
        const base = this.expr(args[0] ?? []);
        if (!Array.isArray(base)) throw new Unknown('append to a string');
        return [...base, ...this.items(args.slice(1))];
      }
      case 'utils.GenerateSampleSecrets':
        return sampleSyntaxes(arg(0), arg(1));
      case 'utils.GenerateSampleSecret':
        return `${arg(0)}_api_token = "${arg(1)}"`;
      case 'secrets.NewSecret':
        try {
          return this.sample(arg(0));
        } catch (e) {
          if (e instanceof Unknown) throw e;
          throw new Unknown(`regex: ${e}`);
        }
      case 'fmt.Sprintf': {
        const rest = args.slice(1).map((_, i) => arg(i + 1));
        return arg(0).replace(/%[sdv]/g, () => rest.shift() ?? '');
      }
      case 'strings.Repeat':
        return arg(0).repeat(Number((args[1] ?? [])[0]?.v));
      case 'strings.ToUpper':
        return arg(0).toUpperCase();
      case 'strings.ToLower':
        return arg(0).toLowerCase();
      default:
        throw new Unknown(callee);
    }
  }

  /** Runs one statement; unknown statements (loops, conditionals) are ignored. */
  statement(st: Tok[]): void {
    if (st[0]?.v === 'var') {
      const rest = st.slice(1);
      const decls = rest[0]?.v === '(' ? split(rest.slice(1, -1), ';') : [rest];
      for (const d of decls) {
        const eq = d.findIndex((t) => t.v === '=');
        if (eq > 0) this.assign(d[0]?.v ?? '', d.slice(eq + 1));
      }
      return;
    }
    const op = st.findIndex((t) => t.v === ':=' || t.v === '=');
    if (op === 1 && st[0]?.t === 'id') this.assign(st[0].v, st.slice(op + 1));
  }

  assign(name: string, rhs: Tok[]): void {
    try {
      this.vars.set(name, this.expr(rhs));
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      this.vars.delete(name);
    }
  }
}

/** The rules defined in one gitleaks rule file, with their samples. */
export function rulesOfFile(file: string, source: string, rand: () => number): GitleaksRule[] {
  const toks = tokenize(source);
  const sample = regexSampler(rand);
  const rules: GitleaksRule[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.v !== 'func' || toks[i + 1]?.t !== 'id' || toks[i + 2]?.v !== '(') continue;
    let j = toks.findIndex((t, k) => k > i && t.v === '{');
    const start = j + 1;
    for (let depth = 1; depth > 0 && j < toks.length - 1; ) {
      j++;
      if (toks[j]?.v === '{') depth++;
      if (toks[j]?.v === '}') depth--;
    }
    const body = toks.slice(start, j);
    i = j;
    const idAt = body.findIndex((t, k) => t.v === 'RuleID' && body[k + 1]?.v === ':' && body[k + 2]?.t === 'str');
    if (idAt < 0) continue;
    const ev = new Evaluator(sample);
    let tps: string[] = [];
    let fps: string[] = [];
    let pathOnly = false;
    let returned = false;
    for (const st of split(body, ';')) {
      if (st[0]?.v !== 'return') {
        ev.statement(st);
        continue;
      }
      const call = st.slice(1);
      const callee = call
        .slice(0, 3)
        .map((t) => t.v)
        .join('');
      if (callee === 'utils.ValidateWithPaths') pathOnly = true;
      if (callee !== 'utils.Validate') break;
      const args = split(call.slice(4, -1), ',');
      const get = (a: Tok[] | undefined) => {
        try {
          const v = ev.expr(a ?? []);
          return Array.isArray(v) ? v : [v];
        } catch (e) {
          if (!(e instanceof Unknown)) throw e;
          ev.skipped++;
          return [];
        }
      };
      tps = get(args[1]);
      fps = get(args[2]);
      returned = true;
      break;
    }
    if (!returned && !pathOnly) continue;
    rules.push({ id: body[idAt + 2]?.v ?? '?', file, tps, fps, skipped: ev.skipped, pathOnly });
  }
  return rules;
}
