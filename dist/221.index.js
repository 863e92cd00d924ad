export const id = 221;
export const ids = [221];
export const modules = {

/***/ 83221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/core/clock.ts
var core_clock = __webpack_require__(55698);
;// CONCATENATED MODULE: ./actions/release/src/engine/changelog.ts
/** Sections of a changelog entry, in the order shown; other types (docs, chore, ci, …) are left out. */
const SECTIONS = [
    { type: 'feat', title: 'Features' },
    { type: 'fix', title: 'Bug Fixes' },
    { type: 'perf', title: 'Performance Improvements' },
    { type: 'revert', title: 'Reverts' },
];
function line(c, repoUrl, text = c.subject) {
    const scope = c.scope ? `**${c.scope}:** ` : '';
    const pr = c.pullRequest === undefined ? '' : ` ([#${c.pullRequest}](${repoUrl}/pull/${c.pullRequest}))`;
    const url = c.url ?? `${repoUrl}/commit/${c.sha}`;
    return `* ${scope}${text.replace(/\r?\n/g, ' ')}${pr} ([${c.sha.slice(0, 7)}](${url}))`;
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
    for (const s of SECTIONS) {
        const items = input.commits.filter((c) => c.type === s.type);
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
 * The changelog file with `entry` added on top, below the `# Changelog` heading (created when the
 * file is new or lacks it). An entry already present for the same version is left as it is.
 */
function prependChangelog(existing, entry, version) {
    const text = existing ?? '';
    const heading = new RegExp(`^## \\[?${version.replace(/[.+]/g, '\\$&')}\\]?[ (]`, 'm');
    if (heading.test(text))
        return text;
    const body = text.startsWith(FILE_HEADING) ? text.slice(FILE_HEADING.length).replace(/^\s*\n/, '') : text;
    return `${FILE_HEADING}\n\n${entry}${body.trim() === '' ? '' : `\n${body}`}`;
}

;// CONCATENATED MODULE: ./actions/release/src/engine/git-api.ts

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
    };
}
/**
 * Turns GitHub's refusals into messages a user can act on: 403/404 on a write is a missing permission
 * (`contents: write`), and a 422 about an immutable release is explained
 * (https://docs.github.com/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases).
 */
function explain(what, error) {
    const status = (0,errors/* errorStatus */.PO)(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? JSON.stringify(error.response) : '';
    if (/immutable/i.test(message) || /immutable/i.test(response ?? '')) {
        return new errors/* UserError */.yo(`${what}: GitHub refuses to modify an immutable release (${message}). Its tag and assets cannot be changed or deleted, and its tag name stays reserved; publish a new version instead.`);
    }
    if (status === 403)
        return new errors/* PermissionError */.i_(`${what}: permission denied (the token needs contents: write): ${message}`);
    // Any other refusal (404, 409, 422) is GitHub saying no to the repository's state, not a bug here.
    if (status !== undefined && status >= 400 && status < 500)
        return new errors/* UserError */.yo(`${what}: ${message} (HTTP ${status})`);
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
                if ((0,errors/* errorStatus */.PO)(error) === 404)
                    return undefined;
                throw explain(`reading ${ref}`, error);
            }
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
        /** The release of `tag`, drafts included (get-release-by-tag hides drafts, so the newest page is listed first). */
        async findRelease(tag) {
            const { data } = await call('listing releases', () => github.rest.repos.listReleases({ ...r, per_page: 100 }));
            const found = data.find((x) => x.tag_name === tag);
            if (found)
                return info(found);
            if (data.length < 100)
                return undefined;
            try {
                return info((await github.rest.repos.getReleaseByTag({ ...r, tag })).data);
            }
            catch (error) {
                if ((0,errors/* errorStatus */.PO)(error) === 404)
                    return undefined;
                throw explain(`reading the release of ${tag}`, error);
            }
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
        /** Deletes a release (its tag stays). */
        async deleteRelease(id, tag) {
            await call(`deleting the release ${tag}`, () => github.rest.repos.deleteRelease({ ...r, release_id: id }));
        },
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/release/src/engine/version.ts


/** Release tags are `v` + a semantic version, e.g. `v1.4.0` or `v2.0.0-rc.1` (the floating `v1` is not one). */
const TAG_PREFIX = 'v';
/** The version a tag name stands for, or undefined when it is not a release tag. */
function versionOfTag(tag) {
    if (!tag.startsWith(TAG_PREFIX))
        return undefined;
    const v = semver_default().valid(tag.slice(TAG_PREFIX.length));
    return v ?? undefined;
}
/** The tag of a version. */
function tagOf(version) {
    return `${TAG_PREFIX}${version}`;
}
/** True for versions without a pre-release part. */
function isStable(version) {
    return semver_default().prerelease(version) === null;
}
/**
 * The next stable version after `base` for `bump`. Before 1.0.0 (https://semver.org/#spec-item-4,
 * "anything may change at any time") a breaking change bumps the minor version and a feature bumps the
 * minor version too, so 0.x never jumps to 1.0.0 by itself: reaching 1.0.0 is a decision, made with the
 * `version` input. Without a previous release the first version is 0.1.0.
 */
function nextStable(base, bump) {
    if (base === undefined)
        return '0.1.0';
    const major = semver_default().major(base);
    const effective = major === 0 && bump === 'major' ? 'minor' : bump;
    const next = semver_default().inc(base, effective);
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
        const pre = semver_default().prerelease(v);
        if (!pre || `${semver_default().major(v)}.${semver_default().minor(v)}.${semver_default().patch(v)}` !== stable)
            continue;
        if (pre.length === 2 && pre[0] === id && typeof pre[1] === 'number')
            n = Math.max(n, pre[1]);
    }
    return `${stable}-${id}.${n + 1}`;
}
/** Validates the `version` input: a SemVer version, with or without the leading `v`. */
function parseVersionInput(value, inputName = 'version') {
    const v = semver_default().valid(value.startsWith(TAG_PREFIX) ? value.slice(TAG_PREFIX.length) : value);
    if (!v)
        throw new errors/* InputError */.dz(inputName, value, 'expected a semantic version such as 1.4.0, v1.4.0 or 2.0.0-rc.1');
    return v;
}
/**
 * The floating major tag (`v3`) this release should move, or undefined: only stable releases from 1.0.0
 * on (0.x makes no compatibility promise a floating tag could stand for), and only when the release is
 * the highest of its major line, so a late patch of an older minor does not move `v3` backwards.
 */
function majorTagFor(version, existing) {
    if (!isStable(version) || semver_default().major(version) === 0)
        return undefined;
    const major = semver_default().major(version);
    const higher = existing.some((v) => isStable(v) && semver_default().major(v) === major && semver_default().gt(v, version));
    return higher ? undefined : `${TAG_PREFIX}${major}`;
}

;// CONCATENATED MODULE: ./actions/release/src/engine/history.ts


const TAGS = `query ReleaseTags($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { __typename oid ... on Tag { target { oid } } } }
    }
  }
}`;
/** Every `v<semver>` tag of the repository with its commit: one GraphQL request per 100 tags. */
async function readReleaseTags(github, repo) {
    const out = [];
    let after = null;
    do {
        const data = await github.graphql(TAGS, { owner: repo.owner, name: repo.repo, after });
        if (!data.repository)
            throw new errors/* UserError */.yo(`repository ${repo.owner}/${repo.repo} not found or not readable`);
        for (const n of data.repository.refs.nodes) {
            const version = versionOfTag(n.name);
            if (!version)
                continue;
            out.push({ name: n.name, version, commit: n.target.target?.oid ?? n.target.oid });
        }
        after = data.repository.refs.pageInfo.hasNextPage ? data.repository.refs.pageInfo.endCursor : null;
    } while (after);
    return out;
}
const HISTORY = `query ReleaseHistory($owner: String!, $name: String!, $oid: GitObjectID!, $after: String) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) {
      ... on Commit {
        history(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { oid message url }
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
async function* walkHistory(github, repo, head) {
    let after = null;
    do {
        const data = await github.graphql(HISTORY, {
            owner: repo.owner,
            name: repo.repo,
            oid: head,
            after,
        });
        const history = data.repository?.object?.history;
        if (!history)
            throw new errors/* UserError */.yo(`commit ${head} not found in ${repo.owner}/${repo.repo}`);
        for (const n of history.nodes)
            yield { sha: n.oid, message: n.message, url: n.url };
        after = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
    } while (after);
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
        throw new errors/* UserError */.yo(`${path} is not a text file at ${sha}; cannot add the changelog to it`);
    return o.text;
}

;// CONCATENATED MODULE: ./actions/release/src/engine/conventional.ts
const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: (?<subject>.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: ?([\s\S]*)$/m;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
/** Parses a commit message; a message that does not follow the spec keeps its headline as subject and no type. */
function parseCommit(commit) {
    const [headline = '', ...rest] = commit.message.split(/\r?\n/);
    const body = rest.join('\n');
    const base = { sha: commit.sha, ...(commit.url ? { url: commit.url } : {}) };
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
 * `fix` or `perf` → patch, else nothing to release (docs, chore, ci, … and non-conventional commits).
 */
function bumpOf(commits) {
    if (commits.some((c) => c.breaking))
        return 'major';
    if (commits.some((c) => c.type === 'feat'))
        return 'minor';
    if (commits.some((c) => c.type === 'fix' || c.type === 'perf'))
        return 'patch';
    return undefined;
}

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
    const wanted = (t) => input.prerelease ? semver_default().prerelease(t.version)?.[0] === input.prerelease : isStable(t.version);
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
            const stable = highest(here.filter((t) => isStable(t.version)));
            if (stable) {
                stableTag = stable;
                break;
            }
        }
        commits.push(parseCommit(raw));
        if (commits.length >= max) {
            truncated = true;
            break;
        }
    }
    const bump = bumpOf(commits);
    const previous = input.prerelease || (existingTag && !isStable(existingTag.version)) ? anyTag : stableTag;
    const listed = previous === anyTag && sinceAnyTag !== undefined ? commits.slice(0, sinceAnyTag) : commits;
    const previousTag = previous?.name;
    let version;
    if (existingTag)
        version = existingTag.version;
    else if (input.forced)
        version = input.forced;
    else {
        if (!bump) {
            const reason = stableTag
                ? `no feat, fix, perf or breaking commits since ${stableTag.name}: nothing to release`
                : 'no feat, fix, perf or breaking commits in the history: nothing to release';
            return { release: false, reason, ...(previousTag ? { previousTag } : {}), commits: listed };
        }
        const stable = nextStable(stableTag?.version, bump);
        version = input.prerelease
            ? nextPrerelease(stable, input.prerelease, tags.map((t) => t.version))
            : stable;
    }
    const majorTag = majorTagFor(version, tags.map((t) => t.version));
    return {
        release: true,
        version,
        tag: tagOf(version),
        ...(previousTag ? { previousTag } : {}),
        existing: existingTag !== undefined,
        ...(bump ? { bump } : {}),
        commits: listed,
        ...(majorTag ? { majorTag } : {}),
        truncated,
    };
}

;// CONCATENATED MODULE: ./shared/transactions/transaction.ts


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
        this.clock = opts.clock ?? core_clock/* systemClock */.m;
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
            this.logger?.warning(`${this.name}: rolling back after: ${(0,errors/* errorMessage */.gJ)(cause)}`);
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
                this.logger?.warning(`${this.name}: could not undo '${done.step}': ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        this.state = failures > 0 ? 'rollback-failed' : 'rolled-back';
        this.auditTxn?.end(this.state, {
            ...(cause !== undefined && { error: (0,errors/* errorMessage */.gJ)(cause) }),
            compensated: this.completed.length - failures,
            compensationFailures: failures,
        });
        return this.state;
    }
    record(step, status, started, error) {
        const entry = {
            step,
            status,
            ...(error !== undefined && { error: (0,errors/* errorMessage */.gJ)(error) }),
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

;// CONCATENATED MODULE: ./actions/release/src/engine/changelog-commit.ts

const MUTATION = `mutation CommitChangelog($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
/**
 * Commits one file change on `branch` with createCommitOnBranch: GitHub signs it (a verified commit,
 * https://docs.github.com/graphql/reference/mutations#createcommitonbranch), and `expectedHeadOid`
 * makes it fail rather than overwrite a push that happened meanwhile. `content: undefined` deletes the file.
 */
async function commitFile(github, repo, o) {
    const fileChanges = o.content === undefined
        ? { deletions: [{ path: o.path }] }
        : { additions: [{ path: o.path, contents: Buffer.from(o.content).toString('base64') }] };
    let data;
    try {
        data = await github.graphql(MUTATION, {
            input: {
                branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: o.branch },
                expectedHeadOid: o.expectedHead,
                message: { headline: o.headline },
                fileChanges,
            },
        });
    }
    catch (error) {
        // STALE_DATA: someone pushed to the branch after the run started; releasing would skip their commit.
        if (/Expected branch to point to/.test((0,errors/* errorMessage */.gJ)(error)))
            throw new errors/* UserError */.yo(`${o.branch} moved since this run started (expected ${o.expectedHead.slice(0, 7)}): re-run the release on the new head`);
        throw error;
    }
    return data.createCommitOnBranch.commit;
}

;// CONCATENATED MODULE: ./actions/release/src/engine/publish.ts



/**
 * Publishes a release as one transaction of steps with compensations (shared/transactions): changelog
 * commit, annotated tag, GitHub release, floating major tag. A failing step rolls back the completed
 * ones in reverse order (major tag restored to its previous commit, release deleted, tag deleted,
 * changelog restored by a second commit). Parts that already exist are kept, so a re-run completes an
 * interrupted release or, when nothing is missing, does nothing and says so.
 */
async function publishRelease(p) {
    const { api, tag, logger } = p;
    const tagRef = await api.getRef(`tags/${tag}`);
    const existing = await api.findRelease(tag);
    // With changelog-file the tag sits on the changelog commit, a child of head: that is this release.
    const ownChangelogCommit = tagRef !== undefined && p.changelogFile !== undefined && (await api.parentsOf(tagRef.commit)).includes(p.head);
    if (tagRef && tagRef.commit !== p.head && !ownChangelogCommit) {
        if (existing)
            return {
                status: 'unchanged',
                steps: [`${tag} is already released (commit ${tagRef.commit.slice(0, 7)}): nothing to do`],
                commit: tagRef.commit,
                release: existing,
                history: [],
            };
        throw new errors/* UserError */.yo(`tag ${tag} already exists on commit ${tagRef.commit.slice(0, 7)}, not on ${p.head.slice(0, 7)}, and has no release: delete the tag or choose another version`);
    }
    const major = p.majorTag ? await api.getRef(`tags/${p.majorTag}`) : undefined;
    const commitFor = tagRef?.commit ?? p.head;
    const steps = [];
    const writeChangelog = p.changelogFile !== undefined && !tagRef && p.changelogFile.before !== p.changelogFile.after;
    if (writeChangelog)
        steps.push(`commit ${p.changelogFile.path} on ${p.changelogFile.branch}`);
    if (!tagRef)
        steps.push(`create annotated tag ${tag}`);
    if (!existing)
        steps.push(`create draft release ${tag}`);
    const moveMajor = p.majorTag !== undefined && (writeChangelog || major?.commit !== commitFor);
    if (moveMajor)
        steps.push(`${major ? 'move' : 'create'} ${p.majorTag} → ${tag}`);
    const publish = !p.draft && (!existing || existing.draft);
    if (publish)
        steps.push(`publish release ${tag}`);
    const base = { commit: commitFor, ...(major ? { majorTagBefore: major.commit } : {}) };
    if (steps.length === 0) {
        return {
            status: 'unchanged',
            steps: [`${tag} is already released: nothing to do`],
            ...base,
            ...(existing ? { release: existing } : {}),
            history: [],
        };
    }
    if (p.dryRun)
        return { status: 'dry-run', steps, ...base, ...(existing ? { release: existing } : {}), history: [] };
    const result = await runTransaction(`release ${tag}`, { ...(p.audit ? { audit: p.audit } : {}), logger }, async (txn) => {
        let commit = commitFor;
        if (writeChangelog) {
            const file = p.changelogFile;
            const made = await txn.step(`commit ${file.path}`, () => commitFile(p.github, p.repo, {
                branch: file.branch,
                expectedHead: p.head,
                path: file.path,
                content: file.after,
                headline: `chore(release): ${p.version}`,
            }), 
            // A second commit restores the file: history on a shared branch is never rewritten.
            (c) => commitFile(p.github, p.repo, {
                branch: file.branch,
                expectedHead: c.oid,
                path: file.path,
                content: file.before,
                headline: `chore(release): undo changelog of ${p.version}`,
            }).then(() => undefined));
            commit = made.oid;
        }
        if (!tagRef) {
            await txn.step(`create tag ${tag}`, () => api.createAnnotatedTag(tag, commit, `${tag}\n\n${p.notes}`), () => api.deleteRef(`tags/${tag}`));
        }
        // The release is made as a draft and published last: a draft is never immutable, so every step
        // before publishing can still be undone; publishing is the point of no return
        // (https://docs.github.com/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases).
        let release = existing;
        if (!existing) {
            release = await txn.step(`create release ${tag}`, () => api.createRelease({ tag, commit, body: p.notes, draft: true, prerelease: p.prerelease }), (r) => api.deleteRelease(r.id, tag));
        }
        if (moveMajor && p.majorTag) {
            const name = p.majorTag;
            await txn.step(`${major ? 'move' : 'create'} ${name}`, () => api.setRef(`tags/${name}`, commit, major !== undefined), () => (major ? api.setRef(`tags/${name}`, major.commit, true) : api.deleteRef(`tags/${name}`)));
        }
        if (publish && release) {
            const id = release.id;
            release = await txn.step(`publish release ${tag}`, () => api.setDraft(id, tag, false));
        }
        return { commit, release };
    });
    if (!result.ok) {
        const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
        const stuck = result.history.filter((h) => h.status === 'compensation-failed');
        const rollback = stuck.length > 0
            ? `rollback incomplete, clean up by hand: ${stuck.map((h) => `${h.step} (${h.error})`).join('; ')}`
            : `rolled back${undone.length > 0 ? `: ${undone.join(', ')}` : ' (nothing had been written)'}`;
        const message = `release ${tag} failed: ${(0,errors/* errorMessage */.gJ)(result.error)}; ${rollback}`;
        throw (0,errors/* isUserError */.iU)(result.error) ? new errors/* UserError */.yo(message) : new Error(message, { cause: result.error });
    }
    const value = result.value;
    return {
        status: 'published',
        steps,
        commit: value.commit,
        ...(value.release ? { release: value.release } : {}),
        ...(major ? { majorTagBefore: major.commit } : {}),
        history: result.history,
    };
}

;// CONCATENATED MODULE: ./actions/release/src/engine/rollback.ts




/**
 * Undoes a published version: deletes its GitHub release and tag and moves the floating major tag back
 * to the previous release of that major (or deletes it when there is none), as one transaction whose
 * compensations recreate what was deleted if a later step fails. An immutable release is refused up
 * front: GitHub keeps its tag and reserves the name, so it cannot be undone, only superseded.
 */
async function rollbackRelease(p) {
    const { api } = p;
    const sorted = [...p.tags].sort((a, b) => semver_default().rcompare(a.version, b.version));
    const target = p.version ? sorted.find((t) => t.version === p.version) : sorted[0];
    if (!target) {
        if (p.version)
            throw new errors/* UserError */.yo(`there is no tag ${tagOf(p.version)} to roll back`);
        return { status: 'unchanged', steps: ['no release tag found: nothing to roll back'], history: [] };
    }
    const release = await api.findRelease(target.name);
    if (release?.immutable)
        throw new errors/* UserError */.yo(`${target.name} is an immutable release: GitHub does not allow its tag to be deleted or moved, and reserves the tag name even if the release is deleted. Publish a fixed version instead.`);
    const tagRef = await api.getRef(`tags/${target.name}`);
    const major = semver_default().major(target.version);
    const majorName = `${TAG_PREFIX}${major}`;
    const majorRef = isStable(target.version) && major > 0 ? await api.getRef(`tags/${majorName}`) : undefined;
    const previous = sorted.find((t) => t !== target && isStable(t.version) && semver_default().major(t.version) === major && semver_default().lt(t.version, target.version));
    const steps = [];
    if (release)
        steps.push(`delete release ${target.name}`);
    if (tagRef)
        steps.push(`delete tag ${target.name}`);
    const moveMajor = majorRef !== undefined && majorRef.commit === target.commit;
    if (moveMajor)
        steps.push(previous ? `move ${majorName} back to ${previous.name}` : `delete ${majorName} (no earlier v${major} release)`);
    const base = {
        version: target.version,
        tag: target.name,
        ...(previous ? { previousTag: previous.name } : {}),
        ...(moveMajor ? { majorTag: majorName } : {}),
    };
    if (steps.length === 0)
        return { status: 'unchanged', ...base, steps: [`${target.name} has nothing left to roll back`], history: [] };
    if (p.dryRun)
        return { status: 'dry-run', ...base, steps, history: [] };
    const result = await runTransaction(`rollback ${target.name}`, { ...(p.audit ? { audit: p.audit } : {}), logger: p.logger }, async (txn) => {
        if (release)
            await txn.step(`delete release ${target.name}`, () => api.deleteRelease(release.id, target.name), () => recreate(api, release, target));
        if (tagRef)
            await txn.step(`delete tag ${target.name}`, () => api.deleteRef(`tags/${target.name}`), () => api.setRef(`tags/${target.name}`, tagRef.sha, false));
        if (moveMajor)
            await txn.step(`restore ${majorName}`, () => restoreMajor(api, majorName, previous), () => api.setRef(`tags/${majorName}`, majorRef.sha, previous !== undefined));
    });
    if (!result.ok) {
        const stuck = result.history.filter((h) => h.status === 'compensation-failed');
        const message = `rollback of ${target.name} failed: ${(0,errors/* errorMessage */.gJ)(result.error)}; ${stuck.length > 0 ? `could not restore: ${stuck.map((h) => h.step).join(', ')}` : 'everything was restored'}`;
        throw (0,errors/* isUserError */.iU)(result.error) ? new errors/* UserError */.yo(message) : new Error(message, { cause: result.error });
    }
    return { status: 'rolled-back', ...base, steps, history: result.history };
}
function restoreMajor(api, name, previous) {
    return previous ? api.setRef(`tags/${name}`, previous.commit, true) : api.deleteRef(`tags/${name}`);
}
async function recreate(api, r, t) {
    await api.createRelease({
        tag: r.tag,
        commit: t.commit,
        body: r.body ?? '',
        draft: r.draft,
        prerelease: r.prerelease,
        name: r.name ?? r.tag,
    });
}

// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary = __webpack_require__(33746);
;// CONCATENATED MODULE: ./actions/release/src/summary.ts

const VERB = {
    published: 'released',
    unchanged: 'already released, nothing to do',
    'dry-run': 'dry run, nothing written',
};
/** Job summary of a release run: version table, steps, transaction history and the changelog entry. */
function writePublishSummary(summary, plan, outcome, notes) {
    summary.heading(`release ${plan.tag}: ${VERB[outcome.status]}`);
    summary.table(['version', 'previous tag', 'bump', 'commits', 'major tag', 'commit', 'release'], [
        [
            plan.version,
            plan.previousTag ?? '(first release)',
            plan.bump ?? (plan.existing ? 'existing' : 'forced'),
            plan.commits.length,
            plan.majorTag ?? '',
            outcome.commit.slice(0, 7),
            outcome.release ? `[${outcome.release.draft ? 'draft' : 'published'}](${outcome.release.url})` : '',
        ],
    ]);
    summary.list(outcome.steps.map((s) => (outcome.status === 'dry-run' ? `would ${s}` : s)));
    if (outcome.history.length > 0)
        summary.details('transaction history', historyTable(outcome.history));
    summary.details('changelog entry', notes);
}
/** Job summary of a rollback run. */
function writeRollbackSummary(summary, outcome) {
    const what = outcome.status === 'dry-run'
        ? 'dry run, nothing written'
        : outcome.status === 'unchanged'
            ? 'nothing to do'
            : 'rolled back';
    summary.heading(`release rollback${outcome.tag ? ` ${outcome.tag}` : ''}: ${what}`);
    summary.list(outcome.steps.map((s) => (outcome.status === 'dry-run' ? `would ${s}` : s)));
    if (outcome.history.length > 0)
        summary.details('transaction history', historyTable(outcome.history));
}
// Through the shared table builder, so a `|` or line break in an error message cannot break the table.
function historyTable(history) {
    return new summary/* JobSummary */.c3().table(['step', 'status', 'error'], history.map((h) => [h.step, h.status, h.error]));
}

;// CONCATENATED MODULE: ./actions/release/src/run.ts










const EMPTY = {
    released: false,
    version: '',
    tag: '',
    'previous-tag': '',
    'release-url': '',
    'major-tag': '',
    changelog: '',
};
function repoOf(ctx) {
    const r = ctx.env.repository;
    if (!r)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set: the release action works on the calling repository');
    return r;
}
/** A path inside the repository (not the workspace): relative, no `..`. */
function repoPath(value) {
    const clean = value.replace(/^\.\//, '');
    if (clean.startsWith('/') || clean.split('/').some((s) => s === '..' || s === '') || clean.includes('\\'))
        throw new errors/* InputError */.dz('changelog-file', value, 'expected a relative path inside the repository, e.g. CHANGELOG.md');
    return clean;
}
async function headAndBranch(ctx, github, api, repo) {
    const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.ref.slice('refs/heads/'.length) : undefined;
    if (ctx.env.sha)
        return { head: ctx.env.sha, ...(branch ? { branch } : {}) };
    const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    const ref = await api.getRef(`heads/${data.default_branch}`);
    if (!ref)
        throw new errors/* UserError */.yo(`the default branch ${data.default_branch} of ${repo.owner}/${repo.repo} has no commit`);
    return { head: ref.commit, branch: data.default_branch };
}
/**
 * A re-run of a job that already committed its changelog: the run's commit is the parent of the
 * branch head, and that head carries a release tag. Releasing from there lets the re-run confirm (or
 * complete) that release instead of computing the next pre-release number or a second changelog commit.
 */
async function changelogCommitOf(api, branch, head, tags) {
    const tip = await api.getRef(`heads/${branch}`);
    if (!tip || tip.commit === head || !tags.some((t) => t.commit === tip.commit))
        return head;
    return (await api.parentsOf(tip.commit)).includes(head) ? tip.commit : head;
}
/**
 * A release makes at most six writes and a few reads, far below GitHub's secondary limits (80
 * content-creating requests a minute), so the process-wide 1 s spacing of writes would only slow
 * every release down: its client has no extra spacing.
 */
function clientOf(ctx) {
    return ctx.github({ throttle: { writeSpacingMs: 0 } });
}
/** The release action: `release` mode computes and publishes the next version, `rollback` undoes one. */
async function runRelease(ctx, clock = core_clock/* systemClock */.m) {
    const { inputs, logger } = ctx;
    const repo = repoOf(ctx);
    const version = inputs.version ? parseVersionInput(inputs.version) : undefined;
    if (inputs.prerelease && !PRERELEASE_ID.test(inputs.prerelease))
        throw new errors/* InputError */.dz('prerelease', inputs.prerelease, 'expected one identifier of letters, digits and hyphens, e.g. rc or beta');
    const github = clientOf(ctx);
    const api = gitApi(github, repo);
    const tags = await readReleaseTags(github, repo);
    if (inputs.mode === 'rollback') {
        const outcome = await rollbackRelease({
            api,
            tags,
            ...(version ? { version } : {}),
            dryRun: ctx.dryRun,
            audit: ctx.audit,
            logger,
        });
        writeRollbackSummary(ctx.summary, outcome);
        ctx.audit.event('release.rollback', { ...outcome, history: undefined, dryRun: ctx.dryRun });
        return {
            outputs: {
                ...EMPTY,
                version: outcome.version ?? '',
                tag: outcome.tag ?? '',
                'previous-tag': outcome.previousTag ?? '',
                'major-tag': outcome.majorTag ?? '',
            },
        };
    }
    const { head: runHead, branch } = await headAndBranch(ctx, github, api, repo);
    const head = inputs['changelog-file'] && branch ? await changelogCommitOf(api, branch, runHead, tags) : runHead;
    const plan = await planRelease({
        head,
        tags,
        history: walkHistory(github, repo, head),
        ...(version ? { forced: version } : {}),
        ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
    });
    if (!plan.release) {
        logger.info(plan.reason);
        ctx.summary.heading(`release: nothing to release`).paragraph(plan.reason);
        return { outputs: { ...EMPTY, 'previous-tag': plan.previousTag ?? '' } };
    }
    if (plan.truncated)
        logger.warning('History read stopped after 5000 commits without finding a release tag; the changelog lists those only.');
    const repoUrl = `${ctx.env.serverUrl}/${repo.owner}/${repo.repo}`;
    const notes = renderChangelog({
        version: plan.version,
        tag: plan.tag,
        ...(plan.previousTag ? { previousTag: plan.previousTag } : {}),
        repoUrl,
        date: new Date(clock.now()).toISOString().slice(0, 10),
        commits: plan.commits,
    });
    let changelogFile;
    if (inputs['changelog-file']) {
        const path = repoPath(inputs['changelog-file']);
        if (!branch)
            throw new errors/* UserError */.yo(`changelog-file needs a branch to commit to, but the run's ref is ${ctx.env.ref ?? 'unknown'}`);
        const before = await readFileAt(github, repo, head, path);
        changelogFile = { path, branch, before, after: prependChangelog(before, notes, plan.version) };
    }
    const majorTag = inputs['major-tag'] ? plan.majorTag : undefined;
    const outcome = await publishRelease({
        api,
        github,
        repo,
        version: plan.version,
        tag: plan.tag,
        head,
        prerelease: !isStable(plan.version),
        draft: inputs.draft,
        notes,
        ...(majorTag ? { majorTag } : {}),
        ...(changelogFile ? { changelogFile } : {}),
        dryRun: ctx.dryRun,
        audit: ctx.audit,
        logger,
    });
    for (const s of outcome.steps)
        logger.info(`${outcome.status === 'dry-run' ? '[dry-run] would ' : ''}${s}`);
    ctx.audit.event('release.publish', {
        tag: plan.tag,
        status: outcome.status,
        steps: outcome.steps,
        commit: outcome.commit,
        dryRun: ctx.dryRun,
    });
    writePublishSummary(ctx.summary, plan, outcome, notes);
    ctx.metrics.counter('release_runs', 'Release runs by outcome.', ['outcome']).inc({ outcome: outcome.status });
    return {
        outputs: {
            released: outcome.status === 'published',
            version: plan.version,
            tag: plan.tag,
            'previous-tag': plan.previousTag ?? '',
            'release-url': outcome.release?.url ?? '',
            'major-tag': majorTag ?? '',
            changelog: notes,
        },
    };
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
