export const id = 319;
export const ids = [319];
export const modules = {

/***/ 40319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/artifacts/upload.ts
var artifacts_upload = __webpack_require__(70737);
;// CONCATENATED MODULE: ./shared/artifacts/restore.ts




/**
 * The attempt an artifact of `prefix` belongs to, and its upload rank within that attempt: the
 * contract name `<prefix>-<attempt>` (rank 0), or the name upload.ts falls back to when that is
 * taken in the run (a second step, a matrix leg): `<prefix>-<attempt>-<job>` (rank 1) and
 * `<prefix>-<attempt>-<job>-<n>` (rank n). Undefined for any other name.
 */
function artifactAttempt(prefix, name) {
    if (!name.startsWith(`${prefix}-`))
        return undefined;
    const m = /^(\d+)(?:-([A-Za-z0-9_.-]+?)(?:-(\d+))?)?$/.exec(name.slice(prefix.length + 1));
    if (!m)
        return undefined;
    const attempt = Number(m[1]);
    if (!Number.isSafeInteger(attempt) || attempt < 1)
        return undefined;
    return { attempt, rank: m[2] === undefined ? 0 : m[3] === undefined ? 1 : Number(m[3]) };
}
/**
 * Puts back `file` from the artifacts `<prefix>-<k>[-<job>[-<n>]]` of the earlier attempts k of this run.
 * A re-run starts on a fresh runner whose RUNNER_TEMP is empty ("emptied at the beginning and end of
 * each job"), but it can read the artifacts of earlier attempts of the same run, so each attempt
 * uploads its checkpoints and the next one restores them. The store is per run, not per job: every
 * earlier upload (each attempt, each leg of a matrix, each renamed copy) is merged, oldest attempt
 * first, so a later mark of a key wins and work done by any earlier job is skipped. Keeps a file that
 * is already there (same machine); never throws: without the file the run simply redoes the work.
 */
async function restoreFromPreviousAttempt(prefix, attempt, file, opts) {
    const env = opts.env ?? process.env;
    if (attempt <= 1 || (0,external_node_fs_.existsSync)(file) || (0,artifacts_upload/* missingRuntimeVariables */.mj)(env).length > 0)
        return false;
    let scratch;
    try {
        const client = await (opts.client ?? artifacts_upload/* loadArtifactClient */.AX)();
        const { artifacts } = await client.listArtifacts();
        const earlier = artifacts
            .map((a) => ({ ...a, at: artifactAttempt(prefix, a.name) }))
            .filter((a) => !!a.at && a.at.attempt < attempt)
            .sort((a, b) => a.at.attempt - b.at.attempt || a.at.rank - b.at.rank || a.id - b.id);
        if (earlier.length === 0)
            return false;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), '.restore-'));
        const pieces = [];
        for (const [i, a] of earlier.entries()) {
            const dir = (0,external_node_path_.join)(scratch, String(i));
            (0,external_node_fs_.mkdirSync)(dir);
            await client.downloadArtifact(a.id, { path: dir });
            const part = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file));
            if (!(0,external_node_fs_.existsSync)(part))
                continue;
            const text = (0,external_node_fs_.readFileSync)(part, 'utf8');
            // A piece cut short by a kill ends without a newline: keep its complete lines only.
            pieces.push(text.slice(0, text.lastIndexOf('\n') + 1));
        }
        if (pieces.length === 0)
            return false;
        (0,external_node_fs_.writeFileSync)(file, pieces.join(''));
        opts.logger.info(`Restored checkpoints of earlier attempts from ${earlier.map((a) => a.name).join(', ')}.`);
        return true;
    }
    catch (error) {
        opts.logger.warning(`Could not restore checkpoints of an earlier attempt: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
    finally {
        if (scratch)
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/audit/audit-file.ts + 1 modules
var audit_file = __webpack_require__(7171);
// EXTERNAL MODULE: ./shared/audit/canonical.ts + 1 modules
var canonical = __webpack_require__(87898);
;// CONCATENATED MODULE: ./shared/core/redact.ts
/** Replacement written instead of a secret value. */
const REDACTED = '***';
/**
 * Keys whose values are never written to the audit log, whatever the caller passed. Defence in depth:
 * callers should not hand secrets to the log at all, but an audit file is uploaded as an artifact
 * that anyone with read access to the repository can download.
 */
const SECRET_KEY = /token|passw(or)?d|passphrase|secret|authorization|api[-_]?key|private[-_]?key|credential|cookie/i;
/**
 * GitHub token formats (ghp_, gho_, ghu_, ghs_, ghr_ and fine-grained github_pat_), masked wherever
 * they appear in a string value, e.g. inside an error message. See "About authentication to GitHub":
 * GitHub's token formats.
 */
const GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/g;
/** True when a data key names something secret. */
function isSecretKey(key) {
    return SECRET_KEY.test(key);
}
/** A deep copy of `value` with every value under a secret-looking key, and every GitHub token in a string, replaced by "***". */
function redact(value, seen = new WeakSet()) {
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'string')
        return value.replace(GITHUB_TOKEN, REDACTED);
    if (value === null || typeof value !== 'object')
        return value;
    if (seen.has(value))
        return '[circular]';
    seen.add(value);
    try {
        if (Array.isArray(value))
            return value.map((item) => redact(item, seen));
        if (value instanceof Date)
            return value.toISOString();
        if (value instanceof Map)
            return redact(Object.fromEntries(value), seen);
        if (value instanceof Set)
            return redact([...value], seen);
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            out[key] = isSecretKey(key) && item !== undefined && item !== null ? REDACTED : redact(item, seen);
        }
        return out;
    }
    finally {
        seen.delete(value);
    }
}

;// CONCATENATED MODULE: ./shared/audit/audit-report.ts

function toMillis(value, which) {
    const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
    if (Number.isNaN(ms))
        throw new UserError(`Audit report '${which}' is not a valid time: ${JSON.stringify(value)}.`);
    return ms;
}
function list(value) {
    if (value === undefined)
        return undefined;
    return Array.isArray(value) ? value : [value];
}
function nameMatches(patterns, name) {
    return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}
function bump(counts, key) {
    counts[key] = (counts[key] ?? 0) + 1;
}
/** Filters audit records by time range, name, type, status, actor, service and transaction, and counts them. */
function auditReport(records, filter = {}) {
    const since = filter.since === undefined ? undefined : toMillis(filter.since, 'since');
    const until = filter.until === undefined ? undefined : toMillis(filter.until, 'until');
    const names = list(filter.name);
    const types = list(filter.type);
    const statuses = list(filter.status);
    const actors = list(filter.actor);
    const services = list(filter.service);
    const matching = records.filter((r) => {
        const time = Date.parse(r.time);
        if (since !== undefined && !(time >= since))
            return false;
        if (until !== undefined && !(time <= until))
            return false;
        if (names && !nameMatches(names, r.name))
            return false;
        if (types && !types.includes(r.type))
            return false;
        if (statuses && !statuses.includes(r.status))
            return false;
        if (actors && (r.actor === undefined || !actors.includes(r.actor)))
            return false;
        if (services && !services.includes(r.service))
            return false;
        if (filter.transactionId !== undefined && r.transactionId !== filter.transactionId)
            return false;
        return true;
    });
    const report = {
        total: records.length,
        matched: matching.length,
        byType: {},
        byStatus: {},
        byName: {},
        records: matching,
    };
    for (const r of matching) {
        bump(report.byType, r.type);
        bump(report.byStatus, r.status);
        bump(report.byName, r.name);
    }
    if (matching.length > 0) {
        report.first = matching[0]?.time;
        report.last = matching.at(-1)?.time;
    }
    return report;
}

// EXTERNAL MODULE: ./shared/audit/verify-chain.ts
var verify_chain = __webpack_require__(87045);
;// CONCATENATED MODULE: ./shared/audit/audit-log.ts












const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Tamper-evident audit log: JSON Lines, each record carrying the SHA-256 of the previous one, with
 * size-based rotation. Every write is a synchronous append, so a record is on disk (in the page cache,
 * which survives a crash of the process) before the call returns. One writer per directory: reopening
 * a directory continues its chain where the last record left off.
 */
class AuditLog {
    dir;
    service;
    actor;
    runId;
    runAttempt;
    maxBytes;
    clock;
    nextSeq = 0;
    lastHash = canonical/* GENESIS_HASH */.si;
    size = 0;
    closed = false;
    constructor(opts) {
        this.dir = opts.dir;
        this.service = opts.service;
        this.actor = opts.actor;
        this.runId = opts.runId;
        this.runAttempt = opts.runAttempt;
        this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
        this.clock = opts.clock ?? core_clock/* systemClock */.m;
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        this.resume();
    }
    /** Hash of the last record written (GENESIS_HASH when empty): pass it to verifyAuditChain as `expectedHead`. */
    get head() {
        return this.lastHash;
    }
    /** Number of records in the chain so far. */
    get count() {
        return this.nextSeq;
    }
    /** Records an event; status defaults to `success`. */
    event(name, data, status = 'success') {
        return this.write({ type: 'event', name, status, data });
    }
    /** Records a security event with its severity; status defaults to `detected`. */
    security(name, data, severity, status = 'detected') {
        return this.write({ type: 'security', name, status, severity, data });
    }
    /** Starts a transaction (writes its `started` record); the caller must `end` it. */
    begin(name, data) {
        const id = (0,external_node_crypto_.randomUUID)();
        const started = this.clock.now();
        let ended = false;
        this.write({ type: 'transaction', name, status: 'started', transactionId: id, data });
        return {
            id,
            name,
            event: (eventName, eventData, status = 'success') => this.write({ type: 'event', name: eventName, status, transactionId: id, data: eventData }),
            end: (status, endData) => {
                if (ended)
                    throw new Error(`Audit transaction '${name}' (${id}) has already ended.`);
                ended = true;
                const durationMs = this.clock.now() - started;
                return this.write({ type: 'transaction', name, status, transactionId: id, data: { ...endData, durationMs } });
            },
        };
    }
    /**
     * Runs `fn` as a transaction: records `started`, then `committed` with its duration, or `failed` with
     * the duration and error message, and rethrows the error unchanged.
     */
    async transaction(name, fn) {
        const txn = this.begin(name);
        try {
            const result = await fn(txn);
            txn.end('committed');
            return result;
        }
        catch (error) {
            txn.end('failed', { error: (0,errors/* errorMessage */.gJ)(error) });
            throw error;
        }
    }
    /** The segments of this log, oldest first (the current one last). */
    files() {
        return (0,audit_file/* listSegments */.Bz)(this.dir);
    }
    /** Stops the log: later writes throw. Nothing is buffered, so there is nothing to flush. */
    async close() {
        this.closed = true;
    }
    write(fields) {
        if (this.closed)
            throw new Error(`AuditLog ${this.dir} is closed; cannot record '${fields.name}'.`);
        // Round-trip through JSON so the hashed object is exactly what a reader will parse back, with any
        // lone surrogate replaced: RFC 8785 (the hashed form) has no representation for one.
        const data = fields.data === undefined
            ? undefined
            : (0,canonical/* wellFormed */.ES)(JSON.parse(JSON.stringify(redact(fields.data))));
        const unhashed = {
            seq: this.nextSeq,
            uuid: (0,external_node_crypto_.randomUUID)(),
            time: new Date(this.clock.now()).toISOString(),
            service: this.service,
            type: fields.type,
            name: (0,canonical/* wellFormedString */.X4)(fields.name),
            status: (0,canonical/* wellFormedString */.X4)(fields.status),
            ...(fields.transactionId !== undefined && { transactionId: fields.transactionId }),
            ...(this.actor !== undefined && { actor: this.actor }),
            ...(this.runId !== undefined && { runId: this.runId }),
            ...(this.runAttempt !== undefined && { runAttempt: this.runAttempt }),
            ...(fields.severity !== undefined && { severity: fields.severity }),
            ...(data !== undefined && { data }),
            prevHash: this.lastHash,
        };
        const record = { ...unhashed, hash: (0,canonical/* recordHash */.oj)(unhashed) };
        const line = `${JSON.stringify(record)}\n`;
        const bytes = Buffer.byteLength(line);
        if (this.size > 0 && this.size + bytes > this.maxBytes)
            this.rotate();
        (0,external_node_fs_.appendFileSync)((0,audit_file/* currentSegment */.NV)(this.dir), line);
        this.size += bytes;
        this.nextSeq += 1;
        this.lastHash = record.hash;
        return record;
    }
    /** Moves the current segment to the next free `audit.<n>.jsonl`: numbers grow with age order preserved. */
    rotate() {
        const next = ((0,audit_file/* listRotated */.Kn)(this.dir).at(-1)?.n ?? 0) + 1;
        (0,external_node_fs_.renameSync)((0,audit_file/* currentSegment */.NV)(this.dir), (0,audit_file/* rotatedSegment */.dT)(this.dir, next));
        this.size = 0;
    }
    /** Continues an existing chain: drops a torn (never acknowledged) tail and picks up seq and hash. */
    resume() {
        const segments = this.files();
        const current = (0,audit_file/* currentSegment */.NV)(this.dir);
        for (const file of [...segments].reverse()) {
            let text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            if (file === current) {
                if (text.length > 0 && !text.endsWith('\n')) {
                    text = text.slice(0, text.lastIndexOf('\n') + 1);
                    (0,external_node_fs_.truncateSync)(file, Buffer.byteLength(text));
                }
                this.size = (0,external_node_fs_.statSync)(file).size;
            }
            const last = (0,audit_file/* parseAuditText */.YB)(text, file).at(-1);
            if (last) {
                this.nextSeq = last.seq + 1;
                this.lastHash = last.hash;
                return;
            }
        }
    }
}

// EXTERNAL MODULE: ./shared/github/api-errors.ts
var api_errors = __webpack_require__(78610);
// EXTERNAL MODULE: ./shared/metrics/metrics.ts + 1 modules
var metrics_metrics = __webpack_require__(41617);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./shared/checkpoints/checkpoint.ts





/** The file the framework uses for a run's checkpoints: shared by all attempts of that run. */
function checkpointPath(stateDir, action, runId) {
    return (0,external_node_path_.join)(stateDir, 'checkpoints', `${action}-${runId}.jsonl`);
}
/** fsync of a directory entry; not possible on every platform (Windows), where it is skipped. */
async function syncDirectory(dir) {
    try {
        const handle = await (0,promises_.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // best effort: the file's own fsync already happened
    }
}
function parseLine(text) {
    try {
        const json = JSON.parse(text);
        if (typeof json === 'object' && json !== null && typeof json.key === 'string') {
            return json;
        }
    }
    catch {
        // not JSON: reported by the caller
    }
    return undefined;
}
/**
 * Opens (creating if needed) an append-only JSON Lines checkpoint store. A last line without its
 * newline is what a kill in the middle of a write leaves behind: that mark was never acknowledged, so
 * it is dropped (and cut from the file so the next append starts on a clean line).
 */
async function openCheckpointStore(file, opts = {}) {
    const clock = opts.clock ?? core_clock/* systemClock */.m;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const entries = new Map();
    let text = '';
    let exists = true;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errorCode */.CA)(error) !== 'ENOENT')
            throw error;
        exists = false;
    }
    if (text.length > 0 && !text.endsWith('\n')) {
        const keep = text.lastIndexOf('\n') + 1;
        opts.logger?.debug(`checkpoints: ignoring an unfinished last line in ${file} (a write cut short).`);
        text = text.slice(0, keep);
        await (0,promises_.truncate)(file, Buffer.byteLength(text));
    }
    text.split('\n').forEach((raw, i) => {
        if (raw.trim() === '')
            return;
        const line = parseLine(raw);
        if (line)
            entries.set(line.key, line.value);
        else
            opts.logger?.warning(`checkpoints: skipping unreadable line ${i + 1} of ${file}.`);
    });
    // Marks are written one at a time, in call order; a failed write does not block later ones.
    let queue = Promise.resolve();
    const append = async (key, value) => {
        const record = { key, ...(value !== undefined && { value }), at: new Date(clock.now()).toISOString() };
        const line = `${JSON.stringify(record)}\n`;
        const handle = await (0,promises_.open)(file, 'a');
        try {
            await handle.write(line);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        if (!exists) {
            await syncDirectory((0,external_node_path_.dirname)(file)); // make the new file's name durable too, not only its content
            exists = true;
        }
        // Keep what a reader would parse back (e.g. undefined members dropped).
        entries.set(key, JSON.parse(line).value);
    };
    return {
        done: (key) => entries.has(key),
        get: (key) => entries.get(key),
        keys: () => [...entries.keys()],
        mark: (key, value) => {
            if (typeof key !== 'string' || key === '')
                return Promise.reject(new TypeError('checkpoint key must be a non-empty string'));
            const run = queue.then(() => append(key, value));
            queue = run.catch(() => undefined); // the caller sees the rejection of `run`
            return run;
        },
    };
}

// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary = __webpack_require__(33746);
// EXTERNAL MODULE: ./shared/github/endpoints.ts
var endpoints = __webpack_require__(79966);
;// CONCATENATED MODULE: ./shared/action/environment.ts



function readEvent(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
/** Reads the run environment of `action` from the runner's variables (defaults documented per field). */
function readRunEnvironment(action, env = process.env) {
    const isActions = env.GITHUB_ACTIONS === 'true';
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const base = env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'moko') : (0,external_node_path_.join)(workspace, '.moko');
    const runId = env.GITHUB_RUN_ID || 'local';
    const stateDir = (0,external_node_path_.join)(base, action);
    const tempDir = (0,external_node_path_.join)(base, action, 'tmp', `${runId}-${env.GITHUB_RUN_ATTEMPT || '1'}`);
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const [owner, repo] = (env.GITHUB_REPOSITORY || '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
    const graphqlUrl = (env.GITHUB_GRAPHQL_URL || (0,endpoints/* graphqlUrlFor */.U)(apiUrl)).replace(/\/$/, '');
    const runEnv = {
        workspace,
        tempDir,
        stateDir,
        runId,
        runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT || '1', 10) || 1,
        eventName: env.GITHUB_EVENT_NAME || (isActions ? 'unknown' : 'local'),
        event: readEvent(env.GITHUB_EVENT_PATH),
        serverUrl,
        apiUrl,
        graphqlUrl,
        isActions,
    };
    if (owner && repo)
        runEnv.repository = { owner, repo };
    if (env.GITHUB_EVENT_PATH)
        runEnv.eventPath = env.GITHUB_EVENT_PATH;
    if (env.GITHUB_SHA)
        runEnv.sha = env.GITHUB_SHA;
    if (env.GITHUB_REF)
        runEnv.ref = env.GITHUB_REF;
    if (env.GITHUB_ACTOR)
        runEnv.actor = env.GITHUB_ACTOR;
    return runEnv;
}

// EXTERNAL MODULE: ./shared/config/config-file.ts
var config_file = __webpack_require__(2370);
;// CONCATENATED MODULE: ./shared/config/config.ts




function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Deep merge: mappings merge key by key, anything else (lists included) in `over` replaces `base`. */
function deepMerge(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const prev = out[key];
        out[key] = isMapping(prev) && isMapping(value) ? deepMerge(prev, value) : value;
    }
    return out;
}
/** The value at a dot-notation path (`a.b.0.c`; numeric parts index lists), or undefined. */
function getPath(data, path) {
    let node = data;
    for (const part of path.split('.')) {
        if (Array.isArray(node) && /^\d+$/.test(part))
            node = node[Number(part)];
        else if (isMapping(node) && Object.hasOwn(node, part))
            node = node[part];
        else
            return undefined;
    }
    return node;
}
/**
 * The repository configuration after the chosen profile was merged over the top-level defaults.
 * Read-only; dot-notation access; typed getters that fail with a ConfigError naming the key.
 */
class Config {
    file;
    profile;
    /** Profile names the file defines. */
    profiles;
    data;
    positions;
    /** The file's content before the profile was merged, for locate. */
    raw;
    constructor(data, origin = {}) {
        this.data = data;
        this.file = origin.file;
        this.profile = origin.profile;
        this.profiles = origin.profiles ?? [];
        this.positions = origin.locate;
        this.raw = origin.raw;
    }
    /**
     * Line and column where the setting at `path` (`['release', 'mode']`) is written: in the chosen
     * profile when it sets it there, else at the top level; 1:1 without a file.
     */
    locate(path) {
        const inProfile = this.profile !== undefined && this.positions !== undefined && this.profiles.includes(this.profile);
        const full = inProfile && this.rawHas(['profiles', this.profile, ...path])
            ? ['profiles', this.profile, ...path]
            : [...path];
        const at = this.positions?.(full) ?? { line: 1, column: 1 };
        return { ...at, key: full.join('.') };
    }
    rawHas(path) {
        return this.raw !== undefined && getPath(this.raw, path.join('.')) !== undefined;
    }
    /** Builds a Config from parsed file content: picks `profiles.<profile>` and merges it over the rest. */
    static fromObject(raw, origin = {}) {
        const { profiles, ...defaults } = raw;
        const where = origin.file ?? 'the configuration';
        if (profiles !== undefined && !isMapping(profiles)) {
            throw new errors/* ConfigError */.xL(`${where}: 'profiles' must be a mapping of profile name to settings.`);
        }
        const names = Object.keys(profiles ?? {});
        for (const name of names) {
            if (!isMapping(profiles?.[name]) && profiles?.[name] !== null) {
                throw new errors/* ConfigError */.xL(`${where}: profile '${name}' must be a mapping of settings.`);
            }
        }
        let data = defaults;
        // A file without profiles applies the same way in every environment, so any profile name is fine;
        // a file with profiles must define the one asked for, so a typo does not silently mean "defaults".
        if (origin.profile !== undefined && profiles !== undefined) {
            if (!names.includes(origin.profile)) {
                const from = origin.profileSource ? ` (from ${origin.profileSource})` : '';
                throw new errors/* ConfigError */.xL(`${where}: profile '${origin.profile}'${from} is not defined; available profiles: ${names.join(', ') || 'none'}.`);
            }
            const chosen = profiles[origin.profile];
            data = deepMerge(defaults, isMapping(chosen) ? chosen : {});
        }
        return new Config(data, { ...origin, profiles: names, raw });
    }
    /** The value at a dot-notation path, or `fallback` when it is not set. */
    get(path, fallback) {
        const value = getPath(this.data, path);
        return value === undefined ? fallback : value;
    }
    /** True when the path is set (even to null). */
    has(path) {
        return getPath(this.data, path) !== undefined;
    }
    /** A plain copy of every setting. */
    toJSON() {
        return structuredClone(this.data);
    }
}
/**
 * Loads the optional repository config file. A missing file gives an empty Config unless `required`.
 * Profile: `opts.profile`, else `MOKO_PROFILE`, else none (top-level settings only).
 */
function loadConfig(opts) {
    const { env } = opts;
    const name = opts.file || config_file/* DEFAULT_CONFIG_FILE */.Cu;
    const path = (0,config_file/* resolveConfigPath */.c6)(opts.workspace, name, opts.inputName);
    // resolveWorkspacePath returns the path as written (not symlink-resolved), so this is relative to the workspace.
    const display = (0,external_node_path_.relative)((0,external_node_path_.resolve)(opts.workspace), path) || name;
    const profile = opts.profile || env.MOKO_PROFILE || undefined;
    const profileSource = opts.profile ? 'argument' : profile ? 'MOKO_PROFILE' : undefined;
    const text = (0,config_file/* readConfigDocument */.AA)(path, display);
    if (text === undefined) {
        if (opts.required)
            throw new errors/* ConfigError */.xL(`Configuration file ${display} does not exist.`);
        return new Config({}, { ...(profile !== undefined && { profile }) });
    }
    return Config.fromObject(text.value, {
        file: display,
        locate: text.locate,
        ...(profile !== undefined && { profile }),
        ...(profileSource !== undefined && { profileSource }),
    });
}

;// CONCATENATED MODULE: ./shared/action/configured-inputs.ts



/** The environment variable that sets an action's input: `MOKO_<ACTION>_<INPUT>` (`MOKO_SECURITY_SCAN_FAIL_ON`). */
function inputEnvVariable(action, input) {
    return `MOKO_${action}_${input}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
/** A file value as the raw string an input would carry: lists comma-separated, scalars as text. */
function asRaw(value) {
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
/**
 * The inputs of one action resolved by precedence: the step's input > `MOKO_<ACTION>_<INPUT>` >
 * the action's section of `.github/moko-standards.yml` (with the profile of `MOKO_PROFILE` merged over
 * it) > the input's default. Under the runner an input left out arrives as its action.yml default, so
 * an input equal to its default counts as not given. Secret inputs come only from the step.
 */
function configuredSource(action, defs, given, env, workspace) {
    const origins = new Map();
    const fileValues = readSection(action, defs, env, workspace);
    const source = (name) => {
        const def = defs[name];
        const raw = given(name);
        if (!def || def.secret)
            return raw;
        const trimmed = raw?.trim() ?? '';
        if (trimmed !== '' && trimmed !== (def.actionDefault ?? def.default))
            return raw;
        const variable = inputEnvVariable(action, name);
        if (env[variable]?.trim()) {
            origins.set(name, `environment variable ${variable}`);
            return env[variable];
        }
        const fromFile = fileValues.get(name);
        if (fromFile) {
            origins.set(name, fromFile.where);
            return fromFile.raw;
        }
        return raw;
    };
    return { source, origin: (input) => origins.get(input) };
}
/** The action's settings in the repository file, by input name, with where each is written. */
function readSection(action, defs, env, workspace) {
    const out = new Map();
    const config = loadConfig({ workspace, env });
    if (config.file === undefined)
        return out;
    const section = config.get(action);
    if (section === undefined || section === null)
        return out;
    if (typeof section !== 'object' || Array.isArray(section)) {
        const { line, column, key } = config.locate([action]);
        throw new config_file/* ConfigFileError */.x(config.file, line, column, `${key}: expected a mapping of ${action}'s inputs`);
    }
    const settable = Object.keys(defs).filter((n) => !defs[n]?.secret);
    for (const [name, value] of Object.entries(section)) {
        const { line, column, key } = config.locate([action, name]);
        if (!settable.includes(name))
            throw new config_file/* ConfigFileError */.x(config.file, line, column, `${key}: '${name}' is not an input of ${action} that the file can set (${settable.join(', ')})`);
        if (value === null || value === undefined)
            continue;
        out.set(name, { raw: asRaw(value), where: `${config.file}:${line}:${column}: ${key}` });
    }
    return out;
}
/** A bad value that came from the environment or the file, named by where it was set. */
function withOrigin(error, configured) {
    if (!(error instanceof errors/* InputError */.dz))
        return error;
    const origin = configured.origin(error.input);
    return origin ? new errors/* ConfigError */.xL(`${origin}: ${error.message}`, { cause: error }) : error;
}

// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/core/runner-commands.ts
var runner_commands = __webpack_require__(10095);
;// CONCATENATED MODULE: ./shared/action/execute.ts
















/** The runner's side of ExecutionIo: workflow and file commands (runner-commands.ts). */
function runnerIo(logger, env = process.env, clock = core_clock/* systemClock */.m) {
    return {
        source: (0,action_inputs/* envInputSource */.lQ)(env),
        undeclared: (declared) => (0,action_inputs/* undeclaredInputs */.b5)(declared, env),
        logger,
        env,
        clock,
        mask: (v) => (0,runner_commands/* setSecret */.Pq)(v),
        setOutput: (n, v) => (0,runner_commands/* setOutput */.uH)(n, v, env),
        writeSummary: (md) => {
            if (env.GITHUB_STEP_SUMMARY)
                (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, md);
        },
        fail: (m) => (0,runner_commands/* setFailed */.C1)(m),
    };
}
/**
 * The one line a failed run ends with. The user's mistakes (bad input, bad token, missing permission,
 * unknown resource, unreachable API: see toGitHubApiError) are named plainly; only what is left is
 * our bug and "failed unexpectedly".
 */
function describeFailure(action, thrown, logger) {
    const error = (0,api_errors/* toGitHubApiError */.Vu)(thrown, { answers: true }) ?? thrown;
    if ((0,errors/* isUserError */.iU)(error))
        return `${action}: ${error.message}`;
    // A bug of ours: full detail only under RUNNER_DEBUG=1, so users are not handed a stack trace.
    if (error instanceof Error && error.stack)
        logger.debug(error.stack);
    return `${action} failed unexpectedly: ${(0,errors/* errorMessage */.gJ)(error)}${logger.isDebug() ? '' : ' (re-run with debug logging for details)'}`;
}
/**
 * Runs one action end to end: parse inputs (fail fast), build the services, run, then always
 * write outputs, summary, audit log and metrics, and upload them as artifacts. The one outer
 * safety net of every action: nothing escapes it as an unhandled rejection.
 */
async function executeAction(definition, io) {
    const report = {
        action: definition.name,
        ok: false,
        outputs: {},
        summary: '',
        files: { audit: [] },
    };
    let setup;
    try {
        setup = await prepare(definition, io);
    }
    catch (error) {
        // Nothing has started: no summary, audit or metrics to write.
        report.failure = describeFailure(definition.name, error, io.logger);
        io.fail(report.failure);
        return report;
    }
    const ctx = await buildContext(definition, io, setup);
    await runDefinition(definition, ctx, report, io);
    await finish(definition, ctx, report, io);
    if (report.failure)
        io.fail(report.failure);
    return report;
}
/** Reads the run environment, parses the inputs (step, environment, repository file, default: configured-inputs.ts) and resolves the token. */
async function prepare(definition, io) {
    const env = readRunEnvironment(definition.name, io.env);
    const defs = { ...define_action/* commonInputs */.j, ...definition.inputs };
    const configured = configuredSource(definition.name, defs, io.source, io.env, env.workspace);
    const [unknown] = io.undeclared?.(Object.keys(defs)) ?? [];
    if (unknown) {
        // The value is not echoed: a misspelt `github-token:` would carry a secret.
        throw new errors/* UserError */.yo(`Input '${unknown}' is not an input of ${definition.name}: expected one of ${Object.keys(defs).join(', ')}.`);
    }
    let inputs;
    try {
        inputs = (0,action_inputs/* parseInputs */.TL)(defs, configured.source, (v) => io.mask(v));
    }
    catch (error) {
        throw withOrigin(error, configured);
    }
    const { token, tokenSource } = await resolveToken(inputs, env, io, (v) => io.mask(v));
    return tokenSource ? { inputs, env, token, tokenSource } : { inputs, env, token };
}
/** The context a run receives: its inputs and the services, all built here so tests can inject their io. */
async function buildContext(definition, io, { inputs, env, token, tokenSource }) {
    const { name } = definition;
    const { logger, clock } = io;
    const metrics = new metrics_metrics/* Metrics */.K({ labels: { action: name } });
    const audit = new AuditLog({
        dir: (0,external_node_path_.join)(env.stateDir, 'audit', `${env.runId}-${env.runAttempt}`),
        service: name,
        runId: env.runId,
        runAttempt: env.runAttempt,
        ...(env.actor ? { actor: env.actor } : {}),
    });
    const checkpointFile = checkpointPath(env.stateDir, name, env.runId);
    if (inputs['upload-artifacts'] === true) {
        await restoreFromPreviousAttempt(`checkpoint-${name}-${env.runId}`, env.runAttempt, checkpointFile, {
            logger,
            env: io.env,
        });
    }
    const clients = new Map();
    return {
        name,
        inputs: inputs,
        logger,
        env,
        clock,
        github: async (options = {}) => {
            if (!token)
                throw new errors/* UserError */.yo('no GitHub token: set the github-token input (or GITHUB_TOKEN outside Actions).');
            const key = JSON.stringify(options);
            let client = clients.get(key);
            if (!client) {
                // Octokit and its plugins load here, on first use: a run that never calls GitHub (a scan
                // that uploads nothing) does not pay for evaluating them at start-up. The promise is kept at
                // once, so calls made while it loads share one client.
                const base = {
                    token,
                    apiUrl: env.apiUrl,
                    graphqlUrl: env.graphqlUrl,
                    logger,
                    metrics,
                    clock,
                    env: io.env,
                    tokenSource,
                };
                client = Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(530), __webpack_require__.e(674)]).then(__webpack_require__.bind(__webpack_require__, 71674)).then(({ createGitHubClient }) => createGitHubClient({ ...base, ...options }));
                clients.set(key, client);
            }
            return client;
        },
        summary: new summary/* JobSummary */.c3(),
        annotations: new summary/* Annotations */.rB(logger),
        audit,
        metrics,
        checkpoints: await openCheckpointStore(checkpointFile, { logger }),
        dryRun: inputs['dry-run'] === true,
        mask: (value) => io.mask(value),
    };
}
/** Runs the definition, records its outputs (declared ones only) and its outcome in the report and the audit log. */
async function runDefinition(definition, ctx, report, io) {
    const { name } = definition;
    const { audit, env } = ctx;
    audit.event('run.started', { runAttempt: env.runAttempt, eventName: env.eventName, dryRun: ctx.dryRun });
    try {
        const result = await ctx.metrics.time('action_run', {}, () => definition.run(ctx));
        for (const [key, value] of Object.entries(result.outputs)) {
            if (!(key in definition.outputs))
                throw new Error(`output '${key}' is not declared by ${name}`);
            report.outputs[key] = String(value);
            io.setOutput(key, String(value));
        }
        if (result.failure)
            report.failure = `${name}: ${result.failure}`;
        report.ok = !result.failure;
        audit.event('run.finished', { outputs: report.outputs }, report.ok ? 'success' : 'failure');
    }
    catch (error) {
        report.failure = describeFailure(name, error, ctx.logger);
        audit.event('run.finished', { error: (0,errors/* errorMessage */.gJ)(error) }, 'failure');
    }
}
/**
 * The token every GitHub call uses: an installation token when app-id and app-private-key are given
 * (the app installed on the calling repository, found with `GET /repos/{owner}/{repo}/installation`,
 * which works for user and organization owners alike, where `/orgs/{org}/installation` 404s for a
 * user), renewed before its hour runs out; else github-token, else GITHUB_TOKEN outside Actions.
 * The first installation token is minted before the run starts so a wrong key fails fast, as a user error.
 */
async function resolveToken(inputs, env, io, mask) {
    const appId = inputs['app-id'];
    const privateKey = inputs['app-private-key'];
    if (appId || privateKey) {
        if (!appId || !privateKey)
            throw new errors/* UserError */.yo('app-id and app-private-key go together: give both or neither.');
        if (!env.repository)
            throw new errors/* UserError */.yo('app-id needs GITHUB_REPOSITORY to find the installation.');
        const { appTokenSource } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(530), __webpack_require__.e(674), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 29107));
        const source = await appTokenSource({
            appId,
            privateKey,
            installation: { owner: env.repository.owner, repo: env.repository.repo },
            logger: io.logger,
            clock: io.clock,
            mask,
            client: { apiUrl: env.apiUrl, graphqlUrl: env.graphqlUrl },
        });
        return { token: source.first.token, tokenSource: source };
    }
    const fromInput = inputs['github-token']; // masked when it was parsed
    if (fromInput)
        return { token: fromInput };
    const fromEnv = io.env.GITHUB_TOKEN;
    if (fromEnv)
        mask(fromEnv);
    return { token: fromEnv };
}
/** Writes summary, metrics and audit files and uploads them; telemetry never fails the run. */
async function finish(definition, ctx, report, io) {
    const { env, logger } = ctx;
    ctx.annotations.flush();
    if (report.failure && ctx.summary.isEmpty())
        ctx.summary.heading(`${definition.name} failed`).paragraph(report.failure);
    // GitHub refuses a step summary over 1 MiB: cut at a section boundary rather than lose it all.
    report.summary = ctx.summary.fit();
    if (!ctx.summary.isEmpty())
        io.writeSummary(report.summary);
    // The roadmap's success rate and its "failure rate > 5%" alert read this (metrics-collect gathers it).
    ctx.metrics
        .counter('action_runs_total', 'Runs of the action by outcome.', ['outcome'])
        .inc({ outcome: report.failure ? 'failure' : 'success' });
    try {
        report.files.metrics = await ctx.metrics.writeFiles((0,external_node_path_.join)(env.stateDir, 'metrics', `${env.runId}-${env.runAttempt}`));
        await ctx.audit.close();
        report.files.audit = ctx.audit.files();
    }
    catch (error) {
        logger.warning(`Could not write the audit log or metrics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    if (ctx.inputs['upload-artifacts'] !== true || !env.isActions)
        return;
    const suffix = `${definition.name}-${env.runId}-${env.runAttempt}`;
    const upload = { logger, env: io.env };
    await (0,artifacts_upload/* uploadArtifact */.mz)(`audit-${suffix}`, report.files.audit, (0,external_node_path_.join)(env.stateDir, 'audit'), upload);
    const m = report.files.metrics;
    await (0,artifacts_upload/* uploadArtifact */.mz)(`metrics-${suffix}`, [m.prometheus, m.json], (0,external_node_path_.join)(env.stateDir, 'metrics'), upload);
    // The next attempt of this run restores these (restoreFromPreviousAttempt) to skip finished work.
    if (ctx.checkpoints.keys().length > 0) {
        const file = checkpointPath(env.stateDir, definition.name, env.runId);
        await (0,artifacts_upload/* uploadArtifact */.mz)(`checkpoint-${suffix}`, [file], (0,external_node_path_.dirname)(file), upload);
    }
}

;// CONCATENATED MODULE: ./shared/core/logger.ts

/** Logger that writes GitHub workflow commands (runner-commands.ts). */
function actionsLogger() {
    return {
        debug: (m) => (0,runner_commands/* issueCommand */.Lb)('debug', {}, m),
        info: (m) => process.stdout.write(`${m}\n`),
        warning: (m, p) => (0,runner_commands/* annotate */.fz)('warning', m, p),
        error: (m, p) => (0,runner_commands/* annotate */.fz)('error', m, p),
        notice: (m, p) => (0,runner_commands/* annotate */.fz)('notice', m, p),
        isDebug: () => (0,runner_commands/* isDebug */._o)(),
        startGroup: (n) => (0,runner_commands/* issueCommand */.Lb)('group', {}, n),
        endGroup: () => (0,runner_commands/* issueCommand */.Lb)('endgroup', {}, ''),
    };
}
/** ` file:line: ` of an annotation's position, for plain-text loggers. */
function where(p) {
    if (!p?.file)
        return '';
    return p.startLine ? `${p.file}:${p.startLine}: ` : `${p.file}: `;
}
/** Logger for the local CLI: plain lines on stderr so stdout stays free for --json. */
function consoleLogger(verbose, stream = process.stderr) {
    const write = (line) => stream.write(`${line}\n`);
    return {
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m, p) => write(`warning: ${where(p)}${m}`),
        error: (m, p) => write(`error: ${where(p)}${m}`),
        notice: (m, p) => write(`notice: ${where(p)}${m}`),
        isDebug: () => verbose,
        startGroup: (n) => write(`== ${n}`),
        endGroup: () => { },
    };
}

;// CONCATENATED MODULE: ./shared/action/cli.ts





/** Flags the CLI itself understands, beyond one flag per input. */
const CLI_FLAGS = ['help', 'verbose', 'json'];
/** Parses `--name value`, `--name=value`, bare `--flag` (a boolean true) and `--no-flag`. */
function parseArgs(argv, defs) {
    const values = new Map();
    const flags = new Set();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (!arg.startsWith('--'))
            throw new Error(`unexpected argument '${arg}': inputs are given as --<input> value`);
        let [name, value] = arg.slice(2).split(/=(.*)/s, 2);
        if (CLI_FLAGS.includes(name)) {
            flags.add(name);
            continue;
        }
        if (!(name in defs) && name.startsWith('no-') && defs[name.slice(3)]?.kind === 'boolean') {
            name = name.slice(3);
            value = 'false';
        }
        const def = defs[name];
        if (!def)
            throw new Error(`unknown option '--${name}'. Options: ${Object.keys(defs)
                .map((n) => `--${n}`)
                .join(', ')}`);
        if (value === undefined) {
            const next = argv[i + 1];
            const isBoolean = def.kind === 'boolean';
            if (isBoolean && (next === undefined || next.startsWith('--')))
                value = 'true';
            else if (next === undefined)
                throw new Error(`option '--${name}' needs a value`);
            else {
                value = next;
                i++;
            }
        }
        values.set(name, value);
    }
    return { values, flags };
}
/** The --help text, generated from the input definitions. */
function helpText(definition) {
    const defs = { ...definition.inputs, ...define_action/* commonInputs */.j };
    const lines = [`moko ${definition.name} [options]`, '', definition.description, '', 'Inputs:'];
    for (const [name, d] of Object.entries(defs)) {
        const dflt = d.default !== undefined ? ` (default: ${d.default})` : d.required ? ' (required)' : '';
        lines.push(`  --${name}${dflt}`, `      ${d.description}`, `      ${d.allowed}`);
    }
    lines.push('', 'Outputs:');
    for (const [name, description] of Object.entries(definition.outputs))
        lines.push(`  ${name}: ${description}`);
    lines.push('', 'Options:', '  --help     this text', '  --verbose  debug logging', '  --json     print outputs and results as one JSON document');
    return `${lines.join('\n')}\n`;
}
/** Runs an action as a local command: `moko <action> --<input> value [--json] [--verbose]`. Returns the exit code. */
async function runCli(definition, argv) {
    const defs = { ...define_action/* commonInputs */.j, ...definition.inputs };
    let args;
    try {
        args = parseArgs(argv, defs);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 2;
    }
    if (args.flags.has('help')) {
        process.stdout.write(helpText(definition));
        return 0;
    }
    const json = args.flags.has('json');
    const logger = consoleLogger(args.flags.has('verbose'));
    let failed = false;
    const io = {
        source: (name) => args.values.get(name),
        logger,
        env: process.env,
        clock: core_clock/* systemClock */.m,
        mask: () => { },
        setOutput: () => { },
        writeSummary: (md) => {
            if (!json)
                process.stdout.write(`${md}\n`);
        },
        fail: (message) => {
            failed = true;
            logger.error(message);
        },
    };
    const report = await executeAction(definition, io);
    if (json)
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else
        for (const [k, v] of Object.entries(report.outputs))
            process.stdout.write(`${k}=${v}\n`);
    return failed ? 1 : 0;
}

;// CONCATENATED MODULE: ./shared/action/main.ts





/**
 * Entry point of every bundle: under the runner (GITHUB_ACTIONS=true) it speaks workflow commands;
 * anywhere else it is the `moko <action>` command line.
 */
async function main(definition) {
    try {
        if (process.env.GITHUB_ACTIONS === 'true') {
            await executeAction(definition, runnerIo(actionsLogger()));
        }
        else {
            process.exitCode = await runCli(definition, process.argv.slice(2));
        }
    }
    catch (error) {
        // Last resort: executeAction already catches everything it runs; this guards the guard.
        (0,runner_commands/* setFailed */.C1)(`${definition.name} failed unexpectedly: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 2370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   AA: () => (/* binding */ readConfigDocument),
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   ay: () => (/* binding */ loadForInput),
/* harmony export */   c6: () => (/* binding */ resolveConfigPath),
/* harmony export */   x: () => (/* binding */ ConfigFileError)
/* harmony export */ });
/* unused harmony exports parseConfigDocument, parseConfigText, readConfigFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);
/* harmony import */ var _paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7570);




