export const id = 628;
export const ids = [628];
export const modules = {

/***/ 82628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action)
/* harmony export */ });
/* harmony import */ var _shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53509);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14538);


/** audit-archive: gather and verify the audit logs of every action run, archive them durably once per week, report. */
const action = (0,_shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'audit-archive',
    description: 'Gathers and verifies the audit logs of all runs, archives them durably once per ISO week and writes a compliance report.',
    inputs: _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .auditArchiveInputs */ .$Y,
    outputs: {
        status: 'archived (new parts written), unchanged (everything of the window was already archived), dry-run, verified (verify mode, no problem) or failed (verify mode, problems found).',
        runs: 'Workflow runs whose audit logs were found in the window.',
        logs: 'Audit logs read (one per run attempt of an action).',
        verified: 'Logs without any integrity problem.',
        broken: 'Logs and artifacts with an integrity problem (edited, truncated, re-hashed, of another run, unreadable).',
        missing: 'Runs or run attempts that should have an audit log and have none.',
        records: 'Audit records in the logs read.',
        failures: 'Records of failed operations (failure, failed, rolled-back …).',
        'security-events': 'Security records in the logs read.',
        archived: 'Parts written by this run, e.g. 2026-W48,2026-W47/addendum-1; empty when nothing was new.',
        'report-file': 'Path of the compliance report (JSON; compliance-report.csv and compliance-report.md are next to it).',
        'archive-file': 'Path of a zip holding the parts written by this run; empty when nothing was written.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(493), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 90008))).runAuditArchive(ctx),
});


/***/ }),

/***/ 71831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isoWeek),
/* harmony export */   w: () => (/* binding */ isWeekId)
/* harmony export */ });
/** The ISO week (UTC) holding `time`: the week of its Thursday decides the year. */
function isoWeek(time) {
    const t = new Date(typeof time === 'number' ? time : time.getTime());
    const day = (t.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const start = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - day));
    const thursday = new Date(start.getTime() + 3 * 86_400_000);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
    return {
        id: `${year}-W${String(week).padStart(2, '0')}`,
        start,
        end: new Date(start.getTime() + 7 * 86_400_000),
    };
}
/** True for a week id such as `2026-W48`. */
function isWeekId(value) {
    return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(value);
}


/***/ }),

/***/ 38255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wf: () => (/* binding */ artifactKey),
/* harmony export */   i7: () => (/* binding */ STORE_KINDS),
/* harmony export */   n5: () => (/* binding */ zipPart),
/* harmony export */   uV: () => (/* binding */ manifestInZip),
/* harmony export */   v4: () => (/* binding */ storedPart),
/* harmony export */   wf: () => (/* binding */ unzipFiles)
/* harmony export */ });
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51306);

/** Where archives are kept. */
const STORE_KINDS = ['branch', 'release', 'artifact'];
/** The key the index uses for an artifact. */
const artifactKey = (a) => `${a.repository}#${a.artifactId}`;
/** A StoredPart from a manifest. */
function storedPart(m) {
    return { week: m.week, part: m.part, artifacts: m.logs.map(artifactKey) };
}
/** A part as one zip (release asset, downloaded file): its files under the part's own folder, fixed dates. */
function zipPart(part) {
    const mtime = new Date('1980-01-01T00:00:00Z');
    const entries = {};
    for (const [path, data] of [...part.files.entries()].sort(([a], [b]) => a.localeCompare(b)))
        entries[`${part.dir}/${path}`] = [data, { mtime, level: path.endsWith('.gz') || path.endsWith('.zip') ? 0 : 6 }];
    return (0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .zipSync */ .L)(entries);
}
/** The files of a zip, by path; the manifest of each part inside is found by splitParts. */
function unzipFiles(zip) {
    return new Map(Object.entries((0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .unzipSync */ .AO)(zip)).filter(([p]) => !p.endsWith('/')));
}
/** The manifest.json of a part folder inside a zip of that part. */
function manifestInZip(zip) {
    const entry = Object.entries((0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .unzipSync */ .AO)(zip, { filter: (f) => f.name.endsWith('manifest.json') })).sort(([a], [b]) => a.length - b.length)[0];
    return entry ? JSON.parse((0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .strFromU8 */ .he)(entry[1])) : undefined;
}


