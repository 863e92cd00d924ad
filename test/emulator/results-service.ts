import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArtifactRecord, RepoRecord, RunRecord } from './model.js';
import { zipball } from './routes/archives.js';
import type { EmulatorState } from './state.js';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB = '/_emulator/blob/devstoreaccount1/artifacts/';

/**
 * An `ACTIONS_RUNTIME_TOKEN` for a run: an unsigned JWT whose `scp` claim carries the backend ids that
 * @actions/artifact reads (`Actions.Results:<run>:<job>`); the run id encodes `owner/repo/runId`.
 */
export function makeRuntimeToken(owner: string, repo: string, runId: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp = `Actions.ExampleScope Actions.Results:${owner}/${repo}/${runId}:job-${runId}`;
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp, iss: 'emulator' })}.`;
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): true {
  return json(res, status, { code, msg });
}

function pick(body: Record<string, unknown>, camel: string, snake: string): unknown {
  return body[camel] ?? body[snake];
}

function runFor(state: EmulatorState, backendId: string): { repo: RepoRecord; run: RunRecord } | undefined {
  const m = /^([^/]+)\/([^/]+)\/(\d+)$/.exec(backendId);
  if (!m) return undefined;
  const repo = state.repo(m[1]!, m[2]!);
  if (!repo) return undefined;
  const id = Number(m[3]);
  let run = repo.runs.find((r) => r.id === id);
  if (!run) {
    // The harness runs an action as run `id`: make the run exist so REST lists its artifacts.
    const now = state.now();
    run = {
      id,
      node_id: state.nodeId('WFR', id),
      workflow_id: repo.workflows[0]?.id ?? 0,
      name: 'harness',
      run_number: id,
      run_attempt: 1,
      event: 'workflow_dispatch',
      status: 'in_progress',
      conclusion: null,
      head_branch: repo.default_branch,
      head_sha: '0'.repeat(40),
      actor: 'moko-bot',
      created_at: now,
      updated_at: now,
    };
    repo.runs.push(run);
  }
  return { repo, run };
}

function findArtifact(state: EmulatorState, repo: RepoRecord, runId: number, name: string): ArtifactRecord | undefined {
  for (const { repo: r, artifact } of state.artifacts.values())
    if (r === repo && artifact.run_id === runId && artifact.name === name) return artifact;
  return undefined;
}

async function twirp(
  state: EmulatorState,
  method: string,
  body: Record<string, unknown>,
  res: ServerResponse,
): Promise<true> {
  const backend = String(pick(body, 'workflowRunBackendId', 'workflow_run_backend_id') ?? '');
  const target = runFor(state, backend);
  if (!target) return twirpError(res, 404, 'not_found', `unknown workflow run backend id ${backend}`);
  const { repo, run } = target;
  const name = String(body.name ?? '');
  switch (method) {
    case 'CreateArtifact': {
      const existing = findArtifact(state, repo, run.id, name);
      if (existing?.finalized)
        return twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
      const id = existing?.id ?? state.nextId();
      const now = Date.parse(state.now());
      const expires = pick(body, 'expiresAt', 'expires_at');
      const artifact: ArtifactRecord = {
        id,
        node_id: state.nodeId('MDg', id),
        name,
        run_id: run.id,
        size_in_bytes: 0,
        data: Buffer.alloc(0),
        created_at: state.now(),
        expires_at:
          typeof expires === 'string'
            ? expires
            : new Date(now + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        finalized: false,
      };
      state.artifacts.set(id, { repo, artifact });
      return json(res, 200, {
        ok: true,
        signedUploadUrl: `${state.baseUrl}${BLOB}${id}?sig=emulator-signature&sp=cw&se=2099-01-01`,
      });
    }
    case 'FinalizeArtifact': {
      const a = findArtifact(state, repo, run.id, name);
      if (!a) return twirpError(res, 404, 'not_found', 'artifact not found');
      a.finalized = true;
      a.size_in_bytes = Number(body.size ?? a.data.length);
      const hash = body.hash;
      a.digest = typeof hash === 'string' ? hash : `sha256:${createHash('sha256').update(a.data).digest('hex')}`;
      return json(res, 200, { ok: true, artifactId: String(a.id) });
    }
    case 'ListArtifacts': {
      const nameFilter = pick(body, 'nameFilter', 'name_filter');
      const idFilter = pick(body, 'idFilter', 'id_filter');
      const list = [...state.artifacts.values()]
        .filter(({ repo: r, artifact: a }) => r === repo && a.run_id === run.id && a.finalized)
        .map(({ artifact: a }) => a)
        .filter(
          (a) =>
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || String(a.id) === String(idFilter)),
        );
      return json(res, 200, {
        artifacts: list.map((a) => ({
          workflowRunBackendId: backend,
          workflowJobRunBackendId: `job-${run.id}`,
          databaseId: String(a.id),
          name: a.name,
          size: String(a.size_in_bytes),
          createdAt: a.created_at,
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      });
    }
    case 'GetSignedArtifactURL': {
      const a = findArtifact(state, repo, run.id, name);
      if (!a?.finalized) return twirpError(res, 404, 'not_found', 'artifact not found');
      return json(res, 200, { signedUrl: `${state.baseUrl}${BLOB}${a.id}?sig=emulator-signature&sp=r` });
    }
    case 'DeleteArtifact': {
      const a = findArtifact(state, repo, run.id, name);
      if (!a) return twirpError(res, 404, 'not_found', 'artifact not found');
      state.artifacts.delete(a.id);
      return json(res, 200, { ok: true, artifactId: String(a.id) });
    }
    default:
      return twirpError(res, 404, 'bad_route', `no handler for ${method}`);
  }
}

const staged = new WeakMap<ArtifactRecord, Map<string, Buffer>>();

/** Azure block blob protocol subset that @azure/storage-blob's `uploadStream` speaks (Put Block, Put Block List). */
function blob(state: EmulatorState, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): true {
  const id = Number(url.pathname.slice(BLOB.length));
  const a = state.artifacts.get(id)?.artifact;
  if (!a) return json(res, 404, { message: 'BlobNotFound' });
  const headers = {
    'x-ms-request-id': `${id}`,
    'x-ms-version': '2024-11-04',
    etag: `"0x${id.toString(16)}"`,
    'last-modified': new Date().toUTCString(),
  };
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.writeHead(200, { ...headers, 'content-type': 'application/zip', 'content-length': String(a.data.length) });
    res.end(req.method === 'GET' ? a.data : undefined);
    return true;
  }
  const comp = url.searchParams.get('comp');
  if (comp === 'block') {
    const blocks = staged.get(a) ?? new Map<string, Buffer>();
    blocks.set(url.searchParams.get('blockid') ?? '', body);
    staged.set(a, blocks);
  } else if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
    const blocks = staged.get(a) ?? new Map<string, Buffer>();
    a.data = Buffer.concat(ids.map((b) => blocks.get(b) ?? Buffer.alloc(0)));
    staged.delete(a);
  } else {
    a.data = body;
  }
  a.size_in_bytes = a.data.length;
  res.writeHead(201, {
    ...headers,
    'content-md5': createHash('md5').update(body).digest('base64'),
    'x-ms-request-server-encrypted': 'true',
  });
  res.end();
  return true;
}

/** Serves the emulator's internal paths (results service, blob storage, downloads); false when not one. */
export async function handleInternal(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer,
): Promise<boolean> {
  if (url.pathname.startsWith(TWIRP) && req.method === 'POST') {
    if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? ''))
      return twirpError(res, 401, 'unauthenticated', 'missing runtime token');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return twirpError(res, 400, 'malformed', 'request body is not JSON');
    }
    return twirp(state, url.pathname.slice(TWIRP.length), parsed, res);
  }
  if (url.pathname.startsWith(BLOB)) return blob(state, req, res, url, body);
  const zip = /^\/_emulator\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
  if (zip) {
    const a = state.artifacts.get(Number(zip[1]))?.artifact;
    if (!a) return json(res, 404, { message: 'Not Found' });
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.data.length) });
    res.end(a.data);
    return true;
  }
  const zb = /^\/_emulator\/zipball\/([^/]+)\/([^/]+)\/([0-9a-f]{40})$/.exec(url.pathname);
  if (zb) {
    const data = zipball(state, zb[1]!, zb[2]!, zb[3]!);
    if (!data) return json(res, 404, { message: 'Not Found' });
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename=${zb[1]}-${zb[2]}-${zb[3]!.slice(0, 7)}.zip`,
    });
    res.end(data);
    return true;
  }
  const raw = /^\/_emulator\/raw\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (raw) {
    const repo = state.repo(raw[1]!, raw[2]!);
    const git = repo ? state.git(repo) : undefined;
    const sha = git?.resolveCommit(decodeURIComponent(raw[3]!));
    const entry = sha ? git?.lookup(sha, decodeURIComponent(raw[4]!)) : undefined;
    const obj = entry ? git?.get(entry.sha) : undefined;
    if (obj?.type !== 'blob') return json(res, 404, { message: 'Not Found' });
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(obj.data);
    return true;
  }
  return false;
}
