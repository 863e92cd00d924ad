/**
 * Random text matching a (Go RE2) regular expression, as gitleaks' rule generator makes its samples:
 * classes pick one member, `*`/`+`/`?` repeat between their minimum and one more, `{n,m}` anywhere in
 * range. Parsed with regexp-tree after the RE2-only syntax is rewritten to JavaScript's.
 */
import regexpTree from 'regexp-tree';

type Node = { type: string; [k: string]: unknown };

const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
const META: Record<string, string> = {
  '\\d': '0123456789',
  '\\w': 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_',
  '\\s': ' ',
  '\\D': 'abcxyz',
  '\\W': '-.:',
  '\\S': 'abcxyz0189',
  '.': 'abcdefghijklmnopqrstuvwxyz0123456789',
};
const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
  space: ' \\t',
  punct: '!-/:-@\\[-`{-~',
};

/** Rewrites RE2 syntax JavaScript lacks: inline flags, `\z`, POSIX classes, `(?P<name>`. */
export function toJsSource(re2: string): string {
  return re2
    .replace(/\(\?[imsU-]+\)/g, '')
    .replace(/\(\?[imsU]*-?[imsU]*:/g, '(?:')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$')
    .replace(/\\A/g, '^')
    .replace(/\[:(\w+):\]/g, (_, name: string) => POSIX[name] ?? 'a-z');
}

function classMembers(node: Node): string {
  let out = '';
  for (const e of node.expressions as Node[]) {
    if (e.type === 'ClassRange') {
      const from = (e.from as Node).codePoint as number;
      const to = (e.to as Node).codePoint as number;
      for (let c = from; c <= to && c < from + 200; c++) out += String.fromCharCode(c);
    } else if ((e as Node).kind === 'meta') out += META[e.value as string] ?? '';
    else out += (e.symbol as string | undefined) ?? String.fromCharCode(e.codePoint as number);
  }
  return out;
}

/** A sampler bound to one random source. */
export function regexSampler(rand: () => number) {
  const pick = (set: string) => set[Math.floor(rand() * set.length)] ?? '';
  const gen = (node: Node | null): string => {
    if (!node) return '';
    switch (node.type) {
      case 'RegExp':
      case 'Group':
        return gen(node.type === 'RegExp' ? (node.body as Node) : (node.expression as Node));
      case 'Alternative':
        return (node.expressions as Node[]).map(gen).join('');
      case 'Disjunction':
        return gen((rand() < 0.5 ? node.left : node.right) as Node);
      case 'Char':
        if (node.kind === 'meta') return pick(META[node.value as string] ?? 'x');
        return (node.symbol as string | undefined) ?? String.fromCharCode(node.codePoint as number);
      case 'CharacterClass': {
        const members = classMembers(node);
        if (!node.negative) return pick(members);
        return pick([...PRINTABLE].filter((c) => !members.includes(c)).join(''));
      }
      case 'Repetition': {
        const q = node.quantifier as Node;
        const [min, max] =
          q.kind === '*'
            ? [0, 1]
            : q.kind === '+'
              ? [1, 2]
              : q.kind === '?'
                ? [0, 1]
                : [q.from as number, (q.to as number | undefined) ?? (q.from as number) + 1];
        const n = min + Math.floor(rand() * (max - min + 1));
        let s = '';
        for (let i = 0; i < n; i++) s += gen(node.expression as Node);
        return s;
      }
      default:
        return ''; // assertions, backreferences
    }
  };
  return (re2: string): string => gen(regexpTree.parse(new RegExp(toJsSource(re2))) as unknown as Node);
}
