export const id = 8;
export const ids = [8];
export const modules = {

/***/ 90008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditArchive: () => (/* binding */ runAuditArchive)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./shared/artifacts/upload.ts
var upload = __webpack_require__(70737);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary_summary = __webpack_require__(33746);
// EXTERNAL MODULE: ./shared/github/permissions.ts
var permissions = __webpack_require__(87428);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/artifact-name.ts

/** The actions of this collection: each uploads `audit-<action>-<run_id>-<run_attempt>`. */
const COLLECTION_ACTIONS = Object.keys(permissions/* ACTION_PERMISSIONS */.Y).sort((a, b) => b.length - a.length);
/** `s` matched literally inside a regular expression. */
const regexLiteral = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = new RegExp(`^audit-(${COLLECTION_ACTIONS.map(regexLiteral).join('|')})-(\\d+)-(\\d+)(?:-([A-Za-z0-9_.-]+))?$`);
/**
 * Action, run id, attempt and rename suffix of an audit artifact name: `audit-release-700-1`, and the
 * renamed `audit-release-700-1-<job>`, `audit-release-700-1-<job>-2` of a second step or matrix job.
 * Undefined for any other artifact (metrics, checkpoints, this action's own archive artifacts).
 */
function parseAuditArtifactName(name) {
    const m = NAME.exec(name);
    if (!m)
        return undefined;
    const out = { action: m[1], runId: Number(m[2]), runAttempt: Number(m[3]) };
    if (m[4])
        out.suffix = m[4];
    return out;
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/collect.ts

/** The repositories in scope: the organization's (all of them, archived included: their runs still count), the list, or the calling one. */
async function repositoriesInScope(github, scope) {
    if (scope.organization) {
        const repos = await github.paginate(github.rest.repos.listForOrg, {
            org: scope.organization,
            type: 'all',
            per_page: 100,
        });
        return repos.map((r) => ({ owner: r.owner.login, repo: r.name }));
    }
    if (scope.repositories && scope.repositories.length > 0)
        return [...scope.repositories];
    return scope.repository ? [scope.repository] : [];
}
/**
 * The audit artifacts created in [since, until) in each repository, every page of
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository (newest first), stopping
 * at the first page that reaches before the window. Cheaper than listing each run's artifacts (one
 * request per run), and it finds the same artifacts. Artifacts of `excludeRun` (this archive run, every
 * attempt) are left out: they are archived by the next run, so a re-run never counts its own log.
 */
async function listAuditArtifacts(github, repos, window, logger, excludeRun) {
    const out = [];
    for (const r of repos) {
        const repository = `${r.owner}/${r.repo}`;
        let found = 0;
        const pages = github.paginate.iterator(github.rest.actions.listArtifactsForRepo, {
            owner: r.owner,
            repo: r.repo,
            per_page: 100,
        });
        listing: for await (const page of pages) {
            for (const a of page.data) {
                const created = a.created_at ? Date.parse(a.created_at) : Number.NaN;
                if (created < window.since.getTime())
                    break listing;
                if (created >= window.until.getTime())
                    continue;
                const parsed = parseAuditArtifactName(a.name);
                if (!parsed)
                    continue;
                const runId = a.workflow_run?.id ?? parsed.runId;
                if (excludeRun && excludeRun.repository === repository && excludeRun.runId === runId)
                    continue;
                found++;
                out.push({
                    repository,
                    owner: r.owner,
                    repo: r.repo,
                    id: a.id,
                    name: a.name,
                    action: parsed.action,
                    runId,
                    nameRunId: parsed.runId,
                    runAttempt: parsed.runAttempt,
                    ...(parsed.suffix ? { suffix: parsed.suffix } : {}),
                    createdAt: a.created_at ?? '',
                    sizeInBytes: a.size_in_bytes,
                    expired: a.expired,
                    ...(a.digest ? { digest: a.digest } : {}),
                });
            }
        }
        logger.debug(`${repository}: ${found} audit artifacts in the window`);
    }
    return out.sort((a, b) => a.repository.localeCompare(b.repository) || a.runId - b.runId || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/download.ts



/** Largest artifact downloaded (audit logs rotate at 10 MiB a segment; anything far bigger is not one). */
const MAX_ARTIFACT_BYTES = 200 * 1024 * 1024;
/** True for a zip entry name that stays inside the folder it would be extracted to. */
function safeEntryName(name) {
    return (name !== '' &&
        !name.startsWith('/') &&
        !name.includes('\\') &&
        !name.split('/').some((p) => p === '..' || p === '.'));
}
/** Segment order: `audit.1.jsonl`, `audit.2.jsonl`, …, then the current `audit.jsonl` (shared/audit/audit-file.ts). */
function segmentRank(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    const m = /^audit\.(\d+)\.jsonl$/.exec(base);
    return m ? Number(m[1]) : base === 'audit.jsonl' ? Number.MAX_SAFE_INTEGER : -1;
}
/**
 * Reads the audit segments of an artifact zip in memory, grouped into logs by folder. A zip is
 * untrusted input: an entry name that would escape its folder, or a `.jsonl` that is not an audit
 * segment, makes the whole artifact unreadable rather than silently skipped.
 */
function readAuditZip(zip) {
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(zip, { filter: (f) => f.name.endsWith('.jsonl') });
    }
    catch (error) {
        return { ok: false, reason: `not a readable zip archive: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    const folders = new Map();
    for (const [name, data] of Object.entries(entries)) {
        if (!safeEntryName(name))
            return { ok: false, reason: `unsafe path in archive: ${JSON.stringify(name)}` };
        if (segmentRank(name) < 0)
            return { ok: false, reason: `unexpected file in archive: ${JSON.stringify(name)}` };
        const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';
        const list = folders.get(folder) ?? [];
        list.push({ name, text: (0,esm/* strFromU8 */.he)(data) });
        folders.set(folder, list);
    }
    const logs = [...folders.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([folder, segments]) => ({
        folder,
        segments: segments.sort((a, b) => segmentRank(a.name) - segmentRank(b.name)),
    }));
    return { ok: true, logs };
}
/**
 * Downloads an artifact's zip through the REST API (GitHub answers with a redirect to blob storage) and
 * compares its SHA-256 with the `digest` GitHub recorded when the artifact was uploaded: an artifact
 * edited after upload, even with a consistently re-hashed chain inside, no longer matches.
 */
async function downloadAuditArtifact(github, a) {
    if (a.expired)
        return { ok: false, reason: 'artifact expired before it was archived' };
    if (a.sizeInBytes > MAX_ARTIFACT_BYTES)
        return { ok: false, reason: `artifact is ${a.sizeInBytes} bytes, over the ${MAX_ARTIFACT_BYTES} limit` };
    let data;
    try {
        ({ data } = await github.rest.actions.downloadArtifact({
            owner: a.owner,
            repo: a.repo,
            artifact_id: a.id,
            archive_format: 'zip',
        }));
    }
    catch (error) {
        return { ok: false, reason: `download failed: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (!(data instanceof ArrayBuffer))
        return { ok: false, reason: 'download did not return a zip archive' };
    const zip = new Uint8Array(data);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex');
    const digest = !a.digest ? 'absent' : a.digest.toLowerCase() === `sha256:${sha256}` ? 'match' : 'mismatch';
    return { ok: true, zip, sha256, digest };
}

// EXTERNAL MODULE: ./shared/audit/audit-file.ts + 1 modules
var audit_file = __webpack_require__(7171);
// EXTERNAL MODULE: ./shared/audit/verify-chain.ts
var verify_chain = __webpack_require__(87045);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/verify-log.ts


/** The record every run writes last (shared/action/execute.ts): without it the log was cut short. */
const CLOSING_RECORD = 'run.finished';
/** Statuses that mean something went wrong in the audited run. */
const FAILURE_STATUSES = new Set(['failure', 'failed', 'rolled-back', 'rollback-failed', 'compensation-failed']);
/**
 * Verifies one log: its segments parse as records, they form one hash chain from genesis (nothing
 * missing, reordered or edited), the chain ends with the closing record (a truncated log fails), and
 * every record's run id and attempt, and the log's folder, name the artifact's run. Returns each
 * problem found (at most one per kind, at the first affected record) and the records that could be read.
 */
function verifyLogRecords(log, expected) {
    const problems = [];
    const add = (kind, what, record) => problems.push({ log: expected.log, kind, what, ...(record === undefined ? {} : { record }) });
    const records = [];
    for (const s of log.segments) {
        try {
            records.push(...(0,audit_file/* parseAuditText */.YB)(s.text, s.name));
        }
        catch (error) {
            if (!(error instanceof audit_file/* AuditFormatError */.Jr))
                throw error;
            add('malformed', error.message, records.length + error.recordsBefore);
            return { problems, records };
        }
        // A torn last line (no newline, not JSON) is skipped by the parser: in an uploaded log it is a cut.
        if (s.text.length > 0 && !s.text.endsWith('\n'))
            add('truncated', `${s.name} ends in the middle of a line`, records.length);
    }
    const chain = (0,verify_chain/* verifyAuditChain */.O)(records);
    if (!chain.ok)
        add('broken-chain', chain.reason, chain.index);
    const last = records.at(-1);
    if (!last)
        add('truncated', 'the log holds no record');
    else if (last.name !== CLOSING_RECORD || last.type !== 'event')
        add('truncated', `the chain stops at record ${last.seq} (${last.name}) before its closing ${CLOSING_RECORD} record`, records.length);
    const folder = `${expected.runId}-${expected.runAttempt}`;
    if (log.folder !== folder)
        add('wrong-run', `the log's folder is ${JSON.stringify(log.folder)}, expected ${folder}`);
    const wrongId = records.findIndex((r) => r.runId !== undefined && r.runId !== String(expected.runId));
    if (wrongId >= 0)
        add('wrong-run', `record says run ${records[wrongId].runId}, the artifact belongs to run ${expected.runId}`, wrongId);
    const wrongAttempt = records.findIndex((r) => attemptOf(r) !== undefined && attemptOf(r) !== expected.runAttempt);
    if (wrongAttempt >= 0)
        add('wrong-run', `record says attempt ${attemptOf(records[wrongAttempt])}, the artifact is attempt ${expected.runAttempt}`, wrongAttempt);
    return { problems, records };
}
/** The attempt a record names: its own field, or (older logs) the `runAttempt` of `run.started`. */
function attemptOf(r) {
    if (r.runAttempt !== undefined)
        return r.runAttempt;
    const fromData = r.name === 'run.started' ? r.data?.runAttempt : undefined;
    return typeof fromData === 'number' ? fromData : undefined;
}
/** Counts records, failures, transactions, security events, actors and touched repositories of a log. */
function summarizeRecords(records, repository) {
    const touched = new Set();
    for (const r of records) {
        if (r.data?.dryRun === true)
            continue;
        const repo = r.data?.repository;
        if (typeof repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(repo) && r.status !== 'failure')
            touched.add(repo);
        // Writes recorded without a repository field happen in the run's own repository.
        if (WRITES_IN_OWN_REPOSITORY.has(r.name) && r.status === 'success')
            touched.add(repository);
    }
    return {
        records: records.length,
        failures: records.filter((r) => FAILURE_STATUSES.has(r.status)).length,
        transactions: records
            .filter((r) => r.type === 'transaction' && r.status !== 'started')
            .map((r) => ({ name: r.name, status: r.status })),
        securityEvents: records
            .filter((r) => r.type === 'security')
            .map((r) => ({ name: r.name, severity: r.severity ?? 'medium', status: r.status, time: r.time })),
        actors: [...new Set(records.flatMap((r) => (r.actor ? [r.actor] : [])))].sort(),
        touched: [...touched].sort(),
        ...(records[0] ? { first: records[0].time } : {}),
        ...(records.at(-1) ? { last: records.at(-1).time } : {}),
    };
}
/** Records of writes an action makes to the repository it runs in (release publish, SARIF upload). */
const WRITES_IN_OWN_REPOSITORY = new Set(['release.publish', 'release.rollback', 'code-scanning.upload']);

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/gather.ts


/** Names a log in reports: `owner/repo audit-release-700-1/700-1`. */
const logName = (a, folder) => `${a.repository} ${a.name}${folder ? `/${folder}` : ''}`;
/** Verifies an artifact zip already in hand (downloaded, or read back from an archive). */
function verifyArtifactZip(a, zip, digest, sha256) {
    const problems = [];
    const name = logName(a);
    if (digest === 'mismatch')
        problems.push({
            log: name,
            kind: 'digest-mismatch',
            what: `the artifact's SHA-256 ${sha256} is not GitHub's recorded digest ${a.digest} (edited after upload)`,
        });
    if (a.nameRunId !== a.runId)
        problems.push({
            log: name,
            kind: 'wrong-run',
            what: `the name says run ${a.nameRunId}, GitHub filed the artifact under run ${a.runId}`,
        });
    const contents = readAuditZip(zip);
    if (!contents.ok) {
        problems.push({ log: name, kind: 'unreadable', what: contents.reason });
        return { artifact: a, zip, sha256, digest, logs: [], problems };
    }
    if (contents.logs.length === 0)
        problems.push({ log: name, kind: 'unreadable', what: 'no audit log (.jsonl) inside' });
    const logs = contents.logs.map((l) => {
        const log = logName(a, l.folder);
        const { problems: p, records } = verifyLogRecords(l, { log, runId: a.runId, runAttempt: a.runAttempt });
        return {
            log,
            repository: a.repository,
            artifact: a.name,
            action: a.action,
            runId: a.runId,
            runAttempt: a.runAttempt,
            folder: l.folder,
            contents: summarizeRecords(records, a.repository),
            problems: p,
            records,
        };
    });
    return { artifact: a, zip, sha256, digest, logs, problems };
}
/** Downloads and verifies every artifact, one at a time (artifact downloads are large; the client paces requests). */
async function gatherArtifacts(github, artifacts, logger) {
    const out = [];
    for (const a of artifacts) {
        const d = await downloadAuditArtifact(github, a);
        if (!d.ok) {
            logger.warning(`${logName(a)}: ${d.reason}`);
            const kind = a.expired ? 'missing' : 'unreadable';
            out.push({ artifact: a, digest: 'unread', logs: [], problems: [{ log: logName(a), kind, what: d.reason }] });
            continue;
        }
        out.push(verifyArtifactZip(a, d.zip, d.digest, d.sha256));
    }
    return out;
}
/** Every problem of the gathered artifacts, artifact-level first. */
function problemsOf(gathered) {
    return gathered.flatMap((g) => [...g.problems, ...g.logs.flatMap((l) => l.problems)]);
}

// EXTERNAL MODULE: ./actions/audit-archive/src/engine/iso-week.ts
var iso_week = __webpack_require__(71831);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/missing.ts

/** GitHub answers at most 1,000 runs to a filtered list (docs: "returns a maximum of 1,000 workflow runs"). */
const FILTERED_RUNS_CAP = 1000;
/**
 * The completed runs created in [since, until): every page of
 * https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository filtered with
 * `created=<from>..<to>`; a range holding more runs than GitHub answers for a filter is halved until
 * each half fits, so no run is dropped silently.
 */
async function listCompletedRuns(github, r, since, until) {
    const range = `${iso(since)}..${iso(new Date(until.getTime() - 1000))}`;
    const first = await github.rest.actions.listWorkflowRunsForRepo({
        owner: r.owner,
        repo: r.repo,
        status: 'completed',
        created: range,
        per_page: 100,
    });
    if (first.data.total_count > FILTERED_RUNS_CAP && until.getTime() - since.getTime() > 2000) {
        const mid = new Date(Math.floor((since.getTime() + until.getTime()) / 2000) * 1000);
        return [...(await listCompletedRuns(github, r, since, mid)), ...(await listCompletedRuns(github, r, mid, until))];
    }
    const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
        owner: r.owner,
        repo: r.repo,
        status: 'completed',
        created: range,
        per_page: 100,
    });
    return runs
        .filter((run) => run.status === 'completed')
        .map((run) => ({
        repository: `${r.owner}/${r.repo}`,
        runId: run.id,
        attempt: run.run_attempt ?? 1,
        workflowPath: run.path,
        headSha: run.head_sha,
        conclusion: run.conclusion,
        url: run.html_url,
        createdAt: run.created_at,
    }));
}
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** `uses: <owner>/<repo>/actions/<name>@ref` or `uses: ./actions/<name>`: a step running one of our actions. */
const USES_OURS = new RegExp(`^\\s*-?\\s*uses:\\s*['"]?(?:[\\w.-]+/[\\w.-]+|\\.)/actions/(?:${COLLECTION_ACTIONS.map(regexLiteral).join('|')})(?:@|['"]?\\s*(?:#|$))`, 'm');
/** True when a workflow file's text runs one of the collection's actions. */
function workflowUsesCollection(yaml) {
    return USES_OURS.test(yaml);
}
/**
 * The missing logs among `runs`: an attempt without any audit artifact in a run that has some, and a
 * run without any audit artifact whose workflow file (at the run's commit, else on the default branch)
 * runs one of our actions. A workflow file that cannot be read is not guessed about: logged, skipped.
 */
async function findMissingLogs(github, runs, artifacts, logger) {
    const attemptsByRun = new Map();
    for (const a of artifacts) {
        const key = `${a.repository}#${a.runId}`;
        const set = attemptsByRun.get(key) ?? new Set();
        set.add(a.runAttempt);
        attemptsByRun.set(key, set);
    }
    const usesCache = new Map();
    const out = [];
    for (const run of runs) {
        const present = attemptsByRun.get(`${run.repository}#${run.runId}`);
        const base = { repository: run.repository, runId: run.runId, workflow: run.workflowPath, url: run.url };
        if (present) {
            const latest = Math.max(run.attempt, ...present);
            for (let n = 1; n <= latest; n++)
                if (!present.has(n))
                    out.push({
                        ...base,
                        attempt: n,
                        url: `${run.url}/attempts/${n}`,
                        reason: `attempt ${n} has no audit artifact`,
                    });
            continue;
        }
        const key = `${run.repository}:${run.workflowPath}@${run.headSha}`;
        let uses = usesCache.get(key);
        if (!uses) {
            uses = workflowUses(github, run, logger);
            usesCache.set(key, uses);
        }
        if (await uses)
            out.push({
                ...base,
                reason: `completed run of ${run.workflowPath}, which uses the collection's actions, has no audit artifact`,
            });
    }
    return out;
}
async function workflowUses(github, run, logger) {
    const [owner, repo] = run.repository.split('/');
    for (const ref of [run.headSha, undefined]) {
        try {
            const { data } = await github.rest.repos.getContent({
                owner,
                repo,
                path: run.workflowPath,
                ...(ref ? { ref } : {}),
            });
            if (!Array.isArray(data) && data.type === 'file' && 'content' in data)
                return workflowUsesCollection(Buffer.from(data.content, 'base64').toString('utf8'));
        }
        catch (error) {
            if (error.status !== 404 && error.status !== 422)
                throw error;
        }
    }
    logger.debug(`${run.repository}: cannot read ${run.workflowPath} of run ${run.runId}; not counted as missing`);
    return undefined;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/part.ts


/** Format tag of every manifest; a verifier refuses formats it does not know. */
const MANIFEST_FORMAT = 'moko-audit-archive/1';
/** Folder of a part inside an archive: the week, and addenda below it. */
const partDir = (week, part) => (part === 'main' ? week : `${week}/${part}`);
/** File name of a part outside a folder (release asset, artifact): `audit-2026-W48`, `audit-2026-W48-addendum-1`. */
const partName = (week, part) => `audit-${week}${part === 'main' ? '' : `-${part}`}`;
/** Where an artifact's zip lives inside a part. */
const logPath = (a) => `logs/${a.repository}/${a.name}.zip`;
const sha256Hex = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/**
 * The merged records of a part as gzip'd JSON Lines: one `{repository, log, record}` per audit record,
 * de-duplicated by record id (`uuid`), sorted by time, then log and seq. Built only from the artifact
 * zips, so a verifier can rebuild it and compare bytes (gzip without a file name or time is deterministic).
 */
function mergeRecords(logs) {
    const seen = new Set();
    const rows = [];
    for (const l of logs)
        for (const record of l.records) {
            if (seen.has(record.uuid))
                continue;
            seen.add(record.uuid);
            rows.push({ repository: l.repository, log: l.log, record });
        }
    rows.sort((a, b) => a.record.time.localeCompare(b.record.time) || a.log.localeCompare(b.log) || a.record.seq - b.record.seq);
    const text = rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    return { gz: new Uint8Array((0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'), { level: 9 })), count: rows.length };
}
/** Builds a part: the artifact zips as they were downloaded, merged records, reports and the manifest. */
function buildPart(artifacts, ctx) {
    const files = new Map();
    const logs = [];
    const runs = new Map();
    for (const g of artifacts) {
        if (!g.zip)
            continue; // nothing to keep: the report names it
        const a = g.artifact;
        const path = logPath(a);
        files.set(path, g.zip);
        const problems = [...g.problems, ...g.logs.flatMap((l) => l.problems)].map((p) => `${p.kind}: ${p.what}`);
        logs.push({
            path,
            sha256: sha256Hex(g.zip),
            bytes: g.zip.length,
            repository: a.repository,
            artifactId: a.id,
            name: a.name,
            action: a.action,
            runId: a.runId,
            runAttempt: a.runAttempt,
            createdAt: a.createdAt,
            digest: a.digest ?? null,
            logs: g.logs.map((l) => ({ folder: l.folder, records: l.contents.records })),
            verification: problems.length === 0 ? 'intact' : 'problem',
            problems,
        });
        const key = `${a.repository}#${a.runId}`;
        const run = runs.get(key) ?? { repository: a.repository, runId: a.runId, attempts: new Set() };
        run.attempts.add(a.runAttempt);
        runs.set(key, run);
    }
    const merged = mergeRecords(artifacts.flatMap((g) => g.logs));
    const outputs = [
        ['records.jsonl.gz', merged.gz],
        ['report.json', Buffer.from(ctx.report.json, 'utf8')],
        ['report.csv', Buffer.from(ctx.report.csv, 'utf8')],
    ];
    for (const [p, data] of outputs)
        files.set(p, data);
    const problems = artifacts.flatMap((g) => [...g.problems, ...g.logs.flatMap((l) => l.problems)]);
    const manifest = {
        format: MANIFEST_FORMAT,
        week: ctx.week,
        part: ctx.part,
        createdAt: ctx.createdAt.toISOString(),
        createdBy: ctx.createdBy,
        window: { since: ctx.window.since.toISOString(), until: ctx.window.until.toISOString() },
        runs: [...runs.values()].map((r) => ({ ...r, attempts: [...r.attempts].sort((x, y) => x - y) })),
        logs,
        outputs: outputs.map(([path, data]) => ({ path, sha256: sha256Hex(data), bytes: data.length })),
        records: merged.count,
        verification: { ok: problems.length === 0, problems },
    };
    files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    return { week: ctx.week, part: ctx.part, dir: partDir(ctx.week, ctx.part), files, manifest };
}

// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/report.ts


/** Builds the compliance report from the verified artifacts and the missing logs. */
function buildReport(input) {
    const integrity = [];
    const actions = new Map();
    const transactions = new Map();
    const actors = new Map();
    const touched = new Set();
    const failures = [];
    const events = [];
    for (const g of input.gathered) {
        const a = g.artifact;
        const act = actions.get(a.action) ?? {
            action: a.action,
            runs: 0,
            logs: 0,
            records: 0,
            failures: 0,
            securityEvents: 0,
            problems: 0,
            runSet: new Set(),
        };
        actions.set(a.action, act);
        act.runSet.add(`${a.repository}#${a.runId}`);
        const artifactProblems = g.problems.map((p) => `${p.kind}: ${p.what}`);
        if (g.logs.length === 0)
            integrity.push({
                log: `${a.repository} ${a.name}`,
                repository: a.repository,
                action: a.action,
                runId: a.runId,
                runAttempt: a.runAttempt,
                records: 0,
                failures: 0,
                securityEvents: 0,
                digest: g.digest,
                status: 'problem',
                problems: artifactProblems,
            });
        if (g.problems.length > 0)
            act.problems++;
        for (const l of g.logs) {
            const c = l.contents;
            const problems = [
                ...artifactProblems,
                ...l.problems.map((p) => `${p.kind}${p.record === undefined ? '' : ` at record ${p.record}`}: ${p.what}`),
            ];
            integrity.push({
                log: l.log,
                repository: l.repository,
                action: l.action,
                runId: l.runId,
                runAttempt: l.runAttempt,
                records: c.records,
                failures: c.failures,
                securityEvents: c.securityEvents.length,
                digest: g.digest,
                status: problems.length === 0 ? 'intact' : 'problem',
                problems,
            });
            act.logs++;
            act.records += c.records;
            act.failures += c.failures;
            act.securityEvents += c.securityEvents.length;
            if (l.problems.length > 0 && g.problems.length === 0)
                act.problems++;
            for (const t of c.transactions)
                bump(transactions, `${l.action}\u0000${t.status}`);
            for (const r of l.records)
                if (r.actor)
                    bump(actors, r.actor);
            for (const t of c.touched)
                touched.add(t);
            if (c.failures > 0)
                failures.push({ log: l.log, action: l.action, count: c.failures });
            for (const e of c.securityEvents)
                events.push({ log: l.log, ...e });
        }
    }
    const bySeverity = Object.fromEntries(finding/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const e of events)
        bySeverity[e.severity]++;
    const runs = new Set(input.gathered.map((g) => `${g.artifact.repository}#${g.artifact.runId}`));
    const logs = sumOf(input.gathered, (g) => g.logs.length);
    return {
        generatedAt: input.generatedAt.toISOString(),
        window: { since: input.window.since.toISOString(), until: input.window.until.toISOString() },
        repositories: [...input.repositories],
        totals: {
            runs: runs.size,
            artifacts: input.gathered.length,
            logs,
            intact: integrity.filter((i) => i.status === 'intact').length,
            problems: integrity.filter((i) => i.status === 'problem').length,
            missing: input.missing.length,
            records: sumOf(integrity, (i) => i.records),
            failures: sumOf(integrity, (i) => i.failures),
            securityEvents: events.length,
        },
        actions: [...actions.values()]
            .sort((x, y) => x.action.localeCompare(y.action))
            .map(({ runSet, ...rest }) => ({ ...rest, runs: runSet.size })),
        transactions: [...transactions.entries()]
            .map(([k, count]) => {
            const [action, status] = k.split('\u0000');
            return { action, status, count };
        })
            .sort((x, y) => x.action.localeCompare(y.action) || x.status.localeCompare(y.status)),
        failures,
        securityEvents: { bySeverity, events },
        actors: [...actors.entries()]
            .map(([actor, records]) => ({ actor, records }))
            .sort((x, y) => x.actor.localeCompare(y.actor)),
        repositoriesTouched: [...touched].sort(),
        integrity,
        missing: [...input.missing],
        problemList: [
            ...problemsOf(input.gathered),
            ...input.missing.map((m) => ({
                log: `${m.repository} run ${m.runId}${m.attempt ? ` attempt ${m.attempt}` : ''}`,
                kind: 'missing',
                what: `${m.reason} (${m.url})`,
            })),
        ],
    };
}
function bump(m, k) {
    m.set(k, (m.get(k) ?? 0) + 1);
}
function sumOf(items, f) {
    return items.reduce((n, t) => n + f(t), 0);
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/report-csv.ts
const CSV_COLUMNS = [
    'log',
    'repository',
    'action',
    'run_id',
    'run_attempt',
    'records',
    'failures',
    'security_events',
    'digest',
    'integrity',
    'problems',
];
/** The report as CSV (RFC 4180): one row per log, then one per missing log (integrity `missing`). */
function reportCsv(report) {
    const rows = [[...CSV_COLUMNS]];
    for (const i of report.integrity)
        rows.push([
            i.log,
            i.repository,
            i.action,
            i.runId,
            i.runAttempt,
            i.records,
            i.failures,
            i.securityEvents,
            i.digest,
            i.status,
            i.problems.join('; '),
        ]);
    for (const m of report.missing)
        rows.push([
            `${m.repository} run ${m.runId}`,
            m.repository,
            '',
            m.runId,
            m.attempt ?? '',
            0,
            0,
            0,
            'unread',
            'missing',
            `${m.reason} (${m.url})`,
        ]);
    return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
function csvCell(v) {
    const s = String(v);
    // A leading = + - @ would run as a formula in a spreadsheet: prefixed with ' (OWASP CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// EXTERNAL MODULE: ./actions/audit-archive/src/engine/stores/store.ts
var store = __webpack_require__(38255);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/archive-run.ts








/**
 * The weekly archive: collect every audit artifact of the window (and the runs that should have one),
 * verify each, then per ISO week of the artifacts write what the index does not hold yet: the week's
 * main part when the week is new, else an addendum, to every store (the index store last, so a run
 * killed half way is completed, not duplicated, by the next one).
 */
async function runArchive(o) {
    const { github, logger } = o;
    const repositories = await repositoriesInScope(github, o.scope);
    const artifacts = await listAuditArtifacts(github, repositories, o.window, logger, o.self);
    logger.info(`${artifacts.length} audit artifacts in ${repositories.length} repositories since ${o.window.since.toISOString()}.`);
    const runs = [];
    for (const r of repositories)
        runs.push(...(await listCompletedRuns(github, r, o.window.since, o.window.until)).filter((run) => !(run.repository === o.self.repository && run.runId === o.self.runId)));
    const missing = await findMissingLogs(github, runs, artifacts, logger);
    const gathered = await gatherArtifacts(github, artifacts, logger);
    const report = buildReport({
        generatedAt: o.now,
        window: o.window,
        repositories: repositories.map((r) => `${r.owner}/${r.repo}`),
        gathered,
        missing,
    });
    const byWeek = new Map();
    for (const g of gathered) {
        const week = (0,iso_week/* isoWeek */.e)(Date.parse(g.artifact.createdAt)).id;
        byWeek.set(week, [...(byWeek.get(week) ?? []), g]);
    }
    const weekIds = [...byWeek.keys()].sort();
    const index = o.index ? await o.index.index(weekIds) : [];
    const weeks = [];
    const parts = [];
    for (const week of weekIds) {
        const stored = index.filter((p) => p.week === week);
        const held = new Set(stored.flatMap((p) => p.artifacts));
        const all = byWeek.get(week);
        const fresh = all.filter((g) => g.zip && !held.has((0,store/* artifactKey */.Wf)({ repository: g.artifact.repository, artifactId: g.artifact.id })));
        weeks.push({
            week,
            logs: all.length,
            alreadyArchived: all.length - fresh.length,
            parts: stored.map((p) => p.part).sort(),
        });
        if (fresh.length === 0)
            continue;
        const addenda = stored.map((p) => /^addendum-(\d+)$/.exec(p.part)).map((m) => (m ? Number(m[1]) : 0));
        const part = stored.length === 0 ? 'main' : `addendum-${Math.max(0, ...addenda) + 1}`;
        const w = (0,iso_week/* isoWeek */.e)(Date.parse(fresh[0].artifact.createdAt));
        const weekMissing = missing.filter((m) => (0,iso_week/* isoWeek */.e)(Date.parse(runCreated(m, runs))).id === week);
        const partReport = buildReport({
            generatedAt: o.now,
            window: { since: w.start, until: w.end },
            repositories: [...new Set(fresh.map((g) => g.artifact.repository))],
            gathered: fresh,
            missing: weekMissing,
        });
        const built = buildPart(fresh, {
            week,
            part,
            createdAt: o.now,
            createdBy: o.self,
            window: o.window,
            report: { json: `${JSON.stringify(partReport, null, 2)}\n`, csv: reportCsv(partReport) },
        });
        parts.push({
            week,
            part,
            dir: built.dir,
            logs: built.manifest.logs.length,
            records: built.manifest.records,
            stores: [],
            built,
        });
    }
    const ordered = o.index ? [...o.stores.filter((s) => s !== o.index), o.index] : [...o.stores];
    for (const p of parts)
        for (const store of ordered) {
            const result = o.dryRun ? 'dry-run' : await store.put(p.built);
            if (result === 'written' || result === 'present')
                logger.info(`${p.dir}: ${result === 'written' ? 'written to' : 'already in'} ${store.location}`);
            p.stores.push({ kind: store.kind, location: store.location, result });
        }
    return { repositories, report, weeks, parts, unchanged: parts.length === 0 };
}
function runCreated(m, runs) {
    return runs.find((r) => r.repository === m.repository && r.runId === m.runId)?.createdAt ?? new Date(0).toISOString();
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/stores/artifact-store.ts




/**
 * Each part as a workflow artifact `audit-archive-<week>[-addendum-<n>]` of the archiving run, kept
 * `retentionDays` (GitHub allows up to 400 where the repository or organization setting permits;
 * less is capped silently by GitHub). Known by name across the repository's runs, so a part is
 * uploaded once.
 */
class ArtifactStore {
    github;
    owner;
    repo;
    retentionDays;
    upload;
    stagingDir;
    logger;
    kind = 'artifact';
    location;
    constructor(github, owner, repo, retentionDays, upload, stagingDir, logger) {
        this.github = github;
        this.owner = owner;
        this.repo = repo;
        this.retentionDays = retentionDays;
        this.upload = upload;
        this.stagingDir = stagingDir;
        this.logger = logger;
        this.location = `${owner}/${repo} artifacts audit-archive-<week> (${retentionDays} days)`;
    }
    static nameOf(week, part) {
        return `audit-archive-${partName(week, part).slice('audit-'.length)}`;
    }
    /** The artifact of one name (exact-name listing, https://docs.github.com/rest/actions/artifacts). */
    async named(name) {
        const all = await this.github.paginate(this.github.rest.actions.listArtifactsForRepo, {
            owner: this.owner,
            repo: this.repo,
            name,
            per_page: 100,
        });
        return all.find((a) => !a.expired && a.name === name);
    }
    /** The parts of a week: the main one, then addenda 1, 2, … up to the first one absent. */
    async find(prefix) {
        const out = [];
        for (let n = 0;; n++) {
            const a = await this.named(n === 0 ? prefix : `${prefix}-addendum-${n}`);
            if (!a)
                return out;
            out.push(a);
        }
    }
    async download(id) {
        const { data } = await this.github.rest.actions.downloadArtifact({
            owner: this.owner,
            repo: this.repo,
            artifact_id: id,
            archive_format: 'zip',
        });
        return new Uint8Array(data);
    }
    async index(weeks) {
        const out = [];
        for (const week of weeks)
            for (const a of await this.find(`audit-archive-${week}`)) {
                const m = (0,store/* manifestInZip */.uV)(await this.download(a.id));
                if (m)
                    out.push((0,store/* storedPart */.v4)(m));
            }
        return out;
    }
    async put(part) {
        const name = ArtifactStore.nameOf(part.week, part.part);
        if (await this.named(name))
            return 'present';
        const root = (0,external_node_path_.join)(this.stagingDir, name);
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
        const files = [];
        for (const [path, data] of part.files) {
            const file = (0,external_node_path_.join)(root, part.dir, path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, data);
            files.push(file);
        }
        const result = await this.upload(name, files.sort(), root, this.retentionDays);
        if (result.uploaded)
            return 'written';
        this.logger.warning(`Archive artifact ${name} not uploaded: ${result.reason ?? 'unknown reason'}.`);
        return 'skipped';
    }
    async read(week) {
        const found = await this.find(`audit-archive-${week}`);
        if (found.length === 0)
            return undefined;
        const out = new Map();
        for (const a of found)
            for (const [path, data] of (0,store/* unzipFiles */.wf)(await this.download(a.id)))
                if (path.startsWith(`${week}/`))
                    out.set(path.slice(week.length + 1), data);
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/stores/branch-store.ts

const branch_store_status = (e) => e.status;
/**
 * An append-only archive branch written through the Git database API (blobs, tree, commit, ref): one
 * folder per ISO week, a late log in `<week>/addendum-<n>/`. A week folder that exists is never
 * touched again, and the ref moves only by fast-forward (`force: false`), so the branch only grows. A
 * run killed before the ref update leaves unreferenced blobs and nothing else: the commit is atomic.
 */
class BranchStore {
    github;
    owner;
    repo;
    branch;
    logger;
    kind = 'branch';
    location;
    constructor(github, owner, repo, branch, logger) {
        this.github = github;
        this.owner = owner;
        this.repo = repo;
        this.branch = branch;
        this.logger = logger;
        this.location = `${owner}/${repo}@${branch}`;
    }
    /** The commit the branch points at; undefined while the branch does not exist. */
    async head() {
        try {
            const { data } = await this.github.rest.git.getRef({
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${this.branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if (branch_store_status(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * The files of one week folder at `commit`, paths relative to the folder: the root tree is read
     * without recursion (one entry per week) and only the week's own tree recursively, so the listing
     * stays far below GitHub's recursive-tree limit however many years the branch holds.
     */
    async weekFiles(commit, week) {
        const { data: root } = await this.github.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: commit });
        const folder = root.tree.find((e) => e.path === week && e.type === 'tree');
        if (!folder?.sha)
            return [];
        const { data } = await this.github.rest.git.getTree({
            owner: this.owner,
            repo: this.repo,
            tree_sha: folder.sha,
            recursive: 'true',
        });
        if (data.truncated)
            throw new Error(`the ${week} folder of ${this.location} is too large for one tree listing`);
        return data.tree.flatMap((e) => e.path && e.sha && e.type === 'blob' ? [{ path: e.path, sha: e.sha, type: e.type }] : []);
    }
    async blob(sha) {
        const { data } = await this.github.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: sha });
        return new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
    }
    async index(weeks) {
        const head = await this.head();
        if (!head)
            return [];
        const out = [];
        for (const week of weeks)
            for (const e of await this.weekFiles(head, week)) {
                if (!/^(?:addendum-\d+\/)?manifest\.json$/.test(e.path))
                    continue;
                out.push((0,store/* storedPart */.v4)(JSON.parse(Buffer.from(await this.blob(e.sha)).toString('utf8'))));
            }
        return out;
    }
    async put(part) {
        for (let attempt = 1;; attempt++) {
            const head = await this.head();
            const inWeek = part.part === 'main' ? 'manifest.json' : `${part.part}/manifest.json`;
            if (head && (await this.weekFiles(head, part.week)).some((e) => e.path === inWeek))
                return 'present';
            const tree = [];
            for (const [path, data] of [...part.files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
                const { data: blob } = await this.github.rest.git.createBlob({
                    owner: this.owner,
                    repo: this.repo,
                    content: Buffer.from(data).toString('base64'),
                    encoding: 'base64',
                });
                tree.push({ path: `${part.dir}/${path}`, mode: '100644', type: 'blob', sha: blob.sha });
            }
            const base = head
                ? (await this.github.rest.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: head })).data.tree.sha
                : undefined;
            const { data: newTree } = await this.github.rest.git.createTree({
                owner: this.owner,
                repo: this.repo,
                tree,
                ...(base ? { base_tree: base } : {}),
            });
            const m = part.manifest;
            const { data: commit } = await this.github.rest.git.createCommit({
                owner: this.owner,
                repo: this.repo,
                message: `audit archive ${part.dir}: ${m.logs.length} logs, ${m.records} records, ${m.verification.ok ? 'verified' : `${m.verification.problems.length} integrity problems`}`,
                tree: newTree.sha,
                parents: head ? [head] : [],
            });
            try {
                if (head)
                    await this.github.rest.git.updateRef({
                        owner: this.owner,
                        repo: this.repo,
                        ref: `heads/${this.branch}`,
                        sha: commit.sha,
                        force: false,
                    });
                else
                    await this.github.rest.git.createRef({
                        owner: this.owner,
                        repo: this.repo,
                        ref: `refs/heads/${this.branch}`,
                        sha: commit.sha,
                    });
                return 'written';
            }
            catch (error) {
                // Another writer moved the branch (or created it) first: start over on its new head, once.
                if (attempt >= 2 || (branch_store_status(error) !== 422 && branch_store_status(error) !== 409))
                    throw error;
                this.logger.info(`${this.location} moved while writing ${part.dir}; retrying on the new head.`);
            }
        }
    }
    async read(week) {
        const head = await this.head();
        const files = head ? await this.weekFiles(head, week) : [];
        if (files.length === 0)
            return undefined;
        const out = new Map();
        for (const f of files)
            out.set(f.path, await this.blob(f.sha));
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/stores/release-store.ts


/**
 * A release per part, tag `<prefix>-2026-W48` (`<prefix>-2026-W48-addendum-1` for a late addendum),
 * never marked latest, holding the part as one zip asset. Made as a draft, the asset attached, then
 * published: that works with immutable releases (assets can only be added before publication) and a
 * published release is never touched again. A draft left by a killed run is completed by the next one.
 */
class ReleaseStore {
    github;
    owner;
    repo;
    prefix;
    target;
    logger;
    kind = 'release';
    location;
    constructor(github, owner, repo, prefix, target, logger) {
        this.github = github;
        this.owner = owner;
        this.repo = repo;
        this.prefix = prefix;
        this.target = target;
        this.logger = logger;
        this.location = `${owner}/${repo} releases ${prefix}-<week>`;
    }
    tagOf(week, part) {
        return `${this.prefix}-${partName(week, part).slice('audit-'.length)}`;
    }
    /** Every release of the repository (drafts included: GitHub's by-tag lookup does not see them), of this archive. */
    async releases() {
        const all = await this.github.paginate(this.github.rest.repos.listReleases, {
            owner: this.owner,
            repo: this.repo,
            per_page: 100,
        });
        return all.filter((r) => r.tag_name.startsWith(`${this.prefix}-`));
    }
    async assets(release) {
        return this.github.paginate(this.github.rest.repos.listReleaseAssets, {
            owner: this.owner,
            repo: this.repo,
            release_id: release.id,
            per_page: 100,
        });
    }
    async download(asset) {
        const { data } = await this.github.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.owner,
            repo: this.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
        });
        return new Uint8Array(data);
    }
    /** The published parts of `week`: release and its uploaded zip. */
    async parts(week, releases) {
        const out = [];
        const tag = new RegExp(`^${this.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${week}(-addendum-\\d+)?$`);
        for (const release of releases) {
            const m = tag.exec(release.tag_name);
            if (!m || release.draft)
                continue;
            const name = `audit-${week}${m[1] ?? ''}.zip`;
            const asset = (await this.assets(release)).find((a) => a.name === name && a.state === 'uploaded');
            if (asset)
                out.push({ release, asset });
        }
        return out;
    }
    async index(weeks) {
        const releases = await this.releases();
        const out = [];
        for (const week of weeks)
            for (const { asset } of await this.parts(week, releases)) {
                const manifest = (0,store/* manifestInZip */.uV)(await this.download(asset));
                if (manifest)
                    out.push((0,store/* storedPart */.v4)(manifest));
            }
        return out;
    }
    async put(part) {
        const tag = this.tagOf(part.week, part.part);
        let release = (await this.releases()).find((r) => r.tag_name === tag);
        if (release && !release.draft)
            return 'present';
        if (!release) {
            const target = await this.target();
            ({ data: release } = await this.github.rest.repos.createRelease({
                owner: this.owner,
                repo: this.repo,
                tag_name: tag,
                name: `Audit archive ${part.dir}`,
                body: `Audit logs of ISO week ${part.week}${part.part === 'main' ? '' : ` (${part.part}: logs that arrived after the week was archived)`}: ${part.manifest.logs.length} logs, ${part.manifest.records} records. Verify with audit-archive in verify mode, or as docs/audit.md shows.`,
                draft: true,
                make_latest: 'false',
                ...(target ? { target_commitish: target } : {}),
            }));
        }
        const name = `${partName(part.week, part.part)}.zip`;
        const existing = (await this.assets(release)).find((a) => a.name === name);
        // A draft's asset left half uploaded by a killed run is replaced; drafts are not yet the archive.
        if (existing && existing.state !== 'uploaded')
            await this.github.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: existing.id });
        if (existing?.state !== 'uploaded') {
            const zip = (0,store/* zipPart */.n5)(part);
            await this.github.request({
                method: 'POST',
                url: release.upload_url,
                name,
                data: Buffer.from(zip),
                headers: { 'content-type': 'application/zip', 'content-length': zip.length },
            });
        }
        await this.github.rest.repos.updateRelease({
            owner: this.owner,
            repo: this.repo,
            release_id: release.id,
            draft: false,
            make_latest: 'false',
        });
        this.logger.debug(`Published release ${tag}.`);
        return 'written';
    }
    async read(week) {
        const parts = await this.parts(week, await this.releases());
        if (parts.length === 0)
            return undefined;
        const out = new Map();
        for (const { asset } of parts)
            for (const [path, data] of (0,store/* unzipFiles */.wf)(await this.download(asset)))
                out.set(path.startsWith(`${week}/`) ? path.slice(week.length + 1) : `../${path}`, data);
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/stores/create-stores.ts




/**
 * The configured stores in the order given, and the one the index is read from: the first of branch,
 * release, artifact that is configured (a branch is read in a few requests and cannot expire).
 */
function createStores(o) {
    const { owner, repo } = o.home;
    const branch = new BranchStore(o.github, owner, repo, o.branch, o.logger);
    const make = (kind) => {
        switch (kind) {
            case 'branch':
                return branch;
            case 'release':
                // The release's tag points at the archive branch when there is one, else the default branch.
                return new ReleaseStore(o.github, owner, repo, o.releaseTag, async () => (o.kinds.includes('branch') && (await branch.head()) ? o.branch : undefined), o.logger);
            case 'artifact':
                return new ArtifactStore(o.github, owner, repo, o.retentionDays, o.upload, o.stagingDir, o.logger);
        }
    };
    const stores = o.kinds.map(make);
    const index = store/* STORE_KINDS */.i7.map((k) => stores.find((s) => s.kind === k)).find((s) => s !== undefined);
    return index ? { stores, index } : { stores };
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/verify-part.ts





/** Splits the files of an archive (paths relative to its root) into parts: each folder holding a manifest.json. */
function splitParts(files) {
    const dirs = [...files.keys()]
        .filter((p) => p === 'manifest.json' || p.endsWith('/manifest.json'))
        .map((p) => p.slice(0, -'manifest.json'.length).replace(/\/$/, ''))
        .sort((a, b) => b.length - a.length); // deepest first: an addendum is inside its week
    const parts = new Map(dirs.map((d) => [d, new Map()]));
    const orphans = [];
    for (const [path, data] of files) {
        const dir = dirs.find((d) => d === '' || path.startsWith(`${d}/`));
        if (dir === undefined)
            orphans.push(path);
        else
            parts.get(dir).set(dir === '' ? path : path.slice(dir.length + 1), data);
    }
    return { parts, orphans };
}
/**
 * Re-checks one stored part against its manifest and every chain: each listed file present with its
 * SHA-256, no file that the manifest does not list, each artifact's logs verified again (a log that
 * was intact when archived must still be), and the merged records rebuilt byte for byte.
 */
function verifyPart(dir, files) {
    const problems = [];
    const where = (p) => (dir ? `${dir}/${p}` : p);
    const add = (log, what, record) => problems.push({ log, kind: 'archive-file', what, ...(record === undefined ? {} : { record }) });
    const raw = files.get('manifest.json');
    let manifest;
    try {
        manifest = JSON.parse((0,esm/* strFromU8 */.he)(raw));
        if (manifest.format !== MANIFEST_FORMAT)
            throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
    }
    catch (error) {
        add(where('manifest.json'), `manifest unreadable: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return { dir, logs: 0, records: 0, problems };
    }
    const listed = new Set(['manifest.json']);
    for (const f of [...manifest.logs, ...manifest.outputs]) {
        listed.add(f.path);
        const data = files.get(f.path);
        if (!data)
            add(where(f.path), 'listed in the manifest but missing (removed)');
        else if (sha256Hex(data) !== f.sha256)
            add(where(f.path), `SHA-256 ${sha256Hex(data)} differs from the manifest's ${f.sha256} (edited)`);
    }
    for (const path of files.keys())
        if (!listed.has(path))
            add(where(path), 'not listed in the manifest (added)');
    const verified = [];
    for (const l of manifest.logs) {
        const data = files.get(l.path);
        const parsed = parseAuditArtifactName(l.name);
        if (!data || !parsed)
            continue;
        const g = verifyArtifactZip({
            repository: l.repository,
            owner: l.repository.split('/')[0],
            repo: l.repository.split('/')[1],
            id: l.artifactId,
            name: l.name,
            action: l.action,
            runId: l.runId,
            nameRunId: parsed.runId,
            runAttempt: l.runAttempt,
            createdAt: l.createdAt,
            sizeInBytes: data.length,
            expired: false,
            ...(l.digest ? { digest: l.digest } : {}),
        }, data, !l.digest ? 'absent' : l.digest === `sha256:${sha256Hex(data)}` ? 'match' : 'mismatch', sha256Hex(data));
        verified.push(g);
        const now = [...g.problems, ...g.logs.flatMap((x) => x.problems)];
        // A log archived with problems keeps them (the manifest says so); one archived intact must still be.
        if (l.verification === 'intact')
            problems.push(...now);
    }
    const records = verified.flatMap((g) => g.logs);
    const merged = mergeRecords(records);
    const recorded = manifest.outputs.find((o) => o.path === 'records.jsonl.gz');
    if (recorded && files.has('records.jsonl.gz') && sha256Hex(merged.gz) !== recorded.sha256)
        add(where('records.jsonl.gz'), 'the merged records do not match the archived logs');
    return { dir, week: manifest.week, part: manifest.part, logs: manifest.logs.length, records: merged.count, problems };
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/verify-run.ts





/** Every file under `dir`, by path relative to it with forward slashes. */
function readTree(dir) {
    const out = new Map();
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else
                out.set((0,external_node_path_.relative)(dir, p).split('\\').join('/'), new Uint8Array((0,external_node_fs_.readFileSync)(p)));
        }
    };
    walk(dir);
    return out;
}
/**
 * Re-checks an archive: reads the week from its store (branch folder with its addenda, the release's
 * zips, or the artifacts), or a local zip or folder, splits it into parts by their manifests and
 * verifies each (verifyPart). A file outside every part, or no part at all, is a problem too.
 */
async function verifyArchive(source, stores) {
    let files;
    let label;
    if ('path' in source) {
        if (!(0,external_node_fs_.existsSync)(source.path))
            throw new errors/* UserError */.yo(`archive to verify not found: ${source.path}`);
        files = (0,external_node_fs_.statSync)(source.path).isDirectory()
            ? readTree(source.path)
            : (0,store/* unzipFiles */.wf)(new Uint8Array((0,external_node_fs_.readFileSync)(source.path)));
        label = source.path;
    }
    else {
        const store = stores.find((s) => s.kind === source.store);
        if (!store)
            throw new errors/* UserError */.yo(`no ${source.store} store configured to verify ${source.week} in`);
        const read = await store.read(source.week);
        label = `${source.week} in ${store.location}`;
        if (!read)
            return {
                source: label,
                parts: [],
                problems: [{ log: label, kind: 'missing', what: 'the week is not in the archive' }],
            };
        files = read;
    }
    const { parts, orphans } = splitParts(files);
    const problems = orphans.map((p) => ({
        log: p,
        kind: 'archive-file',
        what: 'not inside any part with a manifest (added)',
    }));
    if (parts.size === 0)
        problems.push({ log: label, kind: 'archive-file', what: 'no manifest.json: not an audit archive' });
    const verdicts = [...parts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([dir, f]) => verifyPart(dir, f));
    return { source: label, parts: verdicts, problems: [...problems, ...verdicts.flatMap((v) => v.problems)] };
}

// EXTERNAL MODULE: ./actions/audit-archive/src/settings.ts + 1 modules
var settings = __webpack_require__(14538);
;// CONCATENATED MODULE: ./actions/audit-archive/src/summary.ts

/** The compliance report and what was archived where, as the job summary. */
function renderArchiveSummary(summary, result, dryRun) {
    const r = result.report;
    const t = r.totals;
    summary.heading('Audit archive: compliance report');
    summary.paragraph(`${r.repositories.length} repositor${r.repositories.length === 1 ? 'y' : 'ies'}, artifacts from ${r.window.since} to ${r.window.until}.`);
    summary.table(['runs', 'logs', 'intact', 'integrity problems', 'missing', 'records', 'failures', 'security events'], [[t.runs, t.logs, t.intact, t.problems, t.missing, t.records, t.failures, t.securityEvents]], ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
    summary.heading('Archive', 3);
    if (result.unchanged)
        summary.paragraph(`Nothing new: every log of the window is already archived (${result.weeks.map((w) => `${w.week}: ${w.alreadyArchived} logs in ${w.parts.join(', ') || 'no part'}`).join('; ') || 'no logs'}). Nothing was written.`);
    else
        summary.table(['part', 'logs', 'records', 'stores'], result.parts.map((p) => [
            p.dir,
            p.logs,
            p.records,
            p.stores
                .map((s) => `${s.location}: ${dryRun ? 'not written (dry run)' : s.result === 'written' ? 'written' : s.result === 'present' ? 'already there' : 'not written (see the log)'}`)
                .join('<br>'),
        ]), ['left', 'right', 'right', 'left']);
    if (r.problemList.length > 0) {
        summary.heading(`Integrity problems (${r.problemList.length})`, 3);
        summary.table(['log', 'record', 'problem', 'what'], r.problemList.map((p) => [p.log, p.record ?? '', p.kind, p.what]));
    }
    if (r.actions.length > 0) {
        summary.heading('Per action', 3);
        summary.table(['action', 'runs', 'logs', 'records', 'failures', 'security events', 'integrity'], r.actions.map((a) => [
            a.action,
            a.runs,
            a.logs,
            a.records,
            a.failures,
            a.securityEvents,
            a.problems === 0 ? '✅ intact' : `❌ ${a.problems} with problems`,
        ]), ['left', 'right', 'right', 'right', 'right', 'right', 'left']);
        summary.barChart('Audit records per action', Object.fromEntries(r.actions.map((a) => [a.action, a.records])), 'records');
    }
    if (r.transactions.length > 0) {
        summary.heading('Transactions by action and status', 3);
        summary.table(['action', 'status', 'transactions'], r.transactions.map((x) => [x.action, x.status, x.count]), ['left', 'left', 'right']);
    }
    const sev = r.securityEvents.bySeverity;
    if (r.securityEvents.events.length > 0) {
        summary.heading(`Security events (${r.securityEvents.events.length})`, 3);
        summary.paragraph(`critical ${sev.critical}, high ${sev.high}, medium ${sev.medium}, low ${sev.low}`);
        summary.details('Every security event', new summary_summary/* JobSummary */.c3().table(['log', 'event', 'severity', 'status', 'time'], r.securityEvents.events.map((e) => [e.log, e.name, e.severity, e.status, e.time])));
    }
    if (r.failures.length > 0)
        summary.details(`Failures (${t.failures})`, new summary_summary/* JobSummary */.c3().table(['log', 'action', 'failed records'], r.failures.map((f) => [f.log, f.action, f.count])));
    if (r.missing.length > 0) {
        summary.heading(`Missing logs (${r.missing.length})`, 3);
        summary.table(['repository', 'run', 'why'], r.missing.map((m) => [
            m.repository,
            `[${m.runId}${m.attempt ? ` attempt ${m.attempt}` : ''}](${m.url})`,
            m.reason,
        ]));
    }
    summary.paragraph(`Actors: ${r.actors.map((a) => `${a.actor} (${a.records})`).join(', ') || 'none'}. Repositories written to: ${r.repositoriesTouched.join(', ') || 'none'}.`);
    if (r.integrity.length > 0)
        summary.details(`Integrity of all ${r.integrity.length} logs`, new summary_summary/* JobSummary */.c3().table(['log', 'records', 'digest', 'integrity'], r.integrity.map((i) => [i.log, i.records, i.digest, i.status === 'intact' ? 'intact' : i.problems.join('; ')]), ['left', 'right', 'left', 'left']));
    return summary;
}
/** The verdict of verify mode as the job summary. */
function renderVerifySummary(summary, v) {
    summary.heading('Audit archive: verification');
    summary.paragraph(v.problems.length === 0
        ? `✅ ${v.source}: every file matches its manifest and every chain verifies.`
        : `❌ ${v.source}: ${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}.`);
    if (v.parts.length > 0)
        summary.table(['part', 'logs', 'records', 'problems'], v.parts.map((p) => [p.dir || '.', p.logs, p.records, p.problems.length]), ['left', 'right', 'right', 'right']);
    if (v.problems.length > 0)
        summary.table(['file or log', 'record', 'problem', 'what'], v.problems.map((p) => [p.log, p.record ?? '', p.kind, p.what]));
    return summary;
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/run.ts













/**
 * The adapter from the action context to the engine: settings from the inputs, the stores, then
 * either the weekly archive or the verification of an existing archive; writes the report files,
 * summary, annotations, audit events and metrics, and fails on integrity problems when asked to.
 */
async function runAuditArchive(ctx, clock = core_clock/* systemClock */.m) {
    const { env, logger } = ctx;
    const s = (0,settings/* parseSettings */.P$)(ctx.inputs, env, clock.now());
    const root = (0,external_node_path_.join)(env.tempDir, 'audit-archive');
    (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    // A downloaded archive is verified offline: no token, no request.
    const offline = s.verify !== undefined && 'path' in s.verify;
    const github = offline ? undefined : await ctx.github();
    const { stores, index } = github
        ? createStores({
            github,
            logger,
            home: s.home,
            // Verify mode reads whichever store it is pointed at; archive mode writes the configured ones.
            kinds: s.mode === 'verify' ? [...store/* STORE_KINDS */.i7] : s.stores,
            branch: s.branch,
            releaseTag: s.releaseTag,
            retentionDays: s.retentionDays,
            stagingDir: (0,external_node_path_.join)(root, 'staging'),
            upload: (name, files, dir, retentionDays) => (0,upload/* uploadArtifact */.mz)(name, files, dir, { logger, retentionDays }),
        })
        : { stores: [], index: undefined };
    if (s.mode === 'verify') {
        const verdict = await verifyArchive(s.verify, stores);
        renderVerifySummary(ctx.summary, verdict);
        flag(ctx, verdict.problems);
        const n = verdict.problems.length;
        ctx.audit.event('audit-archive.verify', { source: verdict.source, parts: verdict.parts.length, problems: n }, n ? 'failure' : 'success');
        return {
            outputs: {
                status: n === 0 ? 'verified' : 'failed',
                logs: verdict.parts.reduce((t, p) => t + p.logs, 0),
                records: verdict.parts.reduce((t, p) => t + p.records, 0),
                broken: n,
            },
            ...(s.failOnProblem && n > 0
                ? { failure: `${n} integrity problem${n === 1 ? '' : 's'} in ${verdict.source}` }
                : {}),
        };
    }
    const result = await runArchive({
        github: github,
        logger,
        now: new Date(clock.now()),
        window: s.window,
        scope: s.scope,
        self: { repository: `${s.home.owner}/${s.home.repo}`, runId: Number(env.runId), runAttempt: env.runAttempt },
        stores,
        ...(index ? { index } : {}),
        dryRun: ctx.dryRun,
    });
    const files = writeLocalCopies(root, result);
    renderArchiveSummary(ctx.summary, result, ctx.dryRun);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'compliance-report.md'), renderArchiveSummary(new summary_summary/* JobSummary */.c3(), result, ctx.dryRun).toString());
    const problems = result.report.problemList;
    flag(ctx, problems);
    const t = result.report.totals;
    ctx.audit.event('audit-archive.report', {
        ...t,
        archived: result.parts.map((p) => p.dir),
        unchanged: result.unchanged,
        dryRun: ctx.dryRun,
    });
    for (const p of problems.slice(0, 100))
        ctx.audit.security('audit.integrity-problem', { ...p }, 'high');
    const m = ctx.metrics.gauge('audit_archive_logs', 'Audit logs of the window, by integrity.', ['status']);
    m.set({ status: 'intact' }, t.intact);
    m.set({ status: 'problem' }, t.problems);
    m.set({ status: 'missing' }, t.missing);
    const status = ctx.dryRun ? 'dry-run' : result.unchanged ? 'unchanged' : 'archived';
    const bad = t.problems + t.missing;
    return {
        outputs: {
            status,
            runs: t.runs,
            logs: t.logs,
            verified: t.intact,
            broken: t.problems,
            missing: t.missing,
            records: t.records,
            failures: t.failures,
            'security-events': t.securityEvents,
            archived: ctx.dryRun ? '' : result.parts.map((p) => p.dir).join(','),
            'report-file': files.report,
            'archive-file': files.archive,
        },
        ...(s.failOnProblem && bad > 0
            ? {
                failure: `${problems.length} integrity problem${problems.length === 1 ? '' : 's'} (${t.problems} logs, ${t.missing} missing): see the report`,
            }
            : {}),
    };
}
/** One error annotation per problem (the framework caps them at GitHub's limits). */
function flag(ctx, problems) {
    for (const p of problems)
        ctx.annotations.add('error', `${p.log}${p.record === undefined ? '' : ` record ${p.record}`}: ${p.kind}: ${p.what}`, {
            title: 'Audit integrity',
        });
}
/** The report (JSON, CSV) and a zip of the parts written, under `root`. */
function writeLocalCopies(root, result) {
    const report = (0,external_node_path_.join)(root, 'compliance-report.json');
    (0,external_node_fs_.writeFileSync)(report, `${JSON.stringify(result.report, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'compliance-report.csv'), reportCsv(result.report));
    if (result.parts.length === 0)
        return { report, archive: '' };
    const mtime = new Date('1980-01-01T00:00:00Z');
    const entries = {};
    for (const p of result.parts)
        for (const [path, data] of p.built.files) {
            const file = (0,external_node_path_.join)(root, 'parts', p.dir, path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, data);
            entries[`${p.dir}/${path}`] = [data, { mtime }];
        }
    const archive = (0,external_node_path_.join)(root, 'audit-archive.zip');
    (0,external_node_fs_.writeFileSync)(archive, (0,esm/* zipSync */.L)(entries));
    return { report, archive };
}


/***/ }),

/***/ 87428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ACTION_PERMISSIONS)
/* harmony export */ });
/** Permissions of every action of the collection, by action name. */
const ACTION_PERMISSIONS = {
    'security-scan': [
        { workflow: 'contents', app: 'contents', access: 'read', why: 'read the checked-out repository and its history' },
        {
            workflow: 'security-events',
            app: 'security_events',
            access: 'write',
            why: 'upload SARIF to code scanning',
            onlyWith: 'upload',
        },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'read',
            why: "list a pull request's changed files when the checkout has no history (diff mode)",
        },
    ],
    'bulk-update': [
        { workflow: 'contents', app: 'contents', access: 'write', why: 'create branches and commits with standard files' },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'write',
            why: 'open and update the update pull requests',
        },
        { workflow: 'issues', app: 'issues', access: 'write', why: 'create and update labels' },
        { app: 'workflows', access: 'write', why: 'change files under .github/workflows/ (App tokens only)' },
        { app: 'administration', access: 'write', why: 'apply repository settings and branch protection' },
    ],
    release: [
        { workflow: 'contents', app: 'contents', access: 'write', why: 'commit the changelog, create tags and releases' },
        {
            workflow: 'pull-requests',
            app: 'pull_requests',
            access: 'write',
            why: 'open and update the release pull request',
        },
    ],
    'metrics-collect': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflow runs and metrics artifacts' },
        { workflow: 'contents', app: 'contents', access: 'read', why: 'read releases and commits' },
        { workflow: 'pull-requests', app: 'pull_requests', access: 'read', why: 'read pull requests and reviews' },
        { workflow: 'issues', app: 'issues', access: 'read', why: 'read issues' },
        { workflow: 'deployments', app: 'deployments', access: 'read', why: 'read deployments and their statuses' },
        {
            workflow: 'security-events',
            app: 'security_events',
            access: 'read',
            why: 'read code scanning alerts',
        },
        { app: 'vulnerability_alerts', access: 'read', why: 'read Dependabot alerts' },
        { app: 'secret_scanning_alerts', access: 'read', why: 'read secret scanning alerts' },
    ],
    'health-check': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'read workflows and their runs' },
        {
            workflow: 'actions',
            app: 'actions',
            access: 'write',
            why: 're-enable workflows GitHub disabled for inactivity',
            onlyWith: 're-enable',
        },
        { workflow: 'contents', app: 'contents', access: 'read', why: 'check required files and branch protection' },
        {
            workflow: 'contents',
            app: 'contents',
            access: 'write',
            why: 'commit the badge to a branch',
            onlyWith: 'badge-branch',
        },
        { workflow: 'issues', app: 'issues', access: 'write', why: 'open, update, close and reopen tracking issues' },
        {
            app: 'administration',
            access: 'read',
            why: 'read rulesets, secret scanning settings and the default GITHUB_TOKEN permissions',
        },
    ],
    'audit-archive': [
        { workflow: 'actions', app: 'actions', access: 'read', why: 'list workflow runs and download audit artifacts' },
        {
            workflow: 'contents',
            app: 'contents',
            access: 'write',
            why: 'commit to the archive branch and upload release assets',
        },
    ],
};


/***/ })

};
