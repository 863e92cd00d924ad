import { createHash } from 'node:crypto';

/**
 * Git's object id of a file's content: sha1 of `blob <byte length>\0<content>`
 * (https://git-scm.com/book/en/v2/Git-Internals-Git-Objects). GitHub returns it as `Blob.oid`,
 * so comparing ids tells whether a file differs without downloading it.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
