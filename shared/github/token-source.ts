import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import { type AppAuthOptions, createInstallationToken, type InstallationToken } from './app-auth.js';
import type { TokenSource } from './token-auth.js';

/** Options of {@link appTokenSource}: app-auth's, plus how long before expiry a token is replaced. */
export interface AppTokenSourceOptions extends AppAuthOptions {
  /** Renew this long before `expires_at`; default 5 minutes, ample for one request and clock drift. */
  refreshMarginMs?: number;
}

/**
 * Installation tokens that renew themselves: the first one is minted at once (so a wrong key fails
 * before any work starts), later ones when the current one is within `refreshMarginMs` of expiry.
 * Concurrent callers share one renewal. Renewals reuse the installation id found the first time.
 */
export async function appTokenSource(opts: AppTokenSourceOptions): Promise<TokenSource & { first: InstallationToken }> {
  const clock: Clock = opts.clock ?? systemClock;
  const margin = opts.refreshMarginMs ?? 5 * 60_000;
  const first = await createInstallationToken(opts);
  let held = first;
  let pending: Promise<InstallationToken> | undefined;
  const renew = (): Promise<string> => {
    pending ??= createInstallationToken({ ...opts, installation: { installationId: held.installationId } })
      .then((next) => {
        held = next;
        return next;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending.then((t) => t.token);
  };
  return {
    first,
    renew,
    current: async () => (Date.parse(held.expiresAt) - clock.now() <= margin ? renew() : held.token),
  };
}
