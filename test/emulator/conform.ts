import { type Flavor, type Json, loadOpenApi } from './openapi.js';

/** Values the filler uses for required fields a handler did not model. */
export interface FillContext {
  /** Base URL for `format: uri` fields. */
  baseUrl: string;
  /** ISO timestamp for `format: date-time` fields. */
  now: string;
  /** Description whose `$ref`s the schema uses. */
  flavor?: Flavor;
}

function placeholder(schema: Json, ctx: FillContext, depth: number, key = ''): unknown {
  if (schema.nullable === true) return null;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? null;
  switch (schema.type) {
    case 'string':
      switch (schema.format) {
        case 'uri':
        case 'uri-template':
          return ctx.baseUrl;
        case 'date-time':
          return ctx.now;
        case 'date':
          return ctx.now.slice(0, 10);
        case 'email':
          return 'noreply@github.com';
        default:
          // Hypermedia fields (`*_url`) often carry no format in the description; give them a URL anyway.
          return key.endsWith('_url') || key === 'url' ? ctx.baseUrl : '';
      }
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return fillRequired(schema, {}, ctx, depth + 1);
    default:
      if (schema.properties) return fillRequired(schema, {}, ctx, depth + 1);
      return null;
  }
}

/**
 * Completes `value` so it carries every field the description marks required, recursively.
 * Handlers model the fields the actions read; the rest get type-correct placeholders, as GitHub
 * always sends them (https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api).
 */
export function fillRequired(node: unknown, value: unknown, ctx: FillContext, depth = 0, key = ''): unknown {
  if (depth > 12 || node === undefined) return value;
  const schema = loadOpenApi(ctx.flavor).resolve<Json>(node);
  if (!schema) return value;
  if (Array.isArray(schema.allOf)) {
    let v = value;
    for (const part of schema.allOf) v = fillRequired(part, v ?? {}, ctx, depth + 1);
    return v;
  }
  const variants = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (variants) {
    if (value === undefined) {
      const first = variants.map((v) => loadOpenApi(ctx.flavor).resolve<Json>(v)).find((v) => v && v.type !== 'null');
      return first ? fillRequired(first, undefined, ctx, depth + 1) : null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    // Pick the variant whose properties best describe the value, and complete it against that one.
    let best: Json | undefined;
    let bestScore = -1;
    for (const v of variants) {
      const s = loadOpenApi(ctx.flavor).resolve<Json>(v);
      const props = Object.keys((s?.properties as Json) ?? {});
      const score = props.filter((p) => p in (value as Json)).length - props.length / 1000;
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    return best ? fillRequired(best, value, ctx, depth + 1) : value;
  }
  if (value === undefined) return placeholder(schema, ctx, depth, key);
  if (value === null) return value;
  if (Array.isArray(value)) {
    return schema.items ? value.map((item) => fillRequired(schema.items, item, ctx, depth + 1)) : value;
  }
  if (typeof value !== 'object') return value;
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const out: Json = { ...(value as Json) };
  for (const key of (schema.required as string[] | undefined) ?? []) {
    if (out[key] === undefined) out[key] = fillRequired(props[key] ?? {}, undefined, ctx, depth + 1, key);
  }
  for (const [key, v] of Object.entries(out)) {
    if (props[key] && v !== null && typeof v === 'object') out[key] = fillRequired(props[key], v, ctx, depth + 1);
  }
  return out;
}
