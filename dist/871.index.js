export const id = 871;
export const ids = [871];
export const modules = {

/***/ 85871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBulkUpdate: () => (/* binding */ runBulkUpdate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var core_errors = __webpack_require__(46677);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/api.ts
/** A GraphQL string literal (JSON string syntax is valid GraphQL string syntax for what we send). */
function gqlString(value) {
    return JSON.stringify(value);
}
/** Adapts the shared client (an Octokit) to {@link BulkApi}. */
function bulkApiOf(client) {
    return {
        request: async (route, params) => {
            const res = await client.request(route, params);
            return {
                status: res.status,
                data: res.data,
                headers: res.headers,
            };
        },
        graphql: (query, variables) => client.graphql(query, variables),
    };
}

// EXTERNAL MODULE: ./shared/github/request-hook.ts
var request_hook = __webpack_require__(11941);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/pacer.ts


/** Seconds a 403/429 asks us to wait, or undefined when the error is not a rate limit. */
function rateLimitWait(error) {
    const status = (0,core_errors/* errorStatus */.PO)(error);
    const message = (0,core_errors/* errorMessage */.gJ)(error);
    const retryAfter = Number((0,request_hook/* headersOf */.Yl)(error)['retry-after']);
    const secondary = /secondary rate limit|abuse detection/i.test(message);
    if (status === 429 || ((status === 403 || status === undefined) && (secondary || Number.isFinite(retryAfter)))) {
        if (Number.isFinite(retryAfter) && retryAfter > 0)
            return retryAfter;
        // No retry-after: "wait at least one minute before retrying" (same docs page).
        if (secondary || status === 429)
            return 60;
    }
    return undefined;
}
/**
 * Spaces content-creating requests evenly (one every 60s/perMinute) and keeps any sliding hour
 * under perHour. A secondary-limit answer pauses every caller for `retry-after` and slows the pace by
 * half until 20 requests pass cleanly. Waits run on the injected clock.
 */
class ContentPacer {
    opts;
    nextAt = 0;
    pausedUntil = 0;
    slowdown = 1;
    clean = 0;
    hour = [];
    stats = { requests: 0, secondaryLimitHits: 0, waitedMs: 0 };
    constructor(opts) {
        this.opts = opts;
    }
    /** Milliseconds between two content-creating requests at the current pace. */
    get intervalMs() {
        return (60_000 / (this.opts.perMinute * (this.opts.headroom ?? 0.95))) * this.slowdown;
    }
    // Reserves `cost` consecutive slots synchronously, so concurrent callers never share one.
    reserve(cost) {
        const now = this.opts.clock.now();
        let at = Math.max(now, this.nextAt, this.pausedUntil);
        for (let i = 0; i < cost; i++) {
            while (this.hour.length > 0 && this.hour[0] <= at - 3_600_000)
                this.hour.shift();
            if (this.hour.length >= Math.floor(this.opts.perHour * (this.opts.headroom ?? 0.95)))
                at = Math.max(at, this.hour[0] + 3_600_000);
            this.hour.push(at);
            if (i < cost - 1)
                at += this.intervalMs;
        }
        this.nextAt = at + this.intervalMs;
        return at - now;
    }
    /** Runs one content-creating request (worth `cost` slots) when the budget allows; retries after secondary limits. */
    async run(fn, cost = 1) {
        for (let attempt = 0;; attempt++) {
            const wait = this.reserve(cost);
            if (wait > 0) {
                this.stats.waitedMs += wait;
                await this.opts.clock.sleep(wait);
            }
            try {
                this.stats.requests += cost;
                const out = await fn();
                if (++this.clean >= 20)
                    this.slowdown = 1;
                return out;
            }
            catch (error) {
                const retryAfter = rateLimitWait(error);
                if (retryAfter === undefined || attempt >= (this.opts.maxRetries ?? 5))
                    throw error;
                this.stats.secondaryLimitHits++;
                this.clean = 0;
                this.slowdown = Math.min(4, this.slowdown * 1.5);
                this.pausedUntil = Math.max(this.pausedUntil, this.opts.clock.now() + retryAfter * 1000);
                this.opts.logger?.warning(`Secondary rate limit: pausing writes for ${retryAfter}s, then resuming at a slower pace.`);
            }
        }
    }
}
/** The least time `n` content-creating requests can take under the limits (the bench's floor). */
function pacingFloorMs(n, perMinute, perHour) {
    if (n <= 1)
        return 0;
    const byMinute = (n - 1) * (60_000 / perMinute);
    const byHour = Math.floor((n - 1) / perHour) * 3_600_000;
    return Math.max(byMinute, byHour);
}

// EXTERNAL MODULE: ./shared/summary/summary.ts + 2 modules
var summary_summary = __webpack_require__(33746);
;// CONCATENATED MODULE: ./actions/bulk-update/src/summary.ts

const ICON = { updated: '✅', unchanged: '➖', skipped: '⏭️', failed: '❌' };
function detail(r) {
    if (r.status === 'updated' && r.pullRequest)
        return `[#${r.pullRequest.number}](${r.pullRequest.url})${r.reason ? ` ${r.reason}` : ''}`;
    if (r.status === 'updated' && r.commit)
        return `commit ${r.commit.slice(0, 7)}`;
    return r.reason ?? (r.changes.length > 0 ? r.changes.join(', ') : '');
}
/**
 * The results table: updated with their pull request link, unchanged, skipped and failed with the reason.
 * Failed and skipped rows come first so they are seen; dry-run diffs go in collapsed sections.
 */
function writeReportSummary(summary, report) {
    const { counts } = report;
    summary.heading(`bulk-update: ${report.organization}${report.dryRun ? ' (dry run)' : ''}`);
    summary.paragraph(`Shard ${report.shard}: ${counts.updated} ${report.dryRun ? 'would be updated' : 'updated'}, ${counts.unchanged} unchanged, ` +
        `${counts.skipped} skipped, ${counts.failed} failed; ${report.requests.total} API requests` +
        `${report.requests.rateLimitRemaining !== undefined ? ` (rate limit remaining ${report.requests.rateLimitRemaining})` : ''}.`);
    const order = ['failed', 'skipped', 'updated', 'unchanged'];
    const rows = [...report.repositories]
        .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.repo.localeCompare(b.repo))
        .map((r) => [r.repo, `${ICON[r.status]} ${r.status}`, detail(r)]);
    if (rows.length > 0)
        summary.table(['Repository', 'Status', 'Detail'], rows);
    for (const r of report.repositories) {
        // The shared code block picks a fence longer than any backtick run in the diff.
        if (r.diff)
            summary.details(`Diff for ${r.repo}`, new summary_summary/* JobSummary */.c3().code(r.diff, 'diff'));
    }
    if (report.excluded.length > 0) {
        summary.details(`${report.excluded.length} repositories left out by the selection`, report.excluded.map((e) => `${e.name}: ${e.reason}`).join('<br>'));
    }
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/results.ts
/** Counts results by status. */
function countStatuses(results) {
    const counts = { updated: 0, unchanged: 0, skipped: 0, failed: 0 };
    for (const r of results)
        counts[r.status]++;
    return counts;
}
/**
 * Combines the shards' results into one report. A repository reported by two shards (never, with a stable
 * partition, unless shards of different runs are mixed) keeps the later `runAttempt`'s row.
 */
function mergeReports(reports) {
    if (reports.length === 0)
        throw new Error('mergeReports: no reports to merge');
    const byRepo = new Map();
    const excluded = new Map();
    let total = 0;
    let rest = 0;
    let graphql = 0;
    let durationMs = 0;
    for (const r of reports) {
        for (const row of r.repositories) {
            const prev = byRepo.get(row.repo);
            if (!prev || prev.attempt <= r.runAttempt)
                byRepo.set(row.repo, { attempt: r.runAttempt, row });
        }
        for (const e of r.excluded)
            excluded.set(e.name, e.reason);
        total += r.requests.total;
        rest += r.requests.rest;
        graphql += r.requests.graphql;
        durationMs = Math.max(durationMs, r.durationMs);
    }
    const repositories = [...byRepo.values()].map((v) => v.row).sort((a, b) => a.repo.localeCompare(b.repo));
    // A repository excluded by one shard's listing but processed by another is not excluded.
    for (const row of repositories)
        excluded.delete(row.repo);
    const first = reports[0];
    return {
        organization: first.organization,
        shard: 'merged',
        runId: first.runId,
        runAttempt: Math.max(...reports.map((r) => r.runAttempt)),
        dryRun: reports.some((r) => r.dryRun),
        counts: countStatuses(repositories),
        repositories,
        excluded: [...excluded].map(([name, reason]) => ({ name, reason })).sort((a, b) => a.name.localeCompare(b.name)),
        requests: { total, rest, graphql },
        durationMs,
    };
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/counting-api.ts
/** Wraps a client so the engine can report the requests it spent (metrics, bench, results file). */
function countingApi(inner) {
    const counts = { rest: 0, graphql: 0 };
    const api = {
        async request(route, params) {
            counts.rest++;
            const res = await inner.request(route, params);
            const remaining = Number(res.headers['x-ratelimit-remaining']);
            if (Number.isFinite(remaining))
                counts.rateLimitRemaining = remaining;
            return res;
        },
        async graphql(query, variables) {
            counts.graphql++;
            return inner.graphql(query, variables);
        },
    };
    return { api, counts };
}

// EXTERNAL MODULE: ./shared/github/graphql-failure.ts
var graphql_failure = __webpack_require__(56314);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/pull-request-extras.ts



/**
 * Resolves `login` and `org/team` reviewers to node ids once per run, through REST
 * (https://docs.github.com/rest/users/users#get-a-user, https://docs.github.com/rest/teams/teams#get-a-team-by-name):
 * one request per reviewer per run, not per repository. Unknown ones are reported, not fatal.
 */
async function resolveReviewers(api, org, reviewers) {
    const out = { userIds: [], teamIds: [], missing: [] };
    for (const r of reviewers) {
        const [owner, slug] = r.includes('/') ? r.split('/', 2) : [undefined, undefined];
        try {
            const res = slug
                ? await api.request('GET /orgs/{org}/teams/{team_slug}', { org: owner || org, team_slug: slug })
                : await api.request('GET /users/{username}', { username: r });
            const id = res.data.node_id;
            if (!id)
                out.missing.push(r);
            else if (slug)
                out.teamIds.push(id);
            else
                out.userIds.push(id);
        }
        catch {
            out.missing.push(r);
        }
    }
    return out;
}
const MERGE_METHOD = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };
/**
 * Labels, reviewers and auto-merge for a new pull request in ONE GraphQL document: mutations in one
 * request run in order (https://spec.graphql.org/October2021/#sec-Mutation), so a new pull request
 * costs a single extra request. When a label does not exist yet in the repository, the labels go through
 * REST instead, which creates missing labels by name
 * (https://docs.github.com/rest/issues/labels#add-labels-to-an-issue); reviewers and auto-merge then
 * follow in the GraphQL document (two requests, only until the label exists).
 */
async function decoratePullRequest(api, pacer, repo, state, pullRequestId, pullNumber, delivery, reviewers) {
    const ids = delivery.labels.map((name) => state.deliveryLabels.get(name) ?? null);
    const labelIds = ids.every((id) => id !== null) ? ids : [];
    const notes = reviewers.missing.length > 0 ? [`reviewers not found: ${reviewers.missing.join(', ')}`] : [];
    if (labelIds.length < delivery.labels.length) {
        try {
            await pacer.run(() => api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                owner: repo.owner,
                repo: repo.name,
                issue_number: pullNumber,
                labels: delivery.labels,
            }));
        }
        catch (error) {
            notes.push(`labels failed: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const parts = [];
    const pr = gqlString(pullRequestId);
    if (labelIds.length > 0) {
        parts.push(`labels: addLabelsToLabelable(input: { labelableId: ${pr}, labelIds: ${JSON.stringify(labelIds)} }) { clientMutationId }`);
    }
    if (reviewers.userIds.length + reviewers.teamIds.length > 0) {
        parts.push(`reviews: requestReviews(input: { pullRequestId: ${pr}, userIds: ${JSON.stringify(reviewers.userIds)}, teamIds: ${JSON.stringify(reviewers.teamIds)}, union: true }) { clientMutationId }`);
    }
    if (delivery.autoMerge) {
        parts.push(`automerge: enablePullRequestAutoMerge(input: { pullRequestId: ${pr}, mergeMethod: ${MERGE_METHOD[delivery.autoMerge]} }) { clientMutationId }`);
    }
    if (parts.length === 0)
        return notes;
    try {
        await pacer.run(() => api.graphql(`mutation BulkDecorate { ${parts.join(' ')} }`));
        return notes;
    }
    catch (error) {
        // Each mutation of the document succeeds or fails alone; the pull request exists either way, so a
        // failed extra is reported, not fatal. GitHub refuses auto-merge on a pull request that is already
        // mergeable ("clean status": no required checks or reviews), which is common and harmless.
        const failure = (0,graphql_failure/* graphqlFailure */.g)(error);
        if (!failure)
            throw error;
        return [
            ...notes,
            ...failure.errors.map(({ path, message }) => {
                if (/clean status/i.test(String(message ?? '')))
                    return 'auto-merge not enabled: the pull request is already mergeable';
                const alias = Array.isArray(path) ? path[0] : undefined;
                return `${String(alias ?? 'extras')} failed: ${String(message ?? 'unknown error')}`;
            }),
        ];
    }
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/template.ts

/** A template referring to something the repository does not have (e.g. an unset custom property). */
class TemplateError extends core_errors/* UserError */.yo {
    name = 'TemplateError';
}
// `{{ path.to.value }}` or `{{ path | "fallback" }}`; whitespace inside the braces is optional.
const TAG = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;
function lookup(values, path) {
    let cur = values;
    for (const part of path.split('.')) {
        if (typeof cur !== 'object' || cur === null || !(part in cur))
            return undefined;
        cur = cur[part];
    }
    return cur;
}
/**
 * Renders `{{ repo.name }}`, `{{ repo.defaultBranch }}`, `{{ properties.team | "none" }}` …
 * An unknown name without a fallback is an error, never an empty string: a typo must not ship.
 */
function renderTemplate(text, values, where = 'template') {
    return text.replace(TAG, (_m, path, fallback) => {
        const v = lookup(values, path);
        if (v === undefined || v === null || v === '') {
            if (fallback !== undefined)
                return fallback.replace(/\\(.)/g, '$1');
            throw new TemplateError(`${where}: {{ ${path} }} has no value for ${values.repo.fullName}; add a fallback: {{ ${path} | "…" }}`);
        }
        return Array.isArray(v) ? v.join(', ') : String(v);
    });
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/deliver.ts



const COMMIT = 'mutation BulkCommit($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url } } }';
const CREATE_REF = 'mutation BulkCreateRef($input: CreateRefInput!) { createRef(input: $input) { ref { id target { oid } } } }';
const UPDATE_REF = 'mutation BulkResetRef($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }';
const CREATE_PR = 'mutation BulkCreatePull($input: CreatePullRequestInput!) { createPullRequest(input: $input) { pullRequest { id number url } } }';
const UPDATE_PR = 'mutation BulkUpdatePull($input: UpdatePullRequestInput!) { updatePullRequest(input: $input) { pullRequest { id } } }';
/** A markdown list of the changes, for the pull request body. */
function describeChanges(changes) {
    return changes.map((c) => `- ${c.kind} \`${c.path}\`${c.note ? ` (${c.note})` : ''}`).join('\n');
}
/** The decisions deliverFiles makes before writing, shared with previewDelivery so the two cannot drift. */
function route(state, changes, delivery, force) {
    const ours = state.pulls.filter((p) => p.baseRefName === state.defaultBranch || !p.baseRefName);
    const open = ours.find((p) => p.state === 'OPEN');
    const latest = ours[0];
    if (changes.length === 0)
        return { outcome: { status: 'unchanged' } };
    if (!state.headOid)
        return { outcome: { status: 'skipped', reason: 'empty repository (no default branch)' } };
    if (!open && latest?.state === 'CLOSED' && !force) {
        return {
            outcome: {
                status: 'skipped',
                reason: `pull request #${latest.number} was closed unmerged by a maintainer (set force: true to push again)`,
            },
        };
    }
    const direct = delivery.mode === 'commit' && !open && !state.defaultProtected;
    return { direct, headOid: state.headOid, open, latest };
}
/** What delivery would do, without doing it (dry-run): the decisions of deliverFiles. */
function previewDelivery(state, changes, delivery, force) {
    const r = route(state, changes, delivery, force);
    if ('outcome' in r)
        return r.outcome;
    if (r.direct)
        return { status: 'updated', reason: `dry run: would commit to ${state.defaultBranch}` };
    if (r.open) {
        const pullRequest = { number: r.open.number, url: r.open.url };
        return pending(state, changes).length > 0
            ? { status: 'updated', pullRequest, reason: `dry run: would update pull request #${r.open.number}` }
            : { status: 'unchanged', pullRequest, reason: `pull request #${r.open.number} is already up to date` };
    }
    return { status: 'updated', reason: 'dry run: would open a pull request' };
}
/**
 * One verified commit through createCommitOnBranch: GitHub signs commits made through the API
 * (https://docs.github.com/graphql/reference/mutations#createcommitonbranch), and expectedHeadOid makes
 * it fail instead of overwriting a branch someone moved meanwhile.
 */
async function commit(ctx, repo, branch, headOid, changes) {
    const additions = changes
        .filter((c) => c.kind !== 'delete')
        .map((c) => ({ path: c.path, contents: c.content.toString('base64') }));
    const deletions = changes.filter((c) => c.kind === 'delete').map((c) => ({ path: c.path }));
    const input = {
        branch: { repositoryNameWithOwner: repo.fullName, branchName: branch },
        message: {
            headline: renderTemplate(ctx.delivery.commitMessage, ctx.values, 'delivery.commitMessage'),
            body: describeChanges(changes),
        },
        expectedHeadOid: headOid,
        fileChanges: { additions, deletions },
    };
    const res = (await ctx.pacer.run(() => ctx.api.graphql(COMMIT, { input })));
    return res.createCommitOnBranch.commit.oid;
}
function pending(state, changes) {
    const files = state.branch?.files;
    if (!files)
        return changes;
    return changes.filter((c) => {
        const have = files.get(c.path);
        return have === undefined || have !== (c.kind === 'delete' ? null : c.oid);
    });
}
/**
 * Brings the file changes to the repository: directly on the default branch (`mode: commit`, unprotected)
 * or through our pull request: one branch, one commit, one PR, one request for labels/reviewers/auto-merge.
 * An open PR of ours gets a new commit on its branch, never a second PR; a PR closed unmerged is respected
 * unless `force`. Every step first checks whether a previous (killed) attempt already did it.
 */
async function deliverFiles(repo, state, changes, ctx) {
    const { api, delivery } = ctx;
    const r = route(state, changes, delivery, ctx.force);
    if ('outcome' in r)
        return r.outcome;
    const { open, latest, headOid } = r;
    if (r.direct) {
        try {
            const oid = await commit(ctx, repo, state.defaultBranch, headOid, changes);
            return { status: 'updated', commit: oid };
        }
        catch (error) {
            // A ruleset can protect the branch without a protection rule; fall back to a pull request.
            if (!/protect|rule|violat/i.test((0,core_errors/* errorMessage */.gJ)(error)))
                throw error;
        }
    }
    const body = renderTemplate(delivery.body, { ...ctx.values, changes: describeChanges(changes) }, 'delivery.body');
    const title = renderTemplate(delivery.title, ctx.values, 'delivery.title');
    let commitOid;
    let notes = [];
    let branchOid = state.branch?.oid;
    let todo = pending(state, changes);
    if (state.branch && !open && latest?.state === 'MERGED') {
        // The branch is left over from a merged PR: start it again from the default branch.
        await ctx.pacer.run(() => api.graphql(UPDATE_REF, { input: { refId: state.branch.id, oid: headOid, force: true } }));
        branchOid = headOid;
        todo = changes;
    }
    if (!branchOid) {
        await ctx.pacer.run(() => api.graphql(CREATE_REF, {
            input: { repositoryId: state.id, name: `refs/heads/${delivery.branch}`, oid: headOid },
        }));
        branchOid = headOid;
    }
    if (todo.length > 0)
        commitOid = await commit(ctx, repo, delivery.branch, branchOid, todo);
    if (open) {
        // A killed attempt may have committed without updating the body, or opened the PR without its extras.
        if (commitOid || ctx.recovering) {
            await ctx.pacer.run(() => api.graphql(UPDATE_PR, { input: { pullRequestId: open.id, title, body } }));
        }
        if (ctx.recovering) {
            notes = await decoratePullRequest(api, ctx.pacer, repo, state, open.id, open.number, delivery, await ctx.reviewers());
        }
        const pullRequest = { number: open.number, url: open.url };
        if (commitOid)
            return { status: 'updated', pullRequest, commit: commitOid, reason: 'updated our open pull request' };
        if (!ctx.recovering) {
            return { status: 'unchanged', pullRequest, reason: `pull request #${open.number} is already up to date` };
        }
        return { status: 'updated', pullRequest, ...(notes.length > 0 ? { reason: notes.join('; ') } : {}) };
    }
    const created = (await ctx.pacer.run(() => api.graphql(CREATE_PR, {
        input: {
            repositoryId: state.id,
            baseRefName: state.defaultBranch,
            headRefName: delivery.branch,
            title,
            body,
            draft: delivery.draft,
        },
    })));
    const pr = created.createPullRequest.pullRequest;
    notes = await decoratePullRequest(api, ctx.pacer, repo, state, pr.id, pr.number, delivery, await ctx.reviewers());
    const outcome = { status: 'updated', pullRequest: { number: pr.number, url: pr.url } };
    if (notes.length > 0)
        outcome.reason = notes.join('; ');
    if (commitOid)
        outcome.commit = commitOid;
    return outcome;
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/describe.ts
/** `+ path`, `~ path`, `- path (note)`: one line per file change. */
function diffSummaryLine(f) {
    const sign = f.kind === 'add' ? '+' : f.kind === 'update' ? '~' : '-';
    return `${sign} ${f.path}${f.note ? ` (${f.note})` : ''}`;
}
/** Every change of a plan as one line each (results file and summary). */
function describePlan(plan) {
    return [...plan.files.map(diffSummaryLine), ...plan.writes.flatMap((w) => w.description.split('\n'))];
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/diff.ts
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
// Longest-common-subsequence table; files synced by this action are small. Past the cap the
// diff degrades to "remove all, add all", which is still a correct (if verbose) unified diff.
const MAX_CELLS = 4_000_000;
function editScript(a, b) {
    if (a.length * b.length > MAX_CELLS) {
        return [...a.map((line) => ({ op: '-', line })), ...b.map((line) => ({ op: '+', line }))];
    }
    const w = b.length + 1;
    const t = new Uint32Array((a.length + 1) * w);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
        }
    }
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            out.push({ op: ' ', line: a[i] });
            i++;
            j++;
        }
        else if (t[(i + 1) * w + j] >= t[i * w + j + 1])
            out.push({ op: '-', line: a[i++] });
        else
            out.push({ op: '+', line: b[j++] });
    }
    while (i < a.length)
        out.push({ op: '-', line: a[i++] });
    while (j < b.length)
        out.push({ op: '+', line: b[j++] });
    return out;
}
/**
 * A unified diff (`diff -u` format, 3 lines of context) from `before` to `after`.
 * `null` means the file does not exist on that side (shown as /dev/null).
 */
