import semver from 'semver';
import { z } from 'zod';
import { input, type InputValues } from '../../../shared/action/inputs.js';
import type { Section } from './engine/changelog.js';
import { type PackageSpec, parsePackage } from './engine/packages.js';
import { parseVersionFile, type VersionFile } from './engine/version-files.js';
import { schemaFrom } from '../../../shared/validation/schema.js';
import { globSchema, semverSchema } from '../../../shared/validation/formats.js';

/** Why `value` is not a file path inside the repository checkout (the workspace), or undefined. */
export function repoPathProblem(value: string): string | undefined {
  const clean = value.replace(/^\.\//, '');
  if (clean.startsWith('/') || /^[A-Za-z]:[\\/]/.test(clean)) return 'expected a path relative to the workspace';
  if (clean.includes('\\') || clean.includes('\0')) return 'expected a path with / separators and no NUL byte';
  if (clean.split('/').some((s) => s === '..' || s === '' || s === '.'))
    return "expected a path inside the workspace, without '..' or empty parts, e.g. CHANGELOG.md";
  if (clean === '.git' || clean.startsWith('.git/')) return 'the .git folder is not part of the repository';
  return undefined;
}

/** A repository file path, checked (relative, inside, no `..`) and normalised (no leading `./`). */
const repoPathSchema = schemaFrom(repoPathProblem).transform((v) => v.replace(/^\.\//, ''));
/** A semantic version with or without the leading `v`, normalised to the bare version. */
const versionSchema = semverSchema.transform((v) => semver.valid(v) as string);

/** The `version-files` input: one file per line, each checked (its path and its rule). */
const versionFilesSchema = z.string().transform((value, ctx) => {
  const out: VersionFile[] = [];
  for (const line of value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const parsed = parseVersionFile(line);
    const problem = typeof parsed === 'string' ? parsed : repoPathProblem(parsed.path);
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${line}: ${problem}`, input: value });
      return z.NEVER;
    }
    out.push(parsed as VersionFile);
  }
  return out;
});

/** The `changelog-sections` input: `type[,type…]=Title` per line, in the order shown. */
const sectionsSchema = z.string().transform((value, ctx) => {
  const out: Section[] = [];
  for (const line of value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)*)\s*=\s*(\S.*)$/.exec(line);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `${line}: expected type[,type]=Title`, input: value });
      return z.NEVER;
    }
    out.push({ types: m[1]!.split(',').map((t) => t.trim().toLowerCase()), title: m[2]!.trim() });
  }
  return out;
});

/** The `packages` input: `name: path` per line. */
const packagesSchema = z.string().transform((value, ctx) => {
  const out: PackageSpec[] = [];
  for (const line of value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const parsed = parsePackage(line);
    const problem = typeof parsed === 'string' ? parsed : repoPathProblem(parsed.path);
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${line}: ${problem}`, input: value });
      return z.NEVER;
    }
    out.push(parsed as PackageSpec);
  }
  return out;
});

/** Inputs of the release action besides the common ones, declared once (action.yml mirrors them). */
export const releaseInputs = {
  mode: input.enum(['release', 'rollback'] as const, {
    description:
      'release computes and publishes the next version; rollback undoes the version given by `version` (default: the highest release tag): deletes its release and tag and moves the major tag back.',
    default: 'release',
  }),
  bump: input.enum(['auto', 'major', 'minor', 'patch'] as const, {
    description:
      'How far the version moves: auto reads it from Conventional Commits (breaking → major, feat → minor, fix/perf → patch; nothing releasable → no release); major, minor or patch force that bump even without releasable commits.',
    default: 'auto',
  }),
  version: input.custom(versionSchema, {
    description:
      'Release exactly this version (e.g. 1.0.0 or v2.0.0-rc.1) instead of computing it; it must be higher than every existing release. In rollback mode, the version to undo.',
    allowed: 'expected a semantic version such as 1.4.0, v1.4.0 or 2.0.0-rc.1',
  }),
  'initial-version': input.custom(versionSchema, {
    description: 'The version of the first release, when the repository has no release tag yet.',
    default: '0.1.0',
    allowed: 'expected a semantic version such as 0.1.0 or 1.0.0',
  }),
  prerelease: input.string({
    description:
      'Make a pre-release on this channel, e.g. rc gives 1.3.0-rc.1, then 1.3.0-rc.2, … (the stable version computed as usual, suffixed).',
    pattern: /^[0-9A-Za-z-]+$/,
    allowed: 'expected one identifier of letters, digits and hyphens, e.g. rc or beta',
  }),
  draft: input.boolean({ description: 'Leave the GitHub release as a draft.', default: false }),
  'changelog-file': input.custom(repoPathSchema, {
    description:
      "Also commit the changelog entry to this file of the repository (e.g. CHANGELOG.md), in a verified release commit on the run's branch that the tag points at. Default: no file, no commit.",
    allowed: 'expected a relative path in the repository, e.g. CHANGELOG.md',
  }),
  'changelog-sections': input.custom(sectionsSchema, {
    description:
      'Sections of the notes, one per line as type[,type]=Title, in the order shown (breaking changes always come first). Default: feat,feature=Features, fix=Bug Fixes, perf=Performance Improvements, revert=Reverts. Types not listed are left out of the notes; the version bump does not change.',
    allowed: 'expected lines of type[,type]=Title, e.g. docs=Documentation',
  }),
  'version-files': input.custom(versionFilesSchema, {
    description:
      "Files whose version the release commit updates, one per line: package.json or package-lock.json (the version field, and the lock file's root package), a JSON file and field (manifest.json#version, dotted), a file and a regular expression whose first capture group is the version (src/version.ts=VERSION = '([^']*)'), or a file that holds only the version (VERSION). Implies a release commit on the run's branch, like changelog-file.",
    allowed: 'expected lines of path, path#json.field or path=regex-with-one-group, paths inside the workspace',
  }),
  packages: input.custom(packagesSchema, {
    description:
      'Monorepo: release these packages instead of the repository, one per line as name: path (e.g. api: packages/api). Each is released on its own with tags <name>-v<version>, counting only the commits that touch its folder; changelog-file and version-files are read inside its folder. No floating tags.',
    allowed: 'expected lines of name: path, e.g. api: packages/api',
  }),
  assets: input.list({
    description:
      'Files of the workspace to attach to the release, as globs separated by commas or newlines (e.g. dist/*.tgz). Uploaded to the draft before it is published, so they work with immutable releases; a glob that matches nothing stops the release before it writes.',
    item: globSchema,
    allowed: 'expected comma- or newline-separated globs relative to the workspace',
  }),
  'release-pr': input.boolean({
    description:
      "Release through a pull request: each push computes the next version and sets a release PR (branch moko-release/<branch>, one release commit with changelog-file and version-files) to it; merging the PR (squash or rebase) makes the release on the next push's run. Needs pull-requests: write.",
    default: false,
  }),
  'major-tag': input.boolean({
    description:
      'Move the floating major tag (v3) to a stable release from 1.0.0 on, when it is the highest of its major line.',
    default: true,
  }),
  'minor-tag': input.boolean({
    description: 'Also move a floating minor tag (v3.2) to a stable release that is the highest of its minor line.',
    default: false,
  }),
};

/** The typed inputs of the release action (without the common ones). */
export type ReleaseInputs = InputValues<typeof releaseInputs>;