/** Where the repository configuration file is looked for when no other path is given. */
const DEFAULT_CONFIG_FILE = '.github/moko-standards.yml';
/** A configuration file that does not parse: names the file (relative to the workspace), line and column. */
class ConfigFileError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL {
    file;
    line;
    column;
    name = 'ConfigFileError';
    constructor(file, line, column, reason) {
        super(`${file}:${line}:${column}: ${reason}`);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/**
 * Resolves a config path against the workspace and refuses anything outside it, symlinks included,
 * through the validation module's resolveWorkspacePath. Throws InputError naming `inputName`.
 */
function resolveConfigPath(workspace, file, inputName = 'config-file') {
    return (0,_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .X)(workspace, file, { inputName });
}
/**
 * Parses YAML (or JSON) text into a plain mapping that remembers positions. Empty and comment-only files
 * give `{}`. A syntax error, a duplicate key or a top level that is not a mapping throws
 * ConfigFileError with the line and column.
 */
function parseConfigDocument(text, displayName) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        throw new ConfigFileError(displayName, pos.line, pos.col, `${first.message} (YAML ${first.code}); expected a YAML or JSON mapping of settings`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
        const { line, col } = lineCounter.linePos(doc.contents?.range[0] ?? 0);
        throw new ConfigFileError(displayName, line, col, 'the top level must be a mapping of settings (key: value)');
    }
    const locate = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            if (node?.range) {
                const { line, col } = lineCounter.linePos(node.range[0]);
                return { line, column: col };
            }
        }
        return { line: 1, column: 1 };
    };
    return { file: displayName, value: (value ?? {}), locate };
}
/** Parses YAML text into a plain mapping (see parseConfigDocument). */
function parseConfigText(text, displayName) {
    return parseConfigDocument(text, displayName).value;
}
/**
 * Reads a configuration file at an absolute path (see parseConfigDocument); `undefined` when it does
 * not exist. An unreadable file is a ConfigError naming it.
 */
