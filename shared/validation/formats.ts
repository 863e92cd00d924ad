import semver from 'semver';
import { schemaFrom } from './schema.js';

/** Why `value` is not a semantic version (a leading `v` is accepted, as npm's semver does), or undefined. */
export function semverProblem(value: string): string | undefined {
  return semver.valid(value) === null ? 'expected a semantic version such as 1.2.3 or 2.0.0-rc.1' : undefined;
}

/** A semantic version, for an input or config field (release's `version` input). */
export const semverSchema = schemaFrom(semverProblem);
