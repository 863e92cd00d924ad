export const id = 493;
export const ids = [493];
export const modules = {

/***/ 70737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ loadArtifactClient),
/* harmony export */   mj: () => (/* binding */ missingRuntimeVariables),
/* harmony export */   mz: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/**
 * @actions/artifact and its dependencies are large, and `uses:` downloads our whole repository for
 * every job, so the module is only loaded by runs that really upload or restore.
 */
async function loadArtifactClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 97500));
    return new DefaultArtifactClient();
}
/** Variables the runner gives a step that may talk to the artifact (results) service. */
const RUNTIME_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'];
/** The runtime variables missing from `env`: none on a runner step, both elsewhere. */
function missingRuntimeVariables(env) {
    return RUNTIME_VARIABLES.filter((v) => !env[v]);
}
/**
 * Uploads `files` (under `rootDir`) as artifact `name`. Skips with a reason outside the runner
 * (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL) or with no files; an upload failure is logged as
 * a warning and returned, never thrown, because telemetry must not fail the action.
 */
async function uploadArtifact(name, files, rootDir, opts) {
    const { logger } = opts;
    const env = opts.env ?? process.env;
    const missing = missingRuntimeVariables(env);
    if (missing.length > 0) {
        const reason = `${missing.join(' and ')} not set (not running on a GitHub Actions runner)`;
        logger.debug(`Artifact ${name} not uploaded: ${reason}.`);
        return { uploaded: false, reason };
    }
    if (files.length === 0) {
        logger.debug(`Artifact ${name} not uploaded: no files.`);
        return { uploaded: false, reason: 'no files to upload' };
    }
    try {
        const client = await (opts.client ?? loadArtifactClient)();
        const options = opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays };
        // Artifact names are unique per workflow run: a second step of the same action, or a matrix job,
        // finds the name taken. Then `-<job>`, `-<job>-2`, … keep the contract's prefix for audit-archive.
        const job = (env.GITHUB_JOB || 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
        const candidates = [name, `${name}-${job}`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${name}-${job}-${n}`)];
        for (const [i, candidate] of candidates.entries()) {
            try {
                const response = await client.uploadArtifact(candidate, [...files], rootDir, options);
                logger.info(`Uploaded artifact ${candidate} (${files.length} file${files.length === 1 ? '' : 's'}).`);
                const result = { uploaded: true, name: candidate };
                if (response.id !== undefined)
                    result.id = response.id;
                return result;
            }
            catch (error) {
                if (!NAME_TAKEN.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)) || i === candidates.length - 1)
                    throw error;
                logger.debug(`Artifact name ${candidate} is taken in this run; trying the next one.`);
            }
        }
        throw new Error('unreachable');
    }
    catch (error) {
        const reason = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        logger.warning(`Could not upload artifact ${name}: ${reason}`);
        return { uploaded: false, reason };
    }
}
/** How the results service says an artifact name is already used in this run (Twirp already_exists / 409). */
const NAME_TAKEN = /already[ _]exists|\b409\b|conflict/i;


/***/ }),

/***/ 7171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jr: () => (/* binding */ AuditFormatError),
  NV: () => (/* binding */ currentSegment),
  Kn: () => (/* binding */ listRotated),
  Bz: () => (/* binding */ listSegments),
  YB: () => (/* binding */ parseAuditText),
  dT: () => (/* binding */ rotatedSegment)
});

// UNUSED EXPORTS: readAuditFile, readAuditFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
;// CONCATENATED MODULE: ./shared/audit/audit-record.ts
/** The three kinds of audit record. */
const AUDIT_TYPES = ['event', 'security', 'transaction'];

;// CONCATENATED MODULE: ./shared/audit/audit-file.ts






/** A line of an audit file that is not a well-formed record; names the file and the 1-based line. */
class AuditFormatError extends Error {
    file;
    line;
    recordsBefore;
    name = 'AuditFormatError';
    constructor(file, line, reason, 
    /** How many good records of this file came before the bad line. */
    recordsBefore = 0) {
        super(`${file}:${line}: not an audit record: ${reason}`);
        this.file = file;
        this.line = line;
        this.recordsBefore = recordsBefore;
    }
}
// Loose: unknown fields are kept, because dropping them would hide an added field from hash verification.
const recordSchema = schemas/* looseObject */._H3({
    seq: schemas/* number */.aig().int().nonnegative(),
    uuid: schemas/* string */.YjP(),
    time: schemas/* string */.YjP(),
    service: schemas/* string */.YjP(),
    type: schemas/* enum */.k5n(AUDIT_TYPES),
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    transactionId: schemas/* string */.YjP().optional(),
    actor: schemas/* string */.YjP().optional(),
    runId: schemas/* string */.YjP().optional(),
    runAttempt: schemas/* number */.aig().int().positive().optional(),
    severity: schemas/* enum */.k5n(finding/* SEVERITIES */.oC).optional(),
    data: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    prevHash: schemas/* string */.YjP(),
    hash: schemas/* string */.YjP(),
});
/** Name of the segment being written in `dir`. */
function currentSegment(dir) {
    return (0,external_node_path_.join)(dir, 'audit.jsonl');
}
/** Rotated segments are `audit.<n>.jsonl` with n counting up from 1 in the order they were rotated. */
function rotatedSegment(dir, n) {
    return (0,external_node_path_.join)(dir, `audit.${n}.jsonl`);
}
/** Rotated segments in `dir` with their numbers, oldest (lowest number) first. */
function listRotated(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .flatMap((f) => {
        const m = /^audit\.(\d+)\.jsonl$/.exec(f);
        return m ? [{ file: (0,external_node_path_.join)(dir, f), n: Number(m[1]) }] : [];
    })
        .sort((a, b) => a.n - b.n);
}
/** Every segment of the log in `dir`, oldest first: `audit.1.jsonl`, `audit.2.jsonl`, …, `audit.jsonl`. */
function listSegments(dir) {
    const rotated = listRotated(dir).map((r) => r.file);
    const current = currentSegment(dir);
    return (0,external_node_fs_.existsSync)(current) ? [...rotated, current] : rotated;
}
/**
 * Parses one audit file. A final line without its newline that does not parse is the remains of a
 * write cut short by a crash (never acknowledged) and is skipped; any other bad line throws
 * AuditFormatError naming the file and line.
 */
function parseAuditText(text, file = '<audit>') {
    const lines = text.split('\n');
    const records = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        const last = i === lines.length - 1;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch (error) {
            if (last)
                return; // torn tail
            throw new AuditFormatError(file, i + 1, (0,errors/* errorMessage */.gJ)(error), records.length);
        }
        const parsed = recordSchema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue?.path.join('.') || 'record';
            throw new AuditFormatError(file, i + 1, `${where}: ${issue?.message ?? 'invalid'}`, records.length);
        }
        records.push(parsed.data);
    });
    return records;
}
/** Reads and parses one audit file (see parseAuditText). */
function readAuditFile(path) {
    return parseAuditText(readFileSync(path, 'utf8'), path);
}
/** Reads several segments in the order given (pass `AuditLog.files()` or `listSegments(dir)`: oldest first). */
function readAuditFiles(paths) {
    return paths.flatMap((p) => readAuditFile(p));
}


/***/ }),

/***/ 87898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  si: () => (/* binding */ GENESIS_HASH),
  oj: () => (/* binding */ recordHash),
  ES: () => (/* binding */ wellFormed),
  X4: () => (/* binding */ wellFormedString)
});

// UNUSED EXPORTS: canonicalJson, sha256

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}

;// CONCATENATED MODULE: ./shared/audit/canonical.ts


/** The `prevHash` of the first record of a chain: 64 zeros, i.e. "no predecessor". */
const GENESIS_HASH = '0'.repeat(64);
/**
 * The JSON Canonicalization Scheme of RFC 8785 (through the `canonicalize` library): keys sorted by
 * UTF-16 code units at every level, no whitespace, ECMAScript number and string serialization. A
 * standard form, so an auditor can recompute a record's hash with any JCS implementation (docs/audit.md).
 * `undefined` members are dropped, as JSON.stringify does; a lone surrogate or a non-finite number
 * throws (JCS has no representation for them: AuditLog never writes them).
 */
function canonicalJson(value) {
    return canonicalize(value) ?? 'null';
}
/** Hex SHA-256 of a UTF-8 string. */
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The hash a record must carry: SHA-256 over its RFC 8785 form without the `hash` field (prevHash included). */
function recordHash(record) {
    const { hash: _ignored, ...rest } = record;
    return sha256(canonicalJson(rest));
}
/**
 * A copy of JSON-shaped data that JCS can serialize: lone surrogates replaced (U+FFFD, as
 * String#toWellFormed does) in strings and keys. Applied before hashing so a stray half of an emoji in
 * an error message cannot make a record unwritable.
 */
function wellFormed(value) {
    if (typeof value === 'string')
        return wellFormedString(value);
    if (Array.isArray(value))
        return value.map((v) => wellFormed(v));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormedString(k), wellFormed(v)]));
    return value;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** String#toWellFormed (ES2024; our lib target is older): each lone surrogate becomes U+FFFD. */
function wellFormedString(value) {
    return value.replace(LONE_SURROGATE, '\ufffd');
}


/***/ }),

/***/ 87045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ verifyAuditChain)
/* harmony export */ });
/* unused harmony export verifyAuditFiles */
/* harmony import */ var _audit_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7171);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87898);


/**
 * Checks that records form one unbroken hash chain: every record's hash matches its content, its
 * prevHash is the previous record's hash and seq counts up by one. Deletion, reordering or editing of
 * any record makes it fail at the first affected index. A failure of `expectedHead` is reported at
 * index `records.length` (records are missing after the last one).
 */
function verifyAuditChain(records, options = {}) {
    const fromGenesis = options.fromGenesis ?? true;
    const count = records.length;
    const fail = (index, reason) => ({ ok: false, count, index, reason });
    let prev;
    for (const [index, record] of records.entries()) {
        if (typeof record.hash !== 'string' || typeof record.prevHash !== 'string' || !Number.isInteger(record.seq)) {
            return fail(index, 'record lacks seq, prevHash or hash');
        }
        if (record.hash !== (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .recordHash */ .oj)(record)) {
            return fail(index, `hash does not match the record's content (record ${record.seq} was edited)`);
        }
        if (prev === undefined) {
            if (fromGenesis && record.seq !== 0) {
                return fail(index, `first record has seq ${record.seq}, expected 0 (records before it are missing)`);
            }
            if (fromGenesis && record.prevHash !== _canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .GENESIS_HASH */ .si) {
                return fail(index, 'first record does not start the chain (prevHash is not the genesis hash)');
            }
        }
        else {
            if (record.seq !== prev.seq + 1) {
                return fail(index, `seq ${record.seq} follows seq ${prev.seq} (records deleted or reordered)`);
            }
            if (record.prevHash !== prev.hash) {
                return fail(index, `prevHash does not match the hash of record ${prev.seq} (record deleted, reordered or edited)`);
            }
        }
        prev = record;
    }
    const head = prev?.hash ?? _canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .GENESIS_HASH */ .si;
    if (options.expectedHead !== undefined && head !== options.expectedHead) {
        return fail(count, `chain ends at ${head}, expected ${options.expectedHead} (records missing at the end)`);
    }
    return { ok: true, count, head };
}
/**
 * Reads segments (oldest first) and verifies them as one chain. A line that is not a record fails at
 * the index it would have had; `file` names the segment holding the bad record.
 */
