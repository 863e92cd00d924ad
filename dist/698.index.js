export const id = 698;
export const ids = [698];
export const modules = {

/***/ 70698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./actions/release/src/engine/packages.ts
var engine_packages = __webpack_require__(3655);
// EXTERNAL MODULE: ./actions/release/src/engine/version-files.ts
var version_files = __webpack_require__(79502);
// EXTERNAL MODULE: ./shared/validation/schema.ts
var schema = __webpack_require__(72077);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/validation/formats.ts



/** Why `value` is not a semantic version (a leading `v` is accepted, as npm's semver does), or undefined. */
function semverProblem(value) {
    return semver_default().valid(value) === null ? 'expected a semantic version such as 1.2.3 or 2.0.0-rc.1' : undefined;
}
/** A semantic version, for an input or config field (release's `version` input). */
const semverSchema = (0,schema/* schemaFrom */.q)(semverProblem);
/**
 * Why `value` is not a usable workspace glob, or undefined: it must compile with picomatch and stay
 * relative to the workspace (no absolute paths, no `..` parts). A leading `!` negates.
 */
function globProblem(value) {
    if (value.trim() === '')
        return 'expected a glob pattern';
    if (value.includes('\0'))
        return 'a glob cannot contain NUL bytes';
    const scan = picomatch_default().scan(value, { parts: true });
    const pattern = scan.negated ? value.slice(1) : value;
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
        return 'a glob must be relative to the workspace';
    if ((scan.parts ?? []).includes('..'))
        return "a glob cannot contain '..'";
    try {
        // picomatch turns a pattern it cannot parse (e.g. an unclosed brace) into a regex that never matches.
        if (picomatch_default().makeRe(value).source === '$^')
            return 'the glob cannot be parsed (unbalanced brace?)';
    }
    catch {
        return 'the glob cannot be parsed';
    }
    return undefined;
}
/** zod schema for a workspace glob. */
const globSchema = (0,schema/* schemaFrom */.q)(globProblem);

;// CONCATENATED MODULE: ./actions/release/src/settings.ts







/** Why `value` is not a file path inside the repository checkout (the workspace), or undefined. */
function repoPathProblem(value) {
    const clean = value.replace(/^\.\//, '');
    if (clean.startsWith('/') || /^[A-Za-z]:[\\/]/.test(clean))
        return 'expected a path relative to the workspace';
    if (clean.includes('\\') || clean.includes('\0'))
        return 'expected a path with / separators and no NUL byte';
    if (clean.split('/').some((s) => s === '..' || s === '' || s === '.'))
        return "expected a path inside the workspace, without '..' or empty parts, e.g. CHANGELOG.md";
    if (clean === '.git' || clean.startsWith('.git/'))
        return 'the .git folder is not part of the repository';
    return undefined;
}
/** A repository file path, checked (relative, inside, no `..`) and normalised (no leading `./`). */
const repoPathSchema = (0,schema/* schemaFrom */.q)(repoPathProblem).transform((v) => v.replace(/^\.\//, ''));
/** A semantic version with or without the leading `v`, normalised to the bare version. */
const versionSchema = semverSchema.transform((v) => semver_default().valid(v));
/** The `version-files` input: one file per line, each checked (its path and its rule). */
const versionFilesSchema = schemas/* string */.YjP().transform((value, ctx) => {
    const out = [];
    for (const line of value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)) {
        const parsed = (0,version_files/* parseVersionFile */.S)(line);
        const problem = typeof parsed === 'string' ? parsed : repoPathProblem(parsed.path);
        if (problem !== undefined) {
            ctx.addIssue({ code: 'custom', message: `${line}: ${problem}`, input: value });
            return core/* NEVER */.tm;
        }
        out.push(parsed);
    }
    return out;
});
/** The `changelog-sections` input: `type[,type…]=Title` per line, in the order shown. */
const sectionsSchema = schemas/* string */.YjP().transform((value, ctx) => {
    const out = [];
    for (const line of value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)) {
        const m = /^([A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)*)\s*=\s*(\S.*)$/.exec(line);
        if (!m) {
            ctx.addIssue({ code: 'custom', message: `${line}: expected type[,type]=Title`, input: value });
            return core/* NEVER */.tm;
        }
        out.push({ types: m[1].split(',').map((t) => t.trim().toLowerCase()), title: m[2].trim() });
    }
    return out;
});
/** The `packages` input: `name: path` per line. */
const packagesSchema = schemas/* string */.YjP().transform((value, ctx) => {
    const out = [];
    for (const line of value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)) {
        const parsed = (0,engine_packages/* parsePackage */.C)(line);
        const problem = typeof parsed === 'string' ? parsed : repoPathProblem(parsed.path);
        if (problem !== undefined) {
            ctx.addIssue({ code: 'custom', message: `${line}: ${problem}`, input: value });
            return core/* NEVER */.tm;
        }
        out.push(parsed);
    }
    return out;
});
/** Inputs of the release action besides the common ones, declared once (action.yml mirrors them). */
const releaseInputs = {
    mode: inputs/* input */.hF.enum(['release', 'rollback'], {
        description: 'release computes and publishes the next version; rollback undoes the version given by `version` (default: the highest release tag): deletes its release and tag and moves the major tag back.',
        default: 'release',
    }),
    bump: inputs/* input */.hF.enum(['auto', 'major', 'minor', 'patch'], {
        description: 'How far the version moves: auto reads it from Conventional Commits (breaking → major, feat → minor, fix/perf → patch; nothing releasable → no release); major, minor or patch force that bump even without releasable commits.',
        default: 'auto',
    }),
    version: inputs/* input */.hF.custom(versionSchema, {
        description: 'Release exactly this version (e.g. 1.0.0 or v2.0.0-rc.1) instead of computing it; it must be higher than every existing release. In rollback mode, the version to undo.',
        allowed: 'expected a semantic version such as 1.4.0, v1.4.0 or 2.0.0-rc.1',
    }),
    'initial-version': inputs/* input */.hF.custom(versionSchema, {
        description: 'The version of the first release, when the repository has no release tag yet.',
        default: '0.1.0',
        allowed: 'expected a semantic version such as 0.1.0 or 1.0.0',
    }),
    prerelease: inputs/* input */.hF.string({
        description: 'Make a pre-release on this channel, e.g. rc gives 1.3.0-rc.1, then 1.3.0-rc.2, … (the stable version computed as usual, suffixed).',
        pattern: /^[0-9A-Za-z-]+$/,
        allowed: 'expected one identifier of letters, digits and hyphens, e.g. rc or beta',
    }),
    draft: inputs/* input */.hF.boolean({ description: 'Leave the GitHub release as a draft.', default: false }),
    'changelog-file': inputs/* input */.hF.custom(repoPathSchema, {
        description: "Also commit the changelog entry to this file of the repository (e.g. CHANGELOG.md), in a verified release commit on the run's branch that the tag points at. Default: no file, no commit.",
        allowed: 'expected a relative path in the repository, e.g. CHANGELOG.md',
    }),
    'changelog-sections': inputs/* input */.hF.custom(sectionsSchema, {
        description: 'Sections of the notes, one per line as type[,type]=Title, in the order shown (breaking changes always come first). Default: feat,feature=Features, fix=Bug Fixes, perf=Performance Improvements, revert=Reverts. Types not listed are left out of the notes; the version bump does not change.',
        allowed: 'expected lines of type[,type]=Title, e.g. docs=Documentation',
    }),
    'version-files': inputs/* input */.hF.custom(versionFilesSchema, {
        description: "Files whose version the release commit updates, one per line: package.json or package-lock.json (the version field, and the lock file's root package), a JSON file and field (manifest.json#version, dotted), a file and a regular expression whose first capture group is the version (src/version.ts=VERSION = '([^']*)'), or a file that holds only the version (VERSION). Implies a release commit on the run's branch, like changelog-file.",
        allowed: 'expected lines of path, path#json.field or path=regex-with-one-group, paths inside the workspace',
    }),
    packages: inputs/* input */.hF.custom(packagesSchema, {
        description: 'Monorepo: release these packages instead of the repository, one per line as name: path (e.g. api: packages/api). Each is released on its own with tags <name>-v<version>, counting only the commits that touch its folder; changelog-file and version-files are read inside its folder. No floating tags.',
        allowed: 'expected lines of name: path, e.g. api: packages/api',
    }),
    assets: inputs/* input */.hF.list({
        description: 'Files of the workspace to attach to the release, as globs separated by commas or newlines (e.g. dist/*.tgz). Uploaded to the draft before it is published, so they work with immutable releases; a glob that matches nothing stops the release before it writes.',
        item: globSchema,
        allowed: 'expected comma- or newline-separated globs relative to the workspace',
    }),
    'release-pr': inputs/* input */.hF.boolean({
        description: "Release through a pull request: each push computes the next version and sets a release PR (branch moko-release/<branch>, one release commit with changelog-file and version-files) to it; merging the PR (squash or rebase) makes the release on the next push's run. Needs pull-requests: write.",
        default: false,
    }),
    'major-tag': inputs/* input */.hF.boolean({
        description: 'Move the floating major tag (v3) to a stable release from 1.0.0 on, when it is the highest of its major line.',
        default: true,
    }),
    'minor-tag': inputs/* input */.hF.boolean({
        description: 'Also move a floating minor tag (v3.2) to a stable release that is the highest of its minor line.',
        default: false,
    }),
};

;// CONCATENATED MODULE: ./actions/release/src/action.ts


/** release: next version from Conventional Commits, changelog, annotated tag, GitHub release, floating tags; never half a release. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'release',
    description: 'Version, changelog, tag, GitHub release and floating tags, all or nothing, with rollback.',
    inputs: releaseInputs,
    outputs: {
        released: 'true when this run published the release (or completed one an interrupted run left); false for a dry run, an existing release or nothing to release.',
        version: 'The version released (or that would be, or that was rolled back), without the v.',
        tag: 'Its tag, e.g. v1.4.0.',
        'previous-version': 'The version the new one follows (the highest earlier release), without the v; empty for a first release.',
        'previous-tag': 'The release tag the changelog starts from (rollback: the release the major tag moved back to).',
        'release-url': 'Web URL of the GitHub release.',
        'release-id': 'Numeric id of the GitHub release (for uploading more assets); empty when there is none.',
        'major-tag': 'The floating major tag moved, e.g. v1; empty when none was.',
        changelog: 'The changelog entry (Markdown), complete even when the release body had to be cut to 125,000 characters.',
        'pull-request': 'With release-pr: the URL of the release pull request opened or updated; empty otherwise.',
        packages: 'With packages: a JSON object, package name → { released, version, tag, previous-version, release-url, release-id, changelog }.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 34556))).runRelease(ctx),
});


/***/ }),

