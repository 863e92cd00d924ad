export const id = 517;
export const ids = [517];
export const modules = {

/***/ 41517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOL_VERSION: () => (/* binding */ TOOL_VERSION),
  nthSarifFile: () => (/* binding */ nthSarifFile),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/diff.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Parses a unified diff (`git diff --unified=0`, or a GitHub API `patch` with context lines) into the
 * added/changed line ranges of the new side: only `+` lines count, context lines do not.
 */
function parseUnifiedDiff(diff, into = new Map()) {
    let ranges;
    let next = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).trim();
            const file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
            ranges = undefined;
            if (file) {
                const existing = into.get(file);
                ranges = Array.isArray(existing) ? existing : [];
                if (existing !== 'all')
                    into.set(file, ranges);
            }
            continue;
        }
        if (line.startsWith('--- ') || line.startsWith('diff ') || line.startsWith('index '))
            continue;
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (!ranges || next === 0)
            continue;
        if (line.startsWith('+')) {
            const last = ranges[ranges.length - 1];
            if (last && last[1] === next - 1)
                last[1] = next;
            else
                ranges.push([next, next]);
            next++;
        }
        else if (line.startsWith(' '))
            next++;
    }
    return into;
}
/** Base and head commits of a pull_request / pull_request_target event payload. */
function pullRequestShas(event) {
    const pr = event.pull_request;
    const base = pr?.base?.sha;
    const head = pr?.head?.sha;
    return typeof base === 'string' && typeof head === 'string' ? { base, head } : undefined;
}
/**
 * Changed lines between two commits with `git diff --unified=0 base...head` (execFile with an
 * argument array; shas are validated as hex first). Needs both commits in the local clone, e.g.
 * `actions/checkout` with `fetch-depth: 0`.
 */
async function gitChangedLines(repoDir, base, head, pathspec) {
    for (const sha of [base, head])
        if (!/^[0-9a-f]{7,64}$/i.test(sha))
            throw new errors/* UserError */.yo(`Not a commit SHA: ${JSON.stringify(sha)}`);
    const { stdout } = await run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', `${base}...${head}`, '--', pathspec], {
        cwd: repoDir,
        maxBuffer: 256 * 1024 * 1024,
    });
    return parseUnifiedDiff(stdout);
}
/** Changed lines from the pull request files API: files without a `patch` (large or binary) count as wholly changed. */
function apiChangedLines(files, prefix) {
    const out = new Map();
    for (const f of files) {
        if (f.status === 'removed')
            continue;
        if (prefix && !f.filename.startsWith(prefix))
            continue;
        const rel = prefix ? f.filename.slice(prefix.length) : f.filename;
        if (f.patch === undefined) {
            out.set(rel, 'all');
            continue;
        }
        const ranges = parseUnifiedDiff(`+++ b/${rel}\n${f.patch}`).get(rel);
        out.set(rel, ranges ?? []);
    }
    return out;
}
/** True when a finding at `file:line` is inside the changed lines (file-level findings: the file changed). */
function inChangedLines(changed, file, line, fileLevel) {
    const ranges = changed.get(file);
    if (ranges === undefined)
        return false;
    if (ranges === 'all' || fileLevel)
        return true;
    return ranges.some(([a, b]) => line >= a && line <= b);
}

// EXTERNAL MODULE: ./actions/security-scan/src/engine/file-scanner.ts + 20 modules
var file_scanner = __webpack_require__(7370);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./actions/security-scan/src/engine/prefilter.ts + 2 modules
var prefilter = __webpack_require__(38805);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/read-ahead.ts



/**
 * Read-ahead: a small thread opens, reads and closes files into shared memory while the scanning
 * thread scans them. Those system calls are a quarter of a single-threaded scan (~150 ms per 100 MB
 * of source files); on a 2-core runner the second core makes them instead. Full scan workers
 * (worker-pool.ts) pay off only from 4 cores: each loads the bundle and warms up its own JIT.
 *
 * A file too large for a slot is read into one of a few WebAssembly memories ("areas") laid out as
 * the prefilter's (when the scan gives them), and the reader runs the prefilter's lanes over it
 * there: reading and the lanes are a third to a half of the scanning thread's time on large files
 * (JSON descriptions, bundles, lockfiles), and the scanning thread scans a file in one area while
 * the reader fills the next.
 *
 * Both threads claim files from one shared cursor: whenever the next slot is not filled yet, the
 * scanning thread reads a file itself instead of waiting, so a reader that is still starting (or
 * stalls) never slows the scan, and every file is claimed exactly once. The reader thread lives as
 * long as the process (unref'd) and serves one scan at a time; it starts in ~40 ms without the
 * bundle, and only for a scan that uses it (a small tree or the worker pool starts no thread).
 */
/** Slots in the ring, and bytes per slot: larger files are read by the scanning thread itself. */
const SLOTS = 32;
const HALF = SLOTS / 2;
const SLOT_BYTES = 256 * 1024;
/**
 * Per-slot header, Int32 fields: state, file index, bytes read, file size, mode; for a file in an
 * area, the area, its lanes' record count, the bytes they covered and the last lane's state.
 */
const FIELDS = 9;
/**
 * Slot states. SELF: the scanning thread reads this file itself (too large without areas, or
 * reading failed). AREA: the file is in an area, prefiltered.
 */
const EMPTY = 0;
const FULL = 1;
const SELF = 2;
const END = 3;
const AREA = 4;
/**
 * `control[CURSOR]`: next file index to claim; `control[READER]`: the reader's state in this scan;
 * `control[SLEEPING]`: while the reader waits, 1 + the header offset of the slot it waits for, so the
 * scanning thread wakes it only when it empties that slot (a notify per file cost a tenth of the
 * scanning thread's time).
 */
const CURSOR = 0;
const READER = 1;
const SLEEPING = 2;
/** `control[BUSY + a]`: 1 while area `a` holds a file the scanning thread has not scanned yet. */
const BUSY = 3;
const IDLE = 0;
const RUNNING = 1;
const CANCELLED = 2;
const STOPPED = 3;
/**
 * Below this many files a scan does not use the reader (its thread takes ~40 ms to start, which a
 * tree of a few small files would feel), unless the files are large (see READ_AHEAD_LARGE_BYTES).
 */
const READ_AHEAD_MIN_FILES = 64;
/** A file this large (one a slot cannot hold) makes the reader worth starting for the files after it. */
const READ_AHEAD_LARGE_BYTES = SLOT_BYTES;
/** Where an area's lane records start: after the file's bytes, 8-byte aligned (records are i32 pairs). */
function recordsAt(base, length) {
    return (base + length + 7) & ~7;
}
/**
 * The reader thread's code, run with `eval` so it starts without loading the bundle (and the same
 * from TypeScript sources in tests). Plain CommonJS, so it repeats the constants above and what
 * FileScanner's read does (only the head of a file over the size limit is read). O_NONBLOCK: a path
 * that became a FIFO after the walk must not block the read.
 */
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const mem = new Uint8Array(workerData.data);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0);
const runLanes = ${prefilter/* runLanes */.r$.toString()};
const recordsAt = ${recordsAt.toString()};
const PAGE = 65536;
/** Grows a shared memory to at least 'bytes' (by a quarter more, so records grow it rarely). */
function ensure(memory, bytes) {
  const have = memory.buffer.byteLength;
  if (have < bytes) memory.grow(Math.ceil((Math.max(bytes, have + (have >> 2)) - have) / PAGE));
}
/**
 * Reads the file open as 'fd' ('want' bytes) into area 'a' and runs the lanes over it, the
 * records after its bytes; returns [length, records, covered, state].
 */