function unifiedDiff(path, before, after, context = 3) {
    const a = splitLines(before ?? '');
    const b = splitLines(after ?? '');
    const edits = editScript(a, b);
    const header = `--- ${before === null ? '/dev/null' : `a/${path}`}\n+++ ${after === null ? '/dev/null' : `b/${path}`}\n`;
    const changed = edits.map((e, k) => (e.op !== ' ' ? k : -1)).filter((k) => k >= 0);
    if (changed.length === 0)
        return '';
    const hunks = [];
    let k = 0;
    while (k < changed.length) {
        const start = Math.max(0, changed[k] - context);
        let end = changed[k] + context;
        while (k + 1 < changed.length && changed[k + 1] - context <= end + 1)
            end = changed[++k] + context;
        k++;
        end = Math.min(edits.length - 1, end);
        let aStart = 0;
        let bStart = 0;
        for (let n = 0; n < start; n++) {
            if (edits[n].op !== '+')
                aStart++;
            if (edits[n].op !== '-')
                bStart++;
        }
        const slice = edits.slice(start, end + 1);
        const aLen = slice.filter((e) => e.op !== '+').length;
        const bLen = slice.filter((e) => e.op !== '-').length;
        const range = (s, len) => `${len === 0 ? s : s + 1},${len}`;
        hunks.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@\n${slice.map((e) => e.op + e.line).join('\n')}\n`);
    }
    return header + hunks.join('');
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/plan-repo.ts


/** Runs every prepared operation against one repository's state; only differences come back. */
function planRepo(repo, state, ops) {
    const plan = { repo, files: [], writes: [], notes: [] };
    const seen = new Set();
    for (const op of ops) {
        const p = op.plan(repo, state);
        for (const f of p.files ?? []) {
            // A later files operation wins for the same path.
            if (seen.has(f.path))
                plan.files = plan.files.filter((x) => x.path !== f.path);
            seen.add(f.path);
            plan.files.push(f);
        }
        plan.writes.push(...(p.writes ?? []));
        plan.notes.push(...(p.notes ?? []));
    }
    return plan;
}
/** Paths whose current text a dry-run diff needs (files that exist and change). */
function pathsNeedingText(plan) {
    return plan.files.filter((f) => f.kind !== 'add').map((f) => f.path);
}
function isText(buf) {
    return !buf.subarray(0, 8000).includes(0);
}
/** The unified diff of a plan's file changes plus one line per direct write (dry-run output). */
function planDiff(plan, before) {
    const parts = plan.files.map((f) => {
        const old = f.kind === 'add' ? null : (before.get(f.path) ?? '');
        const neu = f.kind === 'delete' ? null : f.content && isText(f.content) ? f.content.toString('utf8') : '(binary content)\n';
        return unifiedDiff(f.path, old, neu) || `${diffSummaryLine(f)}\n`;
    });
    const writes = plan.writes.map((w) => `# ${w.operation}: ${w.description}\n`);
    return [...parts, ...writes].join('');
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/state-reader.ts



// REST setting name → GraphQL Repository field (same values, https://docs.github.com/graphql/reference/objects#repository).
const SETTING_FIELDS = {
    allow_squash_merge: 'squashMergeAllowed',
    allow_merge_commit: 'mergeCommitAllowed',
    allow_rebase_merge: 'rebaseMergeAllowed',
    allow_auto_merge: 'autoMergeAllowed',
    allow_update_branch: 'allowUpdateBranch',
    delete_branch_on_merge: 'deleteBranchOnMerge',
    has_issues: 'hasIssuesEnabled',
    has_wiki: 'hasWikiEnabled',
    has_projects: 'hasProjectsEnabled',
    has_discussions: 'hasDiscussionsEnabled',
    web_commit_signoff_required: 'webCommitSignoffRequired',
};
function blob(alias, expression, text = false) {
    return `${alias}: object(expression: ${gqlString(expression)}) { ... on Blob { oid${text ? ' text' : ''} } }`;
}
/** The GraphQL selection for one repository (exported for tests). */
function repoFragment(repo, needs, opts) {
    const files = [...needs.files];
    const parts = [
        'id',
        'defaultBranchRef { name target { oid } branchProtectionRule { id } }',
        ...files.map((p, i) => blob(`f${i}`, `HEAD:${p}`)),
        ...files.map((p, i) => blob(`b${i}`, `${opts.branch}:${p}`)),
        ...[...needs.texts].map((p, i) => blob(`t${i}`, `HEAD:${p}`, true)),
        ...[...needs.dirs].map((d, i) => `d${i}: object(expression: ${gqlString(`HEAD:${d}`)}) { ... on Tree { entries { path type object { ... on Blob { oid } } } } }`),
        `head: ref(qualifiedName: ${gqlString(`refs/heads/${opts.branch}`)}) { id target { oid } }`,
        `pullRequests(headRefName: ${gqlString(opts.branch)}, states: [OPEN, CLOSED, MERGED], first: 5, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id number url state baseRefName } }`,
        ...opts.deliveryLabels.map((l, i) => `l${i}: label(name: ${gqlString(l)}) { id }`),
    ];
    if (needs.labels)
        parts.push('labels(first: 100) { nodes { id name color description } }');
    if (needs.settings)
        parts.push(...Object.values(SETTING_FIELDS));
    if (needs.branches) {
        parts.push('refs(refPrefix: "refs/heads/", first: 100) { nodes { name branchProtectionRule { id } target { ... on Commit { committedDate } } associatedPullRequests(first: 5, states: [OPEN, MERGED]) { nodes { state } } } }');
    }
    return `repository(owner: ${gqlString(repo.owner)}, name: ${gqlString(repo.name)}) { ${parts.join(' ')} }`;
}
const obj = (v) => (typeof v === 'object' && v !== null ? v : null);
const nodes = (v) => obj(v)?.nodes ?? [];
const oidOf = (v) => obj(v)?.oid ?? null;
/** Turns one repository's GraphQL answer into RepoState (exported for tests). */
function parseRepoState(data, needs, opts) {
    const files = [...needs.files];
    const def = obj(data.defaultBranchRef);
    const head = obj(data.head);
    const state = {
        id: String(data.id),
        defaultBranch: def?.name ?? '',
        headOid: oidOf(def?.target),
        defaultProtected: obj(def?.branchProtectionRule) !== null,
        files: new Map(files.map((p, i) => [p, oidOf(data[`f${i}`])])),
        texts: new Map([...needs.texts].map((p, i) => [p, obj(data[`t${i}`])?.text ?? null])),
        dirs: new Map([...needs.dirs].map((d, i) => {
            const tree = obj(data[`d${i}`]);
            const entries = tree?.entries ?? null;
            return [
                d,
                entries
                    ? entries
                        .filter((e) => e.type === 'blob')
                        .map((e) => ({ path: String(e.path), oid: oidOf(e.object) ?? '' }))
                    : null,
            ];
        })),
        branch: head
            ? {
                id: String(head.id),
                oid: oidOf(head.target) ?? '',
                files: new Map(files.map((p, i) => [p, oidOf(data[`b${i}`])])),
            }
            : null,
        // Newest first, whatever order the server used.
        pulls: nodes(data.pullRequests).sort((a, b) => b.number - a.number),
        deliveryLabels: new Map(opts.deliveryLabels.map((l, i) => [l, obj(data[`l${i}`])?.id ?? null])),
    };
    if (needs.labels)
        state.labels = nodes(data.labels);
    if (needs.settings) {
        state.settings = Object.fromEntries(Object.entries(SETTING_FIELDS).map(([rest, gql]) => [rest, Boolean(data[gql])]));
    }
    if (needs.branches) {
        state.branches = nodes(data.refs).map((r) => ({
            name: String(r.name),
            committedDate: obj(r.target)?.committedDate ?? null,
            protected: obj(r.branchProtectionRule) !== null,
            openPulls: nodes(r.associatedPullRequests).filter((p) => p.state === 'OPEN').length,
            mergedPulls: nodes(r.associatedPullRequests).filter((p) => p.state === 'MERGED').length,
        }));
    }
    return state;
}
/**
 * Reads many repositories per GraphQL request with aliases (`r0: repository(...) { … }`):
 * blob ids instead of contents, so an unchanged repository costs 1/batchSize of a request.
 * A repository the token cannot see comes back null with an error naming its alias; that
 * repository fails alone (https://docs.github.com/graphql/guides/forming-calls-with-graphql).
 */
async function readStates(api, repos, needs, opts) {
    const out = new Map();
    const size = opts.batchSize ?? 40;
    for (let start = 0; start < repos.length; start += size) {
        const batch = repos.slice(start, start + size);
        const query = `query BulkRead { ${batch.map((r, i) => `r${i}: ${repoFragment(r, needs, opts)}`).join('\n')} }`;
        let data;
        let errors = [];
        try {
            data = obj(await api.graphql(query));
        }
        catch (error) {
            const partial = (0,graphql_failure/* graphqlFailure */.g)(error);
            if (!partial) {
                for (const r of batch)
                    out.set(r.name, { ok: false, reason: `read failed: ${(0,core_errors/* errorMessage */.gJ)(error)}` });
                continue;
            }
            data = partial.data;
            errors = partial.errors;
        }
        batch.forEach((r, i) => {
            const alias = `r${i}`;
            const repoData = obj(data?.[alias]);
            const err = errors.find((e) => Array.isArray(e.path) && e.path[0] === alias);
            if (!repoData) {
                const why = err ? `${String(err.type ?? 'ERROR')}: ${String(err.message)}` : 'not found or no access';
                out.set(r.name, { ok: false, reason: `cannot read repository (${why})` });
            }
            else {
                out.set(r.name, { ok: true, state: parseRepoState(repoData, needs, opts) });
            }
        });
    }
    return out;
}
/** Texts of files on the default branch for many repositories at once (dry-run diffs). */
async function readTexts(api, wanted, batchSize = 40) {
    const out = new Map();
    const todo = wanted.filter((w) => w.paths.length > 0);
    for (let start = 0; start < todo.length; start += batchSize) {
        const batch = todo.slice(start, start + batchSize);
        const query = `query BulkTexts { ${batch
            .map((w, i) => `r${i}: repository(owner: ${gqlString(w.repo.owner)}, name: ${gqlString(w.repo.name)}) { ${w.paths.map((p, j) => blob(`t${j}`, `HEAD:${p}`, true)).join(' ')} }`)
            .join('\n')} }`;
        let data;
        try {
            data = obj(await api.graphql(query));
        }
        catch (error) {
            data = (0,graphql_failure/* graphqlFailure */.g)(error)?.data ?? null;
        }
        batch.forEach((w, i) => {
            const r = obj(data?.[`r${i}`]);
            out.set(w.repo.name, new Map(w.paths.map((p, j) => [p, obj(r?.[`t${j}`])?.text ?? null])));
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/dry-run.ts




/**
 * Dry-run of one batch: what delivery would do and the unified diff per repository. Only the texts of
 * files that exist and change are fetched (one batched request), everything else was decided by blob id.
 */
async function previewBatch(api, config, planned, batchSize) {
    const texts = await readTexts(api, planned.map((p) => ({ repo: p.plan.repo, paths: pathsNeedingText(p.plan) })), batchSize);
    return planned.map(({ plan, state }) => {
        const outcome = previewDelivery(state, plan.files, config.delivery, config.force);
        const writes = plan.writes.length > 0;
        const status = writes && outcome.status !== 'updated' ? 'updated' : outcome.status;
        const row = { repo: plan.repo.name, status, changes: describePlan(plan) };
        const reason = outcome.reason ?? (writes ? 'dry run: would apply the listed writes' : undefined);
        if (reason)
            row.reason = reason;
        if (outcome.pullRequest)
            row.pullRequest = outcome.pullRequest;
        if (status === 'updated')
            row.diff = planDiff(plan, texts.get(plan.repo.name) ?? new Map());
        return row;
    });
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/model.ts
/** Empty read needs. */
function emptyNeeds() {
    return {
        files: new Set(),
        dirs: new Set(),
        texts: new Set(),
        labels: false,
        settings: false,
        branches: false,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/blob-sha.ts

/**
 * Git's object id of a file's content: sha1 of `blob <byte length>\0<content>`
 * (https://git-scm.com/book/en/v2/Git-Internals-Git-Objects). GitHub returns it as `Blob.oid`,
 * so comparing ids tells whether a file differs without downloading it.
 */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./shared/paths/workspace-path.ts
var workspace_path = __webpack_require__(7570);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/sources.ts




/**
 * Resolves `p` inside `root` with the shared, symlink-safe resolveWorkspacePath; a path escaping the
 * workspace or missing is a ConfigError naming where in the configuration it came from.
 */
function insideWorkspace(root, p, where) {
    let full;
    try {
        full = (0,workspace_path/* resolveWorkspacePath */.X)(root, p, { inputName: where });
    }
    catch (error) {
        if (!(error instanceof core_errors/* InputError */.dz))
            throw error;
        throw new core_errors/* ConfigError */.xL(`${where}: ${p}: ${error.allowed}`);
    }
    if (!(0,external_node_fs_.existsSync)(full))
        throw new core_errors/* ConfigError */.xL(`${where}: ${p} does not exist in the workspace`);
    return full;
}
function walk(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.join)(e.parentPath, e.name))
        .sort();
}
/**
 * Reads a file, or every file under a folder, from the workspace. Folder files keep their relative
 * path under `target` (a folder path ending with `/`).
 */
function readSources(workspace, source, target, where) {
    const real = insideWorkspace(workspace, source, where);
    if ((0,external_node_fs_.statSync)(real).isDirectory()) {
        const prefix = target.endsWith('/') ? target : `${target}/`;
        const files = walk(real).map((f) => ({
            target: `${prefix}${(0,external_node_path_.relative)(real, f).split(external_node_path_.sep).join('/')}`,
            content: (0,external_node_fs_.readFileSync)(f),
        }));
        return { files, folder: true };
    }
    return { files: [{ target, content: (0,external_node_fs_.readFileSync)(real) }], folder: false };
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/files.ts




/** The values a template sees for one repository. */
function templateValues(repo, state) {
    return {
        repo: {
            name: repo.name,
            owner: repo.owner,
            fullName: repo.fullName,
            defaultBranch: state.defaultBranch || repo.defaultBranch,
        },
        properties: repo.properties,
    };
}
/** Sync files from the calling repository; see filesOperationSchema for the rules. */
const filesPlugin = {
    type: 'files',
    async prepare(op, ctx) {
        const items = [];
        const orphanDirs = new Map();
        const deletes = [];
        const renames = [];
        op.files.forEach((entry, i) => {
            const where = `operations files.files.${i}`;
            if ('delete' in entry)
                deletes.push(entry.delete);
            else if ('rename' in entry)
                renames.push(entry.rename);
            else {
                const { files, folder } = readSources(ctx.workspace, entry.source, entry.target ?? entry.source, where);
                for (const f of files) {
                    const item = {
                        target: f.target,
                        content: f.content,
                        oid: gitBlobSha(f.content),
                        replace: entry.replace,
                    };
                    if (entry.template)
                        item.template = f.content.toString('utf8');
                    items.push(item);
                    if (folder && entry.orphans === 'delete') {
                        const dir = external_node_path_.posix.dirname(f.target);
                        if (!orphanDirs.has(dir))
                            orphanDirs.set(dir, new Set());
                        orphanDirs.get(dir).add(f.target);
                    }
                }
            }
        });
        return {
            needs(n) {
                for (const it of items)
                    n.files.add(it.target);
                for (const d of deletes)
                    n.files.add(d);
                for (const r of renames) {
                    n.files.add(r.from);
                    n.files.add(r.to);
                    n.texts.add(r.from);
                }
                for (const d of orphanDirs.keys())
                    n.dirs.add(d);
            },
            plan(repo, state) {
                const changes = [];
                const notes = [];
                const claimed = new Set();
                const values = templateValues(repo, state);
                for (const it of items) {
                    claimed.add(it.target);
                    const content = it.template === undefined
                        ? it.content
                        : Buffer.from(renderTemplate(it.template, values, it.target), 'utf8');
                    const oid = it.template === undefined ? it.oid : gitBlobSha(content);
                    const current = state.files.get(it.target) ?? null;
                    if (current === oid)
                        continue;
                    if (current !== null && !it.replace) {
                        notes.push(`${it.target}: kept the repository's own version (replace: false)`);
                        continue;
                    }
                    changes.push({ path: it.target, kind: current === null ? 'add' : 'update', content, oid });
                }
                for (const [dir, keep] of orphanDirs) {
                    for (const e of state.dirs.get(dir) ?? []) {
                        if (!keep.has(e.path) && !claimed.has(e.path)) {
                            changes.push({ path: e.path, kind: 'delete', note: 'removed from the source folder' });
                            claimed.add(e.path);
                        }
                    }
                }
                for (const r of renames) {
                    const fromOid = state.files.get(r.from) ?? null;
                    const text = state.texts.get(r.from) ?? null;
                    if (fromOid === null || claimed.has(r.from))
                        continue;
                    if (text !== null && state.files.get(r.to) !== fromOid && !claimed.has(r.to)) {
                        const content = Buffer.from(text, 'utf8');
                        changes.push({
                            path: r.to,
                            kind: state.files.get(r.to) ? 'update' : 'add',
                            content,
                            oid: gitBlobSha(content),
                            note: `renamed from ${r.from}`,
                        });
                    }
                    changes.push({ path: r.from, kind: 'delete', note: `renamed to ${r.to}` });
                    claimed.add(r.from).add(r.to);
                }
                for (const d of deletes) {
                    if (!claimed.has(d) && (state.files.get(d) ?? null) !== null)
                        changes.push({ path: d, kind: 'delete' });
                }
                return { files: changes, notes };
            },
        };
    },
};

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/labels.ts
/**
 * Ensure labels (REST https://docs.github.com/rest/issues/labels). Names compare case-insensitively as
 * GitHub does; a label whose colour, description or letter case differs is updated, a missing one created.
 */
const labelsPlugin = {
    type: 'labels',
    async prepare(op) {
        return {
            needs(n) {
                n.labels = true;
            },
            plan(repo, state) {
                const writes = [];
                const current = new Map((state.labels ?? []).map((l) => [l.name.toLowerCase(), l]));
                const params = { owner: repo.owner, repo: repo.name };
                for (const want of op.labels) {
                    const have = current.get(want.name.toLowerCase());
                    current.delete(want.name.toLowerCase());
                    const description = want.description ?? have?.description ?? '';
                    if (!have) {
                        writes.push({
                            operation: 'labels',
                            description: `+ label ${want.name} (#${want.color})`,
                            contentCreating: true,
                            apply: async (api) => {
                                await api.request('POST /repos/{owner}/{repo}/labels', {
                                    ...params,
                                    name: want.name,
                                    color: want.color,
                                    description,
                                });
                            },
                        });
                    }
                    else if (have.color.toLowerCase() !== want.color ||
                        (have.description ?? '') !== description ||
                        have.name !== want.name) {
                        writes.push({
                            operation: 'labels',
                            description: `~ label ${have.name} → ${want.name} (#${want.color})`,
                            contentCreating: true,
                            apply: async (api) => {
                                await api.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
                                    ...params,
                                    name: have.name,
                                    new_name: want.name,
                                    color: want.color,
                                    description,
                                });
                            },
                        });
                    }
                }
                if (op.deleteOthers) {
                    for (const extra of current.values()) {
                        writes.push({
                            operation: 'labels',
                            description: `- label ${extra.name}`,
                            contentCreating: true,
                            apply: async (api) => {
                                await api.request('DELETE /repos/{owner}/{repo}/labels/{name}', { ...params, name: extra.name });
                            },
                        });
                    }
                }
                return { writes };
            },
        };
    },
};

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/projects.ts



const REPOS = 'repositories(first: 100) { nodes { name } pageInfo { hasNextPage endCursor } }';
/** Every repository linked to a project, following pagination. */
async function linkedRepos(api, project) {
    const names = new Set(project.repositories.nodes.map((r) => r.name.toLowerCase()));
    let page = project.repositories.pageInfo;
    while (page.hasNextPage) {
        const data = (await api.graphql(`query BulkProjectRepos($id: ID!, $after: String) { node(id: $id) { ... on ProjectV2 { repositories(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } } } }`, { id: project.id, after: page.endCursor }));
        for (const r of data.node.repositories.nodes)
            names.add(r.name.toLowerCase());
        page = data.node.repositories.pageInfo;
    }
    return names;
}
/**
 * Ensure an organization project (Projects v2) per rendered title exists and link each target
 * repository to it (the roadmap's auto_create_org_projects). The organization's projects and their
 * linked repositories are read once per run (not per repository); a missing project is created on first
 * need (createProjectV2), then each repository not yet linked is linked (linkProjectV2ToRepository,
 * https://docs.github.com/graphql/reference/mutations#linkprojectv2torepository).
 */
const projectsPlugin = {
    type: 'projects',
    async prepare(op, ctx) {
        const known = new Map();
        const linked = new Map();
        let ownerId = '';
        for (let after = null, more = true; more;) {
            const data = (await ctx.api.graphql(`query BulkProjects($after: String) { organization(login: ${gqlString(ctx.org)}) { id projectsV2(first: 100, after: $after) { nodes { id title ${REPOS} } pageInfo { hasNextPage endCursor } } } }`, { after }));
            ownerId = data.organization?.id ?? '';
            for (const p of data.organization?.projectsV2.nodes ?? []) {
                if (known.has(p.title))
                    continue;
                known.set(p.title, Promise.resolve(p.id));
                linked.set(p.title, await linkedRepos(ctx.api, p));
            }
            more = data.organization?.projectsV2.pageInfo.hasNextPage ?? false;
            after = data.organization?.projectsV2.pageInfo.endCursor ?? null;
        }
        // One creation per title even when several repositories are written concurrently.
        const ensure = (title, create) => {
            let id = known.get(title);
            if (!id) {
                id = create();
                known.set(title, id);
            }
            return id;
        };
        return {
            needs() { },
            plan(repo, state) {
                const title = renderTemplate(op.title, templateValues(repo, state), 'projects.title');
                if (linked.get(title)?.has(repo.name.toLowerCase()))
                    return {};
                const exists = known.has(title);
                return {
                    writes: [
                        {
                            operation: 'projects',
                            description: `${exists ? '' : `+ project "${title}"; `}+ link to project "${title}"`,
                            contentCreating: true,
                            apply: async (api) => {
                                const projectId = await ensure(title, async () => {
                                    const created = (await api.graphql('mutation BulkCreateProject($ownerId: ID!, $title: String!) { createProjectV2(input: { ownerId: $ownerId, title: $title }) { projectV2 { id } } }', { ownerId, title }));
                                    return created.createProjectV2.projectV2.id;
                                });
                                await api.graphql('mutation BulkLinkProject($projectId: ID!, $repositoryId: ID!) { linkProjectV2ToRepository(input: { projectId: $projectId, repositoryId: $repositoryId }) { repository { id } } }', { projectId, repositoryId: state.id });
                            },
                        },
                    ],
                };
            },
        };
    },
};

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/settings.ts
const SECURITY = ['secret_scanning', 'secret_scanning_push_protection', 'dependabot_security_updates'];
function listedSecurity(listed, key) {
    const sa = listed.security_and_analysis;
    if (typeof sa !== 'object' || sa === null)
        return undefined;
    const entry = sa[key];
    return entry?.status;
}
/**
 * Ensure repository settings with one PATCH holding only the differences
 * (https://docs.github.com/rest/repos/repos#update-a-repository). Booleans are read in the batched
 * GraphQL read; security features from the organization listing's `security_and_analysis`
 * (present for admins; when absent the value is written, as it cannot be compared).
 */
const settingsPlugin = {
    type: 'settings',
    async prepare(op) {
        return {
            needs(n) {
                n.settings = true;
            },
            plan(repo, state) {
                const body = {};
                const lines = [];
                for (const [key, want] of Object.entries(op.settings)) {
                    if (SECURITY.includes(key))
                        continue;
                    const have = state.settings?.[key];
                    if (have !== want) {
                        body[key] = want;
                        lines.push(`${key}: ${String(have)} → ${String(want)}`);
                    }
                }
                const security = {};
                for (const key of SECURITY) {
                    const want = op.settings[key];
                    if (want === undefined)
                        continue;
                    const have = listedSecurity(repo.listed, key);
                    if (have !== want) {
                        security[key] = { status: want };
                        lines.push(`${key}: ${have ?? 'unknown'} → ${want}`);
                    }
                }
                if (Object.keys(security).length > 0)
                    body.security_and_analysis = security;
                if (lines.length === 0)
                    return {};
                return {
                    writes: [
                        {
                            operation: 'settings',
                            description: `~ settings ${lines.join(', ')}`,
                            contentCreating: true,
                            apply: async (api) => {
                                await api.request('PATCH /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.name, ...body });
                            },
                        },
                    ],
                };
            },
        };
    },
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/stale-branches.ts

const DAY_MS = 86_400_000;
/** Names of the protected branches of a repository (branch protection and rulesets both set `protected`). */
async function protectedBranches(api, owner, repo) {
    const out = new Set();
    for (let page = 1;; page++) {
        const res = await api.request('GET /repos/{owner}/{repo}/branches', {
            owner,
            repo,
            protected: true,
            per_page: 100,
            page,
        });
        for (const b of res.data)
            out.add(b.name);
        if (!/rel="next"/.test(String(res.headers.link ?? '')))
            return out;
    }
}
/**
 * Delete branches whose pull request was merged, or whose last commit is older than `olderThanDays`
 * (the roadmap's clean_old_branches). Never the default branch, a branch with an open pull request, one
 * matching `exclude`, or a protected one: protection is checked again through REST right before deleting
 * (https://docs.github.com/rest/branches/branches#list-branches, `protected=true`), since a ruleset
 * protects a branch without a protection rule the batched read could see. First 100 branches per run.
 */
const staleBranchesPlugin = {
    type: 'stale-branches',
    async prepare(op, ctx) {
        const excluded = op.exclude.length > 0 ? picomatch_default()(op.exclude) : () => false;
        return {
            needs(n) {
                n.branches = true;
            },
            plan(repo, state) {
                const now = ctx.clock.now();
                const stale = [];
                for (const b of state.branches ?? []) {
                    if (b.name === state.defaultBranch || b.protected || b.openPulls > 0 || excluded(b.name))
                        continue;
                    const age = b.committedDate ? (now - Date.parse(b.committedDate)) / DAY_MS : 0;
                    const why = op.merged && b.mergedPulls > 0
                        ? 'merged'
                        : age > op.olderThanDays
                            ? `untouched ${Math.floor(age)} days`
                            : undefined;
                    if (why)
                        stale.push({ name: b.name, why });
                }
                if (stale.length === 0)
                    return {};
                return {
                    writes: [
                        {
                            operation: 'stale-branches',
                            description: stale.map((b) => `- branch ${b.name} (${b.why})`).join('\n'),
                            // Paced per deletion inside; the listing is a read.
                            contentCreating: false,
                            apply: async (api, pace) => {
                                const guarded = await protectedBranches(api, repo.owner, repo.name);
                                for (const b of stale) {
                                    if (guarded.has(b.name))
                                        continue;
                                    await pace(() => api.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
                                        owner: repo.owner,
                                        repo: repo.name,
                                        ref: `heads/${b.name}`,
                                    }));
                                }
                            },
                        },
                    ],
                };
            },
        };
    },
};

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/registry.ts






// One entry per operation type, as release-please's plugin factory keeps its plugins by name.
const plugins = {
    files: filesPlugin,
    labels: labelsPlugin,
    settings: settingsPlugin,
    'stale-branches': staleBranchesPlugin,
    projects: projectsPlugin,
};
/** Names of every registered operation. */
function registeredOperations() {
    return Object.keys(plugins);
}
/** The plugin for `type`; a ConfigError naming the known types for anything else. */
function operationPlugin(type) {
    const plugin = plugins[type];
    if (!plugin)
        throw new core_errors/* ConfigError */.xL(`Unknown operation '${type}'. Known operations: ${registeredOperations().join(', ')}.`);
    return plugin;
}
/** Prepares every configured operation, in order. */
async function prepareOperations(ops, ctx) {
    const out = [];
    for (const op of ops)
        out.push(await operationPlugin(op.type).prepare(op, ctx));
    return out;
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/repos.ts
/** Maps one REST repository object to RepoInfo. */
function toRepoInfo(r) {
    return {
        name: r.name,
        owner: r.owner.login,
        fullName: r.full_name,
        nodeId: r.node_id,
        defaultBranch: r.default_branch ?? 'main',
        archived: r.archived ?? false,
        fork: r.fork ?? false,
        visibility: r.visibility ?? (r.private ? 'private' : 'public'),
        language: r.language ?? null,
        topics: r.topics ?? [],
        properties: r.custom_properties ?? {},
        listed: r,
    };
}
/**
 * Every repository of an organization, 100 per request. The REST listing carries topics, visibility,
 * language and custom properties in one call (https://docs.github.com/rest/repos/repos#list-organization-repositories),
 * and the client's ETag cache turns an unchanged page into a 304 that costs no rate limit
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate).
 */
async function listOrgRepos(api, org) {
    const out = [];
    for (let page = 1;; page++) {
        const res = await api.request('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
        const data = res.data;
        out.push(...data.map(toRepoInfo));
        // Follow the Link header as Octokit's paginate does: a full last page costs no extra request.
        if (!/rel="next"/.test(String(res.headers.link ?? '')))
            break;
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/selection.ts

function matcher(globs) {
    if (!globs || globs.length === 0)
        return undefined;
    return picomatch_default()(globs, { nocase: true });
}
function propertyMatches(repo, wanted) {
    for (const [name, allowed] of Object.entries(wanted)) {
        const want = (Array.isArray(allowed) ? allowed : [allowed]).map((v) => v.toLowerCase());
        const have = repo.properties[name];
        const values = (Array.isArray(have) ? have : have == null ? [] : [have]).map((v) => v.toLowerCase());
        if (!values.some((v) => want.includes(v)))
            return `custom property ${name}=${values.join(',') || '(unset)'}`;
    }
    return undefined;
}
/**
 * Why a repository is not targeted, or undefined when it is. Pure: no API calls. The globs are compiled
 * once per selection, not once per repository.
 */
function exclusionReason(s) {
    const exclude = matcher(s.exclude);
    const include = matcher(s.include);
    const names = matcher(s.names);
    return (repo) => {
        if (repo.archived && !s.archived)
            return 'archived';
        if (repo.fork && !s.forks)
            return 'fork';
        if (exclude?.(repo.name))
            return 'excluded by name';
        if (include?.(repo.name))
            return undefined;
        if (names && !names(repo.name))
            return 'name does not match';
        if (s.topics && !s.topics.some((t) => repo.topics.includes(t.toLowerCase())))
            return 'no matching topic';
        if (s.visibility && !s.visibility.includes(repo.visibility))
            return `visibility ${repo.visibility}`;
        if (s.languages && !s.languages.some((l) => l.toLowerCase() === (repo.language ?? '').toLowerCase())) {
            return `language ${repo.language ?? '(none)'}`;
        }
        if (s.properties)
            return propertyMatches(repo, s.properties);
        return undefined;
    };
}
/** Applies the selection filters to a listing. */
function selectRepos(repos, s) {
    const result = { selected: [], excluded: [] };
    const reasonFor = exclusionReason(s);
    for (const repo of repos) {
        const reason = reasonFor(repo);
        if (reason)
            result.excluded.push({ name: repo.name, reason });
        else
            result.selected.push(repo);
    }
    return result;
}

// EXTERNAL MODULE: ./actions/bulk-update/src/engine/sharding.ts
var sharding = __webpack_require__(78185);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/targets.ts



/** Lists the organization, applies the selection and the shard, and logs the selection before any write. */
async function selectTargets(api, org, config, shard, logger) {
    const all = await listOrgRepos(api, org);
    const { selected, excluded } = selectRepos(all, config.selection);
    const targets = (0,sharding/* inShard */.Iw)(selected, shard);
    logger.startGroup(`Selection: ${targets.length} of ${all.length} repositories of ${org} (shard ${shard.index}/${shard.count})`);
    for (const r of targets)
        logger.info(`  ${r.name}`);
    if (excluded.length > 0)
        logger.info(`Left out: ${excluded.map((e) => `${e.name} (${e.reason})`).join(', ')}`);
    logger.endGroup();
    return { selected, targets, excluded };
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/work-queue.ts
/**
 * A queue between one producer (the batched reader) and several consumers (the writers): writers never
 * wait for a whole batch to drain, and the reader stays at most `ahead` items in front of them.
 */
class WorkQueue {
    ahead;
    items = [];
    closed = false;
    takers = [];
    roomWaiters = [];
    constructor(ahead) {
        this.ahead = ahead;
    }
    /** Adds an item; hands it straight to a waiting consumer when there is one. */
    push(item) {
        const taker = this.takers.shift();
        if (taker)
            taker(item);
        else
            this.items.push(item);
    }
    /** No more items will come: waiting and later consumers get `undefined`. */
    close() {
        this.closed = true;
        for (const t of this.takers)
            t(undefined);
        this.takers = [];
    }
    /** The next item, or undefined once the queue is closed and empty. */
    take() {
        const item = this.items.shift();
        if (this.items.length < this.ahead)
            this.wakeProducer();
        if (item !== undefined)
            return Promise.resolve(item);
        if (this.closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => this.takers.push(resolve));
    }
    /** Resolves when fewer than `ahead` items wait, so the producer may read the next batch. */
    room() {
        if (this.items.length < this.ahead)
            return Promise.resolve();
        return new Promise((resolve) => this.roomWaiters.push(resolve));
    }
    wakeProducer() {
        const waiters = this.roomWaiters;
        this.roomWaiters = [];
        for (const w of waiters)
            w();
    }
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/apply-repo.ts




/** Why a write failed, in words a maintainer can act on. */
function failureReason(error) {
    // GraphQL answers 200 with `errors` (type FORBIDDEN, NOT_FOUND, …): report the first one plainly.
    const first = (0,graphql_failure/* graphqlFailure */.g)(error)?.errors[0];
    if (first) {
        const type = typeof first.type === 'string' ? first.type : 'ERROR';
        const what = type === 'FORBIDDEN' ? 'permission denied' : type === 'NOT_FOUND' ? 'not found or no access' : type;
        return `${what}: ${String(first.message)}`;
    }
    const status = (0,core_errors/* errorStatus */.PO)(error);
    const message = (0,core_errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '';
    if (status === 403)
        return `permission denied (403): ${message}`;
    if (status === 404)
        return `not found or no access (404): ${message}`;
    return status ? `HTTP ${status}: ${message}` : message;
}
/**
 * Applies one repository's plan: direct writes (labels, settings, branches, projects) first, then the
 * file changes through deliverFiles. Direct writes are idempotent (only differences were planned), so a
 * re-run after a kill re-plans and writes only what is still missing.
 */
async function applyRepo(plan, state, api, pacer, delivery) {
    const changes = describePlan(plan);
    const result = { repo: plan.repo.name, status: 'unchanged', changes };
    for (const w of plan.writes) {
        const pace = (fn) => pacer.run(fn);
        await (w.contentCreating ? pacer.run(() => w.apply(api, pace)) : w.apply(api, pace));
        result.status = 'updated';
    }
    const out = await deliverFiles(plan.repo, state, plan.files, { ...delivery, api, pacer });
    if (out.status === 'updated' || (out.status === 'skipped' && result.status !== 'updated'))
        result.status = out.status;
    if (out.reason)
        result.reason = out.reason;
    if (out.pullRequest)
        result.pullRequest = out.pullRequest;
    if (out.commit)
        result.commit = out.commit;
    if (result.status === 'unchanged' && plan.notes.length > 0 && !result.reason)
        result.reason = plan.notes.join('; ');
    return result;
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/write-worker.ts



/** Ledger key of a repository finished (value: its RepoResult). */
const doneKey = (repo) => `done:${repo}`;
/** Ledger key of a repository whose writes began (a later attempt finishes it idempotently). */
const startKey = (repo) => `start:${repo}`;
/**
 * Writes one repository: marks it started in the ledger, applies its plan, and marks it done with its
 * result, so a killed run's next attempt skips it, or (started, not done) finishes it idempotently.
 * Waves: after `waves.size` updated repositories every writer pauses `waves.pauseMinutes`.
 */
function writer(ctx) {
    const waves = ctx.config.pacing.waves;
    let inWave = 0;
    let waveGate = 0;
    return async ({ plan, state }) => {
        const name = plan.repo.name;
        const recovering = ctx.ledger?.done(startKey(name)) ?? false;
        if (plan.files.length === 0 && plan.writes.length === 0 && !recovering) {
            return {
                repo: name,
                status: 'unchanged',
                changes: [],
                ...(plan.notes.length ? { reason: plan.notes.join('; ') } : {}),
            };
        }
        if (waves && ctx.clock.now() < waveGate)
            await ctx.clock.sleep(waveGate - ctx.clock.now());
        try {
            await ctx.ledger?.mark(startKey(name), { attempt: ctx.runAttempt });
            const row = await applyRepo(plan, state, ctx.api, ctx.pacer, {
                delivery: ctx.config.delivery,
                force: ctx.config.force,
                reviewers: ctx.reviewers,
                values: templateValues(plan.repo, state),
                recovering,
            });
            if (row.status === 'updated') {
                await ctx.ledger?.mark(doneKey(name), row);
                if (waves && ++inWave >= waves.size) {
                    inWave = 0;
                    waveGate = ctx.clock.now() + waves.pauseMinutes * 60_000;
                    ctx.logger.info(`Wave of ${waves.size} repositories done: pausing ${waves.pauseMinutes} min.`);
                }
            }
            return row;
        }
        catch (error) {
            return { repo: name, status: 'failed', reason: failureReason(error), changes: describePlan(plan) };
        }
    };
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/run-bulk.ts













/** Plans every readable repository of a batch; unreadable or unplannable ones are reported as failed. */
function planBatch(batch, states, ops, report) {
    const planned = [];
    for (const repo of batch) {
        const read = states.get(repo.name);
        if (!read?.ok) {
            report({ repo: repo.name, status: 'failed', reason: read?.reason ?? 'not read', changes: [] });
            continue;
        }
        try {
            planned.push({ plan: planRepo(repo, read.state, ops), state: read.state });
        }
        catch (error) {
            report({ repo: repo.name, status: 'failed', reason: `planning failed: ${(0,core_errors/* errorMessage */.gJ)(error)}`, changes: [] });
        }
    }
    return planned;
}
/**
 * One bulk-update run: select, then per batch of repositories read state (one GraphQL request), plan,
 * and apply with bounded concurrency under the content-creation pacer. A repository that fails is
 * reported and the run goes on. With a ledger, repositories finished by an earlier attempt are not
 * touched again, and a repository an attempt started is finished idempotently.
 */
async function runBulk(opts) {
    const started = opts.clock.now();
    const { api, counts } = countingApi(opts.api);
    const { config, logger, clock } = opts;
    const ledger = opts.dryRun ? undefined : opts.ledger;
    const pacer = opts.pacer ??
        new ContentPacer({ perMinute: config.pacing.perMinute, perHour: config.pacing.perHour, clock, logger });
    const { targets, excluded } = await selectTargets(api, opts.org, config, opts.shard, logger);
    const ops = await prepareOperations(config.operations, {
        api,
        org: opts.org,
        workspace: opts.workspace,
        clock,
        logger,
        dryRun: opts.dryRun,
    });
    const needs = emptyNeeds();
    for (const op of ops)
        op.needs(needs);
    let reviewers;
    const getReviewers = () => {
        reviewers ??= resolveReviewers(api, opts.org, config.delivery.reviewers);
        return reviewers;
    };
    const results = [];
    const report = (r) => {
        results.push(r);
        opts.onResult?.(r);
        const link = r.pullRequest ? ` ${r.pullRequest.url}` : '';
        logger.info(`${r.repo}: ${r.status}${r.reason ? ` (${r.reason})` : ''}${link}`);
    };
    const batchSize = opts.batchSize ?? 40;
    const readOptions = { branch: config.delivery.branch, deliveryLabels: config.delivery.labels, batchSize };
    const todo = [];
    for (const repo of targets) {
        const previous = ledger?.get(doneKey(repo.name));
        if (previous)
            report({ ...previous, reason: previous.reason ?? 'finished by an earlier attempt' });
        else
            todo.push(repo);
    }
    const queue = new WorkQueue(batchSize);
    const write = writer({
        api,
        config,
        pacer,
        clock,
        logger,
        ledger,
        runAttempt: opts.runAttempt,
        reviewers: getReviewers,
    });
    // Writers consume while the reader fetches the next batch: reads overlap the paced writes.
    const workers = opts.dryRun
        ? []
        : Array.from({ length: config.pacing.concurrency }, async () => {
            for (let item = await queue.take(); item; item = await queue.take())
                report(await write(item));
        });
    try {
        for (let at = 0; at < todo.length; at += batchSize) {
            if (!opts.dryRun)
                await queue.room();
            const batch = todo.slice(at, at + batchSize);
            const planned = planBatch(batch, await readStates(api, batch, needs, readOptions), ops, report);
            if (opts.dryRun)
                for (const row of await previewBatch(api, config, planned, batchSize))
                    report(row);
            else
                for (const item of planned)
                    queue.push(item);
        }
    }
    finally {
        queue.close();
        await Promise.all(workers);
    }
    results.sort((a, b) => a.repo.localeCompare(b.repo));
    return {
        organization: opts.org,
        shard: `${opts.shard.index}/${opts.shard.count}`,
        runId: opts.runId,
        runAttempt: opts.runAttempt,
        dryRun: opts.dryRun,
        counts: countStatuses(results),
        repositories: results,
        excluded,
        requests: {
            total: counts.rest + counts.graphql,
            rest: counts.rest,
            graphql: counts.graphql,
            ...(counts.rateLimitRemaining !== undefined ? { rateLimitRemaining: counts.rateLimitRemaining } : {}),
        },
        durationMs: clock.now() - started,
    };
}

// EXTERNAL MODULE: ./shared/config/config-file.ts
var config_file = __webpack_require__(2370);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/operations/schemas.ts

const path = schemas/* string */.YjP()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must be a relative path without `..`');
/** Copy a file, or every file of a folder (path ending in `/`), from the calling repository. */
const fileSyncSchema = schemas/* object */.Ikc({
    source: path.describe('Path in the workspace (the calling repository); a folder ends with `/`.'),
    target: path.optional().describe('Path in the target repository; defaults to `source`.'),
    template: schemas/* boolean */.zMY()
        .default(false)
        .describe('Render `{{ repo.name }}`, `{{ repo.defaultBranch }}`, `{{ properties.NAME }}` … in the content.'),
    replace: schemas/* boolean */.zMY()
        .default(true)
        .describe('`false`: create the file only when missing; a repository may own its copy.'),
    orphans: schemas/* enum */.k5n(['keep', 'delete'])
        .default('keep')
        .describe('Folders only: what happens to target files that no longer exist in the source folder.'),
})
    .strict();
/** Delete a path from every target. */
const fileDeleteSchema = schemas/* object */.Ikc({ delete: path.describe('Path deleted from the target repository.') })
    .strict();
/** Rename a path in every target (content kept). */
const fileRenameSchema = schemas/* object */.Ikc({ rename: schemas/* object */.Ikc({ from: path, to: path }).strict().describe('Move a file in the target repository.') })
    .strict();
/** One entry of the files operation. */
const fileEntrySchema = schemas/* union */.KCZ([fileSyncSchema, fileDeleteSchema, fileRenameSchema]);
/** Keep files in sync with the calling repository. */
const filesOperationSchema = schemas/* object */.Ikc({ type: schemas/* literal */.euz('files'), files: schemas/* array */.YOg(fileEntrySchema).min(1) })
    .strict()
    .describe('Sync files from the calling repository (committed through a pull request or a direct commit).');
/** One label as declared. */
const labelSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).max(50),
    color: schemas/* string */.YjP()
        .regex(/^#?[0-9a-fA-F]{6}$/, 'must be a 6-digit hex colour')
        .transform((c) => c.replace(/^#/, '').toLowerCase()),
    description: schemas/* string */.YjP().max(100).optional(),
})
    .strict();
/** Ensure labels exist with the declared colour and description. */
const labelsOperationSchema = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('labels'),
    labels: schemas/* array */.YOg(labelSchema).min(1),
    deleteOthers: schemas/* boolean */.zMY().default(false).describe('Delete labels that are not declared.'),
})
    .strict()
    .describe('Ensure labels; only differences are written.');
/** Repository settings, named as the REST API names them (PATCH /repos/{owner}/{repo}). */
const repoSettingsSchema = schemas/* object */.Ikc({
    allow_squash_merge: schemas/* boolean */.zMY(),
    allow_merge_commit: schemas/* boolean */.zMY(),
    allow_rebase_merge: schemas/* boolean */.zMY(),
    allow_auto_merge: schemas/* boolean */.zMY(),
    allow_update_branch: schemas/* boolean */.zMY(),
    delete_branch_on_merge: schemas/* boolean */.zMY(),
    has_issues: schemas/* boolean */.zMY(),
    has_wiki: schemas/* boolean */.zMY(),
    has_projects: schemas/* boolean */.zMY(),
    has_discussions: schemas/* boolean */.zMY(),
    web_commit_signoff_required: schemas/* boolean */.zMY(),
    secret_scanning: schemas/* enum */.k5n(['enabled', 'disabled']),
    secret_scanning_push_protection: schemas/* enum */.k5n(['enabled', 'disabled']),
    dependabot_security_updates: schemas/* enum */.k5n(['enabled', 'disabled']),
})
    .partial()
    .strict();
/** Ensure repository settings; only differences are written. */
const settingsOperationSchema = schemas/* object */.Ikc({ type: schemas/* literal */.euz('settings'), settings: repoSettingsSchema })
    .strict()
    .describe('Ensure repository settings (merge methods, features, security); only differences are written.');
/** Delete merged or long-untouched branches. */
const staleBranchesOperationSchema = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('stale-branches'),
    olderThanDays: schemas/* number */.aig().int().min(1).default(90).describe('Delete branches whose last commit is older.'),
    merged: schemas/* boolean */.zMY()
        .default(true)
        .describe('Also delete branches whose pull request was merged, whatever their age.'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Branch names or globs never deleted.'),
})
    .strict()
    .describe('Delete stale branches; default and protected branches and branches with open pull requests are never touched.');
/** Ensure an organization project exists and every target repository is linked to it. */
const projectsOperationSchema = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('projects'),
    title: schemas/* string */.YjP().min(1).describe('Project title (template: one project per distinct rendered title).'),
})
    .strict()
    .describe('Ensure an organization project (Projects v2) exists and link each target repository to it.');
/** All operations, discriminated by `type`. */
function operationSchemas() {
    return schemas/* discriminatedUnion */.gMt('type', [
        filesOperationSchema,
        labelsOperationSchema,
        settingsOperationSchema,
        staleBranchesOperationSchema,
        projectsOperationSchema,
    ]);
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/config.ts





const stringList = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
/** Which repositories of the organization a run targets. Every filter given must match (AND); lists are OR. */
const selectionSchema = schemas/* object */.Ikc({
    names: stringList.optional().describe('Repository names or picomatch globs; absent means every repository.'),
    exclude: stringList.default([]).describe('Names or globs never targeted, even when listed in `include`.'),
    include: stringList
        .default([])
        .describe('Names always targeted when they exist, whatever the other filters say (archived/forks still apply).'),
    topics: stringList.optional().describe('A repository must carry at least one of these topics.'),
    visibility: schemas/* array */.YOg(schemas/* enum */.k5n(['public', 'private', 'internal']))
        .optional()
        .describe('Allowed visibilities.'),
    languages: stringList.optional().describe('Allowed primary languages (case-insensitive).'),
    properties: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), stringList]))
        .optional()
        .describe('Custom property values: property name → allowed value or values.'),
    archived: schemas/* boolean */.zMY()
        .default(false)
        .describe('Also target archived repositories (they are read-only: usually skipped).'),
    forks: schemas/* boolean */.zMY().default(false).describe('Also target forks.'),
})
    .strict();
/** How changes to files reach a repository. */
const deliverySchema = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['pull-request', 'commit'])
        .default('pull-request')
        .describe('`commit` commits to the default branch where it is not protected, else opens a pull request.'),
    branch: schemas/* string */.YjP().min(1).default('moko/bulk-update').describe('Head branch of the pull request.'),
    title: schemas/* string */.YjP().min(1).default('chore: apply organization standards').describe('Pull request title (template).'),
    body: schemas/* string */.YjP()
        .default('This pull request was opened by MokoStandards bulk-update.\n\n{{ changes }}')
        .describe('Pull request body (template); `{{ changes }}` is the list of changed files.'),
    commitMessage: schemas/* string */.YjP()
        .min(1)
        .default('chore: apply organization standards')
        .describe('Commit headline (template).'),
    labels: stringList.default([]).describe('Labels added to the pull request (created in the repository if missing).'),
    reviewers: stringList.default([]).describe('Reviewers: user logins, or `org/team-slug` for teams.'),
    autoMerge: schemas/* union */.KCZ([schemas/* literal */.euz(false), schemas/* enum */.k5n(['merge', 'squash', 'rebase'])])
        .default(false)
        .describe('Enable auto-merge with this method.'),
    draft: schemas/* boolean */.zMY().default(false),
})
    .strict();
/** Content-creating request budget, after GitHub's secondary limits. */
const pacingSchema = schemas/* object */.Ikc({
    perMinute: schemas/* number */.aig()
        .int()
        .min(1)
        .default(80)
        .describe('Content-creating requests per minute (GitHub allows about 80).'),
    perHour: schemas/* number */.aig()
        .int()
        .min(1)
        .default(500)
        .describe('Content-creating requests per hour (GitHub allows about 500).'),
    concurrency: schemas/* number */.aig().int().min(1).max(16).default(4).describe('Repositories written at the same time.'),
    waves: schemas/* object */.Ikc({
        size: schemas/* number */.aig().int().min(1).describe('Repositories per wave.'),
        pauseMinutes: schemas/* number */.aig().min(0).describe('Pause between waves.'),
    })
        .strict()
        .optional(),
})
    .strict();
/** The whole configuration file. */
const bulkConfigSchema = schemas/* object */.Ikc({
    $schema: schemas/* string */.YjP().optional(),
    selection: selectionSchema.default({ exclude: [], include: [], archived: false, forks: false }),
    operations: schemas/* array */.YOg(operationSchemas()).min(1).describe('What to ensure in every selected repository, in order.'),
    delivery: deliverySchema.default(deliverySchema.parse({})),
    pacing: pacingSchema.default(pacingSchema.parse({})),
    force: schemas/* boolean */.zMY()
        .default(false)
        .describe('Push again to repositories where a maintainer closed our pull request unmerged.'),
})
    .strict()
    .describe('MokoStandards bulk-update configuration');
function formatIssues(error) {
    return error.issues.map((i) => `  - ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n');
}
/** Validates an already-parsed document; throws ConfigError naming the file, each bad path and unknown operations. */
function parseBulkConfig(doc, source = 'configuration') {
    const known = operationNames();
    if (typeof doc === 'object' && doc !== null && Array.isArray(doc.operations)) {
        const ops = doc.operations;
        ops.forEach((op, i) => {
            const type = typeof op === 'object' && op !== null ? op.type : undefined;
            if (typeof type !== 'string' || !known.includes(type)) {
                throw new ConfigError(`${source}: operations.${i}: unknown operation ${JSON.stringify(type)}. Known operations: ${known.join(', ')}.`);
            }
        });
    }
    const parsed = bulkConfigSchema.safeParse(doc);
    if (!parsed.success)
        throw new ConfigError(`${source} is not a valid bulk-update configuration:\n${formatIssues(parsed.error)}`);
    return parsed.data;
}
/**
 * Reads and validates a YAML configuration file through the shared loader: syntax and schema errors
 * name `displayName`, the line and column, and the key (`file:line:column: key.path: message`).
 */
function loadBulkConfig(file, displayName = file) {
    const text = (0,config_file/* readConfigDocument */.AA)(file, displayName);
    if (!text)
        throw new core_errors/* ConfigError */.xL(`The bulk-update configuration ${displayName} does not exist.`);
    const known = operationNames();
    const ops = text.value.operations;
    if (Array.isArray(ops)) {
        ops.forEach((op, i) => {
            const type = typeof op === 'object' && op !== null ? op.type : undefined;
            if (typeof type !== 'string' || !known.includes(type)) {
                const { line, column } = text.locate(['operations', i, 'type']);
                throw new config_file/* ConfigFileError */.x(displayName, line, column, `operations.${i}: unknown operation ${JSON.stringify(type)}. Known operations: ${known.join(', ')}.`);
            }
        });
    }
    return (0,config_file/* validateConfig */.$r)(bulkConfigSchema, text);
}
/** Names of the registered operations, for error messages. */
function operationNames() {
    return operationSchemas().options.map((o) => o.shape.type.value);
}
/** Delivery settings with defaults filled in (for callers building a configuration in code). */
function deliveryConfig(partial) {
    return deliverySchema.parse(partial);
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/settings.ts






/** The shard results files (*.json, any depth) under the merge-results folder; none is an InputError. */
function resultsFiles(workspace, dir) {
    const folder = (0,workspace_path/* resolveWorkspacePath */.X)(workspace, dir, { inputName: 'merge-results', mustExist: true });
    const files = (0,external_node_fs_.readdirSync)(folder, { recursive: true, withFileTypes: true })
        .filter((e) => !e.isDirectory() && e.name.endsWith('.json'))
        .map((e) => (0,external_node_path_.join)(e.parentPath, e.name));
    if (files.length === 0)
        throw new core_errors/* InputError */.dz('merge-results', dir, 'expected a folder holding shard results files (*.json)');
    return files;
}
/** Inputs + run environment + configuration file → the settings of this run (every bad one names itself). */
async function bulkSettings(inputs, env) {
    if (inputs['merge-results'])
        return { mode: 'merge', resultsFiles: resultsFiles(env.workspace, inputs['merge-results']) };
    const org = inputs.organization || env.repository?.owner;
    if (!org)
        throw new core_errors/* InputError */.dz('organization', '', 'required outside a repository context (the owner of the calling repository is the default)');
    const configPath = (0,workspace_path/* resolveWorkspacePath */.X)(env.workspace, inputs.config, { inputName: 'config', mustExist: true });
    return {
        mode: inputs.plan ? 'plan' : 'update',
        org,
        shard: inputs.shard ?? { index: 1, count: 1 },
        config: await (0,config_file/* loadForInput */.ay)('config', () => loadBulkConfig(configPath, inputs.config)),
    };
}

;// CONCATENATED MODULE: ./actions/bulk-update/src/run.ts











/** The typed inputs of the bulk-update action. */
/**
 * bulk-update paces its content-creating requests itself (pacer.ts, under GitHub's secondary
 * limits), so its client has no extra spacing of its own on top.
 */
async function client(ctx) {
    return bulkApiOf(await ctx.github({ throttle: { writeSpacingMs: 0 } }));
}
/** The action's outputs from a report (zeros in plan mode). */
function outputs(report, resultsFile, matrix = '') {
    const c = report?.counts ?? { updated: 0, unchanged: 0, skipped: 0, failed: 0 };
    return { ...c, 'results-file': resultsFile, matrix };
}
/** merge-results mode: combine shard results files into one report. */
function mergeMode(ctx, files) {
    const reports = files.map((f) => {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)(f, 'utf8'));
        }
        catch (error) {
            throw new core_errors/* InputError */.dz('merge-results', ctx.inputs['merge-results'] ?? '', `every *.json file must be a results file; ${f}: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
        }
    });
    const merged = mergeReports(reports);
    const out = (0,external_node_path_.join)(ctx.env.tempDir, 'bulk-update-results-merged.json');
    (0,external_node_fs_.writeFileSync)(out, `${JSON.stringify(merged, null, 2)}\n`);
    writeReportSummary(ctx.summary, merged);
    return {
        outputs: outputs(merged, out),
        ...(merged.counts.failed > 0 ? { failure: `${merged.counts.failed} repositories failed` } : {}),
    };
}
/** The whole action: plan, merge-results, or one (sharded) run; writes results file, summary, audit and metrics. */
async function runBulkUpdate(ctx) {
    const { env, logger } = ctx;
    const settings = await bulkSettings(ctx.inputs, env);
    if (settings.mode === 'merge')
        return mergeMode(ctx, settings.resultsFiles);
    const { org, shard, config } = settings;
    const api = await client(ctx);
    if (settings.mode === 'plan') {
        const { selected } = await selectTargets(api, org, config, { index: 1, count: 1 }, logger);
        const matrix = JSON.stringify((0,sharding/* shardMatrix */._b)((0,sharding/* shardCount */.o4)(selected.length)));
        ctx.summary
            .heading(`bulk-update plan: ${org}`)
            .paragraph(`${selected.length} repositories selected; matrix ${matrix}.`);
        return { outputs: outputs(undefined, '', matrix) };
    }
    const pacer = new ContentPacer({
        perMinute: config.pacing.perMinute,
        perHour: config.pacing.perHour,
        clock: ctx.clock,
        logger,
    });
    const report = await runBulk({
        api,
        config,
        org,
        workspace: env.workspace,
        shard,
        dryRun: ctx.dryRun,
        runId: env.runId,
        runAttempt: env.runAttempt,
        clock: ctx.clock,
        logger,
        ledger: ctx.checkpoints,
        pacer,
        onResult: (r) => ctx.audit.event('bulk-update.repository', {
            repository: `${org}/${r.repo}`,
            status: r.status,
            reason: r.reason,
            pullRequest: r.pullRequest?.url,
            commit: r.commit,
            dryRun: ctx.dryRun,
        }, r.status === 'failed' ? 'failure' : 'success'),
    });
    const file = (0,external_node_path_.join)(env.tempDir, `bulk-update-results-${shard.index}-of-${shard.count}.json`);
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(report, null, 2)}\n`);
    recordMetrics(ctx, report, pacer);
    writeReportSummary(ctx.summary, report);
    const failure = report.counts.failed > 0
        ? `${report.counts.failed} of ${report.repositories.length} repositories failed (see the results table)`
        : undefined;
    return { outputs: outputs(report, file), ...(failure ? { failure } : {}) };
}
function recordMetrics(ctx, report, pacer) {
    const m = ctx.metrics;
    const requests = m.counter('bulk_update_requests', 'GitHub API requests spent by bulk-update.', ['api']);
    requests.inc({ api: 'rest' }, report.requests.rest);
    requests.inc({ api: 'graphql' }, report.requests.graphql);
    const repos = m.gauge('bulk_update_repositories', 'Repositories by outcome.', ['status']);
    for (const [status, n] of Object.entries(report.counts))
        repos.set({ status }, n);
    if (report.requests.rateLimitRemaining !== undefined) {
        m.gauge('bulk_update_rate_limit_remaining', 'x-ratelimit-remaining at the end of the run.').set(report.requests.rateLimitRemaining);
    }
    m.gauge('bulk_update_duration_seconds', 'Wall time of the run.').set(report.durationMs / 1000);
    m.counter('bulk_update_secondary_limit_hits', 'Secondary rate-limit answers the pacer absorbed.').inc(pacer.stats.secondaryLimitHits);
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
