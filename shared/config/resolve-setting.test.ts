import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, InputError } from '../core/errors.js';
import { booleanSetting, explainSetting, integerSetting, resolveSetting } from './resolve-setting.js';

describe('resolveSetting precedence: input > env > file > default', () => {
  it('takes each source in turn as the higher ones are absent', () => {
    const all = { input: 'i', env: 'e', file: 'f', default: 'd' };
    expect(explainSetting(all)).toEqual({ value: 'i', source: 'input' });
    expect(explainSetting({ ...all, input: undefined })).toEqual({ value: 'e', source: 'env' });
    expect(explainSetting({ ...all, input: undefined, env: undefined })).toEqual({ value: 'f', source: 'file' });
    expect(explainSetting({ default: 'd' })).toEqual({ value: 'd', source: 'default' });
  });

  it('treats empty strings and null as not given', () => {
    expect(explainSetting({ input: '', env: '', file: null, default: 'd' })).toEqual({ value: 'd', source: 'default' });
  });

  it('turns file scalars into strings when no schema is given and rejects structures', () => {
    expect(resolveSetting({ file: 42, default: '1' })).toBe('42');
    expect(() => resolveSetting({ file: ['a'], default: '', names: { file: 'bulk.branch' } })).toThrow(
      /Config key 'bulk.branch' has invalid value \["a"\]/,
    );
  });

  it('parses strings from input and environment with the schema', () => {
    expect(resolveSetting({ input: '25', file: 10, default: 5, schema: integerSetting })).toBe(25);
    expect(resolveSetting({ env: 'False', file: true, default: true, schema: booleanSetting })).toBe(false);
    expect(resolveSetting({ file: true, default: false, schema: booleanSetting })).toBe(true);
    expect(resolveSetting({ default: 5, schema: integerSetting })).toBe(5);
  });

  it('names the source of a bad value: input → InputError, env and file → ConfigError', () => {
    const names = { input: 'max-repos', env: 'MOKO_MAX_REPOS', file: 'bulk.maxRepos' };
    const base = { default: 5, schema: integerSetting, names };
    expect(() => resolveSetting({ ...base, input: 'ten' })).toThrow(InputError);
    expect(() => resolveSetting({ ...base, input: 'ten' })).toThrow(
      `Input 'max-repos' has invalid value "ten": expected a whole number.`,
    );
    expect(() => resolveSetting({ ...base, env: 'yes' })).toThrow(ConfigError);
    expect(() => resolveSetting({ ...base, env: 'yes' })).toThrow(/Environment variable MOKO_MAX_REPOS.*"yes"/);
    expect(() => resolveSetting({ ...base, file: 1.5 })).toThrow(/Config key 'bulk.maxRepos' has invalid value 1.5/);
  });

  it('strict booleans: a typo is an error, not false', () => {
    expect(() =>
      resolveSetting({ input: 'ture', default: false, schema: booleanSetting, names: { input: 'dry-run' } }),
    ).toThrow(/Input 'dry-run' has invalid value "ture"/);
  });

  it('treats a default that fails its own schema as a bug, not a user error', () => {
    expect(() => resolveSetting({ default: 'x' as unknown as number, schema: z.number() })).toThrow(/^Default/);
    try {
      resolveSetting({ default: 'x' as unknown as number, schema: z.number() });
    } catch (error) {
      expect(error).not.toBeInstanceOf(ConfigError);
    }
  });
});