function readIntoArea(areas, kernel, a, fd, want) {
  const memory = areas.memories[a];
  const { base, params } = areas;
  ensure(memory, recordsAt(base, want) + 8);
  const u8 = new Uint8Array(memory.buffer);
  let length = 0;
  while (length < want) {
    const n = fs.readSync(fd, u8, base + length, want - length, length);
    if (n === 0) break;
    length += n;
  }
  const i32 = new Int32Array(memory.buffer);
  const at = recordsAt(base, length) >> 2;
  let records = 0;
  const [covered, state] = runLanes(kernel, i32, base, length, params, (first, count) => {
    ensure(memory, (at + 2 * (records + count)) * 4);
    new Int32Array(memory.buffer).set(i32.subarray(first, first + 2 * count), at + 2 * records);
    records += count;
  });
  return [length, records, covered, state];
}
parentPort.on('message', ({ paths, maxFileSize, control, headers, areas }) => {
  const ctl = new Int32Array(control);
  const hdr = new Int32Array(headers);
  if (Atomics.compareExchange(ctl, ${READER}, ${IDLE}, ${RUNNING}) !== ${IDLE}) return;
  const kernels = areas ? areas.memories.map((memory) => new WebAssembly.Instance(areas.module, { m: { memory } }).exports) : [];
  let turn = 0;
  let claimed = -1;
  let h = 0;
  try {
    for (let k = 0; ; k = (k + 1) % ${SLOTS}) {
      h = k * ${FIELDS};
      // A full slot here means the ring is full (both threads go round it in order): sleep until
      // half of it is empty, i.e. until the slot ${HALF - 1} ahead is, so one wake-up fills ${HALF}
      // slots (a wake-up per file cost the scanning thread a twentieth of its time on a tree of
      // small files). Re-read the state each time (waiting on a value read earlier could sleep on
      // a slot emptied in between), and announce the wait before waiting: a slot emptied in
      // between makes the wait return at once.
      if (Atomics.load(hdr, h) !== ${EMPTY}) {
        const w = ((k + ${HALF - 1}) % ${SLOTS}) * ${FIELDS};
        for (let v = Atomics.load(hdr, w); v !== ${EMPTY}; v = Atomics.load(hdr, w)) {
          Atomics.store(ctl, ${SLEEPING}, w + 1);
          Atomics.wait(hdr, w, v, 1000);
          Atomics.store(ctl, ${SLEEPING}, 0);
        }
      }
      claimed = Atomics.add(ctl, ${CURSOR}, 1);
      if (claimed >= paths.length) break;
      let state = ${SELF}, length = 0, size = 0, mode = 0, area = -1, records = 0, covered = 0, laneState = 0;
      try {
        const fd = fs.openSync(paths[claimed], FLAGS);
        try {
          const st = fs.fstatSync(fd);
          size = st.size;
          mode = st.mode & 0o7777;
          const want = size > maxFileSize ? Math.min(${file_scanner/* HEAD_BYTES */.Lq}, size) : size;
          if (st.isFile() && want <= ${SLOT_BYTES}) {
            const base = k * ${SLOT_BYTES};
            while (length < want) {
              const n = fs.readSync(fd, mem, base + length, want - length, length);
              if (n === 0) break;
              length += n;
            }
            state = ${FULL};
          } else if (st.isFile() && areas) {
            // The areas take turns: wait until the scanning thread is done with this one's last file.
            area = turn;
            turn = (turn + 1) % areas.memories.length;
            while (Atomics.load(ctl, ${BUSY} + area) !== 0) Atomics.wait(ctl, ${BUSY} + area, 1, 1000);
            Atomics.store(ctl, ${BUSY} + area, 1);
            try {
              [length, records, covered, laneState] = readIntoArea(areas, kernels[area], area, fd, want);
              state = ${AREA};
            } finally {
              if (state !== ${AREA}) Atomics.store(ctl, ${BUSY} + area, 0);
            }
          }
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        state = ${SELF}; // the scanning thread reads it again and meets the error where it is reported
      }
      hdr[h + 1] = claimed;
      hdr[h + 2] = length;
      hdr[h + 3] = size;
      hdr[h + 4] = mode;
      hdr[h + 5] = area;
      hdr[h + 6] = records;
      hdr[h + 7] = covered;
      hdr[h + 8] = laneState;
      Atomics.store(hdr, h, state);
      Atomics.notify(hdr, h);
      claimed = -1;
    }
    Atomics.store(hdr, h, ${END});
  } catch {
    // Unexpected: hand a claimed file back; the scanning thread reads the rest itself.
    if (claimed >= 0 && claimed < paths.length) {
      hdr[h + 1] = claimed;
      Atomics.store(hdr, h, ${SELF});
    }
  } finally {
    Atomics.store(ctl, ${READER}, ${STOPPED});
    Atomics.notify(hdr, h);
  }
});
`;
/** The reader thread of this thread, and the slot memory it reads into. */
let reader;
/** Starts the reader thread if it is not running (cheap when it is). */
function prepareReadAhead() {
    if (reader)
        return;
    const data = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
    const worker = new external_node_worker_threads_.Worker(READER_SOURCE, { eval: true, workerData: { data } });
    // It must not keep the process alive, and a reader that dies is replaced by the next scan.
    worker.unref();
    const current = {
        worker,
        data,
        views: Array.from({ length: SLOTS }, (_, k) => Buffer.from(data, k * SLOT_BYTES, SLOT_BYTES)),
    };
    const forget = () => {
        if (reader === current)
            reader = undefined;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    reader = current;
}
/**
 * Scans `files` on the calling thread while the reader thread reads ahead (see above): the same
 * result as scanning them one by one, in another order. Returns how many files the reader read into
 * slots, and how many into areas (prefiltered there).
 */
function scanWithReadAhead(scanner, files, maxFileSize, tally) {
    prepareReadAhead();
    const byReader = { slots: 0, areas: 0 };
    const { worker, views } = reader;
    const areas = scanner.readAheadAreas();
    const job = {
        paths: files.map((f) => f.absolute),
        maxFileSize,
        control: new SharedArrayBuffer(4 * (BUSY + (areas?.memories.length ?? 0))),
        headers: new SharedArrayBuffer(4 * FIELDS * SLOTS),
        areas,
    };
    const ctl = new Int32Array(job.control);
    const hdr = new Int32Array(job.headers);
    worker.postMessage(job);
    for (let k = 0;;) {
        const h = k * FIELDS;
        const state = Atomics.load(hdr, h);
        if (state === FULL || state === SELF || state === AREA) {
            const file = files[hdr[h + 1]];
            const [length, size, mode] = [hdr[h + 2], hdr[h + 3], hdr[h + 4]];
            if (state === FULL) {
                byReader.slots++;
                scanner.scanRead(file, { length, size, mode, buf: views[k] }, tally);
            }
            else if (state === AREA && areas) {
                byReader.areas++;
                const area = hdr[h + 5];
                const { base } = areas;
                // The memory may have grown since this thread last looked: its buffer is then a new one.
                const buffer = areas.memories[area].buffer;
                const records = hdr[h + 6];
                const prefiltered = {
                    records: new Int32Array(buffer, recordsAt(base, length), 2 * records),
                    count: records,
                    base,
                    covered: hdr[h + 7],
                    state: hdr[h + 8],
                };
                try {
                    scanner.scanRead(file, { length, size, mode, buf: Buffer.from(buffer, base, length), prefiltered }, tally);
                }
                finally {
                    Atomics.store(ctl, BUSY + area, 0);
                    Atomics.notify(ctl, BUSY + area);
                }
            }
            else
                scanner.scanFile(file, tally);
            Atomics.store(hdr, h, EMPTY);
            if (Atomics.load(ctl, SLEEPING) === h + 1)
                Atomics.notify(hdr, h);
            k = (k + 1) % SLOTS;
            continue;
        }
        if (state === END)
            return byReader;
        // The next slot is not filled yet: read a file here rather than wait.
        const claimed = Atomics.add(ctl, CURSOR, 1);
        if (claimed < files.length) {
            scanner.scanFile(files[claimed], tally);
            continue;
        }
        // Every file is claimed. A reader that has not started this job must not start it now; one that
        // stopped has filled its last slot (read its state before the slot's); otherwise it is reading
        // into this slot.
        if (Atomics.compareExchange(ctl, READER, IDLE, CANCELLED) === IDLE)
            return byReader;
        const readerState = Atomics.load(ctl, READER);
        if (Atomics.load(hdr, h) !== EMPTY)
            continue;
        if (readerState !== RUNNING)
            return byReader;
        Atomics.wait(hdr, h, EMPTY, 100);
    }
}

// EXTERNAL MODULE: ./actions/security-scan/src/engine/rule.ts
var rule = __webpack_require__(14213);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/walk.ts



const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/**
 * Lists regular files under `root` (symlinks are not followed), skipping `.git`, paths matched by
 * `ignorePatterns` (gitignore syntax, relative to root) and by every `.gitignore` on the way down,
 * each applied relative to its own directory as Git does. Entry types come from the directory
 * listing itself (no stat per entry; Node falls back to lstat where the file system gives none).
 */
function walk(root, ignorePatterns) {
    const out = [];
    const configured = ignorePatterns.length > 0 ? ignore_default()().add([...ignorePatterns]) : undefined;
    const visit = (dir, rel, layers) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort(byName);
        }
        catch {
            return;
        }
        let scoped = layers;
        if (entries.some((e) => e.name === '.gitignore')) {
            try {
                scoped = [...layers, { base: rel, ig: ignore_default()().add((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, '.gitignore'), 'utf8')) }];
            }
            catch {
                // An unreadable .gitignore is treated as absent.
            }
        }
        for (const entry of entries) {
            const name = entry.name;
            if (name === '.git')
                continue;
            const isDir = entry.isDirectory();
            if (!isDir && !entry.isFile())
                continue;
            const relPath = rel ? `${rel}/${name}` : name;
            const probe = isDir ? `${relPath}/` : relPath;
            if (configured?.ignores(probe))
                continue;
            if (scoped.length > 0 && scoped.some((l) => l.ig.ignores(l.base ? probe.slice(l.base.length + 1) : probe)))
                continue;
            const absolute = `${dir}/${name}`;
            if (isDir)
                visit(absolute, relPath, scoped);
            else
                out.push({ path: relPath, absolute });
        }
    };
    visit(root, '', []);
    return out;
}

// EXTERNAL MODULE: ./actions/security-scan/src/engine/worker-pool.ts
var worker_pool = __webpack_require__(76824);
// EXTERNAL MODULE: ./actions/security-scan/src/engine/workflow-check.ts + 2 modules
var workflow_check = __webpack_require__(43278);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/scanner.ts








/** Scans `files` on the calling thread, with the reader thread reading ahead when `readAhead`. */
function scanHere(scanner, files, maxFileSize, readAhead, logger) {
    const tally = (0,file_scanner/* emptyTally */.CK)();
    // Read-ahead for a tree of many files, or once a large file shows that the files after it are
    // worth it: its thread then starts while this one scans that file.
    let large = false;
    let i = 0;
    for (; i < files.length; i++) {
        const left = files.length - i;
        if (readAhead && (left >= READ_AHEAD_MIN_FILES || (large && left >= 2)))
            break;
        const read = scanner.read(files[i]);
        if (readAhead && !large && read.size > READ_AHEAD_LARGE_BYTES && left >= 3) {
            large = true;
            prepareReadAhead();
        }
        scanner.scanRead(files[i], read, tally);
    }
    if (i < files.length) {
        const read = scanWithReadAhead(scanner, files.slice(i), maxFileSize, tally);
        logger?.debug(`Read ahead: the second thread read ${read.slots + read.areas} of ${files.length} files, and prefiltered ${read.areas} large ones.`);
    }
    return tally;
}
/** Walks `root` and runs every active rule over it (the security-scan engine's entry point). */
async function scan(options) {
    const categories = options.categories ?? rule/* CATEGORIES */.R;
    const readAhead = options.readAhead ?? (0,external_node_os_.availableParallelism)() >= 2;
    const scanner = new file_scanner/* FileScanner */.TY(options.config, categories);
    let files = walk(options.root, options.config.ignore);
    if (options.changed) {
        const changed = options.changed;
        files = files.filter((f) => changed.has(f.path));
    }
    const threads = options.workers ?? 1;
    const tally = threads > 1 && files.length >= (options.parallelMinFiles ?? 4000)
        ? await (0,worker_pool.scanInWorkers)(scanner, files, options.config, categories, threads)
        : scanHere(scanner, files, options.config.maxFileSize, readAhead, options.logger);
    const stats = {
        files: files.length,
        scannedFiles: tally.scannedFiles,
        bytes: tally.bytes,
        skippedBinary: tally.skippedBinary,
        skippedLarge: tally.skippedLarge,
        suppressed: tally.suppressed,
        baselined: 0,
        outsideDiff: 0,
    };
    if (options.onSecret)
        for (const s of tally.secrets)
            options.onSecret(s);
    const findings = [];
    for (const f of tally.findings) {
        if (options.baseline?.has(f.fingerprint)) {
            stats.baselined++;
            continue;
        }
        if (options.changed && !inChangedLines(options.changed, f.file, f.line, f.category === 'file-permission')) {
            stats.outsideDiff++;
            continue;
        }
        findings.push(f);
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
    if (stats.skippedBinary + stats.skippedLarge > 0) {
        options.logger?.info(`Skipped ${stats.skippedBinary} binary and ${stats.skippedLarge} oversized file(s) (limit ${options.config.maxFileSize} bytes).`);
    }
    return { findings, rules: scanner.rules, stats, workflowFiles: files.filter((f) => (0,workflow_check/* isWorkflowFile */.Kr)(f.path)) };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./shared/core/finding.ts
var finding = __webpack_require__(36629);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/sarif.ts


/**
 * Code scanning limits (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file):
 * 10 MB gzipped per upload, 25,000 results per run, 20 runs per file.
 */
const SARIF_LIMITS = {
    maxGzipBytes: 10 * 1024 * 1024,
    maxResultsPerRun: 25_000,
    maxRunsPerFile: 20,
};
/** `security-severity` per severity, as code scanning maps it back (≥9 critical, ≥7 high, ≥4 medium). */
const SECURITY_SEVERITY = { critical: '9.0', high: '7.0', medium: '4.0', low: '2.0' };
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
function ruleName(id) {
    return id
        .split(/[/-]/)
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
        .join('');
}
/** SARIF reporting descriptor of a rule: one category tag, CWE tag, security-severity. */
function sarifRule(rule) {
    const tags = [rule.category, 'security', ...(rule.cwe ? [`external/cwe/cwe-${rule.cwe}`] : [])];
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: `${rule.title}.` },
        help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}` },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags,
            precision: rule.category === 'secret' ? 'high' : 'medium',
            'problem.severity': rule.severity === 'low' ? 'recommendation' : rule.severity === 'medium' ? 'warning' : 'error',
            'security-severity': SECURITY_SEVERITY[rule.severity],
        },
    };
}
function sarifResult(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        // Messages carry only the redacted form of a secret (see FileScanner), never its value.
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SCANROOT' },
                    region: { startLine: f.line, startColumn: f.column },
                },
            },
        ],
        partialFingerprints: { 'mokoFingerprint/v1': f.fingerprint, primaryLocationLineHash: f.fingerprint },
        properties: { severity: f.severity, category: f.category },
    };
}
/**
 * SARIF 2.1.0 logs for a scan. Results are ordered by severity, split into runs of at most
 * `maxResultsPerRun` (each with its own category), runs packed into logs under `maxGzipBytes`;
 * a single run that is still too large is capped (lowest severities dropped) with a warning.
 */