function verifyAuditFiles(paths, options = {}) {
    const records = [];
    const owner = [];
    for (const path of paths) {
        try {
            const recs = readAuditFile(path);
            records.push(...recs);
            owner.push(...recs.map(() => path));
        }
        catch (error) {
            if (!(error instanceof AuditFormatError))
                throw error;
            const index = records.length + error.recordsBefore;
            return { ok: false, count: index, index, reason: error.message, file: path };
        }
    }
    const result = verifyAuditChain(records, options);
    if (result.ok)
        return result;
    const file = owner[result.index] ?? owner[owner.length - 1];
    return file === undefined ? result : { ...result, file };
}


/***/ }),

/***/ 55698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock),
/* harmony export */   v: () => (/* binding */ manualClock)
/* harmony export */ });
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock whose time moves only when something sleeps or `advance` is called; sleeps return at once. */
function manualClock(start = 0) {
    let now = start;
    const slept = [];
    return {
        slept,
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        },
        advance: (ms) => {
            now += ms;
        },
    };
}


/***/ }),

/***/ 36629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** Severity of a finding, lowest first. `fail-on` inputs use these plus `none`. */
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
/** Numeric rank of a severity (low = 1 … critical = 4). */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity) + 1;
}
/** True when a finding of `severity` should fail a run configured with `failOn`. */
function meetsThreshold(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) >= severityRank(failOn);
}
/** Counts of findings per severity, every severity present. */
function countBySeverity(findings) {
    const counts = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}


