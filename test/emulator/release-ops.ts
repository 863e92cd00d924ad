import type { RepoRecord } from './model.js';
import { HttpError } from './route-kit.js';

/**
 * Immutable releases lock their tag: it cannot be moved or deleted while the release exists, and once the
 * release is deleted the tag name cannot be reused
 * (https://docs.github.com/code-security/concepts/supply-chain-security/immutable-releases).
 */
export function assertTagMutable(repo: RepoRecord, ref: string): void {
  if (!ref.startsWith('refs/tags/')) return;
  const tag = ref.slice('refs/tags/'.length);
  if (repo.releases.some((r) => r.immutable && r.tag_name === tag)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Reference',
          code: 'custom',
          field: 'ref',
          message: `${tag} is the tag of an immutable release and cannot be moved or deleted`,
        },
      ],
    });
  }
}

/** Refuses a tag name an immutable release used before (GitHub's exact error). */
export function assertTagReusable(repo: RepoRecord, tag: string): void {
  if (repo.burnedTags?.has(tag)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Release',
          code: 'custom',
          field: 'tag_name',
          message: 'tag_name was used by an immutable release',
        },
      ],
    });
  }
}