function buildSarif(findings, rules, options) {
    const limits = { ...SARIF_LIMITS, ...options.limits };
    const warnings = [];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const driverRules = rules.map(sarifRule);
    const sorted = [...findings].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity));
    const chunks = [];
    for (let i = 0; i < sorted.length; i += limits.maxResultsPerRun)
        chunks.push(sorted.slice(i, i + limits.maxResultsPerRun));
    if (chunks.length === 0)
        chunks.push([]);
    if (chunks.length > 1)
        warnings.push(`${findings.length} results exceed ${limits.maxResultsPerRun} per run: split into ${chunks.length} runs.`);
    const category = options.category ?? 'security-scan';
    const makeRun = (results, part) => ({
        tool: {
            driver: {
                name: 'MokoStandards security-scan',
                semanticVersion: options.toolVersion,
                informationUri: options.informationUri ?? 'https://github.com/mokoconsulting-tech/standards/tree/main/actions/security-scan',
                rules: driverRules,
            },
        },
        automationDetails: { id: part === 0 ? `${category}/` : `${category}/part-${part + 1}/` },
        originalUriBaseIds: { SCANROOT: { uri: `file://${encodeURI(options.root.replace(/\/?$/, '/'))}` } },
        columnKind: 'utf16CodeUnits',
        results: results.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
    });
    const gz = (value) => (0,external_node_zlib_.gzipSync)(JSON.stringify(value)).length;
    const logs = [];
    let current = [];
    let currentBytes = 0;
    chunks.forEach((chunk, part) => {
        let run = makeRun(chunk, part);
        let bytes = gz(run);
        while (bytes > limits.maxGzipBytes && run.results.length > 0) {
            const keep = Math.floor(run.results.length / 2);
            warnings.push(`SARIF run ${part + 1} is ${bytes} bytes gzipped (limit ${limits.maxGzipBytes}): capped at ${keep} of ${chunk.length} results, lowest severities dropped.`);
            run = { ...run, results: run.results.slice(0, keep) };
            bytes = gz(run);
        }
        if (current.length > 0 && (currentBytes + bytes > limits.maxGzipBytes || current.length >= limits.maxRunsPerFile)) {
            logs.push(wrap(current));
            current = [];
            currentBytes = 0;
        }
        current.push(run);
        currentBytes += bytes;
    });
    logs.push(wrap(current));
    if (logs.length > 1)
        warnings.push(`SARIF split into ${logs.length} files to stay under ${limits.maxGzipBytes} bytes gzipped each.`);
    return { logs, warnings };
}
function wrap(runs) {
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}