function readConfigDocument(path, displayName) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Cannot read ${displayName}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    return parseConfigDocument(text, displayName);
}
/** Reads and parses the config file at an absolute path; `undefined` when it does not exist. */
function readConfigFile(path, displayName) {
    return readConfigDocument(path, displayName)?.value;
}
/**
 * `text.value` (or `value`, a part of it at `base`) parsed by a zod schema; a mismatch is one
 * ConfigFileError listing every issue as `file:line:column: key.path: message`, the first one's
 * position on the error itself. Every configuration file of the collection is checked this way.
 */
function validateConfig(schema, text, value = text.value, base = []) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const lines = parsed.error.issues.map((issue) => {
        const path = [...base, ...issue.path];
        const { line, column } = text.locate(path);
        return {
            line,
            column,
            text: `${text.file}:${line}:${column}: ${path.length ? path.join('.') : '(top level)'}: ${issue.message}`,
        };
    });
    const first = lines[0] ?? { line: 1, column: 1, text: '' };
    const error = new ConfigFileError(text.file, first.line, first.column, '');
    error.message = lines.map((l) => l.text).join('\n');
    throw error;
}
/**
 * Runs `load` for the configuration file an input names, so a problem in the file also names the
 * input to fix: `Input 'config': broken.yml:3:1: …`, the original error kept as the cause.
 */
