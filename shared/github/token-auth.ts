import type { RequestOptions, RequestResult } from './request-hook.js';
import { errorStatus } from '../core/errors.js';

/**
 * A token that can change during a run. Installation tokens expire one hour after they are minted
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation),
 * and a bulk update of thousands of repositories runs longer than that.
 */
export interface TokenSource {
  /** The token to send now: renewed first when it is about to expire. */
  current(): Promise<string>;
  /** Gets a new token now, e.g. after GitHub answered 401 to the current one. */
  renew(): Promise<string>;
}

type Request = ((options: RequestOptions) => Promise<RequestResult>) & {
  endpoint: { merge(route: unknown, parameters?: unknown): RequestOptions };
};

/**
 * An Octokit `authStrategy` that asks `source` for the token on every attempt, in place of the
 * fixed token of @octokit/auth-token (whose hook is innermost, so a plugin cannot override its
 * header). A 401 is answered once by renewing the token and sending the request again: a token
 * revoked or expired earlier than announced must not end a long run.
 */
export function refreshingTokenAuth(source: TokenSource) {
  return () => {
    const auth = async () => ({ type: 'token', tokenType: 'installation', token: await source.current() });
    const send = async (request: Request, endpoint: RequestOptions, token: string) => {
      endpoint.headers.authorization = `token ${token}`;
      return request(endpoint);
    };
    auth.hook = async (request: Request, route: unknown, parameters?: unknown) => {
      const endpoint = request.endpoint.merge(route, parameters);
      try {
        return await send(request, endpoint, await source.current());
      } catch (error) {
        if (errorStatus(error) !== 401) throw error;
        return send(request, endpoint, await source.renew());
      }
    };
    return auth;
  };
}
