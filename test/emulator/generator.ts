import type { Clock } from '../../shared/core/clock.js';
import { seededRandom } from '../support/seeded-random.js';
import { ciWorkflow, dangerousFile, LANGUAGES, plantedSecret, sourceFile } from './generator-files.js';
import {
  type CustomPropertyDef,
  emptyRepoActivity,
  type LabelRecord,
  type RepoRecord,
  type SeedFile,
} from './model.js';
import { seedActivity } from './seed-activity.js';
import { seedSchedules } from './seed-schedules.js';
import { EmulatorState } from './state.js';

/** Options of {@link generateOrg}. */
export interface GenerateOptions {
  seed?: number;
  org?: string;
  /** Number of repositories, 5 to 10,000 (the contract); default 12. */
  repos?: number;
  clock?: Clock;
  /** Existing state to add to (a new one by default). */
  state?: EmulatorState;
  /** Add scheduled workflows with their `schedule` runs to every third repository (see seed-schedules.ts). */
  scheduledWorkflows?: boolean;
}

const NOUNS = ['payments', 'billing', 'auth', 'search', 'catalog', 'orders', 'ledger', 'gateway', 'notify', 'reports'];
const KINDS = ['api', 'service', 'web', 'worker', 'lib', 'cli', 'infra', 'docs', 'sdk', 'jobs'];
const TOPICS = ['backend', 'frontend', 'internal', 'pci', 'experimental', 'platform', 'data', 'mobile', 'legacy'];
const TEAMS = ['platform', 'payments', 'data', 'web', 'mobile'];
const DAY = 86_400_000;
/** Organization members: the accounts that exist (unknown logins answer 404, as on GitHub). */
const MEMBERS = [
  'moko-admin',
  'moko-dev',
  'moko-bot',
  'octocat',
  'octo-reviewer',
  'alice',
  'bob',
  'carol',
  'dependabot[bot]',
];

/** GitHub's default labels for a new repository. */
export const DEFAULT_LABELS: [string, string, string][] = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['help wanted', '008672', 'Extra attention is needed'],
  ['invalid', 'e4e669', "This doesn't seem right"],
  ['question', 'd876e3', 'Further information is requested'],
  ['wontfix', 'ffffff', 'This will not be worked on'],
];

/** The organization's custom property schema. */
export const CUSTOM_PROPERTIES: CustomPropertyDef[] = [
  { property_name: 'team', value_type: 'single_select', allowed_values: TEAMS, required: false },
  { property_name: 'tier', value_type: 'single_select', allowed_values: ['critical', 'standard', 'experimental'] },
  { property_name: 'compliance', value_type: 'multi_select', allowed_values: ['soc2', 'pci', 'hipaa'] },
];

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function seedFilesFor(seed: number, index: number, name: string, langIdx: number): () => Record<string, SeedFile> {
  return () => {
    const random = seededRandom(seed * 7919 + index * 104_729 + 17);
    const lang = LANGUAGES[langIdx]!;
    const files: Record<string, SeedFile> = {
      'README.md': { content: `# ${name}\n\nOwned by the demo organization. Language: ${lang.name}.\n` },
      LICENSE: { content: 'MIT License\n\nCopyright (c) MokoStandards demo\n' },
    };
    const count = 2 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++)
      files[`${lang.dir}/module${i}.${lang.ext}`] = { content: sourceFile(lang.ext, name, i) };
    const roll = random();
    files['.github/workflows/ci.yml'] = ciWorkflow(roll < 0.1);
    if (random() < 0.12) {
      const s = plantedSecret(random);
      files[`config/settings.${lang.ext === 'py' ? 'py' : 'env'}`] = { content: `# settings\n${s.line}\n` };
    }
    if (random() < 0.15) files[`${lang.dir}/run.${lang.ext}`] = { content: dangerousFile(lang.ext) };
    if (lang.ext === 'sh') files['scripts/deploy.sh'] = { content: '#!/bin/sh\necho deploy\n', mode: '100755' };
    if (random() < 0.3) files['SECURITY.md'] = { content: '# Security policy\n\nReport to security@example.com.\n' };
    if (random() < 0.3) files['.github/CODEOWNERS'] = { content: '* @moko-demo/platform\n' };
    return files;
  };
}

/**
 * A demo organization with `repos` repositories, deterministic from `seed`. Metadata is built eagerly
 * (10,000 repositories in well under a second); files, commits and pull requests when first read.
 */