async function loadForInput(inputName, load) {
    try {
        return await load();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input '${inputName}': ${error.message}`, { cause: error });
        throw error;
    }
}


/***/ }),

/***/ 78610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vu: () => (/* binding */ toGitHubApiError),
/* harmony export */   zg: () => (/* binding */ apiErrorsPlugin)
/* harmony export */ });
/* unused harmony exports GitHubApiError, isRateLimit, acceptedPermissions */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4430);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80761);
/* harmony import */ var _request_hook_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11941);




/** How to fix a token GitHub refuses: the inputs that set it. */
const TOKEN_FIX = 'set the github-token input to a valid token (the default is the workflow token), or app-id and app-private-key to use a GitHub App';
/** What to check when the API cannot be reached. */
const NETWORK_FIX = "check GITHUB_API_URL and the runner's network or proxy";
/**
 * A refusal or failure of the GitHub API that is not a bug of ours (a bad token, a missing permission,
 * an unknown resource, an unreachable or failing API), as a user error that keeps what callers test:
 * the HTTP `status`, the `response` and `request`, and the original error as `cause`
 * (as release-please's GitHubAPIError keeps its cause and status).
 */
class GitHubApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'GitHubApiError';
    status;
    response;
    request;
    /** The permissions GitHub says would have been accepted (`contents=write`), for a 403. */
    permissions;
    constructor(message, original, permissions) {
        super(message, { cause: original });
        this.status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(original);
        if (typeof original === 'object' && original !== null) {
            if ('response' in original)
                this.response = original.response;
            if ('request' in original)
                this.request = original.request;
        }
        if (permissions)
            this.permissions = permissions;
    }
}
/** GitHub's message without the documentation link it appends (`Bad credentials - https://docs…`). */
function githubMessage(error) {
    return ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
/** True for a 403 or 429 that is a primary or secondary rate limit rather than a missing permission. */
function isRateLimit(error) {
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const headers = (0,_request_hook_js__WEBPACK_IMPORTED_MODULE_3__/* .headersOf */ .Yl)(error);
    if (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined)
        return true;
    return /rate limit/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
}
/**
 * The permission sets GitHub would have accepted, from its X-Accepted-GitHub-Permissions header
 * (`contents=read; pull_requests=write,issues=write`: sets separated by `;`, any one set suffices),
 * rendered as `contents: read`, `pull_requests: write and issues: write`.
 */
function acceptedPermissions(error) {
    const raw = (0,_request_hook_js__WEBPACK_IMPORTED_MODULE_3__/* .headersOf */ .Yl)(error)['x-accepted-github-permissions'];
    if (typeof raw !== 'string' || raw.trim() === '')
        return [];
    return raw
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .filter(Boolean)
        .join(' and '))
        .filter(Boolean);
}
/**
 * The user-facing form of a GitHub failure, or undefined for anything else (left to the caller):
 * 401 names the token inputs, a network failure names the host and the error code, an open circuit
 * breaker names the failure that opened it. With `answers` (the framework's outer net, where nobody
 * handles them any more) also GitHub's answers that callers often handle themselves: a permission 403
 * names the permission, a 404 the resource, and a 5xx after the retries says GitHub is failing.
 */
function toGitHubApiError(error, opts = {}) {
    if (error instanceof GitHubApiError)
        return error;
    if (error instanceof _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_1__/* .CircuitOpenError */ .Ch) {
        // Its message already names the failure that opened it; add what to check.
        const hint = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailure */ .rd)(error.lastFailure) ? NETWORK_FIX : 'see https://www.githubstatus.com';
        return new GitHubApiError(`${error.message.replace(/\.$/, '')}: ${hint}.`, error);
    }
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    const { request } = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .requestTarget */ .t5)(error);
    const call = request ? ` for ${request}` : '';
    if (status === 401)
        return new GitHubApiError(`GitHub refused the token (401 ${githubMessage(error)})${call}: ${TOKEN_FIX}.`, error);
    if (status === 403 && opts.answers && !isRateLimit(error)) {
        const accepted = acceptedPermissions(error);
        const need = accepted.length
            ? `the token lacks the permission ${accepted.join(', or ')}: grant it in the workflow's permissions: block, or to the GitHub App`
            : 'the token lacks a permission this call needs (docs/permissions.md lists what each action needs)';
        return new GitHubApiError(`GitHub refused${call || ' the call'} (403 ${githubMessage(error)}): ${need}.`, error, accepted);
    }
    if (status === 404 && opts.answers && request)
        return new GitHubApiError(`GitHub has nothing at ${request} (404 ${githubMessage(error)}): check the input that names it, and that the token can see it (GitHub answers 404 for what a token may not read).`, error);
    const network = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailure */ .rd)(error);
    if (network)
        return new GitHubApiError(`${capitalize((0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkFailure */ .Ku)(network))}: ${NETWORK_FIX}.`, error);
    const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
    if (status !== undefined && status >= 500 && answered && opts.answers)
        return new GitHubApiError(`GitHub failed${call} (${status} ${githubMessage(error)}) after retries: see https://www.githubstatus.com and re-run later.`, error);
    return undefined;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/**
 * Outermost client layer: a call that ends in a bad token or an unreachable API (nothing else of the
 * run can work either) rejects with a GitHubApiError (status, response and cause kept), so every action
 * and every per-item report words it the same way. Other answers (403, 404, 5xx) pass unchanged to the
 * callers that handle them; the framework's outer net words whatever escapes.
 */
