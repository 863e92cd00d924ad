import type { AuditLog } from '../../../../shared/audit/audit-log.js';
import { UserError } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { StepHistory } from '../../../../shared/transactions/transaction.js';
import { fitNotes, prependChangelog, RELEASE_BODY_LIMIT, renderChangelog, type Section } from './changelog.js';
import type { Bump } from './conventional.js';
import { type GitApi, gitApi, type ReleaseInfo } from './git-api.js';
import { type RepoRef, readFileAt, readReleaseTags, walkHistory, walkPackageHistory } from './history.js';
import type { AssetFile } from './assets.js';
import { bodyMarker } from './markers.js';
import { planRelease, type ReleasePlan } from './plan.js';
import { readRepoRules } from './preflight.js';
import { checkTagRules, floatingBack, floatingFor, floatingRefs } from './floating-tags.js';
import { publishRelease } from './publish.js';
import { findLeftovers, removeOrphanDrafts, removeUnfinished } from './recover.js';
import { isStable, versionOfTag } from './version.js';
import { updateVersionFile, type VersionFile } from './version-files.js';

/** What a release run is told: plain values, no action context. */
export interface ReleaseOptions {
  github: GitHubClient;
  repo: RepoRef;
  /** `https://github.com/owner/repo`: links in the notes. */
  repoUrl: string;
  /** The commit the run was started for (GITHUB_SHA). */
  runHead: string;
  /** The branch the run was started on; needed to commit files. */
  branch?: string;
  /** A monorepo package: its tag prefix (`pkg-a-v`) and the folder whose commits count for it. No floating tags. */
  pkg?: { prefix: string; path: string };
  changelogFile?: string;
  /** Sections of the notes; default DEFAULT_SECTIONS. */
  sections?: Section[];
  /** Files to attach to the release (resolved and checked by the caller). */
  assets?: AssetFile[];
  /** Files whose version the release commit updates. */
  versionFiles?: VersionFile[];
  bump?: Bump;
  forced?: string;
  prerelease?: string;
  initialVersion?: string;
  draft: boolean;
  majorTag: boolean;
  minorTag: boolean;
  /** Release date, YYYY-MM-DD. */
  date: string;
  dryRun: boolean;
  audit?: AuditLog;
  logger: Logger;
}

/** What a release run did. */
export interface ReleaseResult {
  status: 'published' | 'completed' | 'unchanged' | 'dry-run' | 'nothing' | 'superseded' | 'release-pr';
  reason?: string;
  plan?: Extract<ReleasePlan, { release: true }>;
  version?: string;
  tag?: string;
  previousTag?: string;
  release?: ReleaseInfo;
  commit?: string;
  notes?: string;
  floating: string[];
  /** Steps done (or planned in a dry run), recovery first. */
  steps: string[];
  /** Half-finished releases of earlier runs that this run completed or removed. */
  recovered: string[];
  history: StepHistory[];
  truncatedNotes: boolean;
}

