import { z } from 'zod';

/** True for an http or https URL (credentials allowed: a Pushgateway behind Basic auth takes them from the URL). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The `pushgateway-url` input: an http(s) URL, `user:password@` allowed. */
export const pushgatewayUrlSchema: z.ZodType<string, string> = z.string().refine(isHttpUrl);

/**
 * Masks the credentials of a URL such as `https://user:secret@pushgateway.example` (they become a
 * Basic Authorization header) in everything logged afterwards. The URL itself is not a secret, so
 * it stays readable in messages; only the password is masked, as given and decoded (the user name is
 * not a secret, and masking a common word would garble every log line that contains it).
 */
export function maskUrlCredentials(url: string, mask: (value: string) => void): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // not a URL: the push reports it as a user error
  }
  for (const value of new Set([parsed.password, decodeURIComponent(parsed.password)])) {
    if (value !== '') mask(value);
  }
}
