import { describe, expect, it } from 'vitest';
import { semverProblem, semverSchema } from './formats.js';

describe('semver', () => {
  it.each(['1.2.3', '0.0.0', '2.0.0-rc.1', '1.0.0+build.5', 'v3.1.0'])('accepts %j', (v) => {
    expect(semverProblem(v)).toBeUndefined();
  });

  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', 'latest', '1.2.3-'])('rejects %j', (v) => {
    expect(semverProblem(v)).toBe('expected a semantic version such as 1.2.3 or 2.0.0-rc.1');
  });

  it('explains itself through the schema', () => {
    expect(semverSchema.safeParse('1.2').error?.issues[0]?.message).toBe(
      'expected a semantic version such as 1.2.3 or 2.0.0-rc.1',
    );
  });
});