/***/ }),

/***/ 72184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ mermaidPie),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   Pr: () => (/* binding */ mermaidBar),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/** Small escaping helpers for GitHub-flavoured markdown, shared by the summary builder and charts. */
/**
 * A table cell: a raw `|` would end the cell and a newline the row (GFM spec, "Tables"), so pipes
 * are backslash-escaped and line breaks become `<br>`.
 */
function escapeCell(value) {
    if (value === null || value === undefined)
        return '';
    return String(value)
        .replace(/\|/g, '\\|')
        .replace(/\r?\n|\r/g, '<br>');
}
/** Text placed inside an HTML element such as `<summary>`. */
function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Text that must stay on one line (headings, chart titles). */
function oneLine(value) {
    return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** A fence longer than any backtick run inside `code`, so the block cannot be closed early. */
function fenceFor(code) {
    let longest = 0;
    for (const run of code.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Mermaid has no escape for `"` inside quoted labels, so it becomes `'`. */
function mermaidLabel(value) {
    return oneLine(value).replace(/"/g, "'");
}
/**
 * Mermaid `pie` source from counts; zero counts are left out because they draw nothing
 * (https://mermaid.js.org/syntax/pie.html).
 */
function mermaidPie(title, counts) {
    const lines = [`pie title ${mermaidLabel(title)}`];
    for (const [label, value] of Object.entries(counts)) {
        if (value > 0)
            lines.push(`    "${mermaidLabel(label)}" : ${value}`);
    }
    return lines.join('\n');
}
/** Mermaid `xychart-beta` bar chart source from counts (https://mermaid.js.org/syntax/xyChart.html). */
function mermaidBar(title, counts, yLabel = 'count') {
    const labels = Object.keys(counts).map((k) => `"${mermaidLabel(k)}"`);
    const values = Object.values(counts);
    const max = Math.max(1, ...values);
    return [
        'xychart-beta',
        `    title "${mermaidLabel(title)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${mermaidLabel(yLabel)}" 0 --> ${max}`,
        `    bar [${values.join(', ')}]`,
    ].join('\n');
}


/***/ }),

/***/ 33746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rB: () => (/* reexport */ Annotations),
  c3: () => (/* reexport */ JobSummary)
});

