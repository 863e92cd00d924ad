import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';
import { z } from 'zod';
import { input, type InputValues } from '../../../shared/action/inputs.js';
import { InputError, UserError } from '../../../shared/core/errors.js';
import {
  branchSchema,
  ownerSchema,
  parseRepository,
  repositorySchema,
} from '../../../shared/validation/github-names.js';
import type { RepoRef } from './engine/collect.js';
import { isWeekId } from './engine/iso-week.js';
import { STORE_KINDS, type StoreKind } from './engine/stores/store.js';
import type { VerifySource } from './engine/verify-run.js';
import { parseSince } from './engine/window.js';

/** Inputs of audit-archive besides the common ones. */
export const auditArchiveInputs = {
  mode: input.enum(['archive', 'verify'] as const, {
    description:
      'archive: collect, verify and archive the audit logs of the window. verify: re-check an archive already written (see the verify input).',
    default: 'archive',
  }),
  organization: input.custom(ownerSchema, {
    description:
      'Archive the audit logs of every repository of this organization (the token must be able to read their Actions artifacts). Default: the calling repository only.',
    allowed: 'expected a GitHub organization login',
  }),
  repositories: input.list({
    description:
      'Archive the audit logs of these repositories (owner/repo, comma- or newline-separated) instead of the calling one. Ignored when organization is set.',
    item: repositorySchema,
    allowed: 'expected a comma- or newline-separated list of owner/repo',
  }),
  since: input.string({
    description:
      'Start of the window: audit artifacts created since then are collected. A duration back from now (36h, 8d, 2w) or an ISO date (2026-11-01). The default, a week and a day, overlaps the previous weekly run; what that run archived is skipped by the index.',
    default: '8d',
  }),
  stores: input.list({
    description:
      'Where the archive is kept, comma-separated: branch (append-only commits to archive-branch), release (a release per week, tag release-prefix-<week>, holding its zip), artifact (an artifact per week kept retention-days). The index of what is archived is read from the first of branch, release, artifact that is listed.',
    item: z.enum(STORE_KINDS),
    allowed: `expected a comma-separated subset of ${STORE_KINDS.join(', ')}`,
    default: 'branch,artifact',
  }),
  'archive-branch': input.custom(branchSchema, {
    description:
      'Branch of the calling repository the archive is committed to (created on first use, never rewritten).',
    allowed: 'expected a git branch name',
    default: 'audit-archive',
  }),
  'release-prefix': input.custom(branchSchema, {
    description:
      'Tag prefix of the archive releases (store release): one release per week, <prefix>-2026-W48, and per late addendum, <prefix>-2026-W48-addendum-1, each holding the zip of its part; never marked latest.',
    allowed: 'expected a git tag name',
    default: 'audit-trail',
  }),
  'retention-days': input.integer({
    description:
      'Days the archive artifacts are kept (store artifact), 1 to 400; GitHub caps it at the repository or organization setting.',
    default: 400,
    min: 1,
    max: 400,
  }),
  verify: input.string({
    description:
      'In mode verify, what to check: an ISO week on the archive branch (2026-W48), a week in another store (release:2026-W48, artifact:2026-W48), or the path of a downloaded archive zip or folder.',
  }),
  'fail-on-broken-chain': input.boolean({
    description:
      'Fail the step on any integrity problem: a broken, truncated or edited log, a log of another run, an artifact that does not match its GitHub digest, a missing log, an archive that does not match its manifest. The report and archive are written first.',
    default: true,
  }),
};

/** The parsed inputs. */
export type AuditArchiveInputs = InputValues<typeof auditArchiveInputs>;

/** Settings of one run, from the inputs and the run environment. */
export interface AuditArchiveSettings {
  mode: 'archive' | 'verify';
  window: { since: Date; until: Date };
  scope: { organization?: string; repositories?: RepoRef[]; repository?: RepoRef };
  /** Where the archive stores live: the calling repository. */
  home: RepoRef;
  stores: StoreKind[];
  branch: string;
  releaseTag: string;
  retentionDays: number;
  verify?: VerifySource;
  failOnProblem: boolean;
}

/** Turns the inputs into settings, failing with the input's name on a value that cannot work. */
export function parseSettings(
  i: AuditArchiveInputs,
  env: { repository?: RepoRef; workspace: string },
  now: number,
): AuditArchiveSettings {
  // Checked whenever given (a bad value fails even in archive mode, where it would otherwise sit unused).
  const verify = i.mode === 'verify' || i.verify !== undefined ? parseVerifySource(i.verify, env.workspace) : undefined;
  // Only a downloaded archive can be checked without a repository (and without a token).
  if (!env.repository && !(verify && 'path' in verify))
    throw new UserError('no repository to archive to: run in a repository (GITHUB_REPOSITORY is not set)');
  const home = env.repository ?? { owner: '', repo: '' };
  const stores = [...new Set(i.stores)];
  if (i.mode === 'archive' && stores.length === 0)
    throw new InputError('stores', '', `expected at least one of ${STORE_KINDS.join(', ')}`);
  const settings: AuditArchiveSettings = {
    mode: i.mode,
    window: { since: parseSince(i.since, now), until: new Date(now) },
    scope: {
      ...(i.organization ? { organization: i.organization } : {}),
      ...(i.repositories.length > 0 ? { repositories: i.repositories.map(parseRepository) } : {}),
      repository: home,
    },
    home,
    stores,
    branch: i['archive-branch'] ?? 'audit-archive',
    releaseTag: i['release-prefix'] ?? 'audit-trail',
    retentionDays: i['retention-days'],
    failOnProblem: i['fail-on-broken-chain'],
  };
  if (verify && i.mode === 'verify') settings.verify = verify;
  return settings;
}

/** `2026-W48`, `<store>:2026-W48` or a path (relative to the workspace). */
export function parseVerifySource(value: string | undefined, workspace: string): VerifySource {
  const v = (value ?? '').trim();
  const allowed =
    'expected an ISO week (2026-W48), branch:|release:|artifact: and a week, or the path of an archive zip or folder';
  if (v === '') throw new InputError('verify', v, `${allowed} (mode verify needs it)`);
  const m = /^(?:(branch|release|artifact):)?(\d{4}-W\d{2})$/.exec(v);
  if (m) {
    if (!isWeekId(m[2]!)) throw new InputError('verify', v, allowed);
    return { store: (m[1] ?? 'branch') as StoreKind, week: m[2]! };
  }
  if (/^(branch|release|artifact):/.test(v) || /^[a-z]+:\d{4}-W/.test(v)) throw new InputError('verify', v, allowed);
  return { path: resolveWorkspacePath(workspace, v, { inputName: 'verify' }) };
}
