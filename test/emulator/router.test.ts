import { describe, expect, it } from 'vitest';
import { matchRoute } from './router.js';

describe('matchRoute (templates of the OpenAPI description)', () => {
  it('prefers literal segments over parameters', () => {
    expect(matchRoute('GET', '/repos/o/r/releases/latest')?.operation?.operationId).toBe('repos/get-latest-release');
    expect(matchRoute('GET', '/repos/o/r/releases/42')?.operation?.operationId).toBe('repos/get-release');
  });

  it('lets paths, refs and branch names contain slashes', () => {
    expect(matchRoute('GET', '/repos/o/r/contents/a/b/c.txt')).toMatchObject({
      operation: { operationId: 'repos/get-content' },
      params: { path: 'a/b/c.txt' },
    });
    expect(matchRoute('PATCH', '/repos/o/r/git/refs/heads/feature/x')).toMatchObject({
      operation: { operationId: 'git/update-ref' },
      params: { ref: 'heads/feature/x' },
    });
    expect(matchRoute('PUT', '/repos/o/r/branches/release/v1/protection')).toMatchObject({
      operation: { operationId: 'repos/update-branch-protection' },
      params: { branch: 'release/v1' },
    });
    expect(matchRoute('GET', '/repos/o/r/compare/main...feature/x')).toMatchObject({
      params: { basehead: 'main...feature/x' },
    });
  });

  it('decodes percent-encoded parameters', () => {
    expect(matchRoute('GET', '/repos/o/r/labels/good%20first%20issue')?.params.name).toBe('good first issue');
  });

  it('finds the template but no operation for a method the path does not have', () => {
    const m = matchRoute('DELETE', '/rate_limit');
    expect(m?.template).toBe('/rate_limit');
    expect(m?.operation).toBeUndefined();
    expect(matchRoute('GET', '/no/such/thing')).toBeUndefined();
  });
});
