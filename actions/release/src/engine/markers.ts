/**
 * Markers that tell this action's own release objects from anyone else's, so a re-run recognises a
 * half-finished release of ours (tag without release, unpublished draft, release commit) and completes
 * or removes it, and never mistakes it for a finished previous version. The marker is written into the
 * objects themselves (tag message, commit message trailer, release body): no state outside GitHub.
 */

/** Trailer on release commits and annotated tag messages. */
export const MARKER_TRAILER = 'Released-By: mokostandards-release';

const BODY_MARKER = /<!-- mokostandards-release: (\S+)( draft)? -->/;

/** The HTML comment ending a release body: the tag, and whether the user asked for a draft. */
export function bodyMarker(tag: string, draftRequested: boolean): string {
  return `<!-- mokostandards-release: ${tag}${draftRequested ? ' draft' : ''} -->`;
}

/** What the marker of a release body says, or undefined for a release this action did not make. */
export function readBodyMarker(body: string | null | undefined): { tag: string; draftRequested: boolean } | undefined {
  const m = BODY_MARKER.exec(body ?? '');
  return m ? { tag: m[1]!, draftRequested: m[2] !== undefined } : undefined;
}

/** True when a tag or commit message carries our trailer. */
export function hasTrailer(message: string | null | undefined): boolean {
  return (message ?? '').split(/\r?\n/).some((l) => l.trim() === MARKER_TRAILER);
}

/** Message of the release commit: `chore(release): <tag>` plus our trailer (Conventional Commits skip chores). */
export function releaseCommitMessage(tag: string): string {
  return `chore(release): ${tag}\n\n${MARKER_TRAILER}\n`;
}

/** Message of the annotated tag: the tag, the notes, and our trailer last. */
export function tagMessage(tag: string, notes: string): string {
  return `${tag}\n\n${notes.trimEnd()}\n\n${MARKER_TRAILER}\n`;
}
