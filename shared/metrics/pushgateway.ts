import { errorMessage, UserError } from '../core/errors.js';

/** Options of {@link pushToGateway}. */
export interface PushOptions {
  /** Injected for tests; defaults to the global fetch of Node 24. */
  fetch?: typeof fetch;
  /** Give up after this long. Default 10 s: telemetry must not hold a job hostage. */
  timeoutMs?: number;
}

/**
 * The grouping-key path of a job. A `/` cannot appear in a path segment, so such names use the
 * Pushgateway's base64url form (https://github.com/prometheus/pushgateway#url).
 */
export function jobPath(job: string): string {
  if (job === '') throw new UserError('Pushgateway job name must not be empty.');
  if (job.includes('/')) return `/metrics/job@base64/${Buffer.from(job).toString('base64url')}`;
  return `/metrics/job/${encodeURIComponent(job)}`;
}

/** The gateway URL without credentials, for messages (a Basic-auth password must never reach the log). */
function redacted(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/**
 * PUTs a text exposition to `<gatewayUrl>/metrics/job/<job>`, replacing the job's previous group
 * (https://github.com/prometheus/pushgateway#put-method). Credentials in the URL become a Basic
 * Authorization header, since fetch refuses URLs that carry them.
 */
export async function pushToGateway(
  gatewayUrl: string,
  job: string,
  body: string,
  opts: PushOptions = {},
): Promise<void> {
  let url: URL;
  try {
    url = new URL(gatewayUrl);
  } catch {
    throw new UserError(`Pushgateway URL ${JSON.stringify(gatewayUrl)} is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`Pushgateway URL must use http or https, got ${url.protocol}`);
  }
  const headers: Record<string, string> = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  const shown = redacted(url);
  const target = new URL(shown);
  target.pathname = `${target.pathname.replace(/\/+$/, '')}${jobPath(job)}`;
  const doFetch = opts.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(target, {
      method: 'PUT',
      headers,
      body,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new Error(`Pushgateway ${shown} unreachable: ${errorMessage(error)}`, { cause: error });
  }
  if (!response.ok) {
    const text = (await response.text()).slice(0, 500);
    throw new Error(`Pushgateway ${shown} answered ${response.status}: ${text.trim()}`);
  }
}