;// CONCATENATED MODULE: ./actions/security-scan/src/changed-lines.ts




const changed_lines_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function hasCommits(dir, shas) {
    try {
        for (const sha of shas)
            await changed_lines_run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: dir });
        return true;
    }
    catch {
        return false;
    }
}
/** Base/head of the triggering event: a pull request's base and head, or a push's before/after. */
function eventShas(event) {
    const pr = pullRequestShas(event);
    const number = event.pull_request?.number;
    if (pr)
        return { ...pr, ...(typeof number === 'number' ? { pr: number } : {}) };
    const push = event;
    if (typeof push.before === 'string' && typeof push.after === 'string' && !/^0+$/.test(push.before))
        return { base: push.before, head: push.after };
    return undefined;
}
/**
 * Changed lines for diff mode. First choice: `git diff --unified=0 base...head` in the checkout
 * (needs both commits: `actions/checkout` with `fetch-depth: 0`). Without that history, on a pull
 * request: the API's list of pull request files and their patches. Otherwise undefined (full scan).
 */
async function changedLinesFor(ctx, settings) {
    const shas = eventShas(ctx.env.event);
    if (!shas) {
        ctx.logger.warning(`mode: diff needs a pull_request or push event (got ${ctx.env.eventName || 'none'}); scanning every file instead.`);
        return undefined;
    }
    if (await hasCommits(settings.root, [shas.base, shas.head])) {
        ctx.logger.info(`Diff mode: lines changed in ${shas.base.slice(0, 7)}...${shas.head.slice(0, 7)} (git diff).`);
        return gitChangedLines(settings.root, shas.base, shas.head, '.');
    }
    const repo = ctx.env.repository;
    if (shas.pr !== undefined && repo) {
        ctx.logger.info(`Diff mode: commits not in the checkout; using the files of pull request #${shas.pr} from the API.`);
        try {
            const github = await ctx.github();
            const files = (await github.paginate(github.rest.pulls.listFiles, {
                owner: repo.owner,
                repo: repo.repo,
                pull_number: shas.pr,
                per_page: 100,
            }));
            const prefix = settings.rootFromWorkspace ? `${settings.rootFromWorkspace}/` : '';
            return apiChangedLines(files, prefix);
        }
        catch (error) {
            ctx.logger.warning(`Could not list the pull request's files (${(0,errors/* errorMessage */.gJ)(error)}); scanning every file instead.`);
            return undefined;
        }
    }
    ctx.logger.warning('mode: diff could not find the base commit (fetch it with `fetch-depth: 0`); scanning every file instead.');
    return undefined;
}

