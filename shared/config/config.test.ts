import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../core/errors.js';
import { ConfigFileError, deepMerge, getPath, loadConfig } from './config.js';

let root: string;
let workspace: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'moko-config-'));
  workspace = join(root, 'ws');
  mkdirSync(join(workspace, '.github'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILE = `# MokoStandards settings
github:
  organization: mokoconsulting-tech
  retries: 3
bulk:
  maxRepos: 50
  labels: [standards, automated]
  pr:
    draft: true
    reviewers: [alice]
profiles:
  production:
    bulk:
      maxRepos: 500
      pr:
        draft: false
  staging:
    github:
      organization: moko-staging
`;

function write(text: string, name = '.github/moko-standards.yml'): void {
  writeFileSync(join(workspace, name), text);
}

describe('loadConfig', () => {
  it('reads the default file and exposes dot-notation values without a profile', () => {
    write(FILE);
    const config = loadConfig({ workspace, env: {} });
    expect(config.file).toBe(join('.github', 'moko-standards.yml'));
    expect(config.profile).toBeUndefined();
    expect(config.profiles).toEqual(['production', 'staging']);
    expect(config.get('github.organization')).toBe('mokoconsulting-tech');
    expect(config.get('bulk.labels.1')).toBe('automated');
    expect(config.get('bulk.pr.draft')).toBe(true);
    expect(config.get('profiles')).toBeUndefined();
    expect(config.get('nope.deeper', 'fallback')).toBe('fallback');
    expect(config.has('bulk.pr')).toBe(true);
    expect(config.has('bulk.nope')).toBe(false);
  });

  it('merges the chosen profile deeply over the top-level defaults', () => {
    write(FILE);
    const config = loadConfig({ workspace, profile: 'production', env: {} });
    expect(config.profile).toBe('production');
    expect(config.toJSON()).toEqual({
      github: { organization: 'mokoconsulting-tech', retries: 3 },
      bulk: { maxRepos: 500, labels: ['standards', 'automated'], pr: { draft: false, reviewers: ['alice'] } },
    });
  });

  it('takes the profile from MOKO_PROFILE when no argument is given, the argument winning', () => {
    write(FILE);
    expect(loadConfig({ workspace, env: { MOKO_PROFILE: 'staging' } }).get('github.organization')).toBe('moko-staging');
    expect(loadConfig({ workspace, profile: 'production', env: { MOKO_PROFILE: 'staging' } }).profile).toBe(
      'production',
    );
    expect(loadConfig({ workspace, profile: '', env: { MOKO_PROFILE: '' } }).profile).toBeUndefined();
  });

  it('rejects a profile the file does not define, naming where it came from and the choices', () => {
    write(FILE);
    expect(() => loadConfig({ workspace, env: { MOKO_PROFILE: 'prod' } })).toThrow(
      "profile 'prod' (from MOKO_PROFILE) is not defined; available profiles: production, staging.",
    );
  });

  it('accepts any profile when the file defines none', () => {
    write('a: 1\n');
    expect(loadConfig({ workspace, profile: 'production', env: {} }).get('a')).toBe(1);
  });

  it('gives an empty config when the optional file is missing, and fails when it is required', () => {
    const config = loadConfig({ workspace, env: {} });
    expect(config.toJSON()).toEqual({});
    expect(config.file).toBeUndefined();
    expect(() => loadConfig({ workspace, file: 'other.yml', required: true, env: {} })).toThrow(ConfigError);
  });

  it('reads a file named explicitly, relative to the workspace', () => {
    write('x: y\n', 'custom.yaml');
    expect(loadConfig({ workspace, file: 'custom.yaml', env: {} }).get('x')).toBe('y');
  });

  it('reports a YAML syntax error with file and line', () => {
    write('github:\n  organization: moko\nbulk: [1, 2\nother: 3\n');
    const error = (() => {
      try {
        loadConfig({ workspace, env: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigFileError);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: join('.github', 'moko-standards.yml'), line: 4 });
    expect(String(error)).toMatch(/moko-standards\.yml:4:1: .*\(YAML /);
  });

  it('reports duplicate keys and a top level that is not a mapping', () => {
    write('a: 1\nb: 2\na: 3\n');
    expect(() => loadConfig({ workspace, env: {} })).toThrow(/moko-standards\.yml:3:1: .*unique/);
    write('# list\n- a\n- b\n');
    expect(() => loadConfig({ workspace, env: {} })).toThrow(
      /moko-standards\.yml:2:1: the top level must be a mapping/,
    );
  });

  it('refuses a config path outside the workspace, symlinks included', () => {
    writeFileSync(join(root, 'outside.yml'), 'a: 1\n');
    expect(() => loadConfig({ workspace, file: '../outside.yml', env: {} })).toThrow(InputError);
    expect(() => loadConfig({ workspace, file: join(root, 'outside.yml'), env: {} })).toThrow(/config-file/);
    symlinkSync(join(root, 'outside.yml'), join(workspace, 'link.yml'));
    expect(() => loadConfig({ workspace, file: 'link.yml', env: {}, inputName: 'config' })).toThrow(
      /^Input 'config' has invalid value "link.yml": .*outside the workspace through a symlink/,
    );
  });

  it('rejects malformed profiles sections', () => {
    write('profiles: [production]\n');
    expect(() => loadConfig({ workspace, env: {} })).toThrow(/'profiles' must be a mapping/);
    write('profiles:\n  production: 3\n');
    expect(() => loadConfig({ workspace, env: {} })).toThrow(/profile 'production' must be a mapping/);
  });
});

describe('Config.locate', () => {
  it('finds a setting in the chosen profile, else at the top level', () => {
    write('release:\n  mode: release\nprofiles:\n  prod:\n    release:\n      draft: true\n');
    const config = loadConfig({ workspace, profile: 'prod', env: {} });
    expect(config.locate(['release', 'mode'])).toEqual({ line: 2, column: 9, key: 'release.mode' });
    expect(config.locate(['release', 'draft'])).toEqual({ line: 6, column: 14, key: 'profiles.prod.release.draft' });
  });
});

describe('helpers', () => {
  it('deepMerge merges mappings and replaces lists and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: null })).toEqual({
      a: { b: 1, c: [3] },
      d: null,
    });
  });

  it('getPath does not walk into inherited properties', () => {
    expect(getPath({ a: {} }, 'a.constructor')).toBeUndefined();
    expect(getPath({ a: [{ b: 2 }] }, 'a.0.b')).toBe(2);
  });
});