/***/ 3:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readAsset),
/* harmony export */   q: () => (/* binding */ resolveAssets)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);
/* harmony import */ var _shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7570);




/**
 * The files the `assets` globs match in the workspace, each checked to stay inside it. A glob that
 * matches no file, or two files with the same name (GitHub names assets by file name), stops the
 * release before its first write.
 */
async function resolveAssets(workspace, globs) {
    const out = [];
    for (const pattern of globs) {
        let found = 0;
        for await (const rel of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd: workspace })) {
            const file = (0,_shared_paths_workspace_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWorkspacePath */ .X)(workspace, rel, { inputName: 'assets', mustExist: true });
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
            if (!info.isFile())
                continue;
            found++;
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
            const twin = out.find((a) => a.name === name);
            if (twin && twin.file !== file)
                throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`assets: ${rel} and ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, twin.file)} would both be named ${name}`);
            if (!twin)
                out.push({ name, file, size: info.size });
        }
        if (found === 0)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input 'assets': ${pattern} matches no file in the workspace (expected globs of files to attach).`);
    }
    return out;
}
/** The bytes of an asset, read when it is uploaded. */
function readAsset(a) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(a.file);
}


/***/ }),

/***/ 65174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ prependChangelog),
/* harmony export */   NI: () => (/* binding */ fitNotes),
/* harmony export */   R8: () => (/* binding */ renderChangelog),
/* harmony export */   fS: () => (/* binding */ RELEASE_BODY_LIMIT)
/* harmony export */ });
/* unused harmony export DEFAULT_SECTIONS */
/**
 * Default sections, in the order shown (the conventionalcommits preset's visible types); other types
 * (docs, chore, ci, …) are left out unless configured.
 */
const DEFAULT_SECTIONS = [
    { types: ['feat', 'feature'], title: 'Features' },
    { types: ['fix'], title: 'Bug Fixes' },
    { types: ['perf'], title: 'Performance Improvements' },
    { types: ['revert'], title: 'Reverts' },
];
function line(c, repoUrl, text = c.subject) {
    const scope = c.scope ? `**${c.scope}:** ` : '';
    const pr = c.pullRequest === undefined ? '' : ` ([#${c.pullRequest}](${repoUrl}/pull/${c.pullRequest}))`;
    const url = c.url ?? `${repoUrl}/commit/${c.sha}`;
    const by = c.author ? ` by @${c.author}` : '';
    return `* ${scope}${text.replace(/\r?\n/g, ' ')}${pr} ([${c.sha.slice(0, 7)}](${url}))${by}`;
}
/**
 * One changelog entry in Markdown (the layout release-please writes): a heading linking the compare
 * view, breaking changes first, then features, fixes, performance and reverts, each line linking its
 * pull request (from a squash-merge `(#12)` suffix) and commit. Commits come newest first.
 */
function renderChangelog(input) {
    const { repoUrl } = input;
    const title = input.previousTag
        ? `[${input.version}](${repoUrl}/compare/${input.previousTag}...${input.tag})`
        : input.version;
    const out = [`## ${title} (${input.date})`];
    const breaking = input.commits.filter((c) => c.breaking);
    if (breaking.length > 0) {
        out.push('', '### ⚠ BREAKING CHANGES', '');
        for (const c of breaking)
            out.push(line(c, repoUrl, c.breakingNote));
    }
    for (const s of input.sections ?? DEFAULT_SECTIONS) {
        const items = input.commits.filter((c) => c.type !== undefined && s.types.includes(c.type));
        if (items.length === 0)
            continue;
        out.push('', `### ${s.title}`, '');
        for (const c of items)
            out.push(line(c, repoUrl));
    }
    if (out.length === 1)
        out.push('', '_No notable changes._');
    return `${out.join('\n')}\n`;
}
const FILE_HEADING = '# Changelog';
/**
 * The changelog file with `entry` on top, below the `# Changelog` heading (created when the file is new
 * or lacks it). An entry already there for the same version (left by an earlier attempt) is replaced,
 * so commits made since that attempt are listed too.
 */
function prependChangelog(existing, entry, version) {
    const text = existing ?? '';
    const heading = new RegExp(`^## \\[?${version.replace(/[.+]/g, '\\$&')}\\]?[ (]`, 'm');
    const found = heading.exec(text);
    if (found) {
        const rest = text.slice(found.index);
        const next = /^## /m.exec(rest.slice(3));
        const end = next ? found.index + 3 + next.index : text.length;
        return `${text.slice(0, found.index)}${entry}${end < text.length ? `\n${text.slice(end)}` : ''}`;
    }
    const body = text.startsWith(FILE_HEADING) ? text.slice(FILE_HEADING.length).replace(/^\s*\n/, '') : text;
    return `${FILE_HEADING}\n\n${entry}${body.trim() === '' ? '' : `\n${body}`}`;
}
/** GitHub refuses a release body over 125,000 characters. */
const RELEASE_BODY_LIMIT = 125_000;
/**
 * `notes` cut at a line boundary so that, with a closing line linking the full changelog, they fit in
 * `limit` characters; unchanged when they already fit.
 */
function fitNotes(notes, fullUrl, limit = RELEASE_BODY_LIMIT, reserve = 0) {
    if (notes.length + reserve <= limit)
        return notes;
    const tail = `\n\n_The notes are cut to GitHub's limit; see the [full changelog](${fullUrl})._\n`;
    const room = limit - reserve - tail.length;
    const cut = notes.lastIndexOf('\n', room);
    return `${notes.slice(0, cut > 0 ? cut : room)}${tail}`;
}


/***/ }),

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ gitApi)
/* harmony export */ });
/* unused harmony export explain */
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

function info(r) {
    return {
        id: r.id,
        tag: r.tag_name,
        name: r.name,
        body: r.body ?? null,
        draft: r.draft,
        prerelease: r.prerelease,
        immutable: r.immutable === true,
        url: r.html_url,
        targetCommitish: r.target_commitish,
        uploadUrl: r.upload_url,
    };
}
/**
 * Turns GitHub's refusals into messages a user can act on: 403/404 on a write is a missing permission
 * (`contents: write`), and a 422 about an immutable release is explained
 * (https://docs.github.com/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases).
 */
