export const id = 406;
export const ids = [406];
export const modules = {

/***/ 57406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/artifacts/upload.ts
var upload = __webpack_require__(70737);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary_summary = __webpack_require__(33746);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/archive.ts



/** Every file under `dir`, sorted, as absolute paths. */
function filesUnder(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            if (e.isDirectory())
                walk((0,external_node_path_.join)(d, e.name));
            else
                out.push((0,external_node_path_.join)(d, e.name));
        }
    };
    walk(dir);
    return out;
}
/**
 * Writes `files` (under `root`) into one zip at `zipPath`, entry names relative to `root` with forward
 * slashes and a fixed date, so the same logs always give the same archive bytes.
 */
function writeZip(root, files, zipPath) {
    const mtime = new Date('1980-01-01T00:00:00Z');
    const entries = {};
    for (const f of files)
        entries[(0,external_node_path_.relative)(root, f).split('\\').join('/')] = [(0,external_node_fs_.readFileSync)(f), { mtime }];
    (0,external_node_fs_.writeFileSync)(zipPath, (0,esm/* zipSync */.L)(entries, { level: 6 }));
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/collect.ts
const NAME = /^audit-(.+)-(\d+)-(\d+)$/;
/** Action, run id and attempt of an audit artifact name; undefined for any other artifact. */
function parseAuditArtifactName(name) {
    const m = NAME.exec(name);
    if (!m)
        return undefined;
    return { action: m[1], runId: Number(m[2]), runAttempt: Number(m[3]) };
}
/** The repositories in scope: the organization's (all of them, archived included: their runs still count), or the calling one. */
async function repositoriesInScope(github, scope) {
    if (!scope.organization)
        return scope.repository ? [scope.repository] : [];
    const repos = await github.paginate(github.rest.repos.listForOrg, {
        org: scope.organization,
        type: 'all',
        per_page: 100,
    });
    return repos.map((r) => ({ owner: r.owner.login, repo: r.name }));
}
/**
 * The audit artifacts created since `since` in each repository. One list request per 100 artifacts of
 * the repository (https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository),
 * newest first, stopping at the first one older than the window: cheaper than listing every workflow
 * run and then each run's artifacts (one request per run), and it finds the same logs because every
 * audit artifact carries its run in its name and `workflow_run`.
 */
async function listAuditArtifacts(github, repos, since, logger) {
    const out = [];
    for (const r of repos) {
        let found = 0;
        const pages = github.paginate.iterator(github.rest.actions.listArtifactsForRepo, {
            owner: r.owner,
            repo: r.repo,
            per_page: 100,
        });
        listing: for await (const page of pages) {
            for (const a of page.data) {
                if (a.created_at && Date.parse(a.created_at) < since.getTime())
                    break listing;
                const parsed = parseAuditArtifactName(a.name);
                if (!parsed)
                    continue;
                found++;
                out.push({
                    repository: `${r.owner}/${r.repo}`,
                    owner: r.owner,
                    repo: r.repo,
                    id: a.id,
                    name: a.name,
                    ...parsed,
                    createdAt: a.created_at ?? '',
                    sizeInBytes: a.size_in_bytes,
                    expired: a.expired,
                });
            }
        }
        logger.debug(`${r.owner}/${r.repo}: ${found} audit artifacts since ${since.toISOString()}`);
    }
    return out;
}

// EXTERNAL MODULE: ./shared/audit/audit-log.ts + 6 modules
var audit_log = __webpack_require__(52981);
;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/download.ts





/** Largest artifact downloaded (audit logs rotate at 10 MiB a segment; anything far bigger is not one). */
const MAX_ARTIFACT_BYTES = 200 * 1024 * 1024;
/** True for a zip entry name that stays inside the folder it is extracted to. */
function safeEntryName(name) {
    return (name !== '' &&
        !name.startsWith('/') &&
        !name.includes('\\') &&
        !name.split('/').some((p) => p === '..' || p === '.'));
}
/**
 * Extracts the `.jsonl` entries of an artifact zip under `dest`, refusing entry names that would escape
 * it (a zip is untrusted input), and groups them into logs by folder.
 */
function extractAuditZip(zip, dest) {
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(zip, { filter: (f) => f.name.endsWith('.jsonl') });
    }
    catch (error) {
        return { ok: false, reason: `not a readable zip archive: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    const folders = new Set();
    for (const [name, data] of Object.entries(entries)) {
        if (!safeEntryName(name))
            return { ok: false, reason: `unsafe path in archive: ${JSON.stringify(name)}` };
        const path = (0,external_node_path_.join)(dest, name);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, data);
        folders.add(name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '');
    }
    const logs = [...folders].sort().map((folder) => {
        const dir = folder ? (0,external_node_path_.join)(dest, folder) : dest;
        return { folder, dir, segments: (0,audit_log/* listSegments */.Bz)(dir) };
    });
    return { ok: true, logs: logs.filter((l) => l.segments.length > 0) };
}
/** Downloads an artifact's zip through the REST API (GitHub answers with a redirect to blob storage) and extracts it. */
async function downloadAuditArtifact(github, a, dest) {
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
    return extractAuditZip(new Uint8Array(data), dest);
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/report.ts
/**
 * Builds the compliance report: per action, runs, logs, records, failures, security events and chain
 * status; findings for every broken chain (high: tampering or loss can no longer be ruled out), every
 * intact log that does not end with `run.finished` (medium: a crash, or records cut off its end), every
 * artifact that could not be read (medium: a log that cannot be checked), and every security event the
 * runs recorded (at the severity they were recorded with).
 */
function buildReport(input) {
    const byAction = new Map();
    for (const a of input.artifacts) {
        const entry = byAction.get(a.action) ?? { runs: new Set(), logs: [] };
        entry.runs.add(`${a.repository}#${a.runId}`);
        byAction.set(a.action, entry);
    }
    for (const l of input.logs)
        byAction.get(l.action)?.logs.push(l);
    const actions = [...byAction.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([action, { runs, logs }]) => ({
        action,
        runs: runs.size,
        logs: logs.length,
        records: sum(logs, (l) => l.records),
        failures: sum(logs, (l) => l.failures),
        securityEvents: sum(logs, (l) => l.securityEvents.length),
        chain: logs.every((l) => l.chain.ok) ? 'intact' : 'broken',
    }));
    const findings = [];
    for (const l of input.logs) {
        const where = `${l.repository} ${l.artifact}${l.folder ? `/${l.folder}` : ''}`;
        if (!l.chain.ok)
            findings.push({
                ruleId: 'audit/broken-chain',
                severity: 'high',
                category: 'audit',
                message: `${where}: hash chain broken at record ${l.chain.index}: ${l.chain.reason}`,
                ...(l.chain.file ? { file: l.chain.file } : {}),
                fingerprint: `${l.repository}/${l.artifact}/${l.folder}`,
                help: 'The log was edited, truncated or reordered after it was written; keep this archive as evidence and investigate the run.',
            });
        if (l.chain.ok && !l.complete)
            findings.push({
                ruleId: 'audit/incomplete-log',
                severity: 'medium',
                category: 'audit',
                message: `${where}: the log does not end with run.finished (the run crashed, or records were cut off its end)`,
                fingerprint: `${l.repository}/${l.artifact}/${l.folder}`,
            });
        for (const e of l.securityEvents)
            findings.push({
                ruleId: 'audit/security-event',
                severity: e.severity ?? 'medium',
                category: 'audit',
                message: `${where}: security event ${e.name} (${e.status}) at ${e.time}`,
            });
    }
    for (const u of input.unreadable)
        findings.push({
            ruleId: 'audit/unreadable-artifact',
            severity: 'medium',
            category: 'audit',
            message: `${u.artifact.repository} ${u.artifact.name}: ${u.reason}`,
        });
    const runs = new Set(input.artifacts.map((a) => `${a.repository}#${a.runId}`));
    const verified = input.logs.filter((l) => l.chain.ok).length;
    return {
        generatedAt: input.generatedAt.toISOString(),
        window: { since: input.since.toISOString(), until: input.generatedAt.toISOString() },
        repositories: [...input.repositories],
        totals: {
            runs: runs.size,
            artifacts: input.artifacts.length,
            logs: input.logs.length,
            verified,
            broken: input.logs.length - verified,
            unreadable: input.unreadable.length,
            records: sum(input.logs, (l) => l.records),
            failures: sum(input.logs, (l) => l.failures),
            securityEvents: sum(input.logs, (l) => l.securityEvents.length),
        },
        actions,
        logs: [...input.logs],
        unreadable: input.unreadable.map((u) => ({
            repository: u.artifact.repository,
            artifact: u.artifact.name,
            reason: u.reason,
        })),
        findings,
    };
}
function sum(items, f) {
    return items.reduce((n, t) => n + f(t), 0);
}

// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
;// CONCATENATED MODULE: ./actions/audit-archive/src/summary.ts


/** Renders the compliance report as Markdown: totals, per-action table, charts, findings, every log. */
function renderReport(summary, report, archiveNote) {
    const t = report.totals;
    summary.heading('Audit archive: compliance report');
    summary.paragraph(`${report.repositories.length} repositor${report.repositories.length === 1 ? 'y' : 'ies'}, runs from ${report.window.since} to ${report.window.until}. ${archiveNote}`);
    summary.table(['runs', 'logs', 'verified', 'broken', 'unreadable', 'records', 'failures', 'security events'], [[t.runs, t.logs, t.verified, t.broken, t.unreadable, t.records, t.failures, t.securityEvents]], ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
    if (report.actions.length > 0) {
        summary.heading('Per action', 3);
        summary.table(['action', 'runs', 'logs', 'records', 'failures', 'security events', 'chain'], report.actions.map((a) => [
            a.action,
            a.runs,
            a.logs,
            a.records,
            a.failures,
            a.securityEvents,
            a.chain === 'intact' ? '✅ intact' : '❌ broken',
        ]), ['left', 'right', 'right', 'right', 'right', 'right', 'left']);
        summary.pieChart('Audit logs by chain status', {
            verified: t.verified,
            broken: t.broken,
            unreadable: t.unreadable,
        });
        summary.barChart('Audit records per action', Object.fromEntries(report.actions.map((a) => [a.action, a.records])), 'records');
    }
    if (report.findings.length > 0) {
        const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
        summary.heading(`Findings (${report.findings.length})`, 3);
        summary.paragraph(`critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}`);
        summary.table(['severity', 'rule', 'message'], report.findings.map((f) => [f.severity, f.ruleId, f.message]));
    }
    if (report.logs.length > 0) {
        const logs = new summary_summary/* JobSummary */.c3().table(['repository', 'artifact', 'records', 'failures', 'chain'], report.logs.map((l) => [
            l.repository,
            l.artifact,
            l.records,
            l.failures,
            l.chain.ok ? 'intact' : `broken at ${l.chain.index}`,
        ]), ['left', 'left', 'right', 'right', 'left']);
        summary.details(`All ${report.logs.length} logs`, logs);
    }
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/verify.ts

/** Statuses that mean something went wrong in the audited run. */
const FAILURE_STATUSES = new Set(['failure', 'failed', 'rolled-back', 'rollback-failed', 'compensation-failed']);
/**
 * Verifies one log's hash chain from its first record (each run attempt starts its own chain) and
 * counts its records, failures and security events. A broken chain still counts what can be read, so
 * the report shows how much of the log is affected.
 */
function verifyLog(artifact, log, relative) {
    const result = (0,audit_log/* verifyAuditFiles */._3)(log.segments);
    let records = [];
    try {
        records = (0,audit_log/* readAuditFiles */.Zl)(log.segments);
    }
    catch (error) {
        if (!(error instanceof audit_log/* AuditFormatError */.Jr))
            throw error;
    }
    return {
        repository: artifact.repository,
        artifact: artifact.name,
        action: artifact.action,
        runId: artifact.runId,
        runAttempt: artifact.runAttempt,
        folder: log.folder,
        segments: log.segments.length,
        records: result.ok ? result.count : Math.max(records.length, result.count),
        failures: records.filter((r) => FAILURE_STATUSES.has(r.status)).length,
        securityEvents: records
            .filter((r) => r.type === 'security')
            .map((r) => ({ name: r.name, status: r.status, time: r.time, ...(r.severity ? { severity: r.severity } : {}) })),
        chain: result.ok
            ? { ok: true, head: result.head }
            : {
                ok: false,
                reason: result.reason,
                index: result.index,
                ...(result.file ? { file: relative(result.file) } : {}),
            },
        complete: records.at(-1)?.name === 'run.finished',
        ...(records[0] ? { first: records[0].time } : {}),
        ...(records.at(-1) ? { last: records.at(-1).time } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/engine/window.ts

const UNITS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * Start of the archive window from the `since` input: a duration back from `now` (`36h`, `7d`, `2w`)
 * or an ISO 8601 date or time (`2026-11-01`, `2026-11-01T00:00:00Z`). Never in the future.
 */
function parseSince(value, now) {
    const m = /^(\d+)([hdw])$/.exec(value.trim());
    if (m)
        return new Date(now - Number(m[1]) * UNITS[m[2]]);
    if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
        const t = Date.parse(value.trim());
        if (!Number.isNaN(t) && t <= now)
            return new Date(t);
    }
    throw new errors/* InputError */.dz('since', value, 'expected a duration such as 36h, 7d or 2w, or a past ISO date such as 2026-11-01');
}

;// CONCATENATED MODULE: ./actions/audit-archive/src/run.ts













/** Days the archive artifact is kept: GitHub's maximum (capped further by repository or organization settings). */
const ARCHIVE_RETENTION_DAYS = 90;
/**
 * The whole action: gather the audit artifacts of the window, download and verify each log's hash
 * chain, write the compliance report (JSON and Markdown), pack logs and report into one zip, upload
 * it as `audit-archive-<run_id>`, and fail on a broken chain when asked to.
 */
async function runAuditArchive(ctx, clock = core_clock/* systemClock */.m) {
    const { inputs, env, logger } = ctx;
    const now = clock.now();
    const since = parseSince(inputs.since, now);
    if (!inputs.organization && !env.repository)
        throw new errors/* UserError */.yo('no repository to archive: set organization, or run in a repository (GITHUB_REPOSITORY)');
    const github = ctx.github();
    const repos = await repositoriesInScope(github, {
        ...(inputs.organization ? { organization: inputs.organization } : {}),
        ...(env.repository ? { repository: env.repository } : {}),
    });
    const artifacts = await listAuditArtifacts(github, repos, since, logger);
    logger.info(`${artifacts.length} audit artifacts in ${repos.length} repositories since ${since.toISOString()}.`);
    const root = (0,external_node_path_.join)(env.tempDir, 'audit-archive');
    (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    const logsDir = (0,external_node_path_.join)(root, 'logs');
    (0,external_node_fs_.mkdirSync)(logsDir, { recursive: true });
    const logs = [];
    const unreadable = [];
    for (const a of artifacts) {
        const dest = (0,external_node_path_.join)(logsDir, a.owner, a.repo, a.name);
        const extracted = await downloadAuditArtifact(github, a, dest);
        if (!extracted.ok || extracted.logs.length === 0) {
            const reason = extracted.ok ? 'no audit log (.jsonl) inside' : extracted.reason;
            unreadable.push({ artifact: a, reason });
            logger.warning(`${a.repository} ${a.name}: ${reason}`);
            continue;
        }
        for (const log of extracted.logs) {
            const verdict = verifyLog(a, log, (p) => (0,external_node_path_.relative)(root, p));
            logs.push(verdict);
        }
    }
    const report = buildReport({
        generatedAt: new Date(now),
        since,
        repositories: repos.map((r) => `${r.owner}/${r.repo}`),
        artifacts,
        logs,
        unreadable,
    });
    const artifactName = `audit-archive-${env.runId}`;
    const reportFile = (0,external_node_path_.join)(root, 'compliance-report.json');
    (0,external_node_fs_.writeFileSync)(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    const note = ctx.dryRun
        ? 'Dry run: the archive was written locally and not uploaded.'
        : `Logs and this report are archived as artifact \`${artifactName}\` (kept ${ARCHIVE_RETENTION_DAYS} days at most).`;
    const markdown = new summary_summary/* JobSummary */.c3();
    renderReport(markdown, report, note);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'compliance-report.md'), markdown.toString());
    const files = filesUnder(root);
    const archiveFile = (0,external_node_path_.join)(env.tempDir, `${artifactName}.zip`);
    writeZip(root, files, archiveFile);
    if (!ctx.dryRun) {
        const uploaded = await (0,upload/* uploadArtifact */.mz)(artifactName, files, root, { logger, retentionDays: ARCHIVE_RETENTION_DAYS });
        if (!uploaded.uploaded)
            logger.warning(`Archive artifact ${artifactName} not uploaded: ${uploaded.reason}; it is at ${archiveFile}.`);
    }
    renderReport(ctx.summary, report, note);
    const brokenChains = report.findings.filter((x) => x.ruleId === 'audit/broken-chain');
    for (const f of brokenChains)
        ctx.annotations.add('error', f.message, { title: 'Broken audit chain' });
    ctx.audit.event('audit-archive.report', { ...report.totals, findings: report.findings.length, dryRun: ctx.dryRun });
    for (const f of brokenChains)
        ctx.audit.security('audit.chain-broken', { message: f.message }, 'high');
    const m = ctx.metrics.gauge('audit_archive_logs', 'Audit logs archived, by chain status.', ['status']);
    m.set({ status: 'verified' }, report.totals.verified);
    m.set({ status: 'broken' }, report.totals.broken);
    m.set({ status: 'unreadable' }, report.totals.unreadable);
    const broken = report.totals.broken;
    return {
        outputs: {
            runs: report.totals.runs,
            logs: report.totals.logs,
            verified: report.totals.verified,
            broken,
            'report-file': reportFile,
            'archive-file': archiveFile,
        },
        ...(inputs['fail-on-broken-chain'] && broken > 0
            ? { failure: `${broken} audit log${broken === 1 ? ' has' : 's have'} a broken hash chain (see the findings)` }
            : {}),
    };
}

// EXTERNAL MODULE: ./shared/validation/github-names.ts + 1 modules
var github_names = __webpack_require__(10261);
;// CONCATENATED MODULE: ./actions/audit-archive/src/action.ts




/** audit-archive: gather and verify the audit logs of every action run, archive them with a compliance report. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'audit-archive',
    description: 'Gathers and verifies the audit logs of all runs, archives them and writes a compliance report.',
    inputs: {
        organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
            description: 'Archive the audit logs of every repository of this organization (the token must be able to read their Actions artifacts). Default: the calling repository only.',
            allowed: 'expected a GitHub organization login',
        }),
        since: inputs/* input */.hF.string({
            description: 'Start of the window: audit artifacts created since then are archived. A duration back from now (36h, 7d, 2w) or an ISO date (2026-11-01).',
            default: '7d',
        }),
        'fail-on-broken-chain': inputs/* input */.hF.boolean({
            description: "Fail the step when any audit log's hash chain does not verify (after the report and archive are written).",
            default: true,
        }),
    },
    outputs: {
        runs: 'Workflow runs whose audit logs were found in the window.',
        logs: 'Audit logs read (one per run attempt of an action).',
        verified: 'Logs whose hash chain verified.',
        broken: 'Logs whose hash chain is broken (edited, reordered or truncated records).',
        'report-file': 'Path of the compliance report (JSON; compliance-report.md is next to it).',
        'archive-file': 'Path of the zip holding every log and the report (also uploaded as artifact audit-archive-<run_id>).',
    },
    run: (ctx) => runAuditArchive(ctx),
});


/***/ }),