// UNUSED EXPORTS: GITHUB_ANNOTATION_LIMITS, SUMMARY_MAX_BYTES, escapeCell, mermaidBar, mermaidPie, renderSummaryText

;// CONCATENATED MODULE: ./shared/summary/annotations.ts
/**
 * What GitHub shows: 10 error, 10 warning and 10 notice annotations per step, 50 per job; the rest
 * are dropped silently (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations;
 * the Checks API caps a request at 50 too: https://docs.github.com/en/rest/checks/runs#update-a-check-run).
 * One action is one step, so the per-step caps apply to one instance.
 */
const GITHUB_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 };
const LEVELS = ['error', 'warning', 'notice'];
const zero = () => ({ error: 0, warning: 0, notice: 0 });
/**
 * Annotations through a Logger, capped at what GitHub will display. Extra ones are counted (and
 * logged at debug level) instead of being emitted into the void, and `flush()` says how many
 * were not shown, which GitHub itself never does.
 */
class Annotations {
    logger;
    limits;
    emitted = zero();
    suppressed = zero();
    constructor(logger, limits = {}) {
        this.logger = logger;
        this.limits = { ...GITHUB_ANNOTATION_LIMITS, ...limits };
    }
    /** Emits an annotation if the caps allow it; returns whether it was emitted. */
    add(level, message, props) {
        const total = this.emitted.error + this.emitted.warning + this.emitted.notice;
        if (this.emitted[level] >= this.limits[level] || total >= this.limits.total) {
            this.suppressed[level] += 1;
            const where = props?.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
            this.logger.debug(`annotation not shown (${level}): ${where}${message}`);
            return false;
        }
        this.emitted[level] += 1;
        this.logger[level](message, props);
        return true;
    }
    /** Emitted and suppressed counts so far. */
    counts() {
        return { emitted: { ...this.emitted }, suppressed: { ...this.suppressed } };
    }
    /**
     * Logs one line saying how many annotations were not shown (nothing when none were) and returns
     * the counts. The line is plain info, not an annotation, so it is not capped itself.
     */
    flush() {
        const counts = this.counts();
        const hidden = LEVELS.reduce((sum, level) => sum + counts.suppressed[level], 0);
        if (hidden > 0) {
            const parts = LEVELS.filter((l) => counts.suppressed[l] > 0).map((l) => `${counts.suppressed[l]} ${l}`);
            const l = this.limits;
            this.logger.info(`${hidden} more annotation${hidden === 1 ? '' : 's'} not shown (${parts.join(', ')}): GitHub shows at most ` +
                `${l.error} error, ${l.warning} warning and ${l.notice} notice annotations per step and ${l.total} per job; ` +
                'debug logging lists the rest.');
        }
        return counts;
    }
}

// EXTERNAL MODULE: ./shared/summary/markdown.ts
var markdown = __webpack_require__(72184);
;// CONCATENATED MODULE: ./shared/summary/job-summary.ts