function apiErrorsPlugin() {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            try {
                return await request(options);
            }
            catch (error) {
                throw toGitHubApiError(error) ?? error;
            }
        });
    };
}


/***/ }),

/***/ 4430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ CircuitOpenError),
/* harmony export */   aG: () => (/* binding */ CircuitBreaker),
/* harmony export */   bm: () => (/* binding */ circuitBreakerPlugin)
/* harmony export */ });
/* unused harmony export isServiceFailure */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80761);


const GAUGE_VALUE = { closed: 0, 'half-open': 1, open: 2 };
/** One line for the failure that opened the circuit: the host and code of a network error, or the HTTP answer. */
function describeLastFailure(error) {
    const network = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailure */ .rd)(error);
    if (network)
        return (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkFailure */ .Ku)(network);
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    return `${status === undefined ? '' : `HTTP ${status}: `}${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0]}`;
}
/**
 * Thrown without touching the network while the circuit is open (or a half-open probe is in flight).
 * Carries the last failure that kept it open as `cause` and names it, so a user sees why (connection
 * refused by which host) rather than only that the breaker is open.
 */
class CircuitOpenError extends Error {
    retryAt;
    lastFailure;
    name = 'CircuitOpenError';
    constructor(retryAt, failures, lastFailure) {
        super(`GitHub API circuit breaker is open after ${failures} consecutive failed requests (5xx or network errors)` +
            (lastFailure === undefined ? '' : `, the last one: ${describeLastFailure(lastFailure)}`) +
            `; requests fail fast until ${new Date(retryAt).toISOString()}.`, lastFailure === undefined ? undefined : { cause: lastFailure });
        this.retryAt = retryAt;
        this.lastFailure = lastFailure;
    }
}
/**
 * True for the failures that say GitHub (or the path to it) is unwell: 5xx answers and network
 * errors (which Octokit reports as status 500 or without a status). 4xx answers are the caller's
 * problem, 403/429 rate limits are the throttling layer's, and 304 is a cache success.
 */