function explain(what, error) {
    const status = (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error);
    const message = (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? JSON.stringify(error.response) : '';
    if (/immutable/i.test(message) || /immutable/i.test(response ?? '')) {
        return new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: GitHub refuses to modify an immutable release (${message}). Its tag and assets cannot be changed or deleted, and its tag name stays reserved; publish a new version instead.`);
    }
    if (status === 403)
        return new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`${what}: permission denied (the token needs contents: write): ${message}`);
    // Any other refusal (404, 409, 422) is GitHub saying no to the repository's state, not a bug here.
    if (status !== undefined && status >= 400 && status < 500)
        return new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${message} (HTTP ${status})`);
    return error instanceof Error ? error : new Error(`${what}: ${message}`);
}
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw explain(what, error);
    }
}
/** The REST calls of the release action, each failure explained (see explain). */
function gitApi(github, repo) {
    const r = { owner: repo.owner, repo: repo.repo };
    return {
        /** The ref `tags/<name>` (or `heads/<name>`), peeled to its commit; undefined when absent. */
        async getRef(ref) {
            try {
                const { data } = await github.rest.git.getRef({ ...r, ref });
                let commit = data.object.sha;
                if (data.object.type === 'tag') {
                    const tag = await github.rest.git.getTag({ ...r, tag_sha: data.object.sha });
                    commit = tag.data.object.sha;
                }
                return { ref, sha: data.object.sha, commit };
            }
            catch (error) {
                if ((0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorStatus */ .PO)(error) === 404)
                    return undefined;
                throw explain(`reading ${ref}`, error);
            }
        },
        /** The message of an annotated tag (empty for a lightweight one). */
        async tagMessage(tag) {
            const { data } = await call(`reading tag ${tag}`, () => github.rest.git.getRef({ ...r, ref: `tags/${tag}` }));
            if (data.object.type !== 'tag')
                return '';
            const { data: t } = await call(`reading tag ${tag}`, () => github.rest.git.getTag({ ...r, tag_sha: data.object.sha }));
            return t.message;
        },
        /** Parent SHAs of a commit. */
        async parentsOf(sha) {
            const { data } = await call(`reading commit ${sha}`, () => github.rest.git.getCommit({ ...r, commit_sha: sha }));
            return data.parents.map((x) => x.sha);
        },
        /** Creates an annotated tag object and its ref (Git Data API); returns the tag object's SHA. */
        async createAnnotatedTag(tag, commit, message) {
            return call(`creating tag ${tag}`, async () => {
                const { data } = await github.rest.git.createTag({ ...r, tag, message, object: commit, type: 'commit' });
                await github.rest.git.createRef({ ...r, ref: `refs/tags/${tag}`, sha: data.sha });
                return data.sha;
            });
        },
        /** Creates `refs/<ref>` at `sha`, or moves it there (force: a floating tag moves sideways). */
        async setRef(ref, sha, exists) {
            await call(`${exists ? 'moving' : 'creating'} ${ref}`, async () => {
                if (exists)
                    await github.rest.git.updateRef({ ...r, ref, sha, force: true });
                else
                    await github.rest.git.createRef({ ...r, ref: `refs/${ref}`, sha });
            });
        },
        /** Deletes `refs/<ref>`. */
        async deleteRef(ref) {
            await call(`deleting ${ref}`, () => github.rest.git.deleteRef({ ...r, ref }));
        },
        /** Every release of the repository, drafts included (only a token that can push sees drafts). */
        async listReleases() {
            const all = await call('listing releases', () => github.paginate(github.rest.repos.listReleases, { ...r, per_page: 100 }));
            return all.map(info);
        },
        /** The release of `tag`, drafts included (get-release-by-tag hides drafts, so the list is read). */
        async findRelease(tag) {
            return (await this.listReleases()).find((x) => x.tag === tag);
        },
        /**
         * A commit with `files` changed on top of `parent`, made with the Git Data API and referenced by no
         * branch (detached): nothing changes for anyone until a ref points at it. Made without an author,
         * GitHub signs it (a verified commit).
         */
        async createDetachedCommit(parent, files, message) {
            return call('creating the release commit', async () => {
                const { data: base } = await github.rest.git.getCommit({ ...r, commit_sha: parent });
                const { data: tree } = await github.rest.git.createTree({
                    ...r,
                    base_tree: base.tree.sha,
                    tree: files.map((f) => ({
                        path: f.path,
                        mode: '100644',
                        type: 'blob',
                        content: f.content,
                    })),
                });
                const { data } = await github.rest.git.createCommit({ ...r, message, tree: tree.sha, parents: [parent] });
                return data.sha;
            });
        },
        /** Moves `heads/<branch>` forward to `sha`; GitHub refuses (422) anything but a fast-forward. */
        async fastForward(branch, sha) {
            await call(`fast-forwarding ${branch}`, () => github.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false }));
        },
        /** Moves `heads/<branch>` back to `sha` (a force update: only where the branch's rules allow it). */
        async resetBranch(branch, sha) {
            await call(`moving ${branch} back`, () => github.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: true }));
        },
        /** True when `ancestor` is `descendant` or one of its ancestors (the compare API's status). */
        async isAncestor(ancestor, descendant) {
            if (ancestor === descendant)
                return true;
            const { data } = await call('comparing commits', () => github.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${ancestor}...${descendant}`, per_page: 1 }));
            return data.status === 'ahead' || data.status === 'identical';
        },
        /** Creates a release of an existing tag. */
        async createRelease(o) {
            return call(`creating the release ${o.tag}`, async () => {
                const { data } = await github.rest.repos.createRelease({
                    ...r,
                    tag_name: o.tag,
                    target_commitish: o.commit,
                    name: o.name ?? o.tag,
                    body: o.body,
                    draft: o.draft,
                    prerelease: o.prerelease,
                });
                return info(data);
            });
        },
        /** Publishes a draft (or turns a release back into a draft). */
        async setDraft(id, tag, draft) {
            return call(`${draft ? 'unpublishing' : 'publishing'} the release ${tag}`, async () => info((await github.rest.repos.updateRelease({ ...r, release_id: id, draft })).data));
        },
        /** Names of the assets a release has. */
        async assetNames(id) {
            const list = await call('listing release assets', () => github.paginate(github.rest.repos.listReleaseAssets, { ...r, release_id: id, per_page: 100 }));
            return list.map((a) => a.name);
        },
        /** Uploads one asset to a (draft) release; returns its id. */
        async uploadAsset(release, name, data) {
            return call(`uploading ${name} to ${release.tag}`, async () => {
                const { data: asset } = await github.request({
                    method: 'POST',
                    url: release.uploadUrl,
                    name,
                    data,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
                });
                return asset.id;
            });
        },
        /** Deletes one release asset. */
        async deleteAsset(id, name) {
            await call(`deleting the asset ${name}`, () => github.rest.repos.deleteReleaseAsset({ ...r, asset_id: id }));
        },
        /** Deletes a release (its tag stays). */
        async deleteRelease(id, tag) {
            await call(`deleting the release ${tag}`, () => github.rest.repos.deleteRelease({ ...r, release_id: id }));
        },
    };
}


/***/ }),

/***/ 72956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ readReleaseTags),
/* harmony export */   S6: () => (/* binding */ walkHistory),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   qS: () => (/* binding */ walkPackageHistory)
/* harmony export */ });
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2855);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58924);



const TAGS = `query ReleaseTags($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { __typename oid ... on Tag { message target { oid } } } }
    }
  }
}`;
/** Every `v<semver>` tag of the repository with its commit: one GraphQL request per 100 tags. */
async function readReleaseTags(github, repo, prefix) {
    const out = [];
    let after = null;
    do {
        const data = await github.graphql(TAGS, { owner: repo.owner, name: repo.repo, after });
        if (!data.repository)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`repository ${repo.owner}/${repo.repo} not found or not readable`);
        for (const n of data.repository.refs.nodes) {
            const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOfTag */ .mx)(n.name, prefix);
            if (!version)
                continue;
            out.push({
                name: n.name,
                version,
                commit: n.target.target?.oid ?? n.target.oid,
                ours: (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasTrailer */ .Eu)(n.target.message),
            });
        }
        after = data.repository.refs.pageInfo.hasNextPage ? data.repository.refs.pageInfo.endCursor : null;
    } while (after);
    return out;
}
const HISTORY = `query ReleaseHistory($owner: String!, $name: String!, $oid: GitObjectID!, $after: String, $path: String) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) {
      ... on Commit {
        history(first: 100, after: $after, path: $path) {
          pageInfo { hasNextPage endCursor }
          nodes { oid message url author { user { login } } }
        }
      }
    }
  }
}`;
/**
 * The history from `head`, newest first (GitHub's `Commit.history`, git log order), 100 commits per
 * GraphQL request, read lazily so the caller stops at the previous release and pays only for the
 * commits since. A merge brings its branch's commits in; commits of a merged branch that are older than
 * the previous release tag in log order are not reached (release-please has the same boundary).
 */
async function* walkHistory(github, repo, head, path) {
    let after = null;
    do {
        const data = await github.graphql(HISTORY, {
            owner: repo.owner,
            name: repo.repo,
            oid: head,
            after,
            path: path ?? null,
        });
        const history = data.repository?.object?.history;
        if (!history)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`commit ${head} not found in ${repo.owner}/${repo.repo}`);
        for (const n of history.nodes)
            yield { sha: n.oid, message: n.message, url: n.url, ...(n.author?.user ? { author: n.author.user.login } : {}) };
        after = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
    } while (after);
}
/**
 * The history from `head` with the commits that do not touch `path` marked `outside`: the plan still
 * sees every commit (so it stops at the previous release tag wherever that tag points) but counts only
 * the package's own. Both walks are in the same git log order, read lazily side by side.
 */
async function* walkPackageHistory(github, repo, head, path) {
    const touching = walkHistory(github, repo, head, path);
    let next = await touching.next();
    for await (const c of walkHistory(github, repo, head)) {
        if (!next.done && next.value.sha === c.sha) {
            yield c;
            next = await touching.next();
        }
        else
            yield { ...c, outside: true };
    }
}
const FILE = `query ChangelogFile($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) { __typename ... on Blob { text isBinary } }
  }
}`;
/** Text of `path` at commit `sha`, or undefined when the file does not exist there. */
async function readFileAt(github, repo, sha, path) {
    const data = await github.graphql(FILE, {
        owner: repo.owner,
        name: repo.repo,
        expression: `${sha}:${path}`,
    });
    const o = data.repository?.object;
    if (!o)
        return undefined;
    if (o.__typename !== 'Blob' || o.isBinary || o.text == null)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path} is not a text file at ${sha}; cannot add the changelog to it`);
    return o.text;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ hasTrailer),
/* harmony export */   hv: () => (/* binding */ bodyMarker),
/* harmony export */   ib: () => (/* binding */ tagMessage),
/* harmony export */   ul: () => (/* binding */ releaseCommitMessage),
/* harmony export */   z6: () => (/* binding */ readBodyMarker)
/* harmony export */ });
/* unused harmony export MARKER_TRAILER */
/**
 * Markers that tell this action's own release objects from anyone else's, so a re-run recognises a
 * half-finished release of ours (tag without release, unpublished draft, release commit) and completes
 * or removes it, and never mistakes it for a finished previous version. The marker is written into the
 * objects themselves (tag message, commit message trailer, release body): no state outside GitHub.
 */
/** Trailer on release commits and annotated tag messages. */
const MARKER_TRAILER = 'Released-By: mokostandards-release';
const BODY_MARKER = /<!-- mokostandards-release: (\S+)( draft)? -->/;
/** The HTML comment ending a release body: the tag, and whether the user asked for a draft. */
function bodyMarker(tag, draftRequested) {
    return `<!-- mokostandards-release: ${tag}${draftRequested ? ' draft' : ''} -->`;
}
/** What the marker of a release body says, or undefined for a release this action did not make. */
function readBodyMarker(body) {
    const m = BODY_MARKER.exec(body ?? '');
    return m ? { tag: m[1], draftRequested: m[2] !== undefined } : undefined;
}
/** True when a tag or commit message carries our trailer. */
function hasTrailer(message) {
    return (message ?? '').split(/\r?\n/).some((l) => l.trim() === MARKER_TRAILER);
}
/** Message of the release commit: `chore(release): <tag>` plus our trailer (Conventional Commits skip chores). */
function releaseCommitMessage(tag) {
    return `chore(release): ${tag}\n\n${MARKER_TRAILER}\n`;
}
/** Message of the annotated tag: the tag, the notes, and our trailer last. */
function tagMessage(tag, notes) {
    return `${tag}\n\n${notes.trimEnd()}\n\n${MARKER_TRAILER}\n`;
}


/***/ }),

/***/ 3655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ parsePackage),
/* harmony export */   n: () => (/* binding */ releasePackages)
/* harmony export */ });
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81204);


/** Parses one line of the `packages` input, `name: path`; a reason string when it is not valid. */
function parsePackage(line) {
    const m = /^([A-Za-z0-9][\w.-]*)\s*:\s*(\S+)$/.exec(line.trim());
    if (!m)
        return 'expected name: path, e.g. api: packages/api';
    return { name: m[1], path: m[2].replace(/^\.\//, '').replace(/\/$/, '') };
}
const inside = (dir, file) => `${dir}/${file}`;
/**
 * Releases each package in turn, as its own all-or-nothing release: tags `<name>-v<version>`, only
 * commits touching its folder counted, its changelog and version files read relative to its folder.
 * Packages are released one after the other, each release commit on top of the previous one; a
 * failure stops the run (packages already released stay released, a re-run completes the rest).
 */
async function releasePackages(base, packages) {
    const out = [];
    for (const p of packages) {
        const versionFiles = base.versionFiles?.map((f) => ({ ...f, path: inside(p.path, f.path) }));
        try {
            const result = await (0,_release_js__WEBPACK_IMPORTED_MODULE_1__/* .runReleaseEngine */ .J)({
                ...base,
                pkg: { prefix: `${p.name}-v`, path: p.path },
                ...(base.changelogFile ? { changelogFile: inside(p.path, base.changelogFile) } : {}),
                ...(versionFiles ? { versionFiles } : {}),
            });
            out.push({ name: p.name, result });
        }
        catch (error) {
            const done = out.filter((x) => x.result.status === 'published').map((x) => x.result.tag);
            const message = `package ${p.name}: ${(0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}${done.length > 0 ? ` (released before it: ${done.join(', ')})` : ''}`;
            throw (0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error) ? new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message) : new Error(message, { cause: error });
        }
    }
    return out;
}


/***/ }),

