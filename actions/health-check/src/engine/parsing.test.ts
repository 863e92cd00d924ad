import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/core/errors.js';
import { parseRequiredFiles } from './required-files.js';
import { isWorkflowFile, scheduleCrons } from './scheduled-workflows.js';
import { statusOf, worstStatus } from './status.js';
import { broadScopes, parseExpiration, parseScopes, tokenInfo } from './token-kind.js';

describe('tokenInfo', () => {
  it.each([
    ['ghp_abc', 'classic-pat'],
    ['github_pat_abc', 'fine-grained-pat'],
    ['ghs_abc', 'installation'],
    ['gho_abc', 'oauth'],
    ['ghu_abc', 'user-to-server'],
    ['something', 'unknown'],
    [undefined, 'unknown'],
  ])('classifies %s as %s by its prefix', (token, kind) => {
    expect(tokenInfo(token, false).kind).toBe(kind);
  });

  it('says app-installation when the framework minted the token from app-id', () => {
    expect(tokenInfo('ghs_abc', true)).toEqual({
      kind: 'app-installation',
      label: 'GitHub App installation token (app-id)',
    });
  });
});

describe('scopes and expiration headers', () => {
  it('parses x-oauth-scopes and picks the over-broad ones, sorted', () => {
    const scopes = parseScopes('repo, workflow, delete_repo,admin:org');
    expect(scopes).toEqual(['repo', 'workflow', 'delete_repo', 'admin:org']);
    expect(broadScopes(scopes ?? [])).toEqual(['admin:org', 'delete_repo']);
  });

  it('tells an absent header (fine-grained or installation token) from an empty one (no scopes)', () => {
    expect(parseScopes(undefined)).toBeUndefined();
    expect(parseScopes('')).toEqual([]);
  });

  it('reads GitHub-Authentication-Token-Expiration in its documented forms', () => {
    expect(parseExpiration('2026-12-01 10:00:00 UTC')).toBe(Date.parse('2026-12-01T10:00:00Z'));
    expect(parseExpiration('2026-12-01 10:00:00 +0100')).toBe(Date.parse('2026-12-01T09:00:00Z'));
    expect(parseExpiration('soon')).toBeUndefined();
    expect(parseExpiration(undefined)).toBeUndefined();
  });
});

describe('parseRequiredFiles', () => {
  it('looks for a bare name in the root, .github/ and docs/, as GitHub does for community files', () => {
    expect(parseRequiredFiles(['SECURITY.md'])).toEqual([
      { name: 'SECURITY.md', paths: ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'] },
    ]);
  });

  it('takes a path with a slash as it is, and | separates alternatives', () => {
    expect(parseRequiredFiles(['.github/dependabot.yml | .github/dependabot.yaml'])).toEqual([
      {
        name: '.github/dependabot.yml|.github/dependabot.yaml',
        paths: ['.github/dependabot.yml', '.github/dependabot.yaml'],
      },
    ]);
  });

  it.each(['../etc/passwd', '/SECURITY.md', 'a"b', 'docs//x', 'a\\b', 'dir/'])('rejects %s naming the input', (bad) => {
    expect(() => parseRequiredFiles([bad])).toThrow(InputError);
    expect(() => parseRequiredFiles([bad])).toThrow("Input 'required-files'");
  });
});

describe('scheduleCrons', () => {
  it('returns the cron expressions of on.schedule', () => {
    const text = "on:\n  schedule:\n    - cron: '0 * * * *'\n    - cron: '30 6 * * 1'\n  workflow_dispatch:\n";
    expect(scheduleCrons(text)).toEqual(['0 * * * *', '30 6 * * 1']);
  });

  it('returns [] without a schedule, for on as a string or list, and for YAML that does not parse', () => {
    expect(scheduleCrons('on:\n  push:\n')).toEqual([]);
    expect(scheduleCrons('on: push\n')).toEqual([]);
    expect(scheduleCrons('on: [push, pull_request]\n')).toEqual([]);
    expect(scheduleCrons('on: {{{\n')).toEqual([]);
  });

  it('only counts .yml and .yaml files as workflows', () => {
    expect([isWorkflowFile('ci.yml'), isWorkflowFile('x.YAML'), isWorkflowFile('README.md')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('statusOf / worstStatus', () => {
  const f = (severity: 'low' | 'medium' | 'high' | 'critical') => ({ ruleId: 'x', severity, message: 'm' });
  it('maps findings to a status: none healthy, low/medium degraded, high/critical unhealthy', () => {
    expect(statusOf([])).toBe('healthy');
    expect(statusOf([f('low')])).toBe('degraded');
    expect(statusOf([f('low'), f('medium')])).toBe('degraded');
    expect(statusOf([f('low'), f('high')])).toBe('unhealthy');
    expect(statusOf([f('critical')])).toBe('unhealthy');
  });

  it('makes a check that crashed unhealthy', () => {
    expect(statusOf([], true)).toBe('unhealthy');
  });

  it('takes the worst status, healthy when there is none', () => {
    expect(worstStatus([])).toBe('healthy');
    expect(worstStatus(['healthy', 'degraded'])).toBe('degraded');
    expect(worstStatus(['unhealthy', 'degraded', 'healthy'])).toBe('unhealthy');
  });
});
