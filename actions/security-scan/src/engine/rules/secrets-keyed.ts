import { keyedSecret, type SecretRule, secret, UUID_RE } from './secret-helpers.js';

/** True when a base64 string decodes to a JSON Web Token whose header is JSON with an `alg` field. */
function base64Jwt(value: string): boolean {
  const decoded = Buffer.from(value.replace(/[\r\n\\]+|\\[nr]/g, ''), 'base64').toString('latin1');
  const m = /^eyJ[A-Za-z0-9_-]+(?=\.eyJ)/.exec(decoded);
  if (!m) return false;
  try {
    const header = JSON.parse(Buffer.from(m[0], 'base64url').toString('utf8')) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

const HEX = (n: number) => `[a-f0-9]{${n}}`;

/**
 * Credentials whose value has no prefix of its own (a UUID, hex or digits), found only as the value
 * of a name that holds the provider's name (`SNYK_TOKEN=…`, `<discordSecret>…</discordSecret>`), and
 * prefixed tokens not covered elsewhere (Vault batch tokens, Slack configuration refresh tokens,
 * Sourcegraph tokens, base64-encoded JWTs). Formats from the providers' documentation.
 */
export const KEYED_SECRET_RULES: readonly SecretRule[] = [
  keyedSecret('adobe-client-id', 'Adobe client id', 'adobe', HEX(32), { hashLike: true, sev: 'medium' }),
  // Short values whose entropy the generic rules' 3.5 bits threshold misses half the time.
  keyedSecret('airtable-api-key', 'Airtable API key (unprefixed)', 'airtable', '[a-z0-9]{17}', { minEntropy: 2.8 }),
  keyedSecret('linkedin-client-id', 'LinkedIn client id', 'linkedin|linked_in|linked-in', '[a-z0-9]{14}', {
    minEntropy: 2.8,
    sev: 'medium',
  }),
  keyedSecret('looker-client-id', 'Looker API client id', 'looker', '[a-z0-9]{20}', { minEntropy: 2.8, sev: 'medium' }),
  keyedSecret('looker-client-secret', 'Looker API client secret', 'looker', '[a-z0-9]{24}', { minEntropy: 2.8 }),
  keyedSecret('asana-client-id', 'Asana client id', 'asana', '\\d{16}', { minEntropy: 2, sev: 'medium' }),
  keyedSecret('asana-client-secret', 'Asana client secret', 'asana', '[a-z0-9]{32}', { hashLike: true }),
  keyedSecret('discord-api-key', 'Discord API key', 'discord', HEX(64), { hashLike: true }),
  keyedSecret('discord-client-id', 'Discord client id', 'discord', '\\d{18}', { minEntropy: 2, sev: 'medium' }),
  keyedSecret('discord-client-secret', 'Discord client secret', 'discord', '[a-z0-9=_-]{32}', {
    hashLike: true,
    minEntropy: 2.5,
  }),
  keyedSecret('dropbox-app-key', 'Dropbox API key', 'dropbox', '[a-z0-9]{15}', { sev: 'medium' }),
  keyedSecret('finicity-api-token', 'Finicity API token', 'finicity', HEX(32), { hashLike: true }),
  keyedSecret('finicity-client-secret', 'Finicity client secret', 'finicity', '[a-z0-9]{20}'),
  keyedSecret('hubspot-api-key', 'HubSpot API key', 'hubspot', UUID_RE, { hashLike: true }),
  keyedSecret('kucoin-access-token', 'KuCoin API key', 'kucoin', HEX(24), { hashLike: true }),
  keyedSecret('kucoin-secret-key', 'KuCoin API secret', 'kucoin', UUID_RE, { hashLike: true }),
  keyedSecret('linear-client-secret', 'Linear OAuth client secret', 'linear', HEX(32), { hashLike: true }),
  // Not inside a word (`CameraKit`).
  keyedSecret('meraki-api-key', 'Cisco Meraki API key', '(?<![a-z])meraki', HEX(40), {
    hashLike: true,
    kw: ['meraki'],
    validate: (v) => v === v.toLowerCase(),
  }),
  keyedSecret('messagebird-client-id', 'MessageBird client id', 'messagebird|message_bird|message-bird', UUID_RE, {
    hashLike: true,
    sev: 'medium',
  }),
  keyedSecret('sendbird-access-token', 'Sendbird API token', 'sendbird', HEX(40), { hashLike: true }),
  keyedSecret('sendbird-app-id', 'Sendbird application id', 'sendbird', UUID_RE, { hashLike: true, sev: 'medium' }),
  keyedSecret('sentry-access-token', 'Sentry access token (unprefixed)', 'sentry', HEX(64), { hashLike: true }),
  keyedSecret('sonar-token', 'SonarQube / SonarCloud token (unprefixed)', 'sonar', '(?:sq[upa]_)?[a-z0-9=_-]{40}', {
    hashLike: true,
  }),
  keyedSecret('sourcegraph-token', 'Sourcegraph access token (unprefixed)', 'sourcegraph', HEX(40), {
    hashLike: true,
  }),
  keyedSecret('squarespace-access-token', 'Squarespace API key', 'squarespace', UUID_RE, { hashLike: true }),
  // `sumo` as a word or `sumologic`, not the start of `sumOf`.
  keyedSecret('sumologic-access-id', 'Sumo Logic access id', 'sumo(?=logic|[^a-z]|$)', 'su[a-zA-Z0-9]{12}', {
    sev: 'medium',
    kw: ['sumo'],
  }),
  // Bot tokens are `<bot id>:<35 characters>`; the bot id has 5–16 digits, the secret part starts with `A`.
  keyedSecret('telegram-bot-token-keyed', 'Telegram bot token', 'telegr', '\\d{5,16}:A[a-z0-9_-]{34}'),
  keyedSecret(
    'sidekiq-enterprise-credentials',
    'Sidekiq Enterprise / Pro gem server credentials',
    'bundle_enterprise__contribsys__com|bundle_gems__contribsys__com',
    '[a-f0-9]{8}:[a-f0-9]{8}',
    { hashLike: true, minEntropy: 2 },
  ),
  secret({
    id: 'sidekiq-gem-server-url',
    title: 'Sidekiq Enterprise / Pro gem server URL with credentials',
    re: '\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![\\w.-])',
    kw: ['contribsys.com'],
    flags: 'gi',
    hashLike: true,
  }),
  // Bot tokens before Slack added a third number (`xoxb-<team>-<secret>`).
  secret({
    id: 'slack-legacy-bot-token',
    title: 'Slack legacy bot token',
    re: '(?<![\\w-])xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}(?![\\w-])',
    kw: ['xoxb-'],
    minEntropy: 3,
  }),
  secret({
    id: 'vault-batch-token',
    title: 'HashiCorp Vault batch token',
    re: '\\bhvb\\.[\\w-]{138,300}(?![\\w-])',
    kw: ['hvb.'],
    minEntropy: 3.5,
  }),
  secret({
    id: 'slack-config-refresh-token',
    title: 'Slack configuration refresh token',
    re: '\\bxoxe-\\d-[A-Z0-9]{146}(?![A-Z0-9])',
    kw: ['xoxe-'],
    flags: 'gi',
  }),
  secret({
    id: 'sourcegraph-access-token',
    title: 'Sourcegraph access token',
    re: '\\bsgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![\\w-])',
    kw: ['sgp_'],
    hashLike: true,
    minEntropy: 3,
  }),
  // A JWT base64-encoded once more (Kubernetes Secret data, CI variables): `eyJ` encodes to `ZXlK`.
  secret({
    id: 'jwt-base64',
    title: 'Base64-encoded JSON Web Token',
    re: '\\bZXlK[A-Za-z0-9+/]{40,}={0,2}',
    kw: ['zxlk'],
    sev: 'medium',
    validate: base64Jwt,
  }),
];
