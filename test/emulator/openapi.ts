import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A JSON Schema / OpenAPI object as stored in the description (loosely typed on purpose). */
export type Json = Record<string, unknown>;

/** One parameter of an operation, with `$ref`s resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

/** One operation of the description: what the router and the validator need. */
export interface Operation {
  /** Which description the operation comes from. */
  flavor: Flavor;
  method: string;
  template: string;
  operationId: string;
  /** GitHub's documentation page for the operation (used in error bodies, like GitHub does). */
  docsUrl: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/** The loaded description: its raw JSON plus an operation index. */
export interface OpenApi {
  spec: { paths: Record<string, Record<string, Json>>; components: Json };
  /** `METHOD template` → operation. */
  operations: Map<string, Operation>;
  /** operationId → operation. */
  byId: Map<string, Operation>;
  /** Resolve a `#/components/...` reference. */
  resolve<T = Json>(node: unknown): T;
}

/**
 * `api.github.com` is the description every request is checked against; `ghec` (GitHub Enterprise Cloud) is
 * consulted only for paths github.com serves to Enterprise Cloud organizations alone, such as the audit log.
 */
export type Flavor = 'api.github.com' | 'ghec';

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
const cached = new Map<Flavor, OpenApi>();

/** Absolute path of GitHub's published REST description (the non-dereferenced copy: 13 MB, not 73 MB). */
export function descriptionPath(flavor: Flavor = 'api.github.com'): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  return pkg.replace(/package\.json$/, `generated/${flavor}.json`);
}

/** Loads a description once per process (about 150 ms), on first use. */
export function loadOpenApi(flavor: Flavor = 'api.github.com'): OpenApi {
  const hit = cached.get(flavor);
  if (hit) return hit;
  const spec = JSON.parse(readFileSync(descriptionPath(flavor), 'utf8')) as OpenApi['spec'];
  const resolve = <T>(node: unknown): T => {
    let cur = node as Json | undefined;
    for (let i = 0; i < 10 && cur && typeof cur.$ref === 'string'; i++) {
      const parts = (cur.$ref as string).slice(2).split('/');
      let target: unknown = spec;
      for (const p of parts) target = (target as Json)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
      cur = target as Json;
    }
    return cur as T;
  };
  const operations = new Map<string, Operation>();
  const byId = new Map<string, Operation>();
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = ((item.parameters as unknown as unknown[]) ?? []).map((p) => resolve<Parameter>(p));
    for (const method of METHODS) {
      const raw = item[method] as Json | undefined;
      if (!raw) continue;
      const own = ((raw.parameters as unknown as unknown[]) ?? []).map((p) => resolve<Parameter>(p));
      const names = new Set(own.map((p) => `${p.in}:${p.name}`));
      const responses: Operation['responses'] = {};
      for (const [code, r] of Object.entries((raw.responses as Json) ?? {})) responses[code] = resolve(r);
      const op: Operation = {
        flavor,
        method: method.toUpperCase(),
        template,
        operationId: raw.operationId as string,
        docsUrl: ((raw.externalDocs as Json | undefined)?.url as string) ?? 'https://docs.github.com/rest',
        parameters: [...shared.filter((p) => !names.has(`${p.in}:${p.name}`)), ...own],
        requestBody: raw.requestBody ? resolve(raw.requestBody) : undefined,
        responses,
      };
      operations.set(`${op.method} ${template}`, op);
      byId.set(op.operationId, op);
    }
  }
  const api: OpenApi = { spec, operations, byId, resolve };
  cached.set(flavor, api);
  return api;
}

/** The JSON schema of an operation's response for a status, if the description gives one. */
export function responseSchema(op: Operation, status: number): Json | undefined {
  const r = op.responses[String(status)];
  const content = r?.content;
  if (!content) return undefined;
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}
