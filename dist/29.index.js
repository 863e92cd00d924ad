export const id = 29;
export const ids = [29];
export const modules = {

/***/ 12029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action),
  bulkInputs: () => (/* binding */ bulkInputs)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/validation/github-names.ts
var github_names = __webpack_require__(72508);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/config-path.ts
/** Default location of the configuration file, relative to the workspace (its own module: action.ts reads it before any YAML or schema code loads). */
const DEFAULT_CONFIG_PATH = '.github/bulk-update.yml';

// EXTERNAL MODULE: ./actions/bulk-update/src/engine/sharding.ts
var sharding = __webpack_require__(78185);
;// CONCATENATED MODULE: ./actions/bulk-update/src/action.ts






/** What the shard input allows, in every message about it. */
const SHARD_ALLOWED = `expected i/n with 1 ≤ i ≤ n ≤ ${sharding/* MAX_SHARDS */.hH}, e.g. 1/1 or 2/4`;
/** `i/n` parsed once, at the edge, into a Shard (one parser: sharding.ts's parseShard). */
const shardSchema = schemas/* string */.YjP().transform((value, ctx) => {
    const shard = (0,sharding/* parseShard */.uK)(value);
    if (!shard) {
        ctx.addIssue({ code: 'custom', message: SHARD_ALLOWED, input: value });
        return core/* NEVER */.tm;
    }
    return shard;
});
/** bulk-update's inputs, each parsed to its final typed form. */
const bulkInputs = {
    config: inputs/* input */.hF.string({
        description: 'Path of the configuration file in the workspace (selection, operations, delivery, pacing).',
        default: DEFAULT_CONFIG_PATH,
    }),
    organization: inputs/* input */.hF.custom(github_names/* ownerSchema */.$K, {
        description: 'Organization whose repositories are targeted. Default: the owner of the calling repository.',
        allowed: 'expected a GitHub organization name',
    }),
    shard: inputs/* input */.hF.custom(shardSchema, {
        description: 'This job\'s part of the selection, "i/n" (stable hash partition of repository names).',
        default: '1/1',
        allowed: SHARD_ALLOWED,
    }),
    plan: inputs/* input */.hF.boolean({
        description: 'Only list the selection and output the shard matrix (`matrix`), then stop.',
        default: false,
    }),
    'merge-results': inputs/* input */.hF.string({
        description: 'Folder (in the workspace) of shard results files to merge into one report; when set, nothing else is done.',
    }),
};
/** bulk-update: roll standard files and settings out to the repositories of an organization. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'bulk-update',
    description: 'Roll standard files, labels, settings, branch clean-up and projects out to every selected repository of an organization: batched reads, verified commits, one pull request per repository, paced under GitHub limits, resumable.',
    inputs: bulkInputs,
    outputs: {
        updated: 'Repositories updated (pull request opened or updated, commit, or settings written); in dry-run, that would be.',
        unchanged: 'Repositories already in the desired state.',
        skipped: 'Repositories skipped, with the reason in the results (e.g. a pull request closed by a maintainer).',
        failed: 'Repositories that failed, with the reason in the results (e.g. no access).',
        'results-file': 'Path of the JSON results file (per repository: status, reason, pull request, changes; diffs in dry-run).',
        matrix: 'Plan mode: the shard matrix as JSON, e.g. {"shard":["1/4","2/4","3/4","4/4"]}.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 85871))).runBulkUpdate(ctx),
});


/***/ }),

/***/ 78185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   _b: () => (/* binding */ shardMatrix),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   o4: () => (/* binding */ shardCount),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony export shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Most shards a run may be split into. */
const MAX_SHARDS = 256;
/** Parses `i/n` (1 ≤ i ≤ n ≤ MAX_SHARDS), or undefined when `value` is not one. */
function parseShard(value) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    const index = m ? Number(m[1]) : Number.NaN;
    const count = m ? Number(m[2]) : Number.NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
        return undefined;
    return { index, count };
}
/** The shard (1-based) a repository belongs to: a stable hash of its lower-cased name, so shards never overlap. */
function shardOf(name, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name.toLowerCase()).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The names that belong to `shard`, in their original order. */
function inShard(items, shard) {
    if (shard.count === 1)
        return items;
    return items.filter((r) => shardOf(r.name, shard.count) === shard.index);
}
/**
 * How many shards a selection needs: one per `perShard` repositories, at most `max`
 * (GitHub caps a matrix at 256 jobs: https://docs.github.com/actions/using-jobs/using-a-matrix-for-your-jobs).
 */
function shardCount(selected, perShard = 250, max = 20) {
    return Math.max(1, Math.min(max, Math.ceil(selected / perShard)));
}
/** The `matrix` output of plan mode: `{"shard":["1/4","2/4","3/4","4/4"]}`. */
function shardMatrix(count) {
    return { shard: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`) };
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