;// CONCATENATED MODULE: ./actions/security-scan/src/summary.ts


const ANNOTATION = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
};
const ORDER = [...finding/* SEVERITIES */.oC].reverse();
const TOP = 25;
/** Workspace-relative path of a finding's file (annotations and links are relative to the repository). */
function repoPath(f, rootFromWorkspace) {
    return rootFromWorkspace ? `${rootFromWorkspace}/${f.file}` : f.file;
}
/** Link to a finding's line on GitHub, or undefined when the repository or commit is unknown. */
function findingLink(f, base) {
    if (!base.repository || !base.sha)
        return undefined;
    const path = repoPath(f, base.rootFromWorkspace).split('/').map(encodeURIComponent).join('/');
    return `${base.serverUrl}/${base.repository.owner}/${base.repository.repo}/blob/${base.sha}/${path}#L${f.line}`;
}
/** Writes the job summary: counts by category and severity, then the top findings with links. */
function writeSummary(summary, findings, stats, base, notes, facts = {}) {
    summary.heading('Security scan', 2);
    summary.paragraph(`Configuration: ${facts.configuration ? `\`${facts.configuration}\`` : 'built-in defaults (no configuration file)'}` +
        (facts.category ? `; code scanning category \`${facts.category}/\`.` : '.'));
    const mb = (stats.bytes / 1024 / 1024).toFixed(1);
    summary.paragraph(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${stats.scannedFiles} scanned file${stats.scannedFiles === 1 ? '' : 's'} (${mb} MiB); ` +
        `skipped ${stats.skippedBinary} binary and ${stats.skippedLarge} oversized; ${stats.suppressed} suppressed inline, ${stats.baselined} in the baseline` +
        (stats.outsideDiff > 0 ? `, ${stats.outsideDiff} outside the changed lines.` : '.'));
    const rows = rule/* CATEGORIES */.R.map((c) => {
        const inCat = findings.filter((f) => f.category === c);
        return [c, ...ORDER.map((s) => inCat.filter((f) => f.severity === s).length), inCat.length];
    });
    rows.push(['**total**', ...ORDER.map((s) => findings.filter((f) => f.severity === s).length), findings.length]);
    summary.table(['category', ...ORDER, 'total'], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
    if (findings.length > 0) {
        const top = [...findings].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity)).slice(0, TOP);
        summary.heading(findings.length > TOP ? `Top ${TOP} findings` : 'Findings', 3);
        summary.table(['severity', 'rule', 'location', 'finding'], top.map((f) => {
            const where = `${repoPath(f, base.rootFromWorkspace)}:${f.line}`;
            const link = findingLink(f, base);
            return [f.severity, `\`${f.ruleId}\``, link ? `[${where}](${link})` : where, f.message];
        }));
    }
    for (const note of notes)
        summary.paragraph(`> ${note}`);
}
/** One annotation per finding on its line, through the capped Annotations helper. */
function annotate(annotations, findings, rootFromWorkspace) {
    const ordered = [...findings].sort((a, b) => (0,finding/* severityRank */.qs)(b.severity) - (0,finding/* severityRank */.qs)(a.severity));
    for (const f of ordered) {
        annotations.add(ANNOTATION[f.severity], `${f.message} — ${f.help ?? ''}`.trim(), {
            title: `${f.ruleId} (${f.severity})`,
            file: repoPath(f, rootFromWorkspace),
            startLine: f.line,
            startColumn: f.column,
        });
    }
}

// EXTERNAL MODULE: ./shared/config/config-file.ts
var config_file = __webpack_require__(2370);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/config.ts





const severity = schemas/* enum */.k5n(finding/* SEVERITIES */.oC);
/** A user-defined regex rule from the configuration file. */
const customRuleSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case')
        .describe('Rule name; the id becomes `custom/<id>`.'),
    title: schemas/* string */.YjP().min(1).describe('Short description shown in SARIF and the summary.'),
    pattern: schemas/* string */.YjP()
        .min(1)
        .describe('JavaScript regular expression; capture group 1, if present, is the flagged value.'),
    flags: schemas/* string */.YjP()
        .regex(/^[imsu]*$/, 'only i, m, s, u')
        .optional()
        .describe('Regex flags besides g.'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(2))
        .min(1)
        .describe('Literals (case-insensitive) one of which every match contains: the prefilter.'),
    severity: severity.default('high'),
    category: schemas/* enum */.k5n(['secret', 'dangerous-function']).default('secret'),
    help: schemas/* string */.YjP().optional().describe('How to fix it.'),
    cwe: schemas/* number */.aig().int().positive().optional(),
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Globs (relative to the scanned path) the rule is limited to.'),
    minEntropy: schemas/* number */.aig().min(0).max(8).optional().describe('Minimum Shannon entropy (bits/char) of the value.'),
})
    .strict();
/** The `.github/security-scan.yml` configuration file. */
const configSchema = schemas/* object */.Ikc({
    $schema: schemas/* string */.YjP().optional(),
    rules: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([
        schemas/* literal */.euz('off'),
        severity,
        schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY().optional(), severity: severity.optional() }).strict(),
    ]))
        .default({})
        .describe('Per rule id (or `family/*`): `off`, a severity override, or `{ enabled, severity }`.'),
    categories: schemas/* array */.YOg(schemas/* enum */.k5n(rule/* CATEGORIES */.R))
        .optional()
        .describe('Rule families to run (the `categories` input wins when given).'),
    ignore: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe('Paths to skip, gitignore syntax, relative to the scanned path. .gitignore files are honoured too.'),
    baseline: schemas/* string */.YjP()
        .optional()
        .describe('Baseline file of accepted findings: JSON `{ "fingerprints": [...] }` or a previous SARIF file.'),
    maxFileSize: schemas/* number */.aig()
        .int()
        .positive()
        .default(2 * 1024 * 1024)
        .describe('Files larger than this (bytes) are skipped and counted.'),
    customRules: schemas/* array */.YOg(customRuleSchema).default([]),
    workflow: schemas/* object */.Ikc({
        trustedActions: schemas/* array */.YOg(schemas/* string */.YjP())
            .default(['actions/*', 'github/*'])
            .describe('`owner/repo` globs allowed without a SHA pin. Empty list: every action must be pinned.'),
    })
        .strict()
        .default({ trustedActions: ['actions/*', 'github/*'] }),
})
    .strict();
