import type { AnyActionDefinition } from '../../shared/action/define-action.js';
import { commonInputs } from '../../shared/action/define-action.js';
import type { InputDef } from '../../shared/action/inputs.js';

/**
 * Bad values for every input of every action, generated from the definitions (kind, `allowed`,
 * name, description), so an input added tomorrow is covered without touching this file.
 */

/** One bad-input case: which action, which input (or an undeclared one), the raw value, and why it is bad. */
export interface BadInputCase {
  action: string;
  input: string;
  category: string;
  value: string;
  /** Files the workspace needs for this case (malformed configuration). */
  files?: Record<string, string>;
  /** The case passes an input the action does not declare (INPUT_* of a misspelt `with:` key). */
  undeclared?: boolean;
  /** Text the single error must contain besides the input's name (e.g. "line 3"). */
  mentions?: RegExp[];
  /**
   * A value that is legal for this input (shell metacharacters in a file name): the step may succeed,
   * but must never hand it to a shell, and if it fails it fails as for any bad input.
   */
  mayPass?: boolean;
}

/** A file the shell cases would create if a value ever reached a shell. */
export const SHELL_MARKER = 'moko-pwned';
const SHELL_VALUES = [`$(touch ${SHELL_MARKER})`, `x; touch ${SHELL_MARKER} #`, `\`touch ${SHELL_MARKER}\``];

/** Inputs whose values may hold any character: label names, globs and file specs (only "no shell" applies). */
const FREE_TEXT = /(^|-)(labels|assets|version-files)$/;

/** In the prepared workspace: a symbolic link to /etc, i.e. out of the workspace. */
export const ESCAPE_LINK = 'escape-link';

/** YAML with an unclosed flow sequence, whose error position is line 3, column 1 (yaml 2.x). */
const BROKEN_YAML = 'version: 1\nitems: [a, b\nnext: value\n';
/** JSON with a missing comma after line 2. */
const BROKEN_JSON = '{\n  "version": 1\n  "items": []\n}\n';

const ORG_VALUES = ['bad org!', '-leading-dash', 'a'.repeat(40), 'owner/repo', '..'];
const URL_VALUES = ['ftp://example.com/x', 'not a url', 'javascript:alert(1)'];
/** Larger than any input a user means: 200 kB (the runner's environment limit per value is 128 kB on Linux). */
export const OVERSIZED = 'x'.repeat(200_000);

/** Whether an input names a file or folder (workspace or repository path). */
export function isPathInput(name: string, def: InputDef<unknown>): boolean {
  if (def.kind !== 'string' && def.kind !== 'custom') return false;
  return (
    /(^|-)(path|file|dir|folder|config|previous)$/.test(name) ||
    /\b(path|file|folder|directory)\b/i.test(def.description.split('.')[0] ?? '')
  );
}

/** Whether an input is a configuration file, for the malformed YAML/JSON cases. */
export function isConfigInput(name: string, def: InputDef<unknown>): boolean {
  return isPathInput(name, def) && /config/i.test(`${name} ${def.description}`);
}

function integerBounds(allowed: string): { min?: number; max?: number } {
  const range = /from (-?\d+) to (-?\d+)/.exec(allowed);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const least = /at least (-?\d+)/.exec(allowed);
  const most = /at most (-?\d+)/.exec(allowed);
  return {
    ...(least ? { min: Number(least[1]) } : {}),
    ...(most ? { max: Number(most[1]) } : {}),
  };
}

/** The bad values of one input, by category. */
export function casesForInput(action: string, name: string, def: InputDef<unknown>): BadInputCase[] {
  const out: BadInputCase[] = [];
  const add = (category: string, value: string, extra: Partial<BadInputCase> = {}) =>
    out.push({ action, input: name, category, value, ...extra });
  switch (def.kind) {
    case 'boolean':
      for (const v of ['yes', 'on', '1']) add('wrong type', v);
      break;
    case 'integer': {
      for (const v of ['ten', '1.5', '0x10']) add('wrong type', v);
      const { min, max } = integerBounds(def.allowed);
      if (min !== undefined) add('out of range', String(min - 1));
      if (max !== undefined) add('out of range', String(max + 1));
      add('out of range', '9'.repeat(30));
      break;
    }
    case 'enum':
      add('unknown enum value', 'no-such-value');
      break;
    case 'list':
      if (/subset of/.test(def.allowed)) add('unknown enum value', 'no-such-value');
      break;
    default:
      break;
  }
  if (name === 'organization' || /organization (login|name)/.test(def.allowed)) {
    for (const v of ORG_VALUES) add('invalid organization name', v);
  }
  if (/\bURL\b/.test(def.allowed)) for (const v of URL_VALUES) add('invalid URL', v);
  if (isPathInput(name, def)) {
    add('path traversal', '../../etc/passwd');
    add('absolute path', '/etc/passwd');
    // A path in the repository is read and written through the API, never through the workspace, so a
    // workspace symlink cannot lead it anywhere: the case applies to workspace paths only.
    if (!/\bin the repository\b/.test(def.allowed)) add('symlink out of the workspace', `${ESCAPE_LINK}/passwd`);
  }
  if (isConfigInput(name, def)) {
    add('malformed YAML', 'broken.yml', {
      files: { 'broken.yml': BROKEN_YAML },
      // `line 3, column 1` or the compiler form `broken.yml:3:1`.
      mentions: [/\bline\W+3\b.*\bcol(umn)?\W+1\b|\.yml:3:1\b/i],
    });
    add('malformed JSON', 'broken.json', {
      files: { 'broken.json': BROKEN_JSON },
      // JSON.parse and a YAML parser place this error differently; either must give a position.
      mentions: [/\bline\W+\d+\b.*\bcol(umn)?\W+\d+\b|\.json:\d+:\d+\b/i],
    });
  }
  // A secret's value is the caller's to choose; a wrong one is GitHub's to refuse, not ours.
  const freeSecret = def.secret && !/expected/.test(def.allowed);
  if ((def.kind === 'string' || def.kind === 'custom' || def.kind === 'list') && !freeSecret) {
    // Metacharacters are legal in a file name: there only "no shell" is required.
    for (const v of SHELL_VALUES)
      add('shell metacharacters', v, isPathInput(name, def) || FREE_TEXT.test(name) ? { mayPass: true } : {});
    add('oversized value', OVERSIZED);
  }
  return out;
}

/** Every case of one action: each declared input (its own and the common ones) plus an undeclared one. */
export function casesForAction(definition: AnyActionDefinition): BadInputCase[] {
  const defs = { ...commonInputs, ...definition.inputs } as Record<string, InputDef<unknown>>;
  const cases = Object.entries(defs).flatMap(([name, def]) => casesForInput(definition.name, name, def));
  cases.push({
    action: definition.name,
    input: 'fail_on',
    category: 'unknown input',
    value: 'high',
    undeclared: true,
    mentions: [new RegExp(`\\b${Object.keys(defs)[0]}\\b`)],
  });
  return cases;
}

/** Short printable form of a value for test names. */
export function show(value: string): string {
  return value.length > 40 ? `${value.slice(0, 12)}… (${value.length} chars)` : JSON.stringify(value);
}