/***/ 40895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ planRelease)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./actions/release/src/engine/conventional.ts
const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: (?<subject>.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: ?([\s\S]*)$/m;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
// The conventionalcommits preset's revert pattern: `Revert "feat: x"` + `This reverts commit <sha>.`
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;
/** Parses a commit message; a message that does not follow the spec keeps its headline as subject and no type. */
function parseCommit(commit) {
    const [headline = '', ...rest] = commit.message.split(/\r?\n/);
    const body = rest.join('\n');
    const base = {
        sha: commit.sha,
        ...(commit.url ? { url: commit.url } : {}),
        ...(commit.author ? { author: commit.author } : {}),
    };
    const revert = REVERT.exec(commit.message);
    if (revert) {
        const header = revert[1].trim();
        return { ...base, type: 'revert', subject: header, breaking: false, reverts: { sha: revert[2], header } };
    }
    let subject = headline.trim();
    let pullRequest;
    const pr = PR_SUFFIX.exec(subject);
    if (pr) {
        pullRequest = Number(pr[1]);
        subject = subject.slice(0, pr.index).trim();
    }
    const withPr = pullRequest === undefined ? {} : { pullRequest };
    const m = HEADER.exec(subject);
    if (!m?.groups)
        return { ...base, subject, breaking: false, ...withPr };
    const footer = BREAKING_FOOTER.exec(body);
    // The footer's note runs to the next blank line (further footers follow it).
    const note = footer?.[1]?.split(/\n\s*\n/)[0]?.trim();
    const breaking = Boolean(m.groups.bang) || footer !== null;
    return {
        ...base,
        type: m.groups.type.toLowerCase(),
        ...(m.groups.scope ? { scope: m.groups.scope.trim() } : {}),
        subject: m.groups.subject.trim(),
        breaking,
        ...(breaking ? { breakingNote: note || m.groups.subject.trim() } : {}),
        ...withPr,
    };
}
/**
 * The bump a set of commits asks for: any breaking change → major, else any `feat` → minor, else any
 * `fix`, `perf` or revert → patch, else nothing to release (docs, chore, ci, … and non-conventional
 * commits). Apply {@link dropReverted} first.
 */
function bumpOf(commits) {
    if (commits.some((c) => c.breaking))
        return 'major';
    if (commits.some((c) => c.type === 'feat'))
        return 'minor';
    if (commits.some((c) => c.type === 'fix' || c.type === 'perf' || c.reverts))
        return 'patch';
    return undefined;
}
/**
 * The commits without revert pairs: a commit reverted by a later commit of the same range, and that
 * revert, cancel out (as semantic-release's conventional-commits-filter does). A revert of a commit
 * from an earlier release stays, and counts as a patch.
 */
function dropReverted(commits) {
    const reverted = new Set();
    const reverts = new Set();
    for (const r of commits) {
        if (!r.reverts || r.reverts.sha.length < 7)
            continue;
        const target = commits.find((c) => c !== r && c.sha.startsWith(r.reverts.sha) && !reverted.has(c.sha));
        if (target) {
            reverted.add(target.sha);
            reverts.add(r);
        }
    }
    return commits.filter((c) => !reverted.has(c.sha) && !reverts.has(c));
}

// EXTERNAL MODULE: ./actions/release/src/engine/version.ts
var engine_version = __webpack_require__(58924);
;// CONCATENATED MODULE: ./actions/release/src/engine/plan.ts




function highest(tags) {
    return [...tags].sort((a, b) => semver_default().rcompare(a.version, b.version))[0];
}
/**
 * Decides the version. Stable: bump the latest stable tag reachable from `head` by the commits since it
 * (bumpOf, pre-1.0 rules in nextStable). Pre-release: the same stable target with `-<id>.<n>`, its
 * changelog covering the commits since the latest tag of any kind. A `head` that already carries the
 * version this run would make (or the forced one) is an existing release: the run confirms or completes it.
 */
async function planRelease(input) {
    const { head, tags } = input;
    const byCommit = new Map();
    for (const t of tags)
        byCommit.set(t.commit, [...(byCommit.get(t.commit) ?? []), t]);
    const wanted = (t) => input.prerelease ? semver_default().prerelease(t.version)?.[0] === input.prerelease : (0,engine_version/* isStable */.MQ)(t.version);
    let existingTag;
    if (input.forced) {
        const same = tags.find((t) => t.version === input.forced);
        if (same && same.commit !== head)
            throw new errors/* UserError */.yo(`${same.name} already exists on commit ${same.commit.slice(0, 7)}, not on ${head.slice(0, 7)}: choose another version`);
        existingTag = same;
    }
    else {
        existingTag = highest((byCommit.get(head) ?? []).filter(wanted));
    }
    // Walk back to the latest stable tag (the bump base), noting the latest tag of any kind (pre-release changelog cut).
    const commits = [];
    let sinceAnyTag;
    let anyTag;
    let stableTag;
    let truncated = false;
    let walked = 0;
    const max = input.maxCommits ?? 5000;
    for await (const raw of input.history) {
        const here = (byCommit.get(raw.sha) ?? []).filter((t) => !(raw.sha === head && existingTag && t === existingTag));
        const atHead = raw.sha === head;
        // Tags on head itself never end the range: they are this release or one of its pre-releases.
        if (!atHead && here.length > 0) {
            if (anyTag === undefined) {
                anyTag = highest(here);
                sinceAnyTag = commits.length;
            }
            const stable = highest(here.filter((t) => (0,engine_version/* isStable */.MQ)(t.version)));
            if (stable) {
                stableTag = stable;
                break;
            }
        }
        walked++;
        if (!raw.outside)
            commits.push(parseCommit(raw));
        if (walked >= max) {
            truncated = true;
            break;
        }
    }
    const bump = input.bump ?? bumpOf(dropReverted(commits));
    // The base is the highest stable release of the repository, not the first one the walk met: a walk
    // that stopped early or a release tag not reachable from head must never make the version go back.
    const highestStable = highest(tags.filter((t) => (0,engine_version/* isStable */.MQ)(t.version) && t.commit !== head));
    const previous = input.prerelease || (existingTag && !(0,engine_version/* isStable */.MQ)(existingTag.version)) ? (anyTag ?? highestStable) : highestStable;
    const listed = dropReverted(previous === anyTag && sinceAnyTag !== undefined ? commits.slice(0, sinceAnyTag) : commits);
    const previousTag = previous?.name;
    let version;
    if (existingTag)
        version = existingTag.version;
    else if (input.forced) {
        if (highestStable && semver_default().lte(input.forced, highestStable.version))
            throw new errors/* UserError */.yo(`version ${input.forced} is not higher than the latest release ${highestStable.name}: versions never go backwards`);
        version = input.forced;
    }
    else {
        if (!bump) {
            const reason = stableTag
                ? `no feat, fix, perf or breaking commits since ${stableTag.name}: nothing to release`
                : 'no feat, fix, perf or breaking commits in the history: nothing to release';
            return { release: false, reason, ...(previousTag ? { previousTag } : {}), commits: listed };
        }
        const stable = (0,engine_version/* nextStable */.dL)(highestStable?.version, bump, input.initialVersion);
        version = input.prerelease
            ? (0,engine_version/* nextPrerelease */.ES)(stable, input.prerelease, tags.map((t) => t.version))
            : stable;
    }
    const majorTag = (input.prefix ?? 'v') !== 'v'
        ? undefined
        : (0,engine_version/* majorTagFor */.J0)(version, tags.map((t) => t.version));
    return {
        release: true,
        version,
        tag: (0,engine_version/* tagOf */.cO)(version, input.prefix),
        ...(previousTag ? { previousTag } : {}),
        existing: existingTag !== undefined,
        ...(bump ? { bump } : {}),
        commits: listed,
        ...(majorTag ? { majorTag } : {}),
        truncated,
    };
}


/***/ }),

/***/ 10096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ removeUnfinished),
/* harmony export */   Q_: () => (/* binding */ findLeftovers),
/* harmony export */   j6: () => (/* binding */ removeOrphanDrafts)
/* harmony export */ });
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _shared_transactions_transaction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10342);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2855);



/**
 * Finds what an interrupted run of this action left. A marked tag (our trailer) whose release is
 * missing, or is a draft nobody asked for, is unfinished; a tag without our marker is someone else's
 * release (many repositories tag without GitHub releases) and is left alone.
 */
function findLeftovers(tags, releases) {
    const byTag = new Map(releases.map((r) => [r.tag, r]));
    const unfinished = [];
    for (const tag of tags) {
        if (!tag.ours)
            continue;
        const release = byTag.get(tag.name);
        if (release && !release.draft)
            continue;
        if (release && (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .readBodyMarker */ .z6)(release.body)?.draftRequested)
            continue;
        unfinished.push({ tag, ...(release ? { release } : {}) });
    }
    const names = new Set(tags.map((t) => t.name));
    const orphanDrafts = releases.filter((r) => {
        const m = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .readBodyMarker */ .z6)(r.body);
        return r.draft && m !== undefined && !m.draftRequested && !names.has(r.tag);
    });
    return { unfinished, orphanDrafts };
}
/**
 * Removes an unfinished release that never reached the branch (its commit is not on it): the draft,
 * then the tag, as one transaction whose compensations put them back. The next plan recreates the
 * release from the current head, with commits made since listed too.
 */