/** Configuration used when no file is given: every rule on, default severities. */
function defaultConfig() {
    return configSchema.parse({});
}
/**
 * Reads and validates a configuration file (YAML or JSON) through the shared loader: every error names
 * the file, the line and column, and the field (`file:line:column: key.path: message`).
 */
async function loadConfig(file, displayName = file) {
    const text = (0,config_file/* readConfigDocument */.AA)(file, displayName);
    if (!text)
        throw new errors/* ConfigError */.xL(`Cannot read security-scan config ${displayName}: the file does not exist.`);
    const config = (0,config_file/* validateConfig */.$r)(configSchema, text);
    config.customRules.forEach((rule, i) => {
        try {
            new RegExp(rule.pattern, `g${rule.flags ?? ''}`);
        }
        catch (error) {
            const { line, column } = text.locate(['customRules', i, 'pattern']);
            throw new config_file/* ConfigFileError */.x(displayName, line, column, `customRules '${rule.id}' pattern: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    });
    return config;
}

// EXTERNAL MODULE: ./actions/security-scan/src/engine/suppress.ts
var suppress = __webpack_require__(41740);
// EXTERNAL MODULE: ./shared/paths/workspace-path.ts
var workspace_path = __webpack_require__(7570);
;// CONCATENATED MODULE: ./actions/security-scan/src/settings.ts








const DEFAULT_CONFIG = '.github/security-scan.yml';
/** Resolves paths inside the workspace, reads the configuration and the baseline. */
async function resolveSettings(ctx) {
    const { workspace } = ctx.env;
    const i = ctx.inputs;
    const root = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i.path, { inputName: 'path', mustExist: true });
    // The SARIF file lives in the workspace so a later step (e.g. github/codeql-action/upload-sarif)
    // and artifact uploads find it; the scan itself ignores it.
    const sarifFile = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i['sarif-file'], { inputName: 'sarif-file' });
    let configFile;
    if (i.config)
        configFile = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, i.config, { inputName: 'config', mustExist: true });
    else if ((0,external_node_fs_.existsSync)((0,workspace_path/* resolveWorkspacePath */.X)(workspace, DEFAULT_CONFIG, { inputName: 'config' }))) {
        configFile = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, DEFAULT_CONFIG, { inputName: 'config' });
    }
    const shown = configFile ? (0,external_node_path_.relative)(workspace, configFile) || configFile : '';
    const config = configFile ? await (0,config_file/* loadForInput */.ay)('config', () => loadConfig(configFile, shown)) : defaultConfig();
    const rootFromWorkspace = (0,external_node_path_.relative)(workspace, root).split('\\').join('/');
    const sarifFromRoot = (0,external_node_path_.relative)(root, sarifFile).split('\\').join('/');
    if (!sarifFromRoot.startsWith('..'))
        config.ignore = [...config.ignore, `/${sarifFromRoot.replace(/\.sarif$/, '')}*.sarif`];
    let baseline;
    if (config.baseline)
        baseline = await (0,suppress/* loadBaseline */.oU)((0,workspace_path/* resolveWorkspacePath */.X)(workspace, config.baseline, { inputName: 'config baseline', mustExist: true }));
    // The categories input wins; the config file narrows the default (all) only.
    const categories = i.categories.length > 0 ? i.categories : (config.categories ?? [...rule/* CATEGORIES */.R]);
    if (categories.length === 0)
        throw new errors/* UserError */.yo('No rule categories selected: `categories` in the configuration is empty.');
    return {
        root,
        rootFromWorkspace,
        sarifFile,
        failOn: i['fail-on'],
        config,
        ...(configFile ? { configFile } : {}),
        ...(baseline ? { baseline } : {}),
        mode: i.mode,
        upload: i.upload,
        category: i.category.replace(/\/+$/, ''),
        categories,
    };
}

// EXTERNAL MODULE: ./shared/github/graphql-failure.ts
var graphql_failure = __webpack_require__(56314);
// EXTERNAL MODULE: ./actions/security-scan/src/engine/workflow-yaml.ts
var workflow_yaml = __webpack_require__(51536);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/workflow-refs.ts





/** Rule id of the online audit `ref-confusion` (the GitHub API answers it; see src/ref-confusion.ts). */
const REF_CONFUSION = 'workflow/ref-confusion';
const FULL_SHA = /^[0-9a-f]{40}$/i;
/**
 * Remote `uses:` with a symbolic ref in one workflow (jobs' reusable workflows, steps) or action
 * file (composite steps). Local (`./`) and `docker://` uses, and refs pinned to a full SHA, are left out.
 */
function remoteUses(path, source) {
    const file = (0,workflow_yaml/* parseYaml */.hN)(source);
    if (!file.root)
        return [];
    const nodes = [];
    if ((0,workflow_check/* isWorkflowPath */.$u)(path)) {
        for (const [, job] of (0,workflow_yaml/* entries */.jO)((0,workflow_yaml/* get */.Jt)(file.root, 'jobs'))) {
            const reusable = (0,workflow_yaml/* get */.Jt)(job, 'uses');
            if (reusable)
                nodes.push(reusable);
            for (const step of (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(job, 'steps'))) {
                const uses = (0,workflow_yaml/* get */.Jt)(step, 'uses');
                if (uses)
                    nodes.push(uses);
            }
        }
    }
    else {
        for (const step of (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(file.root, 'runs'), 'steps'))) {
            const uses = (0,workflow_yaml/* get */.Jt)(step, 'uses');
            if (uses)
                nodes.push(uses);
        }
    }
    const lines = source.split('\n');
    const out = [];
    for (const node of nodes) {
        const uses = (0,workflow_yaml/* str */.gx)(node)?.trim() ?? '';
        const m = /^([\w.-]+)\/([\w.-]+)(?:\/[^@]*)?@(.+)$/.exec(uses);
        if (!m || uses.startsWith('docker://') || FULL_SHA.test(m[3]) || m[3].includes('${{'))
            continue;
        const { line, col } = file.lineOf(node.range?.[0] ?? 0);
        out.push({
            file: path,
            line,
            column: col,
            owner: m[1],
            repo: m[2],
            ref: m[3],
            uses,
            lineText: lines[line - 1] ?? '',
            aboveText: lines[line - 2] ?? '',
        });
    }
    return out;
}
/**
 * Remote `uses:` with symbolic refs in the workflow and action files the scan walked (ScanResult's
 * workflowFiles): the tree is not walked a second time.
 */
function collectRemoteUses(files, maxFileSize) {
    const out = [];
    for (const f of files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(f.absolute, 'utf8');
        }
        catch {
            continue;
        }
        if (text.length > maxFileSize)
            continue;
        out.push(...remoteUses(f.path, text));
    }
    return out;
}
/**
 * The `ref-confusion` findings for the uses whose ref names both a branch and a tag
 * (`ambiguous(owner, repo, ref)`), without those suppressed inline, in the baseline or, in diff mode,
 * outside the changed lines. Fingerprinted like the scan's findings.
 */
function refConfusionFindings(rule, uses, ambiguous, filter = {}) {
    const out = [];
    const occurrences = new Map();
    for (const use of uses) {
        if (!ambiguous(use) || (0,suppress/* isSuppressed */.Bx)(rule.id, use.lineText, use.aboveText))
            continue;
        const key = `${use.file}\0${(0,suppress/* normalizeLine */.oY)(use.lineText)}`;
        const n = occurrences.get(key) ?? 0;
        occurrences.set(key, n + 1);
        const print = (0,suppress/* fingerprint */.Rj)(rule.id, use.file, use.lineText, n);
        if (filter.baseline?.has(print))
            continue;
        if (filter.changed && !inChangedLines(filter.changed, use.file, use.line, false))
            continue;
        out.push({
            ruleId: rule.id,
            category: rule.category,
            severity: rule.severity,
            title: rule.title,
            message: `${use.uses}: \`${use.ref}\` is both a branch and a tag of ${use.owner}/${use.repo}; which one runs depends on GitHub's resolution order, and whoever can push either one chooses the code.`,
            file: use.file,
            line: use.line,
            column: use.column,
            help: rule.help,
            fingerprint: print,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/security-scan/src/ref-confusion.ts



/** Distinct owner/repo@ref looked up at most; a tree with more gets the first ones checked and a note. */
const MAX_REF_LOOKUPS = 200;
/** Refs asked in one GraphQL query (two `ref` fields each: far below GitHub's node and cost limits). */
const REFS_PER_QUERY = 50;
/**
 * One query for a batch of `owner/repo@ref`: for each, the repository's `refs/tags/<ref>` and
 * `refs/heads/<ref>` by exact name (null when absent), aliased r0, r1, …; values go in variables.
 */
function refsQuery(batch) {
    const variables = {};
    const params = [];
    const fields = batch.map((u, k) => {
        variables[`o${k}`] = u.owner;
        variables[`n${k}`] = u.repo;
        variables[`t${k}`] = `refs/tags/${u.ref}`;
        variables[`h${k}`] = `refs/heads/${u.ref}`;
        params.push(`$o${k}: String!`, `$n${k}: String!`, `$t${k}: String!`, `$h${k}: String!`);
        return `r${k}: repository(owner: $o${k}, name: $n${k}) { tag: ref(qualifiedName: $t${k}) { id } branch: ref(qualifiedName: $h${k}) { id } }`;
    });
    return { query: `query RefConfusion(${params.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}
/**
 * The online `ref-confusion` audit: for each distinct `owner/repo@ref` of the scanned workflow and
 * action files, asks GitHub whether `ref` names both a tag and a branch of that repository
 (one GraphQL query per 50 refs: both ref names of each repository by exact name, so a scan of a
 * repository using 30 actions costs one request, not 60), and adds a finding for each ambiguous use
 * to `result`. A repository GitHub does not show (NOT_FOUND: private or gone) is skipped with a debug
 * line; a token that cannot read (401/403), or no token, skips the audit with one line. Runs only when the rule is active and `online-audits` is on.
 */
async function auditRefConfusion(ctx, settings, result, changed) {
    const rule = result.rules.find((r) => r.id === REF_CONFUSION);
    if (!rule || ctx.inputs['online-audits'] === false)
        return;
    const uses = collectRemoteUses(result.workflowFiles, settings.config.maxFileSize);
    if (uses.length === 0)
        return;
    const { logger } = ctx;
    const key = (u) => `${u.owner}/${u.repo}@${u.ref}`.toLowerCase();
    const distinct = [...new Map(uses.map((u) => [key(u), u])).values()];
    if (distinct.length > MAX_REF_LOOKUPS)
        logger.info(`ref-confusion: ${distinct.length} distinct action refs; checking the first ${MAX_REF_LOOKUPS}.`);
    const answers = new Map();
    let github;
    try {
        // A bounded client: this audit is optional, and must not hold the scan up when GitHub is slow,
        // unreachable or rate limited (a wait over a minute fails the request instead).
        github = await ctx.github({
            retries: 1,
            retryBaseMs: 500,
            timeoutMs: 15_000,
            throttle: { maxRetries: 1, maxWaitMs: 60_000 },
        });
    }
    catch (error) {
        logger.info(`ref-confusion skipped: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    for (let i = 0; i < Math.min(distinct.length, MAX_REF_LOOKUPS); i += REFS_PER_QUERY) {
        const batch = distinct.slice(i, Math.min(i + REFS_PER_QUERY, MAX_REF_LOOKUPS));
        const { query, variables } = refsQuery(batch);
        let data;
        let notFound = new Set();
        try {
            data = await github.graphql(query, variables);
        }
        catch (error) {
            // GitHub answers 200 with NOT_FOUND errors for repositories the token cannot see, and the
            // others' data beside them: those are skipped, anything else skips the audit.
            const failure = (0,graphql_failure/* graphqlFailure */.g)(error);
            const other = failure?.errors.find((e) => e.type !== 'NOT_FOUND');
            if (!failure || other) {
                const status = (0,errors/* errorStatus */.PO)(error);
                const why = other !== undefined
                    ? `GitHub refused the query (${String(other.type ?? other.message)})`
                    : status === 401 || status === 403 || status === 429
                        ? `the token cannot read repository refs, or a rate limit was reached (HTTP ${status})`
                        : `GitHub did not answer (${status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)})`;
                logger.info(`ref-confusion skipped: ${why}; ambiguous branch/tag refs of actions are not checked.`);
                break;
            }
            data = failure.data;
            notFound = new Set(failure.errors.flatMap((e) => (Array.isArray(e.path) ? [String(e.path[0])] : [])));
        }
        batch.forEach((u, k) => {
            const answer = data?.[`r${k}`];
            if (!answer || notFound.has(`r${k}`)) {
                logger.debug(`ref-confusion: ${u.owner}/${u.repo} is not visible to the token; its refs are not checked.`);
                answers.set(key(u), 'unknown');
                return;
            }
            answers.set(key(u), answer.tag && answer.branch ? 'ambiguous' : 'clear');
        });
    }
    const found = refConfusionFindings(rule, uses, (u) => answers.get(key(u)) === 'ambiguous', {
        ...(settings.baseline ? { baseline: settings.baseline } : {}),
        ...(changed ? { changed } : {}),
    });
    if (found.length === 0)
        return;
    result.findings.push(...found);
    result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./actions/security-scan/src/upload.ts


/**
 * Uploads SARIF logs to code scanning: `POST /repos/{owner}/{repo}/code-scanning/sarifs` with the
 * log gzipped and base64-encoded, for the run's commit and ref
 * (https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
 * Returns the upload ids.
 */
async function uploadSarif(ctx, logs) {
    const { repository, sha, ref } = ctx.env;
    if (!repository || !sha || !ref)
        throw new errors/* UserError */.yo('upload: true needs GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF.');
    const ids = [];
    for (const log of logs) {
        const sarif = (0,external_node_zlib_.gzipSync)(JSON.stringify(log)).toString('base64');
        if (ctx.dryRun) {
            ctx.logger.info(`dry-run: would upload ${sarif.length} bytes of SARIF to code scanning for ${ref} at ${sha}.`);
            continue;
        }
        try {
            const res = await (await ctx.github()).rest.codeScanning.uploadSarif({
                owner: repository.owner,
                repo: repository.repo,
                commit_sha: sha,
                ref,
                sarif,
            });
            if (res.data.id)
                ids.push(res.data.id);
            ctx.audit.event('code-scanning.upload', { id: res.data.id, ref, commit: sha });
        }
        catch (error) {
            const status = (0,errors/* errorStatus */.PO)(error);
            if (status === 403 || status === 404) {
                throw new errors/* PermissionError */.i_(`Code scanning upload refused (HTTP ${status}): the token needs \`security-events: write\`, and code scanning must be available for ${repository.owner}/${repository.repo}.`);
            }
            throw error;
        }
    }
    return ids;
}

;// CONCATENATED MODULE: ./actions/security-scan/src/worker-entry.ts
/**
 * The script scan worker threads start from when the action runs from its bundle: a tiny module
 * that loads this action's chunk through the shared bundle's registry and serves scan batches.
 * From TypeScript sources (tests) there is no bundle, and the scan stays on one thread.
 */
function bundledWorkerScript(moduleUrl) {
    if (!/\/dist\/[^/]+\.js$/.test(moduleUrl))
        return undefined;
    const index = new URL('./index.js', moduleUrl).href;
    const source = `import { actions } from ${JSON.stringify(index)};\nconst m = await actions['security-scan']();\nawait m.serveScanWorker();\n`;
    // Node accepts data: URLs as worker modules; they may import absolute file: URLs.
    return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

;// CONCATENATED MODULE: ./actions/security-scan/src/run.ts













/** Version reported as the SARIF tool's semanticVersion. */
const TOOL_VERSION = '3.0.0';
/** `security-scan.sarif` → `security-scan-2.sarif` for the second file of a split result. */
function nthSarifFile(file, n) {
    if (n === 0)
        return file;
    const dot = file.lastIndexOf('.');
    return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-${n + 1}${file.slice(dot)}` : `${file}-${n + 1}`;
}
/** The action's run: resolve settings, scan, write SARIF, report, upload, decide pass or fail. */
async function runScan(ctx) {
    const workerScript = bundledWorkerScript(import.meta.url);
    if (workerScript)
        (0,worker_pool.setScanWorkerScript)(workerScript);
    const settings = await resolveSettings(ctx);
    const { logger } = ctx;
    const changed = settings.mode === 'diff' ? await changedLinesFor(ctx, settings) : undefined;
    const masked = new Set();
    const result = await scan({
        root: settings.root,
        config: settings.config,
        categories: settings.categories,
        ...(settings.baseline ? { baseline: settings.baseline } : {}),
        ...(changed ? { changed } : {}),
        logger,
        // Scan workers only on 4+ cores and large trees (scanner default: 32 MiB): on 2 cores each
        // worker's start-up (bundle, rules, cold JIT) ate most of the gain. There one thread scans while
        // a second reads files ahead (the scanner's default from 2 cores; bench/scan: +20% on 100 MB).
        workers: (0,external_node_os_.availableParallelism)() >= 4 ? (0,external_node_os_.availableParallelism)() : 1,
        // Defence in depth: values are never logged, but mask them should any tool print them later.
        onSecret: (value) => {
            if (!masked.has(value)) {
                masked.add(value);
                ctx.mask(value);
            }
        },
    });
    await auditRefConfusion(ctx, settings, result, changed);
    const { findings, stats } = result;
    logger.info(`Scanned ${stats.scannedFiles} file(s), ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB, with ${result.rules.length} rules: ${findings.length} finding(s).`);
    const sarif = buildSarif(findings, result.rules, {
        toolVersion: TOOL_VERSION,
        root: settings.root,
        category: settings.category,
    });
    for (const w of sarif.warnings)
        logger.warning(w);
    const files = [];
    for (const [n, log] of sarif.logs.entries()) {
        const file = nthSarifFile(settings.sarifFile, n);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,promises_.writeFile)(file, `${JSON.stringify(log, null, 2)}\n`);
        files.push(file);
    }
    const base = {
        serverUrl: ctx.env.serverUrl,
        rootFromWorkspace: settings.rootFromWorkspace,
        ...(ctx.env.repository ? { repository: ctx.env.repository } : {}),
        ...(ctx.env.sha ? { sha: ctx.env.sha } : {}),
    };
    const configuration = settings.configFile
        ? (0,external_node_path_.relative)(ctx.env.workspace, settings.configFile).split('\\').join('/')
        : undefined;
    if (configuration)
        logger.info(`Configuration: ${configuration}.`);
    writeSummary(ctx.summary, findings, stats, base, sarif.warnings, { configuration, category: settings.category });
    annotate(ctx.annotations, findings, settings.rootFromWorkspace);
    const counts = (0,finding/* countBySeverity */.Ot)(findings);
    const gauge = ctx.metrics.gauge('security_scan_findings', 'Findings after suppressions and baseline, by severity', [
        'severity',
    ]);
    for (const s of finding/* SEVERITIES */.oC)
        gauge.set({ severity: s }, counts[s]);
    ctx.audit.event('security-scan.results', {
        findings: findings.length,
        ...counts,
        files: stats.scannedFiles,
        mode: settings.mode,
    });
    if (settings.upload) {
        const ids = await uploadSarif(ctx, sarif.logs);
        if (ids.length > 0)
            logger.info(`Uploaded SARIF to code scanning: ${ids.join(', ')}.`);
    }
    const failing = findings.filter((f) => (0,finding/* meetsThreshold */.M0)(f.severity, settings.failOn));
    const outputs = {
        findings: findings.length,
        'sarif-file': (0,external_node_path_.relative)(ctx.env.workspace, files[0]) || files[0],
        ...counts,
    };
    if (failing.length > 0) {
        return {
            outputs,
            failure: `${failing.length} finding(s) at or above fail-on: ${settings.failOn} (see the job summary and ${outputs['sarif-file']}).`,
        };
    }
    return { outputs };
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

/***/ 56314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ graphqlFailure)
/* harmony export */ });
/**
 * The `errors` (and partial `data`) of a GraphQL answer as @octokit/graphql's GraphqlResponseError
 * carries them (GitHub answers 200 with `errors`: FORBIDDEN, NOT_FOUND, …); undefined for any other error.
 */
function graphqlFailure(error) {
    if (typeof error !== 'object' || error === null || !('errors' in error) || !Array.isArray(error.errors))
        return undefined;
    const data = 'data' in error && typeof error.data === 'object' ? error.data : null;
    const errors = error.errors.filter((e) => typeof e === 'object' && e !== null);
    return { data, errors };
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
