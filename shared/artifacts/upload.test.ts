import { describe, expect, it, vi } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { type ArtifactUploader, uploadArtifact } from './upload.js';

const runnerEnv = { ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' };

function recordingClient(result: { id?: number } | Error): {
  client: () => Promise<ArtifactUploader>;
  calls: unknown[][];
} {
  const calls: unknown[][] = [];
  return {
    calls,
    client: async () => ({
      uploadArtifact: async (...args: unknown[]) => {
        calls.push(args);
        if (result instanceof Error) throw result;
        return result;
      },
    }),
  };
}

describe('uploadArtifact', () => {
  it('skips with a reason when neither runtime variable is set, without loading a client', async () => {
    const logger = recordingLogger();
    const fake = recordingClient({ id: 1 });
    const result = await uploadArtifact('metrics-x-1-1', ['/tmp/a'], '/tmp', { logger, env: {}, client: fake.client });
    expect(result).toEqual({
      uploaded: false,
      reason: 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set (not running on a GitHub Actions runner)',
    });
    expect(fake.calls).toEqual([]);
    expect(logger.lines).toEqual([
      'debug: Artifact metrics-x-1-1 not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set (not running on a GitHub Actions runner).',
    ]);
  });

  it('names the one runtime variable that is missing', async () => {
    const result = await uploadArtifact('a', ['/tmp/a'], '/tmp', {
      logger: recordingLogger(),
      env: { ACTIONS_RUNTIME_TOKEN: 'token' },
    });
    expect(result.reason).toBe('ACTIONS_RESULTS_URL not set (not running on a GitHub Actions runner)');
  });

  it('reads process.env when no env is injected', async () => {
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', undefined);
    vi.stubEnv('ACTIONS_RESULTS_URL', undefined);
    try {
      const result = await uploadArtifact('a', ['/tmp/a'], '/tmp', { logger: recordingLogger() });
      expect(result.uploaded).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('skips when there are no files', async () => {
    const fake = recordingClient({ id: 1 });
    const result = await uploadArtifact('a', [], '/tmp', {
      logger: recordingLogger(),
      env: runnerEnv,
      client: fake.client,
    });
    expect(result).toEqual({ uploaded: false, reason: 'no files to upload' });
    expect(fake.calls).toEqual([]);
  });

  it('uploads through the client and returns the artifact id', async () => {
    const logger = recordingLogger();
    const fake = recordingClient({ id: 42 });
    const result = await uploadArtifact('audit-x-1-1', ['/r/a.jsonl', '/r/b.jsonl'], '/r', {
      logger,
      env: runnerEnv,
      retentionDays: 7,
      client: fake.client,
    });
    expect(result).toEqual({ uploaded: true, name: 'audit-x-1-1', id: 42 });
    expect(fake.calls).toEqual([['audit-x-1-1', ['/r/a.jsonl', '/r/b.jsonl'], '/r', { retentionDays: 7 }]]);
    expect(logger.lines).toEqual(['info: Uploaded artifact audit-x-1-1 (2 files).']);
  });

  it('returns and warns about an upload failure instead of throwing', async () => {
    const logger = recordingLogger();
    const fake = recordingClient(new Error('Failed request: (500) Internal Server Error'));
    const result = await uploadArtifact('a', ['/tmp/a'], '/tmp', { logger, env: runnerEnv, client: fake.client });
    expect(result).toEqual({ uploaded: false, reason: 'Failed request: (500) Internal Server Error' });
    expect(logger.lines).toEqual(['warning: Could not upload artifact a: Failed request: (500) Internal Server Error']);
  });

  it('takes the next name, -<job> then -<job>-2, when the name is already used in this run', async () => {
    const logger = recordingLogger();
    const taken = new Set(['audit-x-1-1', 'audit-x-1-1-scan']);
    const calls: string[] = [];
    const client = async () => ({
      uploadArtifact: async (name: string) => {
        calls.push(name);
        if (taken.has(name))
          throw new Error(
            'Failed to CreateArtifact: already_exists: an artifact with this name already exists on the workflow run',
          );
        return { id: 7 };
      },
    });
    const result = await uploadArtifact('audit-x-1-1', ['/tmp/a'], '/tmp', {
      logger,
      env: { ...runnerEnv, GITHUB_JOB: 'scan' },
      client,
    });
    expect(calls).toEqual(['audit-x-1-1', 'audit-x-1-1-scan', 'audit-x-1-1-scan-2']);
    expect(result).toEqual({ uploaded: true, name: 'audit-x-1-1-scan-2', id: 7 });
  });

  it('returns a failure when the client cannot even be loaded', async () => {
    const logger = recordingLogger();
    const result = await uploadArtifact('a', ['/tmp/a'], '/tmp', {
      logger,
      env: runnerEnv,
      client: () => Promise.reject(new Error('Cannot find module')),
    });
    expect(result).toEqual({ uploaded: false, reason: 'Cannot find module' });
    expect(logger.lines).toEqual(['warning: Could not upload artifact a: Cannot find module']);
  });
});
