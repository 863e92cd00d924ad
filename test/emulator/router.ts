import { type Flavor, loadOpenApi, type Operation } from './openapi.js';

/** A request path matched to a template of the description. */
export interface RouteMatch {
  template: string;
  params: Record<string, string>;
  /** The operation for the request's method, or undefined when the path exists but the method does not. */
  operation?: Operation;
}

interface CompiledTemplate {
  template: string;
  segments: string[];
  /** 1 per literal segment, 0 per parameter: compared lexicographically so `releases/latest` beats `releases/{id}`. */
  rank: number[];
  strict: RegExp;
  loose?: RegExp;
  names: string[];
}

// Parameters whose values may contain slashes (file paths, refs, branch names): the description does not
// say so, GitHub's router does (https://docs.github.com/rest/repos/contents, /git/refs).
const MULTI_SEGMENT = new Set(['path', 'ref', 'branch', 'name', 'file_path', 'tag', 'sha', 'basehead']);

const indexes = new Map<Flavor, Map<string, CompiledTemplate[]>>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(template: string): CompiledTemplate {
  const segments = template.split('/').slice(1);
  const names: string[] = [];
  const strictParts: string[] = [];
  const looseParts: string[] = [];
  let hasLoose = false;
  for (const seg of segments) {
    const m = /^\{([^}]+)\}$/.exec(seg);
    if (m) {
      names.push(m[1]!);
      strictParts.push('([^/]+)');
      const multi = MULTI_SEGMENT.has(m[1]!);
      hasLoose ||= multi;
      looseParts.push(multi ? '(.+?)' : '([^/]+)');
    } else {
      // Segments such as `{owner}.{repo}` are rare; treat embedded params as single-segment values.
      const parts = seg.split(/(\{[^}]+\})/).filter(Boolean);
      const re = parts
        .map((p) => {
          const pm = /^\{([^}]+)\}$/.exec(p);
          if (!pm) return escapeRe(p);
          names.push(pm[1]!);
          return '([^/]+?)';
        })
        .join('');
      strictParts.push(re);
      looseParts.push(re);
    }
  }
  return {
    template,
    segments,
    names,
    rank: segments.map((s) => (s.includes('{') ? 0 : 1)),
    strict: new RegExp(`^/${strictParts.join('/')}$`),
    loose: hasLoose ? new RegExp(`^/${looseParts.join('/')}$`) : undefined,
  };
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  const sum = (r: number[]) => r.reduce((x, y) => x + y, 0);
  return sum(a) > sum(b);
}

function buildIndex(flavor: Flavor): Map<string, CompiledTemplate[]> {
  const api = loadOpenApi(flavor);
  const byFirst = new Map<string, CompiledTemplate[]>();
  for (const template of Object.keys(api.spec.paths)) {
    const c = compile(template);
    const first = c.segments[0] ?? '';
    const key = first.includes('{') ? '*' : first;
    byFirst.set(key, [...(byFirst.get(key) ?? []), c]);
  }
  return byFirst;
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** Finds the template of the description that a request path matches (most literal segments win). */
export function matchRoute(
  method: string,
  pathname: string,
  flavor: Flavor = 'api.github.com',
): RouteMatch | undefined {
  let index = indexes.get(flavor);
  if (!index) {
    index = buildIndex(flavor);
    indexes.set(flavor, index);
  }
  const first = pathname.split('/')[1] ?? '';
  const candidates = [...(index.get(first) ?? []), ...(index.get('*') ?? [])];
  let fallback: RouteMatch | undefined;
  for (const mode of ['strict', 'loose'] as const) {
    let best: { c: CompiledTemplate; m: RegExpExecArray } | undefined;
    for (const c of candidates) {
      const re = mode === 'strict' ? c.strict : c.loose;
      if (!re) continue;
      const m = re.exec(pathname);
      if (m && (!best || better(c.rank, best.c.rank))) best = { c, m };
    }
    if (best) {
      const params: Record<string, string> = {};
      best.c.names.forEach((n, i) => {
        params[n] = decode(best.m[i + 1]!);
      });
      const operation = loadOpenApi(flavor).operations.get(`${method} ${best.c.template}`);
      if (operation) return { template: best.c.template, params, operation };
      fallback ??= { template: best.c.template, params };
    }
  }
  return fallback;
}