/** The changelog entry of a planned release (the release body and the changelog file share it). */
export function planNotes(
  plan: Extract<ReleasePlan, { release: true }>,
  o: Pick<ReleaseOptions, 'repoUrl' | 'date' | 'sections'>,
): string {
  return renderChangelog({
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
export async function runReleaseEngine(o: ReleaseOptions): Promise<ReleaseResult> {
  const { github, repo, logger } = o;
  const api = gitApi(github, repo);
  const commitMode = o.changelogFile !== undefined || (o.versionFiles ?? []).length > 0;
  if (commitMode && !o.branch)
    throw new UserError(
      'changelog-file and version-files need a branch to commit to, but the run was not started on a branch',
    );
  const rules = await readRepoRules(github, repo, commitMode ? o.branch : undefined);
  if (rules.immutableReleases)
    logger.info(
      'Immutable releases are on (or cannot be read): publishing stays the last write, assets go to the draft.',
    );
  let tags = await readReleaseTags(github, repo, o.pkg?.prefix);
  let releases = await api.listReleases();
  const tip = o.branch ? ((await api.getRef(`heads/${o.branch}`))?.commit ?? o.runHead) : o.runHead;
  const base = { floating: [] as string[], history: [] as StepHistory[], truncatedNotes: false };

  // 1. What an interrupted run left: completed when it is on the branch, removed when it is not.
  const recovered: string[] = [];
  const leftovers = findLeftovers(tags, releases);
  let completedTag: string | undefined;
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
        prerelease: !isStable(u.tag.version),
        draft: o.draft,
        notes: fitNotes(notes, `${o.repoUrl}/commits/${u.tag.name}`, RELEASE_BODY_LIMIT, 100),
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
    } else {
      tags = tags.filter((t) => t !== u.tag);
      const restore = o.pkg ? [] : await floatingBack(api, u.tag, tags);
      const audit = o.audit ? { audit: o.audit } : {};
      recovered.push(...(await removeUnfinished(api, u, restore, { dryRun: o.dryRun, ...audit, logger })));
    }
  }
  recovered.push(...(await removeOrphanDrafts(api, leftovers.orphanDrafts, { dryRun: o.dryRun, logger })));
  if (recovered.length > 0 && !o.dryRun) releases = await api.listReleases();

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
  const plan = await planRelease({
    head,
    tags,
    history: o.pkg ? walkPackageHistory(github, repo, head, o.pkg.path) : walkHistory(github, repo, head),
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
      ...(done ? { release: done, tag: done.tag, version: versionOfTag(done.tag, o.pkg?.prefix) ?? '' } : {}),
      steps: [],
      recovered,
    };
  }
  if (plan.truncated)
    logger.warning(
      'History read stopped after 5000 commits without reaching a release tag; the notes list those only.',
    );

  const existingRelease = releases.find((r) => r.tag === plan.tag);
  const notes = planNotes(plan, o);
  const fullUrl = o.changelogFile
    ? `${o.repoUrl}/blob/${plan.tag}/${o.changelogFile}`
    : plan.previousTag
      ? `${o.repoUrl}/compare/${plan.previousTag}...${plan.tag}`
      : `${o.repoUrl}/commits/${plan.tag}`;
  const fitted = fitNotes(notes, fullUrl, RELEASE_BODY_LIMIT, bodyMarker(plan.tag, true).length + 2);
  const out = {
    ...base,
    plan,
    version: plan.version,
    tag: plan.tag,
    notes,
    recovered,
    truncatedNotes: fitted !== notes,
  };
  if (plan.previousTag) Object.assign(out, { previousTag: plan.previousTag });

  /** The transaction of publish.ts for this plan, and the run's result from what it did. */
  const publishAndReport = async (
    floating: Awaited<ReturnType<typeof floatingRefs>>,
    how: Pick<Parameters<typeof publishRelease>[0], 'existingTag' | 'existingRelease' | 'files' | 'branch'>,
  ): Promise<ReleaseResult> => {
    const done = await publishRelease({
      api,
      version: plan.version,
      tag: plan.tag,
      head,
      ...how,
      canResetBranch: rules.canResetBranch,
      prerelease: !isStable(plan.version),
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
    const floating = await floatingRefs(api, floatingFor(plan.version, tags, o), tagRef!.commit);
    if (complete && floating.length === 0)
      return {
        ...out,
        status: completedTag === plan.tag ? 'completed' : 'unchanged',
        release: existingRelease,
        commit: tagRef!.commit,
        steps: [`${plan.tag} is already released: nothing to do`],
      };
    checkTagRules(rules, undefined, floating);
    return publishAndReport(floating, {
      existingTag: tagRef!,
      ...(existingRelease ? { existingRelease } : {}),
    });
  }

  // 3. Preflight of a new release: every refusal GitHub would give later, before the first write.
  const collision = tags.find((t) => t.name === plan.tag);
  if (collision)
    throw new UserError(
      `tag ${plan.tag} already exists on commit ${collision.commit.slice(0, 7)}, not on ${head.slice(0, 7)}: delete it or choose another version`,
    );
  if (existingRelease)
    throw new UserError(
      `a ${existingRelease.draft ? 'draft ' : ''}release named by tag ${plan.tag} already exists (${existingRelease.url}) but the tag does not: delete it or choose another version`,
    );
  if (commitMode && rules.branchBlocks.length > 0)
    throw new UserError(
      `the release commit cannot be pushed to ${o.branch}: ${rules.branchBlocks.join('; ')}. Release without changelog-file, or let the token bypass the rule.`,
    );
  const floating = await floatingRefs(api, floatingFor(plan.version, tags, o), '');
  checkTagRules(rules, plan.tag, floating);
  const files: { path: string; content: string }[] = [];
  // A release commit for this very version already at head, without its tag (left by an earlier
  // version of this action, or a failed undo): it is completed by tagging it, never committed twice.
  const top = plan.commits[0];
  const untaggedReleaseCommit =
    top?.sha === head && top.type === 'chore' && top.scope === 'release' && top.subject === plan.tag;
  if (untaggedReleaseCommit)
    logger.info(`${head.slice(0, 7)} is the release commit of ${plan.tag} without its tag: tagging it`);
  if (o.changelogFile && !untaggedReleaseCommit) {
    const before = await readFileAt(github, repo, head, o.changelogFile);
    files.push({ path: o.changelogFile, content: prependChangelog(before, notes, plan.version) });
  }
  for (const f of untaggedReleaseCommit ? [] : (o.versionFiles ?? [])) {
    const before = await readFileAt(github, repo, head, f.path);
    const after = updateVersionFile(f, before, plan.version);
    if (after !== before) files.push({ path: f.path, content: after });
  }
  return publishAndReport(floating, {
    ...(files.length > 0 ? { files } : {}),
    ...(o.branch ? { branch: o.branch } : {}),
  });
}

function stripMarker(body: string): string {
  return body.replace(/\n?<!-- mokostandards-release: [^>]*-->\n?/, '\n').trimEnd() + '\n';
}

/** The notes of an unfinished release that has no draft: the tag message without its first line and trailer. */
async function tagNotes(api: GitApi, tag: string): Promise<string> {
  const message = await api.tagMessage(tag);
  return message
    .split('\n')
    .slice(2)
    .filter((l) => !l.startsWith('Released-By: '))
    .join('\n')
    .trim()
    .concat('\n');
}
