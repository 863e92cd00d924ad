export const id = 454;
export const ids = [454];
export const modules = {

/***/ 83454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action)
/* harmony export */ });
/* harmony import */ var _shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53509);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48321);


/** The metrics-collect action: organization and repository metrics, Prometheus export and trends. */
const action = (0,_shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'metrics-collect',
    description: 'Delivery metrics of an organization (runs, DORA, pull requests, issues, security alerts), incremental, with Prometheus export and trends.',
    inputs: _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsInputs */ .j,
    outputs: {
        repositories: 'Number of repositories measured (archived ones included).',
        'unreadable-repositories': 'Repositories listed whose activity could not be read (named in the summary).',
        'success-rate': 'Successful / (successful + failed) workflow runs in the window, 0..1; empty without runs.',
        'lead-time-seconds': 'Median lead time for changes (first commit to merge) in seconds; empty without merges.',
        'mttr-seconds': 'Mean time to recovery of failing scheduled workflows in seconds; empty without recoveries.',
        'critical-alerts': 'Open critical security alerts the token may read; empty when it may read none.',
        'deployments-per-day': 'Deployments (or releases) per day over the window.',
        'change-failure-rate': 'Failed deployments and reverts / deployments, 0..1; empty without deployments.',
        'prometheus-file': 'Path of the Prometheus text file written, relative to the workspace.',
        'json-file': 'Path of the JSON snapshot written, relative to the workspace.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(222), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 2367))).runMetricsCollect(ctx),
});


/***/ }),

/***/ 41197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ restoreSnapshotArtifact),
/* harmony export */   s: () => (/* binding */ snapshotArtifactName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51306);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);




/** The artifact each run uploads its snapshot as, and the next run downloads: the artifact chain. */
function snapshotArtifactName(organization) {
    return `metrics-collect-snapshot-${organization.toLowerCase()}`;
}
/**
 * Restores the newest `name` artifact of `owner/repo` (the previous run's snapshot) to `file`:
 * one list request and one download. False when there is none (the first run, or all expired) or it
 * cannot be used; a missing link only means this run reads the whole window again.
 */