function isServiceFailure(error) {
    if (error instanceof CircuitOpenError)
        return false;
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    return status === undefined || status >= 500;
}
/**
 * closed → open after `failureThreshold` consecutive failures; open fails fast for `resetAfterMs`;
 * then half-open lets exactly one probe through: success closes, failure re-opens.
 */
class CircuitBreaker {
    clock;
    logger;
    gauge;
    openingsCounter;
    current = 'closed';
    consecutive = 0;
    openedAt = 0;
    probing = false;
    last;
    opened = 0;
    failureThreshold;
    resetAfterMs;
    constructor(clock, opts = {}, logger, gauge, 
    /** Counts every transition to open (`moko_github_circuit_openings_total`), for the breaker alert. */
    openingsCounter) {
        this.clock = clock;
        this.logger = logger;
        this.gauge = gauge;
        this.openingsCounter = openingsCounter;
        this.failureThreshold = Math.max(1, opts.failureThreshold ?? 5);
        this.resetAfterMs = Math.max(0, opts.resetAfterMs ?? 30_000);
        this.gauge?.set(GAUGE_VALUE.closed);
    }
    /** The state now; an open circuit whose wait has elapsed reads as half-open. */
    get state() {
        if (this.current === 'open' && this.clock.now() - this.openedAt >= this.resetAfterMs)
            this.transition('half-open');
        return this.current;
    }
    /** The most recent failure that counted (a 5xx answer or a network error), kept as the open error's cause. */
    get lastFailure() {
        return this.last;
    }
    /** Times the circuit opened since the breaker was made (re-openings after a failed probe included). */
    get openings() {
        return this.opened;
    }
    /** Consecutive failures counted so far. */
    get failures() {
        return this.consecutive;
    }
    /** Runs one attempt through the breaker. */
    async run(attempt) {
        const state = this.state;
        if (state === 'open' || (state === 'half-open' && this.probing)) {
            throw new CircuitOpenError(this.openedAt + this.resetAfterMs, this.consecutive, this.last);
        }
        const probe = state === 'half-open';
        if (probe)
            this.probing = true;
        try {
            const result = await attempt();
            this.succeeded();
            return result;
        }
        catch (error) {
            if (isServiceFailure(error)) {
                this.last = error;
                this.failed(probe);
            }
            else
                this.succeeded();
            throw error;
        }
        finally {
            if (probe)
                this.probing = false;
        }
    }
    succeeded() {
        this.consecutive = 0;
        if (this.current !== 'closed')
            this.transition('closed');
    }
    failed(probe) {
        this.consecutive++;
        if (probe || (this.current === 'closed' && this.consecutive >= this.failureThreshold)) {
            this.openedAt = this.clock.now();
            this.transition('open');
        }
    }
    transition(next) {
        if (next === this.current)
            return;
        this.logger?.[next === 'open' ? 'warning' : 'info'](`GitHub API circuit breaker ${this.current} -> ${next}` +
            (next === 'open' ? ` after ${this.consecutive} consecutive failures; retry in ${this.resetAfterMs} ms` : ''));
        if (next === 'open')
            this.opened++;
        this.current = next;
        this.gauge?.set(GAUGE_VALUE[next]);
        if (next === 'open')
            this.openingsCounter?.inc();
    }
}
/** The breaker as an Octokit plugin: wraps each network attempt (inside retry, so every attempt counts). */
function circuitBreakerPlugin(breaker) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => breaker.run(async () => request(options)));
    };
}