/***/ 10261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* binding */ ownerSchema)
});

// UNUSED EXPORTS: branchProblem, branchSchema, isBranchName, isGitHubLogin, isGitHubOwner, isRef, isRepoName, loginSchema, ownerProblem, parseRepository, refNameProblem, refProblem, refSchema, repoNameProblem, repoNameSchema, repositorySchema

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./shared/validation/schema.ts

/**
 * A zod string schema from a problem function, so the input framework reports the same reason the
 * boolean validator is based on (`input.custom(branchSchema, …)`).
 */
function schemaFrom(problem) {
    return schemas/* string */.YjP().superRefine((value, ctx) => {
        const reason = problem(value);
        if (reason !== undefined)
            ctx.addIssue({ code: 'custom', message: reason, input: value });
    });
}

;// CONCATENATED MODULE: ./shared/validation/github-names.ts


/**
 * GitHub usernames and organization names: up to 39 alphanumerics or single hyphens, not starting
 * or ending with a hyphen. Enterprise Managed Users add `_shortcode`, so an underscore is accepted
 * between alphanumerics too
 * (https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/username-considerations-for-external-authentication).
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_](?=[A-Za-z0-9])){0,38}$/;
/** Why `value` is not a GitHub owner (user or organization) name, or undefined. */
function ownerProblem(value) {
    if (OWNER.test(value))
        return undefined;
    return 'expected a GitHub user or organization name: up to 39 letters, digits or single hyphens, not starting or ending with a hyphen';
}
/** True for a valid GitHub user or organization name. */
const isGitHubOwner = (value) => ownerProblem(value) === undefined;
/** zod schema for a GitHub owner. */
const ownerSchema = schemaFrom(ownerProblem);
/** True for a GitHub login: an owner name, or an app's bot account such as `dependabot[bot]`. */
function isGitHubLogin(value) {
    return isGitHubOwner(value.endsWith('[bot]') ? value.slice(0, -'[bot]'.length) : value);
}
/** zod schema for a GitHub login. */
const loginSchema = schemaFrom((v) => (isGitHubLogin(v) ? undefined : 'expected a GitHub login'));
/** Why `value` is not a repository name (letters, digits, `.`, `-`, `_`; at most 100), or undefined. */
function repoNameProblem(value) {
    if (value === '.' || value === '..')
        return 'a repository cannot be named . or ..';
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(value)) {
        return 'expected a repository name of up to 100 letters, digits, dots, hyphens or underscores';
    }
    return undefined;
}
/** True for a valid repository name (without the owner). */
const isRepoName = (value) => repoNameProblem(value) === undefined;
/** zod schema for a repository name. */
const repoNameSchema = schemaFrom(repoNameProblem);
/** Splits `owner/repo`, throwing a UserError that says which half is wrong. */
function parseRepository(value) {
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || value.split('/').length !== 2) {
        throw new UserError(`${JSON.stringify(value)} is not owner/repo.`);
    }
    const problem = ownerProblem(owner) ?? repoNameProblem(repo);
    if (problem)
        throw new UserError(`${JSON.stringify(value)} is not owner/repo: ${problem}.`);
    return { owner, repo };
}
/** zod schema for `owner/repo`. */
const repositorySchema = schemaFrom((v) => {
    const [owner = '', repo = '', ...rest] = v.split('/');
    if (rest.length > 0 || !v.includes('/'))
        return 'expected owner/repo';
    return ownerProblem(owner) ?? repoNameProblem(repo);
});
/**
 * Why `value` is not a valid ref name by git's rules, or undefined
 * (https://git-scm.com/docs/git-check-ref-format). `allowOneLevel` accepts names without a slash,
 * as `git check-ref-format --allow-onelevel` does.
 */
