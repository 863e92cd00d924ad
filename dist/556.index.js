export const id = 556;
export const ids = [556];
export const modules = {

/***/ 34556:
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
// EXTERNAL MODULE: ./actions/release/src/engine/assets.ts
var engine_assets = __webpack_require__(3);
// EXTERNAL MODULE: ./actions/release/src/engine/git-api.ts
var git_api = __webpack_require__(4517);
// EXTERNAL MODULE: ./actions/release/src/engine/history.ts
var engine_history = __webpack_require__(72956);
// EXTERNAL MODULE: ./actions/release/src/engine/packages.ts
var engine_packages = __webpack_require__(3655);
// EXTERNAL MODULE: ./shared/transactions/transaction.ts
var transaction = __webpack_require__(10342);
// EXTERNAL MODULE: ./actions/release/src/engine/changelog.ts
var changelog = __webpack_require__(65174);
// EXTERNAL MODULE: ./actions/release/src/engine/markers.ts
var markers = __webpack_require__(2855);
// EXTERNAL MODULE: ./actions/release/src/engine/plan.ts + 1 modules
var engine_plan = __webpack_require__(40895);
// EXTERNAL MODULE: ./actions/release/src/engine/release.ts + 3 modules
var release = __webpack_require__(81204);
// EXTERNAL MODULE: ./actions/release/src/engine/recover.ts
var recover = __webpack_require__(10096);
// EXTERNAL MODULE: ./actions/release/src/engine/version.ts
var engine_version = __webpack_require__(58924);
// EXTERNAL MODULE: ./actions/release/src/engine/version-files.ts
var version_files = __webpack_require__(79502);
;// CONCATENATED MODULE: ./actions/release/src/engine/release-pr.ts











/** The release PR's branch for a base branch. */
const prBranchOf = (base) => `moko-release/${base}`;
/**
 * The release PR flow. On each push: when the commits since the last release contain a merged release
 * PR (`chore(release): <tag>`, a squash or merge of our PR), that version is released at the pushed
 * commit, with no further commit (the PR carried the changelog and version files). Otherwise the next
 * version is computed and the PR branch is set to one release commit on top of the pushed commit, and
 * the PR opened or updated with the notes; both writes are undone if the other fails.
 */
async function runReleasePr(o) {
    const { github, repo, logger } = o;
    if (!o.branch)
        throw new errors/* UserError */.yo('the release PR flow needs the run to be started on a branch');
    const api = (0,git_api/* gitApi */.d)(github, repo);
    const all = await (0,engine_history/* readReleaseTags */.JZ)(github, repo, o.pkg?.prefix);
    // A half-finished release of ours is not a previous version (the merged-PR path recovers it).
    const { unfinished } = (0,recover/* findLeftovers */.Q_)(all, await api.listReleases());
    const tags = all.filter((t) => !unfinished.some((u) => u.tag === t));
    const history = o.pkg
        ? (0,engine_history/* walkPackageHistory */.qS)(github, repo, o.runHead, o.pkg.path)
        : (0,engine_history/* walkHistory */.S6)(github, repo, o.runHead);
    const plan = await (0,engine_plan/* planRelease */.F)({
        head: o.runHead,
        tags,
        history,
        ...(o.prerelease ? { prerelease: o.prerelease } : {}),
        ...(o.bump ? { bump: o.bump } : {}),
        ...(o.forced ? { forced: o.forced } : {}),
        ...(o.initialVersion ? { initialVersion: o.initialVersion } : {}),
        ...(o.pkg ? { prefix: o.pkg.prefix } : {}),
    });
    const merged = plan.commits.find((c) => c.type === 'chore' && c.scope === 'release' && (0,engine_version/* versionOfTag */.mx)(c.subject, o.pkg?.prefix) !== undefined);
    if (merged) {
        const version = (0,engine_version/* versionOfTag */.mx)(merged.subject, o.pkg?.prefix);
        logger.info(`release PR for ${merged.subject} merged (${merged.sha.slice(0, 7)}): releasing it`);
        const { changelogFile: _c, versionFiles: _v, ...rest } = o;
        return (0,release/* runReleaseEngine */.J)({ ...rest, forced: version });
    }
    const base = { floating: [], history: [], recovered: [], truncatedNotes: false, steps: [] };
    if (!plan.release)
        return { ...base, status: 'nothing', reason: plan.reason };
    const notes = (0,release/* planNotes */.v)(plan, o);
    const files = [];
    if (o.changelogFile)
        files.push({
            path: o.changelogFile,
            content: (0,changelog/* prependChangelog */.FR)(await (0,engine_history/* readFileAt */._T)(github, repo, o.runHead, o.changelogFile), notes, plan.version),
        });
    for (const f of o.versionFiles ?? [])
        files.push({
            path: f.path,
            content: (0,version_files/* updateVersionFile */.K)(f, await (0,engine_history/* readFileAt */._T)(github, repo, o.runHead, f.path), plan.version),
        });
    if (files.length === 0)
        throw new errors/* UserError */.yo('the release PR flow needs changelog-file or version-files: the PR carries the release commit');
    const prBranch = prBranchOf(o.pkg ? `${o.branch}/${o.pkg.prefix.slice(0, -2)}` : o.branch);
    const title = `chore(release): ${plan.tag}`;
    const body = `${notes}\n---\nMerging this pull request releases ${plan.tag}. It is updated on every push to ${o.branch}.\n`;
    const r = { owner: repo.owner, repo: repo.repo };
    const [open] = await github.paginate(github.rest.pulls.list, {
        ...r,
        state: 'open',
        head: `${repo.owner}:${prBranch}`,
        per_page: 100,
    });
    const branchBefore = await api.getRef(`heads/${prBranch}`);
    const steps = [
        `${branchBefore ? 'update' : 'create'} ${prBranch}: one release commit on top of ${o.runHead.slice(0, 7)}`,
        open ? `update pull request #${open.number} (${title})` : `open a pull request ${title} into ${o.branch}`,
    ];
    const out = { ...base, plan, version: plan.version, tag: plan.tag, notes, steps, status: 'dry-run' };
    if (plan.previousTag)
        Object.assign(out, { previousTag: plan.previousTag });
    if (o.dryRun)
        return out;
    const result = await (0,transaction/* runTransaction */.c)(`release PR ${plan.tag}`, { ...(o.audit ? { audit: o.audit } : {}), logger }, async (txn) => {
        const commit = await txn.step('create release commit', () => api.createDetachedCommit(o.runHead, files, (0,markers/* releaseCommitMessage */.ul)(plan.tag)));
        // The PR branch is ours alone: it is moved by force, and moved back exactly on failure.
        await txn.step(`set ${prBranch}`, () => api.setRef(`heads/${prBranch}`, commit, branchBefore !== undefined), () => branchBefore ? api.setRef(`heads/${prBranch}`, branchBefore.sha, true) : api.deleteRef(`heads/${prBranch}`));
        logger.info(`release step done: set ${prBranch}`);
        if (open) {
            await txn.step(`update pull request #${open.number}`, () => github.rest.pulls.update({ ...r, pull_number: open.number, title, body }), async () => {
                await github.rest.pulls.update({
                    ...r,
                    pull_number: open.number,
                    title: open.title,
                    body: open.body ?? '',
                });
            });
            return { number: open.number, url: open.html_url, action: 'updated' };
        }
        const { data } = await txn.step('open pull request', () => github.rest.pulls.create({ ...r, head: prBranch, base: o.branch, title, body }));
        return { number: data.number, url: data.html_url, action: 'opened' };
    });
    if (!result.ok) {
        const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
        const message = `release PR ${plan.tag} failed: ${(0,errors/* errorMessage */.gJ)(result.error)}; rolled back${undone.length ? `: ${undone.join(', ')}` : ''}`;
        throw (0,errors/* isUserError */.iU)(result.error) ? new errors/* UserError */.yo(message) : new Error(message, { cause: result.error });
    }
    return {
        ...out,
        status: 'release-pr',
        reason: `release PR ${result.value.action}: ${result.value.url}`,
        history: result.history,
        pullRequest: result.value,
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
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
            throw new errors/* UserError */.yo(`there is no tag ${(0,engine_version/* tagOf */.cO)(p.version)} to roll back`);
        return { status: 'unchanged', steps: ['no release tag found: nothing to roll back'], history: [] };
    }
    const release = await api.findRelease(target.name);
    if (release?.immutable)
        throw new errors/* UserError */.yo(`${target.name} is an immutable release: GitHub does not allow its tag to be deleted or moved, and reserves the tag name even if the release is deleted. Publish a fixed version instead.`);
    const tagRef = await api.getRef(`tags/${target.name}`);
    const major = semver_default().major(target.version);
    const majorName = `${engine_version/* TAG_PREFIX */.C_}${major}`;
    const majorRef = (0,engine_version/* isStable */.MQ)(target.version) && major > 0 ? await api.getRef(`tags/${majorName}`) : undefined;
    const previous = sorted.find((t) => t !== target && (0,engine_version/* isStable */.MQ)(t.version) && semver_default().major(t.version) === major && semver_default().lt(t.version, target.version));
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
    const result = await (0,transaction/* runTransaction */.c)(`rollback ${target.name}`, { ...(p.audit ? { audit: p.audit } : {}), logger: p.logger }, async (txn) => {
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
var summary_summary = __webpack_require__(33746);
;// CONCATENATED MODULE: ./actions/release/src/summary.ts

const VERB = {
    published: 'released',
    completed: 'completed the release an interrupted run had left',
    unchanged: 'already released, nothing to do',
    'dry-run': 'dry run, nothing written',
    nothing: 'nothing to release',
    superseded: 'superseded, nothing written',
    'release-pr': 'release pull request opened or updated',
};
/** Job summary of a release run: version table, recovery, steps, transaction history and the changelog entry. */
function writePublishSummary(summary, r) {
    summary.heading(`release${r.tag ? ` ${r.tag}` : ''}: ${VERB[r.status]}`);
    if (r.reason)
        summary.paragraph(r.reason);
    if (r.plan) {
        summary.table(['version', 'previous tag', 'bump', 'commits', 'floating tags', 'commit', 'release'], [
            [
                r.plan.version,
                r.plan.previousTag ?? '(first release)',
                r.plan.bump ?? (r.plan.existing ? 'existing' : 'forced'),
                r.plan.commits.length,
                r.floating.join(', '),
                r.commit?.slice(0, 7) ?? '',
                r.release ? `[${r.release.draft ? 'draft' : 'published'}](${r.release.url})` : '',
            ],
        ]);
    }
    if (r.recovered.length > 0)
        summary.details('left by an interrupted run', new summary_summary/* JobSummary */.c3().list(r.recovered));
    if (r.steps.length > 0)
        summary.list(r.steps.map((s) => (r.status === 'dry-run' ? `would ${s}` : s)));
    if (r.truncatedNotes)
        summary.paragraph("The release body was cut to GitHub's 125,000-character limit.");
    if (r.history.length > 0)
        summary.details('transaction history', historyTable(r.history));
    if (r.notes)
        summary.details('changelog entry', r.notes);
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
    return new summary_summary/* JobSummary */.c3().table(['step', 'status', 'error'], history.map((h) => [h.step, h.status, h.error]));
}

;// CONCATENATED MODULE: ./actions/release/src/run.ts











const EMPTY = {
    released: false,
    version: '',
    tag: '',
    'previous-version': '',
    'previous-tag': '',
    'release-url': '',
    'release-id': '',
    'major-tag': '',
    changelog: '',
    packages: '',
    'pull-request': '',
};
function repoOf(ctx) {
    const r = ctx.env.repository;
    if (!r)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set: the release action works on the calling repository');
    return r;
}
/** The run's commit and branch; outside a workflow (no GITHUB_SHA), the default branch's head. */
async function headAndBranch(ctx, github, repo) {
    const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.ref.slice('refs/heads/'.length) : undefined;
    if (ctx.env.sha)
        return { head: ctx.env.sha, ...(branch ? { branch } : {}) };
    const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    const ref = await (0,git_api/* gitApi */.d)(github, repo).getRef(`heads/${data.default_branch}`);
    if (!ref)
        throw new errors/* UserError */.yo(`the default branch ${data.default_branch} of ${repo.owner}/${repo.repo} has no commit`);
    return { head: ref.commit, branch: data.default_branch };
}
/**
 * A release makes about ten writes, far below GitHub's secondary limits (80 content-creating requests
 * a minute), so the process-wide 1 s spacing of writes would only slow it down: no extra spacing.
 */
function clientOf(ctx) {
    return ctx.github({ throttle: { writeSpacingMs: 0 } });
}
/** Adapter from the action context to the engine: `release` publishes the next version, `rollback` undoes one. */
async function runRelease(ctx, clock = core_clock/* systemClock */.m) {
    const { inputs, logger } = ctx;
    const repo = repoOf(ctx);
    const github = await clientOf(ctx);
    if (inputs.mode === 'rollback' && inputs.packages)
        throw new errors/* UserError */.yo("mode: rollback works on the repository's v tags only; packages cannot be rolled back yet");
    if (inputs.mode === 'rollback') {
        const outcome = await rollbackRelease({
            api: (0,git_api/* gitApi */.d)(github, repo),
            tags: await (0,engine_history/* readReleaseTags */.JZ)(github, repo),
            ...(inputs.version ? { version: inputs.version } : {}),
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
                'previous-version': outcome.previousTag?.replace(/^v/, '') ?? '',
                'major-tag': outcome.majorTag ?? '',
            },
        };
    }
    if (inputs.packages && inputs.assets.length > 0)
        throw new errors/* UserError */.yo('assets cannot be combined with packages yet: attach them in a later step with release-id');
    const assets = inputs.assets.length > 0 ? await (0,engine_assets/* resolveAssets */.q)(ctx.env.workspace, inputs.assets) : undefined;
    const { head, branch } = await headAndBranch(ctx, github, repo);
    const options = {
        github,
        repo,
        repoUrl: `${ctx.env.serverUrl}/${repo.owner}/${repo.repo}`,
        runHead: head,
        ...(branch ? { branch } : {}),
        ...(inputs['changelog-file'] ? { changelogFile: inputs['changelog-file'] } : {}),
        ...(assets ? { assets } : {}),
        ...(inputs['changelog-sections'] ? { sections: inputs['changelog-sections'] } : {}),
        ...(inputs['version-files'] ? { versionFiles: inputs['version-files'] } : {}),
        ...(inputs.bump !== 'auto' ? { bump: inputs.bump } : {}),
        ...(inputs.version ? { forced: inputs.version } : {}),
        ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
        ...(inputs['initial-version'] ? { initialVersion: inputs['initial-version'] } : {}),
        draft: inputs.draft,
        majorTag: inputs['major-tag'],
        minorTag: inputs['minor-tag'],
        date: new Date(clock.now()).toISOString().slice(0, 10),
        dryRun: ctx.dryRun,
        audit: ctx.audit,
        logger,
    };
    if (inputs['release-pr']) {
        if (inputs.packages)
            throw new errors/* UserError */.yo('release-pr cannot be combined with packages yet');
        const result = await runReleasePr(options);
        report(ctx, result);
        return {
            outputs: {
                ...EMPTY,
                ...outputsOf(result, 'v'),
                'pull-request': result.pullRequest?.url ?? '',
            },
        };
    }
    if (inputs.packages) {
        const results = await (0,engine_packages/* releasePackages */.n)(options, inputs.packages);
        const perPackage = {};
        for (const { name, result } of results) {
            report(ctx, result);
            const { 'previous-tag': _previousTag, ...own } = outputsOf(result, `${name}-v`);
            perPackage[name] = own;
        }
        return {
            outputs: {
                ...EMPTY,
                released: results.some((r) => isReleased(r.result)),
                packages: JSON.stringify(perPackage),
            },
        };
    }
    const result = await (0,release/* runReleaseEngine */.J)(options);
    report(ctx, result);
    const major = result.floating.find((f) => /^v\d+$/.test(f)) ?? '';
    return {
        outputs: {
            ...outputsOf(result, 'v'),
            'major-tag': major || (result.plan?.majorTag && inputs['major-tag'] ? result.plan.majorTag : ''),
            packages: '',
            'pull-request': '',
        },
    };
}
const isReleased = (r) => r.status === 'published' || r.status === 'completed';
/** The outputs of one release (the repository's, or a package's). */
function outputsOf(result, prefix) {
    return {
        released: isReleased(result),
        version: result.version ?? '',
        tag: result.tag ?? '',
        'previous-version': (result.previousTag && (0,engine_version/* versionOfTag */.mx)(result.previousTag, prefix)) ?? '',
        'previous-tag': result.previousTag ?? '',
        'release-url': result.release?.url ?? '',
        'release-id': result.release ? String(result.release.id) : '',
        changelog: result.notes ?? '',
    };
}
/** Log lines, audit event, job summary and metric of one release. */
function report(ctx, result) {
    const { logger } = ctx;
    for (const s of result.recovered)
        logger.info(s);
    for (const s of result.steps)
        logger.info(`${result.status === 'dry-run' ? '[dry-run] would ' : ''}${s}`);
    if (result.reason)
        logger.info(result.reason);
    if (result.truncatedNotes)
        logger.warning(`The notes of ${result.tag} exceed GitHub's 125,000-character limit: the release body is cut and links the full changelog.`);
    ctx.audit.event('release.publish', {
        tag: result.tag,
        status: result.status,
        steps: result.steps,
        recovered: result.recovered,
        commit: result.commit,
        dryRun: ctx.dryRun,
    });
    writePublishSummary(ctx.summary, result);
    ctx.metrics.counter('release_runs', 'Release runs by outcome.', ['outcome']).inc({ outcome: result.status });
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