async function restoreSnapshotArtifact(client, repository, name, file, logger) {
    try {
        const { data } = await client.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 10 });
        const latest = data.artifacts.find((a) => !a.expired);
        if (!latest) {
            logger.info(`No ${name} artifact yet: this collection reads the whole window.`);
            return false;
        }
        const zip = await client.rest.actions.downloadArtifact({
            ...repository,
            artifact_id: latest.id,
            archive_format: 'zip',
        });
        if (!(zip.data instanceof ArrayBuffer))
            throw new Error('the download is not a zip archive');
        const entries = (0,fflate__WEBPACK_IMPORTED_MODULE_3__/* .unzipSync */ .AO)(new Uint8Array(zip.data));
        const entry = Object.keys(entries).find((n) => n.endsWith('.json') && !n.includes('..'));
        if (!entry)
            throw new Error('no JSON snapshot in it');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, entries[entry]);
        logger.info(`Continuing from the snapshot of artifact ${name} (${latest.created_at ?? 'unknown date'}).`);
        return true;
    }
    catch (error) {
        logger.warning(`Could not restore the snapshot artifact ${name}: ${(0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        return false;
    }
}


/***/ }),

/***/ 48321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ metricsInputs),
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21736);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/* harmony import */ var _shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7570);
/* harmony import */ var _engine_snapshot_chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41197);
/* harmony import */ var _shared_metrics_pushgateway_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82106);
/* harmony import */ var _shared_validation_github_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72508);






/** Inputs of metrics-collect besides the common ones. */
const metricsInputs = {
    organization: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.custom(_shared_validation_github_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerSchema */ .$K, {
        description: 'Organization whose repositories are measured. Default: the owner of the calling repository. Private repositories need a token that can read them (e.g. a GitHub App installation token).',
        allowed: 'expected a GitHub organization name',
    }),
    'stale-days': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({
        description: 'A non-archived repository without a push for more than this many days counts as stale.',
        default: 90,
        min: 1,
        max: 3650,
    }),
    'pr-age-days': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({
        description: 'An open pull request created more than this many days ago counts as old.',
        default: 30,
        min: 1,
        max: 3650,
    }),
    'window-days': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({
        description: 'Days of activity measured (runs, pull requests, issues, deployments, alerts of the actions). Changing it starts a fresh, non-incremental collection.',
        default: 28,
        min: 1,
        max: 90,
    }),
    'action-metrics': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
        description: "Read the metrics-<action>-<run_id>-<run_attempt> artifacts the collection's actions uploaded in the calling repository (success rate, durations, API use, breaker openings).",
        default: true,
    }),
    'snapshot-artifact': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
        description: 'Keep the snapshot history as an artifact chain: upload the snapshot as the artifact metrics-collect-snapshot-<organization>, and when no previous file exists, continue from the newest such artifact of the calling repository.',
        default: true,
    }),
    'openmetrics-file': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Where to write the same metrics in the OpenMetrics text format, inside the workspace. Default: not written.',
    }),
    'prometheus-file': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Where to write the Prometheus text exposition, inside the workspace.',
        default: 'metrics-collect.prom',
    }),
    'json-file': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Where to write the JSON snapshot (totals, breakdowns, history, every repository), inside the workspace.',
        default: 'metrics-collect.json',
    }),
    previous: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Earlier JSON snapshot to compute trends from, inside the workspace. Default: the json-file as it is before this run writes it (e.g. restored by actions/cache); without one, no trends.',
    }),
    'pushgateway-url': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.custom(_shared_metrics_pushgateway_url_js__WEBPACK_IMPORTED_MODULE_4__/* .pushgatewayUrlSchema */ .dM, {
        description: 'Prometheus Pushgateway to push the metrics to (job metrics-collect/<organization>, replacing the previous push), e.g. http://pushgateway:9091. Skipped in dry-run.',
        allowed: 'expected an http or https URL',
        // It may carry Basic-auth credentials: masked, and never echoed in an input error.
        secret: true,
    }),
};
/** Inputs plus the run environment to settings; paths must stay inside the workspace. */
function readSettings(i, env) {
    const organization = i.organization ?? env.repository?.owner;
    if (!organization)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('No organization: set the organization input, or run in a repository (GITHUB_REPOSITORY).');
    const jsonFile = (0,_shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .X)(env.workspace, i['json-file'], { inputName: 'json-file' });
    return {
        organization,
        staleDays: i['stale-days'],
        prAgeDays: i['pr-age-days'],
        windowDays: i['window-days'],
        prometheusFile: (0,_shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .X)(env.workspace, i['prometheus-file'], { inputName: 'prometheus-file' }),
        openMetricsFile: i['openmetrics-file']
            ? (0,_shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .X)(env.workspace, i['openmetrics-file'], { inputName: 'openmetrics-file' })
            : undefined,
        artifactsRepository: i['action-metrics'] || i['snapshot-artifact'] ? env.repository : undefined,
        readActionMetrics: i['action-metrics'],
        snapshotArtifact: i['snapshot-artifact'] ? (0,_engine_snapshot_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotArtifactName */ .s)(organization) : undefined,
        jsonFile,
        previousFile: i.previous ? (0,_shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .X)(env.workspace, i.previous, { inputName: 'previous' }) : jsonFile,
        pushgatewayUrl: i['pushgateway-url'],
    };
}


/***/ }),

/***/ 82106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ pushgatewayUrlSchema),
/* harmony export */   gn: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* unused harmony export isHttpUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** True for an http or https URL (credentials allowed: a Pushgateway behind Basic auth takes them from the URL). */
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** The `pushgateway-url` input: an http(s) URL, `user:password@` allowed. */
const pushgatewayUrlSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(isHttpUrl);
/**
 * Masks the credentials of a URL such as `https://user:secret@pushgateway.example` (they become a
 * Basic Authorization header) in everything logged afterwards. The URL itself is not a secret, so
 * it stays readable in messages; only the password is masked, as given and decoded (the user name is
 * not a secret, and masking a common word would garble every log line that contains it).
 */
function maskUrlCredentials(url, mask) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return; // not a URL: the push reports it as a user error
    }
    for (const value of new Set([parsed.password, decodeURIComponent(parsed.password)])) {
        if (value !== '')
            mask(value);
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
