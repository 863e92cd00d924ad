import { describe, expect, it } from 'vitest';
import { generateOrg } from './generator.js';

function snapshot(seed: number, repos: number) {
  const state = generateOrg({ seed, repos });
  return [...state.repos.values()].map((r) => ({
    name: r.name,
    visibility: r.visibility,
    language: r.language,
    topics: r.topics,
    archived: r.archived,
    fork: r.fork,
    props: r.custom_properties,
    files: r.seedFiles?.(),
  }));
}

describe('generateOrg', () => {
  it('is deterministic from the seed and differs between seeds', () => {
    expect(snapshot(11, 40)).toEqual(snapshot(11, 40));
    expect(snapshot(11, 40)).not.toEqual(snapshot(12, 40));
  });

  it('builds 5 repositories with files, workflows, runs and git data on demand', () => {
    const state = generateOrg({ seed: 1, repos: 5, org: 'acme' });
    expect(state.org('acme')?.login).toBe('acme');
    expect(state.repos.size).toBe(5);
    const repo = [...state.repos.values()][0]!;
    expect(repo.git).toBeUndefined();
    const git = state.git(repo);
    const head = git.refs.get(`refs/heads/${repo.default_branch}`)!;
    expect(git.lookup(head, 'README.md')?.type).toBe('blob');
    expect(git.lookup(head, '.github/workflows/ci.yml')?.type).toBe('blob');
    expect(repo.workflows[0]?.path).toBe('.github/workflows/ci.yml');
    expect(repo.runs.length).toBeGreaterThan(0);
    expect(repo.jobs.map((j) => j.run_id)).toEqual(repo.runs.map((r) => r.id));
  });

  it('spreads 10,000 repositories over languages, visibilities, archived repos, forks and disabled workflows', () => {
    const state = generateOrg({ seed: 2, repos: 10_000 });
    const repos = [...state.repos.values()];
    expect(repos).toHaveLength(10_000);
    expect(new Set(repos.map((r) => `${r.owner}/${r.name}`)).size).toBe(10_000);
    expect(new Set(repos.map((r) => r.language)).size).toBe(10);
    expect(new Set(repos.map((r) => r.visibility))).toEqual(new Set(['private', 'public', 'internal']));
    const share = (f: (r: (typeof repos)[number]) => boolean) => repos.filter(f).length / repos.length;
    expect(share((r) => r.archived)).toBeGreaterThan(0.02);
    expect(share((r) => r.fork)).toBeGreaterThan(0.02);
    expect(share((r) => r.workflows.some((w) => w.state === 'disabled_inactivity'))).toBeGreaterThan(0.05);
    expect(share((r) => r.topics.length > 0)).toBeGreaterThan(0.3);
    expect(state.org('moko-demo')?.auditLog).toHaveLength(10_000);
  });

  it('keeps workflow records and workflow files in step', () => {
    const state = generateOrg({ seed: 6, repos: 200 });
    for (const repo of state.repos.values()) {
      const files = repo.seedFiles?.() ?? {};
      expect(repo.workflows.map((w) => w.path).sort()).toEqual(
        Object.keys(files)
          .filter((f) => f.startsWith('.github/workflows/'))
          .sort(),
      );
    }
  });

  it('plants secrets in real formats (GitHub tokens with a valid CRC32 checksum) and dangerous code', () => {
    const state = generateOrg({ seed: 3, repos: 300 });
    const files = [...state.repos.values()].flatMap((r) => Object.entries(r.seedFiles?.() ?? {}));
    const contents = files.map(([, f]) => f.content).join('\n');
    const tokens = [...contents.matchAll(/gh[p]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})/g)];
    expect(tokens.length).toBeGreaterThan(0);
    const crc32 = (s: string) => {
      let c = ~0;
      for (let i = 0; i < s.length; i++) {
        c ^= s.charCodeAt(i);
        for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      return ~c >>> 0;
    };
    const b62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    for (const [, body, check] of tokens) {
      let n = crc32(body!);
      let expected = '';
      for (let i = 0; i < 6; i++) {
        expected = b62[n % 62] + expected;
        n = Math.floor(n / 62);
      }
      expect(check).toBe(expected);
    }
    expect(contents).toMatch(/A[K]IA[A-Z2-7]{16}/);
    expect(contents).toMatch(/shell=True|eval\(|curl -fsSL .* \| sh/);
    expect(contents).toContain('pull_request_target');
  });
});