async function removeUnfinished(api, u, floating, o) {
    const steps = [
        ...floating.map((f) => f.to ? `move ${f.name} back to ${f.toTag}` : `delete ${f.name} (no earlier release of its line)`),
        ...(u.release ? [`delete the unfinished draft release ${u.tag.name}`] : []),
        `delete the unfinished tag ${u.tag.name} (commit ${u.tag.commit.slice(0, 7)}, not on the branch)`,
    ];
    if (o.dryRun)
        return steps;
    const tagRef = await api.getRef(`tags/${u.tag.name}`);
    const result = await (0,_shared_transactions_transaction_js__WEBPACK_IMPORTED_MODULE_1__/* .runTransaction */ .c)(`remove unfinished ${u.tag.name}`, { ...(o.audit ? { audit: o.audit } : {}), logger: o.logger }, async (txn) => {
        for (const f of floating)
            await txn.step(`restore ${f.name}`, () => (f.to ? api.setRef(`tags/${f.name}`, f.to, true) : api.deleteRef(`tags/${f.name}`)), () => api.setRef(`tags/${f.name}`, f.before.sha, f.to !== undefined));
        const r = u.release;
        if (r)
            await txn.step(`delete draft ${u.tag.name}`, () => api.deleteRelease(r.id, u.tag.name), async () => {
                await api.createRelease({
                    tag: r.tag,
                    commit: u.tag.commit,
                    body: r.body ?? '',
                    draft: true,
                    prerelease: r.prerelease,
                    name: r.name ?? r.tag,
                });
            });
        if (tagRef)
            await txn.step(`delete tag ${u.tag.name}`, () => api.deleteRef(`tags/${u.tag.name}`), () => api.setRef(`tags/${u.tag.name}`, tagRef.sha, false));
    });
    if (!result.ok)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`could not remove the unfinished release ${u.tag.name}: ${(0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(result.error)}`);
    for (const s of steps)
        o.logger.info(`recovery: ${s}`);
    return steps;
}
/** Deletes drafts of ours whose tag no longer exists (left by a run stopped mid-rollback). */
async function removeOrphanDrafts(api, drafts, o) {
    const steps = [];
    for (const d of drafts) {
        if (!o.dryRun)
            await api.deleteRelease(d.id, d.tag);
        steps.push(`delete the orphan draft release ${d.tag} (its tag does not exist)`);
        o.logger.info(`recovery: ${steps.at(-1)}`);
    }
    return steps;
}


/***/ }),

/***/ 81204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ planNotes),
  J: () => (/* binding */ runReleaseEngine)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./actions/release/src/engine/changelog.ts
var changelog = __webpack_require__(65174);
// EXTERNAL MODULE: ./actions/release/src/engine/git-api.ts
var git_api = __webpack_require__(4517);
// EXTERNAL MODULE: ./actions/release/src/engine/history.ts
var engine_history = __webpack_require__(72956);
// EXTERNAL MODULE: ./actions/release/src/engine/markers.ts
var markers = __webpack_require__(2855);
// EXTERNAL MODULE: ./actions/release/src/engine/plan.ts + 1 modules
var engine_plan = __webpack_require__(40895);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./actions/release/src/engine/preflight.ts


const notFoundOr403 = (e) => (0,errors/* errorStatus */.PO)(e) === 404 || (0,errors/* errorStatus */.PO)(e) === 403;
async function readRulesets(github, repo) {
    let list;
    try {
        list = await github.paginate(github.rest.repos.getRepoRulesets, {
            owner: repo.owner,
            repo: repo.repo,
            includes_parents: true,
            per_page: 100,
        });
    }
    catch (e) {
        if (notFoundOr403(e))
            return []; // rulesets not readable: GitHub still enforces them at the write
        throw e;
    }
    const out = [];
    for (const { id } of list) {
        const { data } = await github.rest.repos.getRepoRuleset({ owner: repo.owner, repo: repo.repo, ruleset_id: id });
        out.push(data);
    }
    return out;
}
/** True when a ruleset's ref_name condition covers `ref` (refs/heads/… or refs/tags/…). */
function ruleCovers(cond, ref, defaultBranch) {
    const matches = (p) => p === '~ALL' ||
        (p === '~DEFAULT_BRANCH' && ref === `refs/heads/${defaultBranch}`) ||
        picomatch_default().isMatch(ref, p, { dot: true });
    return cond.include.some(matches) && !cond.exclude.some(matches);
}
/**
 * Reads what constrains a release: immutable releases, the active rulesets for the branch and tags
 * (those the token cannot bypass), and classic branch protection. `branch` is set when the release
 * pushes a commit. Also refuses an archived repository or a token GitHub says cannot push.
 */