/***/ }),

/***/ 14538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Y: () => (/* binding */ auditArchiveInputs),
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: parseVerifySource

// EXTERNAL MODULE: ./shared/paths/workspace-path.ts
var workspace_path = __webpack_require__(7570);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/validation/github-names.ts
var github_names = __webpack_require__(72508);
// EXTERNAL MODULE: ./actions/audit-archive/src/engine/iso-week.ts
var iso_week = __webpack_require__(71831);
// EXTERNAL MODULE: ./actions/audit-archive/src/engine/stores/store.ts
var store = __webpack_require__(38255);
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

;// CONCATENATED MODULE: ./actions/audit-archive/src/settings.ts








/** Inputs of audit-archive besides the common ones. */
const auditArchiveInputs = {
    mode: inputs/* input */.hF.enum(['archive', 'verify'], {
        description: 'archive: collect, verify and archive the audit logs of the window. verify: re-check an archive already written (see the verify input).',
        default: 'archive',
    }),
    organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
        description: 'Archive the audit logs of every repository of this organization (the token must be able to read their Actions artifacts). Default: the calling repository only.',
        allowed: 'expected a GitHub organization login',
    }),
    repositories: inputs/* input */.hF.list({
        description: 'Archive the audit logs of these repositories (owner/repo, comma- or newline-separated) instead of the calling one. Ignored when organization is set.',
        item: github_names/* repositorySchema */._L,
        allowed: 'expected a comma- or newline-separated list of owner/repo',
    }),
    since: inputs/* input */.hF.string({
        description: 'Start of the window: audit artifacts created since then are collected. A duration back from now (36h, 8d, 2w) or an ISO date (2026-11-01). The default, a week and a day, overlaps the previous weekly run; what that run archived is skipped by the index.',
        default: '8d',
    }),
    stores: inputs/* input */.hF.list({
        description: 'Where the archive is kept, comma-separated: branch (append-only commits to archive-branch), release (a release per week, tag release-prefix-<week>, holding its zip), artifact (an artifact per week kept retention-days). The index of what is archived is read from the first of branch, release, artifact that is listed.',
        item: schemas/* enum */.k5n(store/* STORE_KINDS */.i7),
        allowed: `expected a comma-separated subset of ${store/* STORE_KINDS */.i7.join(', ')}`,
        default: 'branch,artifact',
    }),
    'archive-branch': inputs/* input */.hF.custom(github_names/* branchSchema */.A0, {
        description: 'Branch of the calling repository the archive is committed to (created on first use, never rewritten).',
        allowed: 'expected a git branch name',
        default: 'audit-archive',
    }),
    'release-prefix': inputs/* input */.hF.custom(github_names/* branchSchema */.A0, {
        description: 'Tag prefix of the archive releases (store release): one release per week, <prefix>-2026-W48, and per late addendum, <prefix>-2026-W48-addendum-1, each holding the zip of its part; never marked latest.',
        allowed: 'expected a git tag name',
        default: 'audit-trail',
    }),
    'retention-days': inputs/* input */.hF.integer({
        description: 'Days the archive artifacts are kept (store artifact), 1 to 400; GitHub caps it at the repository or organization setting.',
        default: 400,
        min: 1,
        max: 400,
    }),
    verify: inputs/* input */.hF.string({
        description: 'In mode verify, what to check: an ISO week on the archive branch (2026-W48), a week in another store (release:2026-W48, artifact:2026-W48), or the path of a downloaded archive zip or folder.',
    }),
    'fail-on-broken-chain': inputs/* input */.hF.boolean({
        description: 'Fail the step on any integrity problem: a broken, truncated or edited log, a log of another run, an artifact that does not match its GitHub digest, a missing log, an archive that does not match its manifest. The report and archive are written first.',
        default: true,
    }),
};
/** Turns the inputs into settings, failing with the input's name on a value that cannot work. */
function parseSettings(i, env, now) {
    // Checked whenever given (a bad value fails even in archive mode, where it would otherwise sit unused).
    const verify = i.mode === 'verify' || i.verify !== undefined ? parseVerifySource(i.verify, env.workspace) : undefined;
    // Only a downloaded archive can be checked without a repository (and without a token).
    if (!env.repository && !(verify && 'path' in verify))
        throw new errors/* UserError */.yo('no repository to archive to: run in a repository (GITHUB_REPOSITORY is not set)');
    const home = env.repository ?? { owner: '', repo: '' };
    const stores = [...new Set(i.stores)];
    if (i.mode === 'archive' && stores.length === 0)
        throw new errors/* InputError */.dz('stores', '', `expected at least one of ${store/* STORE_KINDS */.i7.join(', ')}`);
    const settings = {
        mode: i.mode,
        window: { since: parseSince(i.since, now), until: new Date(now) },
        scope: {
            ...(i.organization ? { organization: i.organization } : {}),
            ...(i.repositories.length > 0 ? { repositories: i.repositories.map(github_names/* parseRepository */.SU) } : {}),
            repository: home,
        },
        home,
        stores,
        branch: i['archive-branch'] ?? 'audit-archive',
        releaseTag: i['release-prefix'] ?? 'audit-trail',
        retentionDays: i['retention-days'],
        failOnProblem: i['fail-on-broken-chain'],
    };
    if (verify && i.mode === 'verify')
        settings.verify = verify;
    return settings;
}
/** `2026-W48`, `<store>:2026-W48` or a path (relative to the workspace). */
function parseVerifySource(value, workspace) {
    const v = (value ?? '').trim();
    const allowed = 'expected an ISO week (2026-W48), branch:|release:|artifact: and a week, or the path of an archive zip or folder';
    if (v === '')
        throw new errors/* InputError */.dz('verify', v, `${allowed} (mode verify needs it)`);
    const m = /^(?:(branch|release|artifact):)?(\d{4}-W\d{2})$/.exec(v);
    if (m) {
        if (!(0,iso_week/* isWeekId */.w)(m[2]))
            throw new errors/* InputError */.dz('verify', v, allowed);
        return { store: (m[1] ?? 'branch'), week: m[2] };
    }
    if (/^(branch|release|artifact):/.test(v) || /^[a-z]+:\d{4}-W/.test(v))
        throw new errors/* InputError */.dz('verify', v, allowed);
    return { path: (0,workspace_path/* resolveWorkspacePath */.X)(workspace, v, { inputName: 'verify' }) };
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


/***/ }),

