import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.js';
import { jobPath, pushToGateway } from './pushgateway.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(status = 200, text = ''): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(text, { status });
  };
  return { fetch: fn as typeof fetch, calls };
}

describe('jobPath', () => {
  it('encodes a plain job name', () => {
    expect(jobPath('health check')).toBe('/metrics/job/health%20check');
  });

  it('uses the base64url form for names with a slash', () => {
    expect(jobPath('org/repo')).toBe(`/metrics/job@base64/${Buffer.from('org/repo').toString('base64url')}`);
  });

  it('rejects an empty job name', () => {
    expect(() => jobPath('')).toThrow(UserError);
  });
});

describe('pushToGateway', () => {
  it('PUTs the exposition to /metrics/job/<job> under the gateway path', async () => {
    const f = fakeFetch();
    await pushToGateway('http://gw.example:9091/prefix/', 'moko', 'a 1\n', { fetch: f.fetch });
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]?.url).toBe('http://gw.example:9091/prefix/metrics/job/moko');
    expect(f.calls[0]?.init?.method).toBe('PUT');
    expect(f.calls[0]?.init?.body).toBe('a 1\n');
    expect(f.calls[0]?.init?.headers).toMatchObject({ 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });

  it('moves URL credentials into a Basic header and keeps them out of the URL', async () => {
    const f = fakeFetch();
    await pushToGateway('https://user:p%40ss@gw.example/', 'moko', '', { fetch: f.fetch });
    expect(f.calls[0]?.url).toBe('https://gw.example/metrics/job/moko');
    expect(f.calls[0]?.init?.headers).toMatchObject({
      authorization: `Basic ${Buffer.from('user:p@ss').toString('base64')}`,
    });
  });

  it('reports a non-2xx answer without leaking credentials', async () => {
    const f = fakeFetch(400, 'bad metrics');
    const error = await pushToGateway('https://user:secret@gw.example', 'moko', '', { fetch: f.fetch }).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toContain('Pushgateway https://gw.example/ answered 400: bad metrics');
    expect(String(error)).not.toContain('secret');
  });

  it('reports an unreachable gateway', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(pushToGateway('http://127.0.0.1:1', 'moko', '', { fetch: failing })).rejects.toThrow(
      'Pushgateway http://127.0.0.1:1/ unreachable: fetch failed',
    );
  });

  it('rejects invalid and non-http URLs as user errors', async () => {
    await expect(pushToGateway('not a url', 'moko', '')).rejects.toBeInstanceOf(UserError);
    await expect(pushToGateway('file:///tmp/x', 'moko', '')).rejects.toThrow('must use http or https');
  });
});
