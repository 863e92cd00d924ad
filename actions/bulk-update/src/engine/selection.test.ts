import { describe, expect, it } from 'vitest';
import { selectionSchema } from './config.js';
import { type RepoInfo, toRepoInfo } from './repos.js';
import { selectRepos } from './selection.js';

function repo(name: string, extra: Record<string, unknown> = {}): RepoInfo {
  return toRepoInfo({
    name,
    full_name: `acme/${name}`,
    node_id: `R_${name}`,
    owner: { login: 'acme' },
    visibility: 'public',
    ...extra,
  });
}

const repos = [
  repo('api', { topics: ['standards'], language: 'TypeScript', custom_properties: { team: 'platform' } }),
  repo('api-legacy', { archived: true, topics: ['standards'] }),
  repo('web', { visibility: 'private', language: 'Go', custom_properties: { team: ['web', 'ux'] } }),
  repo('fork-of-x', { fork: true }),
  repo('docs', { visibility: 'internal' }),
];
const select = (s: unknown) => selectRepos(repos, selectionSchema.parse(s)).selected.map((r) => r.name);

describe('selectRepos', () => {
  it('excludes archived repositories and forks unless asked', () => {
    expect(select({})).toEqual(['api', 'web', 'docs']);
    expect(select({ archived: true, forks: true })).toEqual(repos.map((r) => r.name));
  });
  it('matches names and globs, and exclude wins over include', () => {
    expect(select({ names: ['api*'], archived: true })).toEqual(['api', 'api-legacy']);
    expect(select({ names: ['nothing'], include: ['docs'] })).toEqual(['docs']);
    expect(select({ include: ['docs'], exclude: ['d*'] })).toEqual(['api', 'web']);
  });
  it('filters by topic, visibility, language and custom property values', () => {
    expect(select({ topics: ['standards'] })).toEqual(['api']);
    expect(select({ visibility: ['private', 'internal'] })).toEqual(['web', 'docs']);
    expect(select({ languages: ['typescript', 'go'] })).toEqual(['api', 'web']);
    expect(select({ properties: { team: ['UX'] } })).toEqual(['web']);
    expect(select({ properties: { team: 'platform' }, visibility: ['public'] })).toEqual(['api']);
  });
  it('says why each repository was left out', () => {
    const { excluded } = selectRepos(repos, selectionSchema.parse({ properties: { team: 'platform' } }));
    expect(excluded).toEqual([
      { name: 'api-legacy', reason: 'archived' },
      { name: 'web', reason: 'custom property team=web,ux' },
      { name: 'fork-of-x', reason: 'fork' },
      { name: 'docs', reason: 'custom property team=(unset)' },
    ]);
  });
});