/***/ }),

/***/ 79966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ graphqlUrlFor)
/* harmony export */ });
/**
 * The GraphQL endpoint that belongs to a REST base URL (GHES: `/api/v3` → `/api/graphql`). A module of
 * its own so the run environment can compute it without loading the client and Octokit.
 */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}


/***/ }),

/***/ 80761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   rd: () => (/* binding */ networkFailure),
/* harmony export */   t5: () => (/* binding */ requestTarget)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/** What a network error code means, in the words a user would search for. */
const CODE_MEANING = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'DNS lookup failed, try again',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
    UND_ERR_SOCKET: 'socket closed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
    TIMEOUT: 'no answer within the timeout',
};
/** The error, its `cause`s and an AggregateError's `errors` (undici reports a dual-stack failure as one), outermost first. */
function* causeChain(error, depth = 0) {
    if (depth > 8 || error === undefined || error === null)
        return;
    yield error;
    if (typeof error !== 'object')
        return;
    if ('cause' in error)
        yield* causeChain(error.cause, depth + 1);
    if ('errors' in error && Array.isArray(error.errors))
        for (const e of error.errors)
            yield* causeChain(e, depth + 1);
}
/** The request an Octokit error carries (`error.request`: method and absolute url). */
function requestOf(error) {
    if (typeof error !== 'object' || error === null || !('request' in error))
        return undefined;
    const request = error.request;
    return typeof request === 'object' && request !== null ? request : undefined;
}
/** `host:port` and `METHOD /path` of an Octokit error's request, when it has one. */
function requestTarget(error) {
    const request = requestOf(error);
    if (!request?.url)
        return {};
    try {
        const url = new URL(request.url, request.baseUrl);
        const port = url.port || (url.protocol === 'http:' ? '80' : '443');
        return { host: `${url.hostname}:${port}`, request: `${request.method ?? 'GET'} ${url.pathname}` };
    }
    catch {
        return { request: `${request.method ?? 'GET'} ${request.url}` };
    }
}
/**
 * The network failure behind an error, or undefined when GitHub answered (any HTTP status). Octokit
 * reports a failed fetch as status 500 without a response, the real error in `cause`
 * (TypeError "fetch failed" → Error with `code`); our transport reports a timeout as RequestTimeoutError.
 */
function networkFailure(error) {
    const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
    if (answered || (status !== undefined && status !== 500))
        return undefined;
    let code;
    let detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    let timeout = false;
    for (const e of causeChain(error)) {
        if (e instanceof Error && e.name === 'RequestTimeoutError')
            timeout = true;
        if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') && timeout)
            code ??= 'TIMEOUT';
        const c = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(e);
        if (c && !code) {
            code = c;
            detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
        }
    }
    if (!code && timeout)
        code = 'TIMEOUT';
    // Without a code there is nothing to name (a GraphQL error answer, a test double's bare 500).
    if (!code)
        return undefined;
    return { ...requestTarget(error), code, detail };
}
/** One line for a network failure: host, code and its meaning, and the request. */
function describeNetworkFailure(failure) {
    const where = failure.host ? ` at ${failure.host}` : '';
    const meaning = CODE_MEANING[failure.code];
    const why = `${failure.code}${meaning ? `: ${meaning}` : ''}`;
    const what = failure.request ? ` for ${failure.request}` : '';
    return `could not reach the GitHub API${where} (${why})${what}`;
}


/***/ }),

/***/ 11941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ routeOf),
/* harmony export */   V: () => (/* binding */ perCallOptionsPlugin),
/* harmony export */   Yl: () => (/* binding */ headersOf)
/* harmony export */ });
/* unused harmony export isGraphqlUrl */
/**
 * The metrics label of a request: the Octokit route template (`GET /repos/{owner}/{repo}`) when the
 * caller used one. Absolute URLs (pagination's `Link` pages) become paths below the API base path,
 * with numeric segments folded to `{id}` and the query dropped, so label cardinality stays bounded.
 */
function routeOf(options) {
    const method = options.method.toUpperCase();
    let path = options.url;
    if (/^https?:\/\//i.test(path)) {
        const url = new URL(path);
        const base = new URL(options.baseUrl).pathname.replace(/\/$/, '');
        path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
        path = path.replace(/\/\d+(?=\/|$)/g, '/{id}');
    }
    const query = path.indexOf('?');
    return `${method} ${query >= 0 ? path.slice(0, query) : path}`;
}
/** Response headers carried by an Octokit RequestError, if any. */
function headersOf(error) {
    if (typeof error === 'object' && error !== null && 'response' in error) {
        const { response } = error;
        if (typeof response === 'object' && response !== null && 'headers' in response) {
            const { headers } = response;
            if (typeof headers === 'object' && headers !== null)
                return headers;
        }
    }
    return {};
}
/** True for Octokit's GraphQL URLs: `/graphql`, or the absolute `…/api/graphql` it builds for a `/api/v3` base. */
function isGraphqlUrl(url, baseUrl) {
    if (url === '/graphql')
        return true;
    return /\/api\/v3\/?$/.test(baseUrl) && url === baseUrl.replace(/\/api\/v3\/?$/, '/api/graphql');
}
/**
 * Outermost plugin: gives each call its own `options.request`, and names every GraphQL call
 * `/graphql` (the throttling plugin recognises GraphQL, and its RATE_LIMITED errors, only by that
 * path; the transport layer sends it to the configured endpoint). before-after-hook hands every layer
 * the same options object (a layer cannot pass a copy inward), and Octokit's endpoint merge shares
 * one `request` object between all calls that do not set it, so per-attempt state written there
 * (plugin-retry's `retryCount`, our timeout signal) would otherwise leak between concurrent calls.
 */
