import type { Json, Operation } from './openapi.js';
import { githubErrorLines, SchemaValidator } from './schema-validator.js';

/** Why a request does not fit the description, answered the way GitHub answers it. */
export interface RequestProblem {
  status: 400 | 404 | 422;
  message: string;
}

const validators = { 'api.github.com': new SchemaValidator(false), ghec: new SchemaValidator(false, 'ghec') };

function scalarProblem(p: { name: string; schema?: Json }, raw: string): string | undefined {
  const schema = p.schema ?? {};
  const type = schema.type as string | undefined;
  if (type === 'integer' && !/^-?\d+$/.test(raw)) return `"${p.name}" is not an integer.`;
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && type === 'string' && !allowed.includes(raw)) {
    return `"${p.name}" ${JSON.stringify(raw)} is not a member of [${allowed.map((v) => JSON.stringify(v)).join(', ')}].`;
  }
  return undefined;
}

/**
 * Checks path and query parameters and the JSON body against the operation
 * (https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api#validation-failed).
 */
export function validateRequest(
  op: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
  contentType: string,
): RequestProblem | undefined {
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const v = params[p.name];
      // A non-numeric id never matches GitHub's router: 404, not 422.
      if (v === undefined || scalarProblem(p, v)) return { status: 404, message: 'Not Found' };
    } else if (p.in === 'query') {
      const v = query.get(p.name);
      if (v === null) {
        if (p.required) return { status: 422, message: `Invalid request.\n\n"${p.name}" wasn't supplied.` };
        continue;
      }
      const problem = scalarProblem(p, v);
      if (problem) return { status: 422, message: `Invalid request.\n\n${problem}` };
    }
  }
  const rb = op.requestBody;
  if (!rb) return undefined;
  const jsonMedia = rb.content['application/json'];
  if (!jsonMedia) return undefined; // uploads (octet-stream) and other media are not JSON-validated.
  // GitHub parses the body as JSON whatever the Content-Type says; only raw uploads are exempt.
  if (contentType.includes('octet-stream')) return undefined;
  if (body === undefined) {
    if (rb.required) return { status: 400, message: 'Problems parsing JSON' };
    return undefined;
  }
  if (!jsonMedia.schema) return undefined;
  const res = validators[op.flavor].check(`${op.method} ${op.template}`, jsonMedia.schema, body);
  if (res.valid) return undefined;
  return { status: 422, message: `Invalid request.\n\n${githubErrorLines(res.errors).join('\n')}` };
}
