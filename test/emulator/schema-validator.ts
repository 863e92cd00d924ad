import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { type Flavor, type Json, loadOpenApi } from './openapi.js';

const SPEC_ID = 'https://api.github.com/openapi.json';
// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

/** Result of validating a value against a schema of the description. */
export interface SchemaCheck {
  valid: boolean;
  errors: ErrorObject[];
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? SPEC_ID + v : rewriteRefs(v);
  }
  return out;
}

/**
 * Turns OpenAPI 3.0 schema dialect into what ajv accepts: `nullable` without `type` becomes `anyOf [..., null]`,
 * a nullable `enum` admits null; `lenient` also drops `additionalProperties: false` and reads `oneOf` as `anyOf`.
 */
function normalize(node: unknown, lenient: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => normalize(n, lenient));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (lenient && k === 'additionalProperties' && v === false) continue;
    // The description's `oneOf`s are often not exclusive (`simple-user` or `empty-object`): real GitHub answers
    // fail them too, so response checks read them as `anyOf`.
    out[lenient && k === 'oneOf' ? 'anyOf' : k] = normalize(v, lenient);
  }
  if (out.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined) {
      delete out.nullable;
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

/** Compiles schemas of the description lazily, once each, with ajv + ajv-formats. */
export class SchemaValidator {
  private ajv: Ajv | undefined;
  private compiled = new Map<string, ValidateFunction>();

  /** `lenient` drops `additionalProperties: false` (response checks allow extra fields, like GitHub's own clients). */
  constructor(
    private readonly lenient = false,
    private readonly flavor: Flavor = 'api.github.com',
  ) {}

  private instance(): Ajv {
    if (this.ajv) return this.ajv;
    const api = loadOpenApi(this.flavor);
    // OpenAPI 3.0 keywords (nullable, example, discriminator, x-github…) are not JSON Schema: strict mode off.
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false, validateSchema: false });
    addFormats(ajv);
    const components = normalize(api.spec.components, this.lenient);
    ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);
    this.ajv = ajv;
    return ajv;
  }

  /** Validates `value` against `schema` (a node of the description); `key` caches the compiled function. */
  check(key: string, schema: Json, value: unknown): SchemaCheck {
    let fn = this.compiled.get(key);
    if (!fn) {
      const rewritten = rewriteRefs(normalize(schema, this.lenient)) as Json;
      fn = this.instance().compile(rewritten);
      this.compiled.set(key, fn);
    }
    const valid = fn(value) as boolean;
    return { valid, errors: valid ? [] : [...(fn.errors ?? [])] };
  }
}

/** Renders ajv errors the way GitHub words 422 validation messages. */
export function githubErrorLines(errors: ErrorObject[]): string[] {
  return errors.slice(0, 5).map((e) => {
    const at = e.instancePath ? `For 'properties${e.instancePath}', ` : '';
    switch (e.keyword) {
      case 'required':
        return `"${(e.params as { missingProperty: string }).missingProperty}" wasn't supplied.`;
      case 'additionalProperties':
        return `"${(e.params as { additionalProperty: string }).additionalProperty}" is not a permitted key.`;
      case 'type':
        return `${at}${JSON.stringify(e.data)} is not ${(e.params as { type: string }).type === 'integer' ? 'an' : 'a'} ${(e.params as { type: string }).type}.`;
      case 'enum':
        return `${at}${JSON.stringify(e.data)} is not a member of [${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}].`;
      default:
        return `${at}${e.message ?? 'is invalid'}.`;
    }
  });
}