export function generateOrg(opts: GenerateOptions = {}): EmulatorState {
  const seed = opts.seed ?? 1;
  const login = opts.org ?? 'moko-demo';
  const count = Math.max(0, Math.min(10_000, opts.repos ?? 12));
  const clock = opts.clock ?? { now: () => Date.UTC(2026, 0, 15), sleep: async () => {} };
  const state = opts.state ?? new EmulatorState(clock);
  const random = seededRandom(seed);
  const epoch = Date.UTC(2024, 0, 1);
  const orgId = state.nextId();
  state.orgs.set(login.toLowerCase(), {
    id: orgId,
    node_id: state.nodeId('O', orgId),
    login,
    name: `${login} (demo)`,
    description: 'Demo organization generated by the MokoStandards emulator',
    created_at: iso(epoch),
    customProperties: CUSTOM_PROPERTIES,
    projects: [],
    auditLog: [],
    members: MEMBERS,
    teams: TEAMS.map((t, i) => {
      const tid = state.nextId();
      return {
        id: tid,
        node_id: state.nodeId('T', tid),
        name: t,
        slug: t,
        description: `The ${t} team`,
        members: MEMBERS.filter((_, k) => k % TEAMS.length === i || k === 0),
      };
    }),
  });
  state.account(login, 'Organization');
  for (const m of MEMBERS) state.account(m, m.endsWith('[bot]') ? 'Bot' : 'User');
  // A GitHub App installed on every repository, so App authentication works out of the box.
  state.apps.set(1, {
    id: 1,
    slug: 'moko-standards',
    name: 'MokoStandards',
    installations: [
      {
        id: 4242,
        account: login,
        repos: '*',
        permissions: {
          contents: 'write',
          pull_requests: 'write',
          metadata: 'read',
          actions: 'write',
          security_events: 'write',
          administration: 'write',
        },
      },
    ],
  });
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = `${NOUNS[Math.floor(random() * NOUNS.length)]}-${KINDS[Math.floor(random() * KINDS.length)]}`;
    if (used.has(name)) name = `${name}-${i}`;
    used.add(name);
    const langIdx = Math.floor(random() * LANGUAGES.length);
    const vis = random();
    const created = epoch + Math.floor(random() * 600) * DAY;
    const pushed = created + Math.floor(random() * 90) * DAY;
    const topics = TOPICS.filter(() => random() < 0.2);
    const id = state.nextId();
    const labels: LabelRecord[] = DEFAULT_LABELS.map(([n, color, description]) => {
      const lid = state.nextId();
      return { id: lid, node_id: state.nodeId('LA', lid), name: n, color, description, default: true };
    });
    const repo: RepoRecord = {
      id,
      node_id: state.nodeId('R', id),
      owner: login,
      name,
      description: `${name} (generated)`,
      visibility: vis < 0.8 ? 'private' : vis < 0.95 ? 'public' : 'internal',
      topics,
      archived: random() < 0.05,
      fork: random() < 0.05,
      default_branch: random() < 0.9 ? 'main' : 'master',
      language: LANGUAGES[langIdx]!.name,
      created_at: iso(created),
      updated_at: iso(pushed),
      pushed_at: iso(pushed),
      custom_properties: {
        team: TEAMS[Math.floor(random() * TEAMS.length)]!,
        tier: random() < 0.2 ? 'critical' : 'standard',
        compliance: random() < 0.3 ? ['soc2'] : [],
      },
      settings: {
        allow_merge_commit: true,
        allow_squash_merge: true,
        allow_rebase_merge: true,
        delete_branch_on_merge: false,
        allow_auto_merge: true,
      },
      seedFiles: seedFilesFor(seed, i, name, langIdx),
      ...emptyRepoActivity(),
      labels,
      immutableReleases: random() < 0.3,
    };
    seedActivity(state, repo, random, pushed);
    state.addRepo(repo);
    state.orgs.get(login.toLowerCase())!.auditLog.push({
      '@timestamp': created,
      _document_id: `seed-${id}`,
      action: 'repo.create',
      actor: 'moko-admin',
      org: login,
      repo: `${login}/${name}`,
      created_at: created,
    });
  }
  if (opts.scheduledWorkflows) seedSchedules(state, state.reposOf(login));
  return state;
}
