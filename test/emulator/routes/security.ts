import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { HttpError, notFound, ok, okPage, repoFor, type RouteTable } from '../route-kit.js';
import { repoApi } from '../views-git.js';

function decodeSarif(b64: string): unknown {
  // https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data: gzip, then base64.
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(Buffer.from(b64, 'base64')).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Invalid SARIF: the sarif field must be gzip-compressed and base64-encoded JSON');
  }
  const doc = json as { version?: unknown; runs?: unknown };
  if (doc.version !== '2.1.0' || !Array.isArray(doc.runs))
    throw new HttpError(400, 'Invalid SARIF: expected version 2.1.0 with a runs array');
  return json;
}

/** Code scanning uploads and the org audit log. */
export const securityRoutes: RouteTable = {
  'code-scanning/upload-sarif': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b64 = String(ctx.body.sarif);
    if (Buffer.byteLength(b64) > 10 * 1024 * 1024) throw new HttpError(413, 'Payload Too Large');
    const sarif = decodeSarif(b64);
    const runs = (sarif as { runs: { tool?: { driver?: { name?: string } } }[] }).runs;
    const id = randomUUID();
    repo.sarifs.push({
      id,
      commit_sha: String(ctx.body.commit_sha),
      ref: String(ctx.body.ref),
      sarif,
      tool_names: runs.map((r) => r.tool?.driver?.name ?? 'unknown'),
      created_at: ctx.state.now(),
    });
    return ok({ id, url: `${repoApi(ctx.state, repo)}/code-scanning/sarifs/${id}` }, 202);
  },
  'code-scanning/get-sarif': (ctx) => {
    const repo = repoFor(ctx);
    const s = repo.sarifs.find((x) => x.id === ctx.params.sarif_id);
    if (!s) notFound();
    return ok({
      processing_status: 'complete',
      analyses_url: `${repoApi(ctx.state, repo)}/code-scanning/analyses?sarif_id=${s.id}`,
      errors: null,
    });
  },
  'orgs/get-audit-log': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    const phrase = ctx.query.get('phrase') ?? '';
    const action = /action:(\S+)/.exec(phrase)?.[1];
    const order = ctx.query.get('order') ?? 'desc';
    const list = org.auditLog.filter((e) => !action || e.action === action || e.action.startsWith(`${action}.`));
    const sorted = [...list].sort((a, b) =>
      order === 'asc' ? a['@timestamp'] - b['@timestamp'] : b['@timestamp'] - a['@timestamp'],
    );
    return okPage(ctx, sorted);
  },
};