function refNameProblem(value, allowOneLevel = true) {
    if (value === '')
        return 'a ref name cannot be empty';
    if (Buffer.byteLength(value) > 255)
        return 'a ref name longer than 255 bytes cannot be stored';
    if (value === '@')
        return "a ref name cannot be '@'";
    for (const ch of value) {
        const code = ch.charCodeAt(0);
        if (code < 0x20 || code === 0x7f)
            return 'a ref name cannot contain control characters';
        if (' ~^:?*[\\'.includes(ch))
            return `a ref name cannot contain ${JSON.stringify(ch)}`;
    }
    if (value.includes('..'))
        return "a ref name cannot contain '..'";
    if (value.includes('@{'))
        return "a ref name cannot contain '@{'";
    if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) {
        return "a ref name cannot start or end with '/' or contain '//'";
    }
    if (value.endsWith('.'))
        return "a ref name cannot end with '.'";
    for (const part of value.split('/')) {
        if (part.startsWith('.'))
            return "no part of a ref name can start with '.'";
        if (part.endsWith('.lock'))
            return "no part of a ref name can end with '.lock'";
    }
    if (!allowOneLevel && !value.includes('/'))
        return "a full ref name needs a '/' (e.g. refs/heads/main)";
    return undefined;
}
/** Why `value` is not a branch name, or undefined: git's ref rules, plus no leading `-` and not `HEAD` (as `git branch` refuses). */
function branchProblem(value) {
    if (value.startsWith('-'))
        return "a branch name cannot start with '-'";
    if (value === 'HEAD')
        return "'HEAD' is not a valid branch name";
    return refNameProblem(value);
}
/** True for a valid git branch name. */
const isBranchName = (value) => branchProblem(value) === undefined;
/** zod schema for a branch name. */
const branchSchema = schemaFrom(branchProblem);
/** Why `value` is not a ref (`HEAD`, a commit SHA, a short or full ref name), or undefined. */
function refProblem(value) {
    if (value === 'HEAD' || /^[0-9a-f]{7,64}$/i.test(value))
        return undefined;
    if (value.startsWith('-'))
        return "a ref cannot start with '-'";
    return refNameProblem(value);
}
/** True for a ref: `HEAD`, a commit SHA, a branch or tag name, or a full `refs/...` name. */
const isRef = (value) => refProblem(value) === undefined;
/** zod schema for a ref. */
const refSchema = schemaFrom(refProblem);


/***/ })

};