async function readRepoRules(github, repo, branch) {
    const r = { owner: repo.owner, repo: repo.repo };
    const { data: info } = await github.rest.repos.get(r);
    if (info.archived)
        throw new errors/* UserError */.yo(`${repo.owner}/${repo.repo} is archived: nothing can be released`);
    // Only user tokens get `permissions`; for an installation token GitHub enforces contents: write at the write.
    if (info.permissions && !info.permissions.push)
        throw new errors/* PermissionError */.i_(`the token cannot push to ${repo.owner}/${repo.repo}: the release action needs contents: write`);
    let immutableReleases = false;
    try {
        const { data } = await github.rest.repos.checkImmutableReleases(r);
        immutableReleases = data.enabled === true;
    }
    catch (e) {
        // 404: not enabled. 403: the token may not read the setting (it needs administration: read);
        // assume immutable, which changes nothing: publishing is always the last write.
        if ((0,errors/* errorStatus */.PO)(e) === 403)
            immutableReleases = true;
        else if ((0,errors/* errorStatus */.PO)(e) !== 404)
            throw e;
    }
    const rulesets = (await readRulesets(github, repo)).filter((s) => s.enforcement === 'active' && s.current_user_can_bypass !== 'always');
    const cond = (s) => ({
        include: s.conditions?.ref_name?.include ?? [],
        exclude: s.conditions?.ref_name?.exclude ?? [],
    });
    const tagRules = rulesets
        .filter((s) => s.target === 'tag')
        .map((s) => ({ ...cond(s), rules: (s.rules ?? []).map((x) => x.type), name: s.name }));
    const branchBlocks = [];
    let canResetBranch = true;
    if (branch) {
        const ref = `refs/heads/${branch}`;
        for (const s of rulesets.filter((x) => x.target === 'branch' && ruleCovers(cond(x), ref, info.default_branch))) {
            for (const rule of s.rules ?? []) {
                if (rule.type === 'non_fast_forward')
                    canResetBranch = false;
                if (rule.type === 'update')
                    branchBlocks.push(`ruleset "${s.name}" restricts updates of ${branch}`);
                if (rule.type === 'pull_request')
                    branchBlocks.push(`ruleset "${s.name}" requires a pull request for ${branch}`);
                if (rule.type === 'required_status_checks')
                    branchBlocks.push(`ruleset "${s.name}" requires status checks on ${branch}`);
            }
        }
        const { data: b } = await github.rest.repos.getBranch({ ...r, branch });
        if (b.protected) {
            canResetBranch = false; // unless the protection itself says force pushes are allowed (below)
            try {
                const { data: p } = await github.rest.repos.getBranchProtection({ ...r, branch });
                if (p.allow_force_pushes?.enabled)
                    canResetBranch = true;
                if (p.required_pull_request_reviews)
                    branchBlocks.push(`branch protection requires a pull request review for ${branch}`);
                if ((p.required_status_checks?.contexts ?? []).length > 0)
                    branchBlocks.push(`branch protection requires status checks on ${branch}`);
            }
            catch (e) {
                if (!notFoundOr403(e))
                    throw e; // reading protection needs admin; GitHub enforces it at the push anyway
            }
        }
    }
    return { immutableReleases, canResetBranch, branchBlocks, tagRules };
}
/** The rule types that forbid `action` on tag `tag`, with the ruleset names, or an empty list. */
function tagBlocks(rules, tag, action, defaultBranch = '') {
    const ref = `refs/tags/${tag}`;
    return rules.tagRules
        .filter((s) => ruleCovers(s, ref, defaultBranch))
        .filter((s) => s.rules.includes(action) || (action === 'update' && s.rules.includes('non_fast_forward')))
        .map((s) => `ruleset "${s.name}" forbids tag ${action === 'creation' ? 'creation' : action} of ${tag}`);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./actions/release/src/engine/version.ts
var engine_version = __webpack_require__(58924);
;// CONCATENATED MODULE: ./actions/release/src/engine/floating-tags.ts




/** The floating tags (`v3`, `v3.2`) a release of `version` moves; none for monorepo packages. */
function floatingFor(version, tags, o) {
    if (o.pkg)
        return [];
    const versions = tags.map((t) => t.version);
    const names = [];
    const major = o.majorTag ? (0,engine_version/* majorTagFor */.J0)(version, versions) : undefined;
    if (major)
        names.push(major);
    const minor = o.minorTag ? (0,engine_version/* minorTagFor */.Pz)(version, versions) : undefined;
    if (minor)
        names.push(minor);
    return names;
}
/** The floating tags to move to `commit`, each with where it points now (those already there are left out). */
async function floatingRefs(api, names, commit) {
    const out = [];
    for (const name of names) {
        const before = await api.getRef(`tags/${name}`);
        if (before?.commit === commit)
            continue;
        out.push({ name, ...(before ? { before } : {}) });
    }
    return out;
}
/** Refuses, before any write, a release whose tags the repository's rulesets would block (or block undoing). */
function checkTagRules(rules, tag, floating) {
    const blocks = [
        ...(tag ? [...tagBlocks(rules, tag, 'creation'), ...tagBlocks(rules, tag, 'deletion')] : []),
        ...floating.flatMap((f) => tagBlocks(rules, f.name, f.before ? 'update' : 'creation')),
    ];
    if (blocks.length > 0)
        throw new errors/* UserError */.yo(`the repository's rules do not let this release be written or undone: ${blocks.join('; ')}. Let the workflow's token bypass the ruleset, or narrow it.`);
}
/**
 * Floating tags (`v1`, `v1.2`) that an unfinished release had already moved to its commit, each with
 * the commit of the highest remaining stable release of its line (where it pointed before, or should).
 */
async function floatingBack(api, unfinished, remaining) {
    const major = semver_default().major(unfinished.version);
    const minor = semver_default().minor(unfinished.version);
    const lines = [
        { name: `v${major}`, fits: (t) => semver_default().major(t.version) === major },
        {
            name: `v${major}.${minor}`,
            fits: (t) => semver_default().major(t.version) === major && semver_default().minor(t.version) === minor,
        },
    ];
    const out = [];
    for (const line of lines) {
        const ref = await api.getRef(`tags/${line.name}`);
        if (ref?.commit !== unfinished.commit)
            continue;
        const best = [...remaining]
            .filter((t) => (0,engine_version/* isStable */.MQ)(t.version) && line.fits(t))
            .sort((a, b) => semver_default().rcompare(a.version, b.version))[0];
        out.push({ name: line.name, before: ref, ...(best ? { to: best.commit, toTag: best.name } : {}) });
    }
    return out;
}

// EXTERNAL MODULE: ./shared/transactions/transaction.ts
var transaction = __webpack_require__(10342);
// EXTERNAL MODULE: ./actions/release/src/engine/assets.ts
var assets = __webpack_require__(3);
;// CONCATENATED MODULE: ./actions/release/src/engine/publish.ts




/** Runs a step and logs it when done, so the log says exactly how far a release got (and a crash test can stop there). */
async function step(txn, logger, name, run, undo) {
    const r = await txn.step(name, run, undo);
    logger.info(`release step done: ${name}`);
    return r;
}
/**
 * Publishes a release in the order that keeps every failure undoable: the release commit is made
 * detached (Git Data API, parent = `head`; no ref moves), then the annotated tag, the draft release
 * (with our marker), the floating tags, the branch fast-forward, and publishing last (an immutable
 * release cannot be taken back once published). Each write has a compensation that restores the
 * previous state exactly (the detached commit needs none: no ref points at it). A failure undoes the
 * completed steps in reverse order and throws, saying what was undone. When the branch may not be
 * forced back (protection or rulesets), the fast-forward is the point of no return: a failure after
 * it leaves a marked, half-finished release that the next run completes.
 */
async function publishRelease(p) {
    const { api, tag, logger } = p;
    const commitFiles = p.existingTag === undefined && p.files !== undefined && p.files.length > 0 && p.branch;
    const publish = !p.draft && (!p.existingRelease || p.existingRelease.draft);
    const lateFastForward = commitFiles && !p.canResetBranch;
    const steps = [];
    if (commitFiles)
        steps.push(`create the release commit (${p.files.map((f) => f.path).join(', ')}) on top of ${p.head.slice(0, 7)}`);
    if (!p.existingTag)
        steps.push(`create annotated tag ${tag}`);
    if (!p.existingRelease)
        steps.push(`create draft release ${tag}`);
    const present = p.existingRelease ? await api.assetNames(p.existingRelease.id) : [];
    const uploads = (p.existingRelease && !p.existingRelease.draft ? [] : (p.assets ?? [])).filter((a) => !present.includes(a.name));
    for (const a of uploads)
        steps.push(`upload ${a.name} (${a.size} bytes) to the draft`);
    for (const f of p.floating)
        steps.push(`${f.before ? 'move' : 'create'} ${f.name} → ${tag}`);
    if (commitFiles)
        steps.push(`fast-forward ${p.branch} to the release commit`);
    if (publish)
        steps.push(`publish release ${tag}`);
    const commitFor = p.existingTag?.commit ?? p.head;
    if (p.dryRun)
        return {
            status: 'dry-run',
            steps,
            commit: commitFor,
            ...(p.existingRelease ? { release: p.existingRelease } : {}),
            history: [],
        };
    const result = await (0,transaction/* runTransaction */.c)(`release ${tag}`, { ...(p.audit ? { audit: p.audit } : {}), logger }, async (txn) => {
        let commit = commitFor;
        if (commitFiles) {
            // No compensation: a commit no ref points at is invisible and GitHub garbage-collects it.
            commit = await step(txn, logger, 'create release commit', () => api.createDetachedCommit(p.head, p.files, (0,markers/* releaseCommitMessage */.ul)(tag)));
        }
        if (!p.existingTag) {
            await step(txn, logger, `create tag ${tag}`, () => api.createAnnotatedTag(tag, commit, (0,markers/* tagMessage */.ib)(tag, p.fullNotes)), () => api.deleteRef(`tags/${tag}`));
        }
        let release = p.existingRelease;
        if (!release) {
            release = await step(txn, logger, `create draft release ${tag}`, () => api.createRelease({
                tag,
                commit,
                body: `${p.notes}\n${(0,markers/* bodyMarker */.hv)(tag, p.draft)}\n`,
                draft: true,
                prerelease: p.prerelease,
            }), (r) => api.deleteRelease(r.id, tag));
        }
        for (const a of uploads) {
            const target = release;
            await step(txn, logger, `upload ${a.name}`, async () => api.uploadAsset(target, a.name, await (0,assets/* readAsset */.f)(a)), (id) => api.deleteAsset(id, a.name));
        }
        for (const f of p.floating) {
            await step(txn, logger, `${f.before ? 'move' : 'create'} ${f.name}`, () => api.setRef(`tags/${f.name}`, commit, f.before !== undefined), () => (f.before ? api.setRef(`tags/${f.name}`, f.before.sha, true) : api.deleteRef(`tags/${f.name}`)));
        }
        if (commitFiles) {
            const branch = p.branch;
            await step(txn, logger, `fast-forward ${branch}`, () => api.fastForward(branch, commit), 
            // Only reached when the branch may be forced back; never over a push made after ours.
            p.canResetBranch
                ? async () => {
                    const tip = await api.getRef(`heads/${branch}`);
                    if (tip?.commit !== commit)
                        throw new errors/* UserError */.yo(`${branch} moved on after the fast-forward; it was not moved back`);
                    await api.resetBranch(branch, p.head);
                }
                : undefined);
        }
        if (publish && !lateFastForward) {
            const id = release.id;
            release = await step(txn, logger, `publish release ${tag}`, () => api.setDraft(id, tag, false));
        }
        return { commit, release };
    });
    if (!result.ok) {
        const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
        const stuck = result.history.filter((h) => h.status === 'compensation-failed');
        const kept = result.history.filter((h) => h.status === 'no-compensation').map((h) => h.step);
        const rollback = stuck.length > 0
            ? `rollback incomplete, clean up by hand: ${stuck.map((h) => `${h.step} (${h.error})`).join('; ')}`
            : `rolled back${undone.length > 0 ? `: ${undone.join(', ')}` : ' (nothing had been written)'}`;
        const note = kept.includes('create release commit')
            ? ' (the detached release commit is referenced by nothing)'
            : '';
        const message = `release ${tag} failed: ${(0,errors/* errorMessage */.gJ)(result.error)}; ${rollback}${note}`;
        throw (0,errors/* isUserError */.iU)(result.error) ? new errors/* UserError */.yo(message) : new Error(message, { cause: result.error });
    }
    let { commit, release } = result.value;
    const history = [...result.history];
    if (publish && lateFastForward) {
        // The branch holds the release commit and cannot be forced back: from here on a failure is
        // completed by the next run (it finds the marked tag and draft on the branch and publishes them).
        try {
            release = await api.setDraft(release.id, tag, false);
            logger.info(`release step done: publish release ${tag}`);
            history.push({ step: `publish release ${tag}`, status: 'done', durationMs: 0 });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`release ${tag}: ${p.branch} already holds the release commit (its protection forbids moving it back), but publishing failed: ${(0,errors/* errorMessage */.gJ)(error)}. Re-run the job: it publishes this release and writes nothing twice.`);
        }
    }
    return { status: 'published', steps, commit, release, history };
}

// EXTERNAL MODULE: ./actions/release/src/engine/recover.ts
var recover = __webpack_require__(10096);
// EXTERNAL MODULE: ./actions/release/src/engine/version-files.ts
var version_files = __webpack_require__(79502);
;// CONCATENATED MODULE: ./actions/release/src/engine/release.ts












/** The changelog entry of a planned release (the release body and the changelog file share it). */
function planNotes(plan, o) {
    return (0,changelog/* renderChangelog */.R8)({
        version: plan.version,
        tag: plan.tag,
        ...(plan.previousTag ? { previousTag: plan.previousTag } : {}),
        repoUrl: o.repoUrl,
        date: o.date,
        commits: plan.commits,
        ...(o.sections ? { sections: o.sections } : {}),
    });
}
/**
 * A release run: reads tags, releases and the repository's rules; completes or removes what an
 * interrupted earlier run left; plans the next version from the commits (never below the highest
 * release); checks every collision and rule before the first write; then publishes (publish.ts).
 */