/**
 * GitHub refuses a step summary larger than 1 MiB and shows an error instead
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
const SUMMARY_MAX_BYTES = 1024 * 1024;
const DELIMITER = { left: '---', center: ':---:', right: '---:' };
/**
 * A fluent markdown builder for `$GITHUB_STEP_SUMMARY` (after @actions/core's `summary`, but pure:
 * it only builds a string, and the framework decides where it goes).
 */
class JobSummary {
    blocks = [];
    /** A heading of `level` 1–6 (default 2); line breaks in `text` become spaces. */
    heading(text, level = 2) {
        const n = Math.min(6, Math.max(1, Math.trunc(level)));
        return this.raw(`${'#'.repeat(n)} ${(0,markdown/* oneLine */.TN)(text)}`);
    }
    /** A paragraph of markdown text. */
    paragraph(text) {
        return this.raw(text);
    }
    /** A GFM table; cells are escaped so `|` and line breaks cannot break the layout. */
    table(headers, rows, align) {
        const line = (cells) => `| ${cells.join(' | ')} |`;
        const width = headers.length;
        // Left alignment is GFM's default, so it keeps the plain `---`.
        const delimiter = headers.map((_, i) => DELIMITER[align?.[i] ?? 'left']);
        const out = [line(headers.map(markdown/* escapeCell */.kq)), line(delimiter)];
        for (const row of rows) {
            const cells = Array.from({ length: width }, (_, i) => (0,markdown/* escapeCell */.kq)(row[i]));
            out.push(line(cells));
        }
        return this.raw(out.join('\n'));
    }
    /** A collapsible `<details>` block; `body` is markdown (or another builder). */
    details(summary, body) {
        const inner = typeof body === 'string' ? body : body.toString().trimEnd();
        // The blank lines let GitHub render the body as markdown rather than as inline HTML text.
        return this.raw(`<details><summary>${(0,markdown/* escapeHtml */.ZD)((0,markdown/* oneLine */.TN)(summary))}</summary>\n\n${inner}\n\n</details>`);
    }
    /** A mermaid diagram (GitHub renders ```mermaid fences as charts). */
    mermaid(source) {
        return this.code(source, 'mermaid');
    }
    /** A mermaid pie chart of counts (zero counts left out). */
    pieChart(title, counts) {
        return this.mermaid((0,markdown/* mermaidPie */.KN)(title, counts));
    }
    /** A mermaid bar chart of counts. */
    barChart(title, counts, yLabel) {
        return this.mermaid((0,markdown/* mermaidBar */.Pr)(title, counts, yLabel));
    }
    /** A bullet list, or a numbered one when `ordered`. */
    list(items, ordered = false) {
        if (items.length === 0)
            return this;
        return this.raw(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${(0,markdown/* oneLine */.TN)(item)}`).join('\n'));
    }
    /** A fenced code block whose fence cannot be closed by the code itself. */
    code(source, language = '') {
        const fence = (0,markdown/* fenceFor */.Lt)(source);
        return this.raw(`${fence}${language}\n${source.replace(/\n$/, '')}\n${fence}`);
    }
    /** Markdown added as it is. */
    raw(markdown) {
        if (markdown.trim() !== '')
            this.blocks.push(markdown);
        return this;
    }
    /** True when nothing has been added. */
    isEmpty() {
        return this.blocks.length === 0;
    }
    /** The markdown: blocks separated by blank lines, ending with a newline (empty string when empty). */
    toString() {
        return this.blocks.length === 0 ? '' : `${this.blocks.join('\n\n')}\n`;
    }
    /**
     * The markdown cut at a block boundary so that it stays within `maxBytes` (UTF-8), with a note
     * saying how many blocks were left out.
     */
    fit(maxBytes = SUMMARY_MAX_BYTES) {
        const full = this.toString();
        if (Buffer.byteLength(full) <= maxBytes)
            return full;
        const kept = [];
        let used = 0;
        for (const block of this.blocks) {
            const size = Buffer.byteLength(block) + 2;
            const note = Buffer.byteLength(truncationNote(this.blocks.length - kept.length - 1)) + 2;
            if (used + size + note > maxBytes)
                break;
            kept.push(block);
            used += size;
        }
        kept.push(truncationNote(this.blocks.length - kept.length));
        return `${kept.join('\n\n')}\n`;
    }
}
function truncationNote(omitted) {
    return `_Summary truncated: ${omitted} more section${omitted === 1 ? '' : 's'} not shown (GitHub's step summary limit is 1 MiB)._`;
}

;// CONCATENATED MODULE: ./shared/summary/summary.ts
/** The job summary and annotation helpers: one import for the framework and the actions. */






/***/ })

};
