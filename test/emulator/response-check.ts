import type { Operation } from './openapi.js';
import { responseSchema } from './openapi.js';
import { SchemaValidator } from './schema-validator.js';

const validators = { 'api.github.com': new SchemaValidator(true), ghec: new SchemaValidator(true, 'ghec') };

/**
 * Checks an answer against the response schema of its operation (extra properties allowed, required fields
 * and types enforced); returns the problems, empty when it conforms or the description gives no schema.
 */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const schema = responseSchema(op, status);
  if (!schema || body === undefined) return [];
  const res = validators[op.flavor].check(`${op.operationId} ${status}`, schema, body);
  return res.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