async function runReleaseEngine(o) {
    const { github, repo, logger } = o;
    const api = (0,git_api/* gitApi */.d)(github, repo);
    const commitMode = o.changelogFile !== undefined || (o.versionFiles ?? []).length > 0;
    if (commitMode && !o.branch)
        throw new errors/* UserError */.yo('changelog-file and version-files need a branch to commit to, but the run was not started on a branch');
    const rules = await readRepoRules(github, repo, commitMode ? o.branch : undefined);
    if (rules.immutableReleases)
        logger.info('Immutable releases are on (or cannot be read): publishing stays the last write, assets go to the draft.');
    let tags = await (0,engine_history/* readReleaseTags */.JZ)(github, repo, o.pkg?.prefix);
    let releases = await api.listReleases();
    const tip = o.branch ? ((await api.getRef(`heads/${o.branch}`))?.commit ?? o.runHead) : o.runHead;
    const base = { floating: [], history: [], truncatedNotes: false };
    // 1. What an interrupted run left: completed when it is on the branch, removed when it is not.
    const recovered = [];
    const leftovers = (0,recover/* findLeftovers */.Q_)(tags, releases);
    let completedTag;
    for (const u of leftovers.unfinished) {
        if (await api.isAncestor(u.tag.commit, tip)) {
            const floating = await floatingRefs(api, floatingFor(u.tag.version, tags, o), u.tag.commit);
            checkTagRules(rules, undefined, floating);
            const notes = u.release?.body ? stripMarker(u.release.body) : await tagNotes(api, u.tag.name);
            const out = await publishRelease({
                api,
                version: u.tag.version,
                tag: u.tag.name,
                head: u.tag.commit,
                existingTag: { ref: `tags/${u.tag.name}`, sha: u.tag.commit, commit: u.tag.commit },
                ...(u.release ? { existingRelease: u.release } : {}),
                canResetBranch: rules.canResetBranch,
                prerelease: !(0,engine_version/* isStable */.MQ)(u.tag.version),
                draft: o.draft,
                notes: (0,changelog/* fitNotes */.NI)(notes, `${o.repoUrl}/commits/${u.tag.name}`, changelog/* RELEASE_BODY_LIMIT */.fS, 100),
                fullNotes: notes,
                floating,
                ...(o.assets ? { assets: o.assets } : {}),
                dryRun: o.dryRun,
                ...(o.audit ? { audit: o.audit } : {}),
                logger,
            });
            recovered.push(...out.steps.map((s) => `complete the unfinished ${u.tag.name}: ${s}`));
            completedTag = u.tag.name;
            base.history.push(...out.history);
        }
        else {
            tags = tags.filter((t) => t !== u.tag);
            const restore = o.pkg ? [] : await floatingBack(api, u.tag, tags);
            const audit = o.audit ? { audit: o.audit } : {};
            recovered.push(...(await (0,recover/* removeUnfinished */.E1)(api, u, restore, { dryRun: o.dryRun, ...audit, logger })));
        }
    }
    recovered.push(...(await (0,recover/* removeOrphanDrafts */.j6)(api, leftovers.orphanDrafts, { dryRun: o.dryRun, logger })));
    if (recovered.length > 0 && !o.dryRun)
        releases = await api.listReleases();
    // 2. The commit to release: with a release commit, the branch tip (which must contain the run's commit).
    let head = o.runHead;
    if (commitMode && tip !== o.runHead) {
        if (!(await api.isAncestor(o.runHead, tip)))
            return {
                ...base,
                status: 'superseded',
                reason: `${o.branch} no longer contains ${o.runHead.slice(0, 7)} (it was force-pushed to ${tip.slice(0, 7)}): nothing released; the run for the new head releases`,
                steps: [],
                recovered,
            };
        head = tip;
    }
    const plan = await (0,engine_plan/* planRelease */.F)({
        head,
        tags,
        history: o.pkg ? (0,engine_history/* walkPackageHistory */.qS)(github, repo, head, o.pkg.path) : (0,engine_history/* walkHistory */.S6)(github, repo, head),
        ...(o.pkg ? { prefix: o.pkg.prefix } : {}),
        ...(o.forced ? { forced: o.forced } : {}),
        ...(o.prerelease ? { prerelease: o.prerelease } : {}),
        ...(o.bump ? { bump: o.bump } : {}),
        ...(o.initialVersion ? { initialVersion: o.initialVersion } : {}),
    });
    if (!plan.release) {
        const done = completedTag ? releases.find((r) => r.tag === completedTag) : undefined;
        return {
            ...base,
            status: done ? 'completed' : 'nothing',
            reason: plan.reason,
            ...(plan.previousTag ? { previousTag: plan.previousTag } : {}),
            ...(done ? { release: done, tag: done.tag, version: (0,engine_version/* versionOfTag */.mx)(done.tag, o.pkg?.prefix) ?? '' } : {}),
            steps: [],
            recovered,
        };
    }
    if (plan.truncated)
        logger.warning('History read stopped after 5000 commits without reaching a release tag; the notes list those only.');
    const existingRelease = releases.find((r) => r.tag === plan.tag);
    const notes = planNotes(plan, o);
    const fullUrl = o.changelogFile
        ? `${o.repoUrl}/blob/${plan.tag}/${o.changelogFile}`
        : plan.previousTag
            ? `${o.repoUrl}/compare/${plan.previousTag}...${plan.tag}`
            : `${o.repoUrl}/commits/${plan.tag}`;
    const fitted = (0,changelog/* fitNotes */.NI)(notes, fullUrl, changelog/* RELEASE_BODY_LIMIT */.fS, (0,markers/* bodyMarker */.hv)(plan.tag, true).length + 2);
    const out = {
        ...base,
        plan,
        version: plan.version,
        tag: plan.tag,
        notes,
        recovered,
        truncatedNotes: fitted !== notes,
    };
    if (plan.previousTag)
        Object.assign(out, { previousTag: plan.previousTag });
    /** The transaction of publish.ts for this plan, and the run's result from what it did. */
    const publishAndReport = async (floating, how) => {
        const done = await publishRelease({
            api,
            version: plan.version,
            tag: plan.tag,
            head,
            ...how,
            canResetBranch: rules.canResetBranch,
            prerelease: !(0,engine_version/* isStable */.MQ)(plan.version),
            draft: o.draft,
            notes: fitted,
            fullNotes: notes,
            floating,
            ...(o.assets ? { assets: o.assets } : {}),
            dryRun: o.dryRun,
            ...(o.audit ? { audit: o.audit } : {}),
            logger,
        });
        return {
            ...out,
            status: done.status,
            commit: done.commit,
            ...(done.release ? { release: done.release } : {}),
            floating: floating.map((f) => f.name),
            steps: done.steps,
            history: [...base.history, ...done.history],
        };
    };
    if (plan.existing) {
        // The tag is on head already (a finished release, or someone's tag without a GitHub release).
        const tagRef = await api.getRef(`tags/${plan.tag}`);
        const complete = existingRelease && (!existingRelease.draft || o.draft);
        const floating = await floatingRefs(api, floatingFor(plan.version, tags, o), tagRef.commit);
        if (complete && floating.length === 0)
            return {
                ...out,
                status: completedTag === plan.tag ? 'completed' : 'unchanged',
                release: existingRelease,
                commit: tagRef.commit,
                steps: [`${plan.tag} is already released: nothing to do`],
            };
        checkTagRules(rules, undefined, floating);
        return publishAndReport(floating, {
            existingTag: tagRef,
            ...(existingRelease ? { existingRelease } : {}),
        });
    }
    // 3. Preflight of a new release: every refusal GitHub would give later, before the first write.
    const collision = tags.find((t) => t.name === plan.tag);
    if (collision)
        throw new errors/* UserError */.yo(`tag ${plan.tag} already exists on commit ${collision.commit.slice(0, 7)}, not on ${head.slice(0, 7)}: delete it or choose another version`);
    if (existingRelease)
        throw new errors/* UserError */.yo(`a ${existingRelease.draft ? 'draft ' : ''}release named by tag ${plan.tag} already exists (${existingRelease.url}) but the tag does not: delete it or choose another version`);
    if (commitMode && rules.branchBlocks.length > 0)
        throw new errors/* UserError */.yo(`the release commit cannot be pushed to ${o.branch}: ${rules.branchBlocks.join('; ')}. Release without changelog-file, or let the token bypass the rule.`);
    const floating = await floatingRefs(api, floatingFor(plan.version, tags, o), '');
    checkTagRules(rules, plan.tag, floating);
    const files = [];
    // A release commit for this very version already at head, without its tag (left by an earlier
    // version of this action, or a failed undo): it is completed by tagging it, never committed twice.
    const top = plan.commits[0];
    const untaggedReleaseCommit = top?.sha === head && top.type === 'chore' && top.scope === 'release' && top.subject === plan.tag;
    if (untaggedReleaseCommit)
        logger.info(`${head.slice(0, 7)} is the release commit of ${plan.tag} without its tag: tagging it`);
    if (o.changelogFile && !untaggedReleaseCommit) {
        const before = await (0,engine_history/* readFileAt */._T)(github, repo, head, o.changelogFile);
        files.push({ path: o.changelogFile, content: (0,changelog/* prependChangelog */.FR)(before, notes, plan.version) });
    }
    for (const f of untaggedReleaseCommit ? [] : (o.versionFiles ?? [])) {
        const before = await (0,engine_history/* readFileAt */._T)(github, repo, head, f.path);
        const after = (0,version_files/* updateVersionFile */.K)(f, before, plan.version);
        if (after !== before)
            files.push({ path: f.path, content: after });
    }
    return publishAndReport(floating, {
        ...(files.length > 0 ? { files } : {}),
        ...(o.branch ? { branch: o.branch } : {}),
    });
}
function stripMarker(body) {
    return body.replace(/\n?<!-- mokostandards-release: [^>]*-->\n?/, '\n').trimEnd() + '\n';
}
/** The notes of an unfinished release that has no draft: the tag message without its first line and trailer. */
async function tagNotes(api, tag) {
    const message = await api.tagMessage(tag);
    return message
        .split('\n')
        .slice(2)
        .filter((l) => !l.startsWith('Released-By: '))
        .join('\n')
        .trim()
        .concat('\n');
}


/***/ }),

/***/ 79502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ updateVersionFile),
/* harmony export */   S: () => (/* binding */ parseVersionFile)
/* harmony export */ });
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);

/**
 * Parses one line of the `version-files` input: `path`, `path#dotted.json.path` or `path=regex`
 * (the regex with one capture group). A `package.json` or `package-lock.json` path is an npm file;
 * any other bare path holds only the version. Returns a reason string for a bad line.
 */
function parseVersionFile(line) {
    const eq = line.indexOf('=');
    const hash = line.indexOf('#');
    if (eq > 0 && (hash < 0 || eq < hash)) {
        const path = line.slice(0, eq).trim();
        let pattern;
        try {
            pattern = new RegExp(line.slice(eq + 1), 'm');
        }
        catch (e) {
            return `the regular expression does not compile (${e.message})`;
        }
        if (new RegExp(`${pattern.source}|`).exec('').length < 2)
            return 'the regular expression needs a capture group around the version';
        return { kind: 'regex', path, pattern };
    }
    if (hash > 0) {
        const field = line
            .slice(hash + 1)
            .trim()
            .split('.')
            .filter(Boolean);
        if (field.length === 0)
            return 'expected a dotted JSON path after #, e.g. manifest.json#version';
        return { kind: 'json', path: line.slice(0, hash).trim(), field };
    }
    const path = line.trim();
    const base = path.split('/').at(-1);
    return base === 'package.json' || base === 'package-lock.json' ? { kind: 'npm', path } : { kind: 'plain', path };
}
function setJson(text, path, fields, version) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path} is not valid JSON; cannot set its version`);
    }
    for (const field of fields) {
        let node = data;
        for (const key of field.slice(0, -1)) {
            const next = node?.[key];
            if (typeof next !== 'object' || next === null)
                throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path} has no ${field.join('.')} to set`);
            node = next;
        }
        const last = field.at(-1);
        if (!(last in node))
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path} has no ${field.join('.')} to set`);
        node[last] = version;
    }
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    return `${JSON.stringify(data, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}
/** The new content of a version file, or a UserError naming the file when it cannot be updated. */
function updateVersionFile(f, text, version) {
    if (text === undefined)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`version file ${f.path} does not exist at the released commit`);
    switch (f.kind) {
        case 'plain':
            return `${version}\n`;
        case 'json':
            return setJson(text, f.path, [f.field], version);
        case 'npm': {
            const lock = f.path.endsWith('package-lock.json');
            const data = JSON.parse(text);
            const fields = lock && data.packages?.[''] ? [['version'], ['packages', '', 'version']] : [['version']];
            return setJson(text, f.path, fields, version);
        }
        case 'regex': {
            const m = f.pattern.exec(text);
            if (!m || m[1] === undefined)
                throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`version file ${f.path}: the pattern ${f.pattern.source} matches nothing`);
            const start = m.index + m[0].indexOf(m[1]);
            return `${text.slice(0, start)}${version}${text.slice(start + m[1].length)}`;
        }
    }
}