function perCallOptionsPlugin() {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => {
            options.request = { ...options.request };
            if (isGraphqlUrl(options.url, options.baseUrl))
                options.url = '/graphql';
            return request(options);
        });
    };
}


/***/ }),

/***/ 41617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ Metrics)
});

// UNUSED EXPORTS: DURATION_BUCKETS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./shared/core/clock.ts
var clock = __webpack_require__(55698);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./shared/metrics/pushgateway.ts

/**
 * The grouping-key path of a job. A `/` cannot appear in a path segment, so such names use the
 * Pushgateway's base64url form (https://github.com/prometheus/pushgateway#url).
 */
function jobPath(job) {
    if (job === '')
        throw new errors/* UserError */.yo('Pushgateway job name must not be empty.');
    if (job.includes('/'))
        return `/metrics/job@base64/${Buffer.from(job).toString('base64url')}`;
    return `/metrics/job/${encodeURIComponent(job)}`;
}
/** The gateway URL without credentials, for messages (a Basic-auth password must never reach the log). */
function redacted(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href;
}
/**
 * PUTs a text exposition to `<gatewayUrl>/metrics/job/<job>`, replacing the job's previous group
 * (https://github.com/prometheus/pushgateway#put-method). Credentials in the URL become a Basic
 * Authorization header, since fetch refuses URLs that carry them.
 */
async function pushToGateway(gatewayUrl, job, body, opts = {}) {
    let url;
    try {
        url = new URL(gatewayUrl);
    }
    catch {
        throw new errors/* UserError */.yo(`Pushgateway URL ${JSON.stringify(gatewayUrl)} is not a valid URL.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* UserError */.yo(`Pushgateway URL must use http or https, got ${url.protocol}`);
    }
    const headers = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
    if (url.username !== '' || url.password !== '') {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    }
    const shown = redacted(url);
    const target = new URL(shown);
    target.pathname = `${target.pathname.replace(/\/+$/, '')}${jobPath(job)}`;
    const doFetch = opts.fetch ?? fetch;
    let response;
    try {
        response = await doFetch(target, {
            method: 'PUT',
            headers,
            body,
            signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
    }
    catch (error) {
        throw new Error(`Pushgateway ${shown} unreachable: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (!response.ok) {
        const text = (await response.text()).slice(0, 500);
        throw new Error(`Pushgateway ${shown} answered ${response.status}: ${text.trim()}`);
    }
}

;// CONCATENATED MODULE: ./shared/metrics/metrics.ts





/** Buckets (seconds) for execution-time histograms: 5 ms to 5 min, the span of an action's work. */
const DURATION_BUCKETS = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
/**
 * The roadmap's metrics collector on prom-client. Each instance owns a private Registry, so two
 * collectors (or two tests) never share state through prom-client's global registry.
 */
class Metrics {
    registry;
    prefix;
    clock;
    constructor(opts = {}) {
        this.registry = new prom_client.Registry();
        this.prefix = opts.prefix ?? 'moko_';
        this.clock = opts.clock ?? clock/* systemClock */.m;
        if (opts.labels && Object.keys(opts.labels).length > 0)
            this.registry.setDefaultLabels(opts.labels);
    }
    /**
     * A counter; registering the same name again returns the existing one. Names get a `_total`
     * suffix when missing, because `promtool check metrics` rejects counters without it.
     */
    counter(name, help, labelNames = []) {
        const full = this.fullName(name.endsWith('_total') ? name : `${name}_total`);
        return this.existing(full, prom_client.Counter) ?? new prom_client.Counter({ name: full, help, labelNames, registers: [this.registry] });
    }
    /** A gauge; registering the same name again returns the existing one. */
    gauge(name, help, labelNames = []) {
        const full = this.fullName(name);
        return this.existing(full, prom_client.Gauge) ?? new prom_client.Gauge({ name: full, help, labelNames, registers: [this.registry] });
    }
    /** A histogram (default buckets suit durations in seconds); registering the same name again returns the existing one. */
    histogram(name, help, labelNames = [], buckets = DURATION_BUCKETS) {
        const full = this.fullName(name);
        return (this.existing(full, prom_client.Histogram) ??
            new prom_client.Histogram({ name: full, help, labelNames, buckets: [...buckets], registers: [this.registry] }));
    }
    /**
     * Runs `fn` and records how long it took, in seconds, into the histogram `name` (created on first
     * use with `labels`' keys as label names; `_seconds` is appended when missing, as Prometheus
     * naming asks for the base unit in the name). The time is recorded whether `fn` resolves or throws.
     */
    async time(name, labels, fn) {
        const full = name.endsWith('_seconds') ? name : `${name}_seconds`;
        const histogram = this.histogram(full, `Execution time of ${name} in seconds.`, Object.keys(labels));
        const started = this.clock.now();
        try {
            return await fn();
        }
        finally {
            histogram.observe(labels, (this.clock.now() - started) / 1000);
        }
    }
    /** Prometheus text exposition format 0.0.4. */
    prometheus() {
        return this.registry.metrics();
    }
    /** Every metric with its values, as prom-client's JSON objects. */
    async json() {
        return this.registry.getMetricsAsJSON();
    }
    /** Writes `metrics.prom` and `metrics.json` into `dir` (created if missing) and returns their paths. */
    async writeFiles(dir) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const files = { prometheus: external_node_path_default().join(dir, 'metrics.prom'), json: external_node_path_default().join(dir, 'metrics.json') };
        await (0,promises_.writeFile)(files.prometheus, await this.prometheus());
        await (0,promises_.writeFile)(files.json, `${JSON.stringify(await this.json(), null, 2)}\n`);
        return files;
    }
    /** Replaces this job's group on a Prometheus Pushgateway with the current metrics (HTTP PUT). */
    async push(gatewayUrl, job) {
        await pushToGateway(gatewayUrl, job, await this.prometheus());
    }
    fullName(name) {
        return name.startsWith(this.prefix) ? name : `${this.prefix}${name}`;
    }
    existing(name, kind) {
        const found = this.registry.getSingleMetric(name);
        if (found === undefined)
            return undefined;
        if (!(found instanceof kind)) {
            // Our bug, not the user's: two call sites disagree about what a metric is.
            throw new Error(`Metric ${name} is already registered as a different type.`);
        }
        return found;
    }
}


/***/ }),

/***/ 7570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveWorkspacePath)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);



/** True when `child` is `parent` or lies under it (both absolute and normalized). */
function isInside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `target`: its longest existing ancestor resolved through symlinks, plus the
 * parts that do not exist yet (a file an action is about to create).
 */
function realPathOf(target) {
    const missing = [];
    let current = target;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) !== 'ENOENT')
                throw error;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return { real: target, exists: false };
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
            continue;
        }
        // Throws for a dangling symlink: its target is unknown (and writing through it could land
        // anywhere), so the caller refuses it.
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current);
        return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...missing.reverse()), exists: missing.length === 0 };
    }
}
/**
 * Resolves a path input (absolute, or relative to the workspace) and guarantees it stays inside the
 * workspace: `..` escapes, absolute paths elsewhere, and symlinks (of the path or any parent) whose
 * real path leaves the workspace are all refused with an InputError naming the input. Returns the
 * normalized absolute path as written (not the symlink-resolved one), which has been checked.
 */
function resolveWorkspacePath(workspace, p, opts = {}) {
    const inputName = opts.inputName ?? 'path';
    const refuse = (why) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, p, why);
    };
    if (p.trim() === '')
        refuse('expected a path inside the workspace');
    if (p.includes('\0'))
        refuse('a path must not contain NUL bytes');
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    let realRoot;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The workspace ${root} does not exist.`);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, p);
    // An absolute input may name the workspace by its real path (e.g. when the workspace is a symlink).
    if (!isInside(root, target) && !isInside(realRoot, target)) {
        refuse(`the path must stay inside the workspace ${root}`);
    }
    let resolved;
    try {
        resolved = realPathOf(target);
    }
    catch {
        return refuse('the path is a symlink that cannot be resolved');
    }
    if (!isInside(realRoot, resolved.real)) {
        refuse(`the path leads outside the workspace through a symlink (to ${resolved.real})`);
    }
    if (opts.mustExist && !resolved.exists)
        refuse('the path does not exist');
    return target;
}


/***/ })

};
