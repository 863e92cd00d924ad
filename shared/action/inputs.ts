import { z } from 'zod';
import { InputError } from '../core/errors.js';

/**
 * One action input: how action.yml documents it and how its string value is parsed.
 * The raw value is always a string (the runner passes inputs as INPUT_* variables);
 * an empty string means "not given", as in @actions/core getInput.
 */
export interface InputDef<T> {
  kind: InputKind;
  description: string;
  /** Default as written in action.yml; applied when the input is empty or absent. */
  default?: string;
  /** The default action.yml shows when it differs from the parse default, e.g. `${{ github.token }}`. */
  actionDefault?: string;
  required: boolean;
  /** Human-readable "what is allowed", used in error messages and --help. */
  allowed: string;
  /** Mask the value in logs (core.setSecret) as soon as it is read. */
  secret: boolean;
  /** Parses the raw string into the typed value. */
  schema: z.ZodType<T, string>;
  /** Value when the input is absent and has no default. */
  absent?: T;
  /** Append the parser's own detail to errors (e.g. "too big"); off where `allowed` says it all. */
  detail: boolean;
}

/** Which builder made an input; the CLI treats booleans as flags. */
export type InputKind = 'string' | 'boolean' | 'integer' | 'enum' | 'list' | 'multiline' | 'custom';

/** Input value type of a definition. */
export type InputValue<D> = D extends InputDef<infer T> ? T : never;
/** Typed values of a record of input definitions. */
export type InputValues<I extends Record<string, InputDef<unknown>>> = { [K in keyof I]: InputValue<I[K]> };

interface Base {
  description: string;
  secret?: boolean;
  actionDefault?: string;
}

function def<T>(
  kind: InputKind,
  o: Base,
  schema: z.ZodType<T, string>,
  allowed: string,
  d?: string,
  required = false,
  absent?: T,
) {
  const out: InputDef<T> = {
    kind,
    description: o.description,
    required,
    allowed,
    secret: o.secret ?? false,
    schema,
    detail: true,
  };
  if (d !== undefined) out.default = d;
  if (o.actionDefault !== undefined) out.actionDefault = o.actionDefault;
  if (absent !== undefined) out.absent = absent;
  return out;
}

/** A free-form string. Without a default and not required, absent means `undefined`. */
function string(o: Base & { default: string; pattern?: RegExp; allowed?: string }): InputDef<string>;
function string(o: Base & { required: true; pattern?: RegExp; allowed?: string }): InputDef<string>;
function string(o: Base & { pattern?: RegExp; allowed?: string }): InputDef<string | undefined>;
function string(
  o: Base & { default?: string; required?: boolean; pattern?: RegExp; allowed?: string },
): InputDef<string | undefined> {
  const schema = o.pattern ? z.string().regex(o.pattern) : z.string();
  return def<string | undefined>('string', o, schema, o.allowed ?? 'any text', o.default, o.required ?? false);
}

// Same spellings as @actions/core getBooleanInput (YAML 1.2 core schema booleans).
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** A strict boolean: only true/True/TRUE/false/False/FALSE; anything else is an error, never a default. */
function boolean(o: Base & { default: boolean }): InputDef<boolean> {
  const schema = z.enum([...TRUE, ...FALSE]).transform((v) => TRUE.includes(v));
  return { ...def('boolean', o, schema, 'expected one of true, false', String(o.default)), detail: false };
}

/** A whole number within optional bounds. */
function integer(o: Base & { default?: number; min?: number; max?: number }): InputDef<number> {
  let n = z.number().int();
  if (o.min !== undefined) n = n.min(o.min);
  if (o.max !== undefined) n = n.max(o.max);
  const schema = z
    .string()
    .regex(/^-?\d+$/, { error: 'NaN' })
    .transform(Number)
    .pipe(n);
  const range =
    o.min !== undefined && o.max !== undefined
      ? ` from ${o.min} to ${o.max}`
      : o.min !== undefined
        ? ` of at least ${o.min}`
        : o.max !== undefined
          ? ` of at most ${o.max}`
          : '';
  return def(
    'integer',
    o,
    schema,
    `expected a whole number${range}`,
    o.default === undefined ? undefined : String(o.default),
  );
}