/***/ }),

/***/ 58924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   ES: () => (/* binding */ nextPrerelease),
/* harmony export */   J0: () => (/* binding */ majorTagFor),
/* harmony export */   MQ: () => (/* binding */ isStable),
/* harmony export */   Pz: () => (/* binding */ minorTagFor),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   dL: () => (/* binding */ nextStable),
/* harmony export */   mx: () => (/* binding */ versionOfTag)
/* harmony export */ });
/* unused harmony exports PRERELEASE_ID, parseVersionInput */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);


/** Release tags are `v` + a semantic version, e.g. `v1.4.0` or `v2.0.0-rc.1` (the floating `v1` is not one). */
const TAG_PREFIX = 'v';
/** The version a tag name stands for, or undefined when it is not a release tag of `prefix` (`pkg-a-v` in a monorepo). */
function versionOfTag(tag, prefix = TAG_PREFIX) {
    if (!tag.startsWith(prefix))
        return undefined;
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.slice(prefix.length));
    return v ?? undefined;
}
/** The tag of a version. */
function tagOf(version, prefix = TAG_PREFIX) {
    return `${prefix}${version}`;
}
/** True for versions without a pre-release part. */
function isStable(version) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version) === null;
}
/**
 * The next stable version after `base` for `bump`. Before 1.0.0 (https://semver.org/#spec-item-4,
 * "anything may change at any time") a breaking change bumps the minor version and a feature bumps the
 * minor version too, so 0.x never jumps to 1.0.0 by itself: reaching 1.0.0 is a decision, made with the
 * `version` input. Without a previous release the first version is `initial` (default 0.1.0).
 */
function nextStable(base, bump, initial = '0.1.0') {
    if (base === undefined)
        return initial;
    const major = semver__WEBPACK_IMPORTED_MODULE_0___default().major(base);
    const effective = major === 0 && bump === 'major' ? 'minor' : bump;
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(base, effective);
    if (!next)
        throw new Error(`cannot increment ${base} by ${effective}`);
    return next;
}
/** Pre-release identifiers allowed by the `prerelease` input: one dot-free SemVer identifier, e.g. `rc`, `beta`. */
const PRERELEASE_ID = /^[0-9A-Za-z-]+$/;
/**
 * `<stable>-<id>.<n>` with n one more than the highest existing `<stable>-<id>.N` (starting at 1), so
 * `1.3.0-rc.1`, `1.3.0-rc.2`, … until `1.3.0` is released.
 */
function nextPrerelease(stable, id, existing) {
    let n = 0;
    for (const v of existing) {
        const pre = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v);
        if (!pre || `${semver__WEBPACK_IMPORTED_MODULE_0___default().major(v)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().minor(v)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().patch(v)}` !== stable)
            continue;
        if (pre.length === 2 && pre[0] === id && typeof pre[1] === 'number')
            n = Math.max(n, pre[1]);
    }
    return `${stable}-${id}.${n + 1}`;
}
/** Validates the `version` input: a SemVer version, with or without the leading `v`. */
function parseVersionInput(value, inputName = 'version') {
    const v = semver.valid(value.startsWith(TAG_PREFIX) ? value.slice(TAG_PREFIX.length) : value);
    if (!v)
        throw new InputError(inputName, value, 'expected a semantic version such as 1.4.0, v1.4.0 or 2.0.0-rc.1');
    return v;
}
/**
 * The floating major tag (`v3`) this release should move, or undefined: only stable releases from 1.0.0
 * on (0.x makes no compatibility promise a floating tag could stand for), and only when the release is
 * the highest of its major line, so a late patch of an older minor does not move `v3` backwards.
 */
function majorTagFor(version, existing) {
    if (!isStable(version) || semver__WEBPACK_IMPORTED_MODULE_0___default().major(version) === 0)
        return undefined;
    const major = semver__WEBPACK_IMPORTED_MODULE_0___default().major(version);
    const higher = existing.some((v) => isStable(v) && semver__WEBPACK_IMPORTED_MODULE_0___default().major(v) === major && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(v, version));
    return higher ? undefined : `${TAG_PREFIX}${major}`;
}
/**
 * The floating minor tag (`v3.2`) this release should move, or undefined: stable releases from 1.0.0
 * on that are the highest of their minor line.
 */
function minorTagFor(version, existing) {
    if (!isStable(version) || semver__WEBPACK_IMPORTED_MODULE_0___default().major(version) === 0)
        return undefined;
    const [major, minor] = [semver__WEBPACK_IMPORTED_MODULE_0___default().major(version), semver__WEBPACK_IMPORTED_MODULE_0___default().minor(version)];
    const higher = existing.some((v) => isStable(v) && semver__WEBPACK_IMPORTED_MODULE_0___default().major(v) === major && semver__WEBPACK_IMPORTED_MODULE_0___default().minor(v) === minor && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(v, version));
    return higher ? undefined : `${TAG_PREFIX}${major}.${minor}`;
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

/***/ 10342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runTransaction)
/* harmony export */ });
/* unused harmony export Transaction */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55698);


/**
 * Steps with compensations (a saga): each completed step's compensation is remembered, and
 * `rollback` runs them in reverse order of completion. Every history entry is also written to the
 * audit log as an event of the transaction (`started` … `committed` / `rolled-back` / `rollback-failed`).
 */
class Transaction {
    name;
    logger;
    clock;
    auditTxn;
    completed = [];
    entries = [];
    state = 'open';
    constructor(name, opts = {}) {
        this.name = name;
        this.logger = opts.logger;
        this.clock = opts.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m;
        this.auditTxn = opts.audit?.begin(name);
    }
    /** The audit transaction id, when an audit log was given. */
    get id() {
        return this.auditTxn?.id;
    }
    /** `open` until committed or rolled back. */
    get status() {
        return this.state;
    }
    /** Everything that happened so far, oldest first. */
    history() {
        return [...this.entries];
    }
    /**
     * Runs one step and returns its result. If it succeeds, `compensate(result)` is remembered for a
     * rollback; if it throws, the step is recorded as failed (it is not compensated: it did not
     * complete) and the error propagates.
     */
    async step(name, run, compensate) {
        if (this.state !== 'open')
            throw new Error(`Transaction '${this.name}' is ${this.state}; cannot run step '${name}'.`);
        const started = this.clock.now();
        let result;
        try {
            result = await run();
        }
        catch (error) {
            this.record(name, 'failed', started, error);
            throw error;
        }
        this.record(name, 'done', started);
        this.completed.push({ step: name, ...(compensate && { undo: () => compensate(result) }) });
        return result;
    }
    /** Keeps every step; writes `committed` to the audit log. */
    commit() {
        if (this.state !== 'open')
            throw new Error(`Transaction '${this.name}' is already ${this.state}.`);
        this.state = 'committed';
        this.auditTxn?.end('committed', { steps: this.completed.length });
    }
    /**
     * Undoes completed steps in reverse order. A compensation that throws is recorded and the others
     * still run. Returns `rolled-back`, or `rollback-failed` when any compensation failed.
     */
    async rollback(cause) {
        if (this.state !== 'open')
            throw new Error(`Transaction '${this.name}' is already ${this.state}.`);
        this.state = 'rolled-back'; // no new steps while undoing
        if (cause !== undefined)
            this.logger?.warning(`${this.name}: rolling back after: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause)}`);
        let failures = 0;
        for (const done of [...this.completed].reverse()) {
            const started = this.clock.now();
            if (!done.undo) {
                this.record(done.step, 'no-compensation', started);
                continue;
            }
            try {
                await done.undo();
                this.record(done.step, 'compensated', started);
            }
            catch (error) {
                failures++;
                this.record(done.step, 'compensation-failed', started, error);
                this.logger?.warning(`${this.name}: could not undo '${done.step}': ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            }
        }
        this.state = failures > 0 ? 'rollback-failed' : 'rolled-back';
        this.auditTxn?.end(this.state, {
            ...(cause !== undefined && { error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause) }),
            compensated: this.completed.length - failures,
            compensationFailures: failures,
        });
        return this.state;
    }
    record(step, status, started, error) {
        const entry = {
            step,
            status,
            ...(error !== undefined && { error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) }),
            durationMs: this.clock.now() - started,
        };
        this.entries.push(entry);
        this.logger?.debug(`${this.name}: ${step} ${status}${entry.error ? `: ${entry.error}` : ''}`);
        const { step: _s, status: _st, ...data } = entry;
        this.auditTxn?.event(step, data, status);
    }
}
/**
 * Runs `fn` as a transaction: commits when it returns, rolls back (compensations in reverse order)
 * when it throws. Never throws itself for a failing step: the result says what happened, so the
 * caller decides, e.g. `if (!result.ok) throw result.error;`.
 */
async function runTransaction(name, opts, fn) {
    const txn = new Transaction(name, opts);
    const base = { name, ...(txn.id !== undefined && { id: txn.id }) };
    try {
        const value = await fn(txn);
        if (txn.status === 'open')
            txn.commit();
        const status = txn.status;
        return { ...base, status, ok: status === 'committed', value, history: txn.history() };
    }
    catch (error) {
        const status = txn.status === 'open' ? await txn.rollback(error) : txn.status;
        return { ...base, status, ok: status === 'committed', error, history: txn.history() };
    }
}


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