/***/ 72508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ ownerSchema),
/* harmony export */   A0: () => (/* binding */ branchSchema),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tn: () => (/* binding */ repoNameSchema),
/* harmony export */   _L: () => (/* binding */ repositorySchema)
/* harmony export */ });
/* unused harmony exports ownerProblem, isGitHubOwner, isGitHubLogin, loginSchema, repoNameProblem, isRepoName, refNameProblem, branchProblem, isBranchName, refProblem, isRef, refSchema */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72077);


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
const ownerSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(ownerProblem);
/** True for a GitHub login: an owner name, or an app's bot account such as `dependabot[bot]`. */
function isGitHubLogin(value) {
    return isGitHubOwner(value.endsWith('[bot]') ? value.slice(0, -'[bot]'.length) : value);
}
/** zod schema for a GitHub login. */
const loginSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)((v) => (isGitHubLogin(v) ? undefined : 'expected a GitHub login'));
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
const repoNameSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(repoNameProblem);
/** Splits `owner/repo`, throwing a UserError that says which half is wrong. */
function parseRepository(value) {
    const [owner = '', repo = '', ...rest] = value.split('/');
    if (rest.length > 0 || value.split('/').length !== 2) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${JSON.stringify(value)} is not owner/repo.`);
    }
    const problem = ownerProblem(owner) ?? repoNameProblem(repo);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${JSON.stringify(value)} is not owner/repo: ${problem}.`);
    return { owner, repo };
}
/** zod schema for `owner/repo`. */
const repositorySchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)((v) => {
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
const branchSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(branchProblem);
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
const refSchema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaFrom */ .q)(refProblem);


/***/ }),

/***/ 72077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ schemaFrom)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/**
 * A zod string schema from a problem function, so the input framework reports the same reason the
 * boolean validator is based on (`input.custom(branchSchema, …)`).
 */
function schemaFrom(problem) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((value, ctx) => {
        const reason = problem(value);
        if (reason !== undefined)
            ctx.addIssue({ code: 'custom', message: reason, input: value });
    });
}


/***/ })

};