/** One of a fixed set of words. */
function oneOf<const V extends readonly [string, ...string[]]>(
  values: V,
  o: Base & { default: V[number] },
): InputDef<V[number]> {
  const schema = z.enum(values as unknown as [V[number], ...V[number][]]) as unknown as z.ZodType<V[number], string>;
  return { ...def('enum', o, schema, `expected one of ${values.join(', ')}`, o.default), detail: false };
}

/** Items separated by commas or newlines, trimmed, empty items dropped; each item checked by `item`. */
function list<T = string>(
  o: Base & { default?: string; item?: z.ZodType<T, string>; allowed?: string },
): InputDef<T[]> {
  const item = (o.item ?? z.string()) as z.ZodType<T, string>;
  const schema = z
    .string()
    .transform((v) =>
      v
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(z.array(item));
  return def(
    'list',
    o,
    schema,
    o.allowed ?? 'expected a comma- or newline-separated list',
    o.default,
    false,
    [] as T[],
  );
}

/** Lines of text (e.g. a YAML block scalar), trailing blank lines dropped. */
function multiline(o: Base & { default?: string }): InputDef<string[]> {
  const schema = z.string().transform((v) => v.replace(/\s+$/, '').split(/\r?\n/));
  return def('multiline', o, schema, 'expected lines of text', o.default, false, [] as string[]);
}

/** Any zod schema over the raw string, with a description of what is allowed. */
function custom<T>(
  schema: z.ZodType<T, string>,
  o: Base & { default?: string; required?: boolean; allowed: string },
): InputDef<T | undefined> {
  return def<T | undefined>('custom', o, schema, o.allowed, o.default, o.required ?? false);
}

/** Builders for action inputs. */
export const input = { string, boolean, integer, enum: oneOf, list, multiline, custom };

/** Reads raw input values by name; returns undefined when absent. */
export type InputSource = (name: string) => string | undefined;

/** The runner's source: INPUT_<NAME> with spaces as underscores and hyphens kept (actions/toolkit core getInput). */
export const envInputSource =
  (env: NodeJS.ProcessEnv = process.env): InputSource =>
  (name) =>
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/**
 * The names of the `INPUT_*` variables that name no declared input: a `with:` key the action does not have (a typo
 * such as `fail_on` for `fail-on`). The runner only warns about those ("Unexpected input(s)") and
 * the action would silently run with the default, so the framework refuses them.
 */
export function undeclaredInputs(declared: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const known = new Set(declared.map((n) => `INPUT_${n.replace(/ /g, '_').toUpperCase()}`));
  return Object.keys(env)
    .filter((key) => key.startsWith('INPUT_') && !known.has(key.toUpperCase()))
    .map((key) => key.slice('INPUT_'.length).toLowerCase());
}

/** The longest value a non-secret input may have. */
export const MAX_INPUT_CHARS = 65_536;

/**
 * Parses every input once. Throws InputError naming the first bad input, its value and what is allowed.
 * `onSecret` receives secret values so the caller can mask them before anything is logged.
 */
export function parseInputs<I extends Record<string, InputDef<unknown>>>(
  defs: I,
  source: InputSource,
  onSecret: (value: string) => void = () => {},
): InputValues<I> {
  const out: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(defs)) {
    let raw = source(name)?.trim();
    if (raw === '' || raw === undefined) raw = d.default;
    if (raw === undefined || raw === '') {
      if (d.required) throw new InputError(name, '', 'a value is required');
      out[name] = d.absent;
      continue;
    }
    if (d.secret) onSecret(raw);
    // No input a user means is this long (the runner caps one variable near 128 KiB); refusing it here
    // keeps a pasted file or a runaway expression from reaching an API call or a regex.
    if (!d.secret && raw.length > MAX_INPUT_CHARS)
      throw new InputError(
        name,
        `${raw.slice(0, 40)}… (${raw.length} characters)`,
        `at most ${MAX_INPUT_CHARS} characters`,
      );
    const parsed = d.schema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues[0]?.message;
      // Never echo a secret back, not even a malformed one.
      const shown = d.secret ? '***' : raw;
      // 'NaN' marks a format error that `allowed` already explains; a custom parser may say `allowed` itself.
      const extra = detail && d.detail && detail !== 'NaN' && detail !== d.allowed ? ` (${detail})` : '';
      throw new InputError(name, shown, `${d.allowed}${extra}`);
    }
    out[name] = parsed.data;
  }
  return out as InputValues<I>;
}
