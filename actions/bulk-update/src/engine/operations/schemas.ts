import { z } from 'zod';

const path = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must be a relative path without `..`');

/** Copy a file, or every file of a folder (path ending in `/`), from the calling repository. */
export const fileSyncSchema = z
  .object({
    source: path.describe('Path in the workspace (the calling repository); a folder ends with `/`.'),
    target: path.optional().describe('Path in the target repository; defaults to `source`.'),
    template: z
      .boolean()
      .default(false)
      .describe('Render `{{ repo.name }}`, `{{ repo.defaultBranch }}`, `{{ properties.NAME }}` … in the content.'),
    replace: z
      .boolean()
      .default(true)
      .describe('`false`: create the file only when missing; a repository may own its copy.'),
    orphans: z
      .enum(['keep', 'delete'])
      .default('keep')
      .describe('Folders only: what happens to target files that no longer exist in the source folder.'),
  })
  .strict();

/** Delete a path from every target. */
export const fileDeleteSchema = z
  .object({ delete: path.describe('Path deleted from the target repository.') })
  .strict();

/** Rename a path in every target (content kept). */
export const fileRenameSchema = z
  .object({ rename: z.object({ from: path, to: path }).strict().describe('Move a file in the target repository.') })
  .strict();

/** One entry of the files operation. */
export const fileEntrySchema = z.union([fileSyncSchema, fileDeleteSchema, fileRenameSchema]);

/** Keep files in sync with the calling repository. */
export const filesOperationSchema = z
  .object({ type: z.literal('files'), files: z.array(fileEntrySchema).min(1) })
  .strict()
  .describe('Sync files from the calling repository (committed through a pull request or a direct commit).');

/** One label as declared. */
export const labelSchema = z
  .object({
    name: z.string().min(1).max(50),
    color: z
      .string()
      .regex(/^#?[0-9a-fA-F]{6}$/, 'must be a 6-digit hex colour')
      .transform((c) => c.replace(/^#/, '').toLowerCase()),
    description: z.string().max(100).optional(),
  })
  .strict();

/** Ensure labels exist with the declared colour and description. */
export const labelsOperationSchema = z
  .object({
    type: z.literal('labels'),
    labels: z.array(labelSchema).min(1),
    deleteOthers: z.boolean().default(false).describe('Delete labels that are not declared.'),
  })
  .strict()
  .describe('Ensure labels; only differences are written.');

/** Repository settings, named as the REST API names them (PATCH /repos/{owner}/{repo}). */
export const repoSettingsSchema = z
  .object({
    allow_squash_merge: z.boolean(),
    allow_merge_commit: z.boolean(),
    allow_rebase_merge: z.boolean(),
    allow_auto_merge: z.boolean(),
    allow_update_branch: z.boolean(),
    delete_branch_on_merge: z.boolean(),
    has_issues: z.boolean(),
    has_wiki: z.boolean(),
    has_projects: z.boolean(),
    has_discussions: z.boolean(),
    web_commit_signoff_required: z.boolean(),
    secret_scanning: z.enum(['enabled', 'disabled']),
    secret_scanning_push_protection: z.enum(['enabled', 'disabled']),
    dependabot_security_updates: z.enum(['enabled', 'disabled']),
  })
  .partial()
  .strict();

/** Ensure repository settings; only differences are written. */
export const settingsOperationSchema = z
  .object({ type: z.literal('settings'), settings: repoSettingsSchema })
  .strict()
  .describe('Ensure repository settings (merge methods, features, security); only differences are written.');

/** Delete merged or long-untouched branches. */
export const staleBranchesOperationSchema = z
  .object({
    type: z.literal('stale-branches'),
    olderThanDays: z.number().int().min(1).default(90).describe('Delete branches whose last commit is older.'),
    merged: z
      .boolean()
      .default(true)
      .describe('Also delete branches whose pull request was merged, whatever their age.'),
    exclude: z.array(z.string().min(1)).default([]).describe('Branch names or globs never deleted.'),
  })
  .strict()
  .describe(
    'Delete stale branches; default and protected branches and branches with open pull requests are never touched.',
  );

/** Ensure an organization project exists and every target repository is linked to it. */
export const projectsOperationSchema = z
  .object({
    type: z.literal('projects'),
    title: z.string().min(1).describe('Project title (template: one project per distinct rendered title).'),
  })
  .strict()
  .describe('Ensure an organization project (Projects v2) exists and link each target repository to it.');

/** All operations, discriminated by `type`. */
export function operationSchemas() {
  return z.discriminatedUnion('type', [
    filesOperationSchema,
    labelsOperationSchema,
    settingsOperationSchema,
    staleBranchesOperationSchema,
    projectsOperationSchema,
  ]);
}

/** A parsed files operation. */
export type FilesOperation = z.infer<typeof filesOperationSchema>;
/** A parsed labels operation. */
export type LabelsOperation = z.infer<typeof labelsOperationSchema>;
/** A parsed settings operation. */
export type SettingsOperation = z.infer<typeof settingsOperationSchema>;
/** A parsed stale-branches operation. */
export type StaleBranchesOperation = z.infer<typeof staleBranchesOperationSchema>;
/** A parsed projects operation. */
export type ProjectsOperation = z.infer<typeof projectsOperationSchema>;
/** Any parsed operation. */
export type Operation = z.infer<ReturnType<typeof operationSchemas>>;
