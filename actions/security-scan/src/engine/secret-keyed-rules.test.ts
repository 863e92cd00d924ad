import { describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { isExampleOrPlaceholder, isPublishedSampleKey } from './false-positives.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const ids = (path: string, text: string) => scanner.scan(path, `${text}\n`).map((h) => h.rule.id);
const c = chars(rng(16));
const j = (...parts: string[]) => parts.join('');
const uuid = () => `${c.hex(8)}-${c.hex(4)}-${c.hex(4)}-${c.hex(4)}-${c.hex(12)}`;
const lower = (n: number) => c.lower(n);

describe('provider credentials found next to the provider name', () => {
  it.each([
    ['adobe-client-id', 'ADOBE_CLIENT_ID', () => c.hex(32)],
    ['airtable-api-key', 'AIRTABLE_API_KEY', () => lower(17)],
    ['linkedin-client-id', 'LINKEDIN_CLIENT_ID', () => lower(14)],
    ['looker-client-id', 'LOOKER_CLIENT_ID', () => lower(20)],
    ['looker-client-secret', 'LOOKER_CLIENT_SECRET', () => lower(24)],
    ['asana-client-id', 'ASANA_CLIENT_ID', () => `1${c.digits(15)}`],
    ['asana-client-secret', 'ASANA_CLIENT_SECRET', () => lower(32)],
    ['discord-api-key', 'DISCORD_API_KEY', () => c.hex(64)],
    ['discord-client-id', 'DISCORD_CLIENT_ID', () => `9${c.digits(17)}`],
    ['discord-client-secret', 'DISCORD_CLIENT_SECRET', () => j(lower(20), '_', lower(11))],
    ['dropbox-app-key', 'DROPBOX_APP_KEY', () => lower(15)],
    ['finicity-api-token', 'FINICITY_APP_KEY', () => c.hex(32)],
    ['finicity-client-secret', 'FINICITY_SECRET', () => lower(20)],
    ['hubspot-api-key', 'HUBSPOT_API_KEY', () => uuid().toUpperCase()],
    ['kucoin-access-token', 'KUCOIN_KEY', () => c.hex(24)],
    ['kucoin-secret-key', 'KUCOIN_SECRET', uuid],
    ['linear-client-secret', 'LINEAR_CLIENT_SECRET', () => c.hex(32)],
    ['meraki-api-key', 'MERAKI_DASHBOARD_API_KEY', () => c.hex(40)],
    ['messagebird-client-id', 'MESSAGEBIRD_CLIENT_ID', uuid],
    ['sendbird-access-token', 'SENDBIRD_API_TOKEN', () => c.hex(40)],
    ['sendbird-app-id', 'SENDBIRD_APP_ID', uuid],
    ['sentry-access-token', 'SENTRY_AUTH', () => c.hex(64)],
    ['sonar-token', 'SONAR_LOGIN', () => lower(40)],
    ['sourcegraph-token', 'SOURCEGRAPH_TOKEN', () => c.hex(40)],
    ['squarespace-access-token', 'SQUARESPACE_API_KEY', uuid],
    ['sumologic-access-id', 'SUMO_ACCESS_ID', () => j('su', c.alnum(12))],
    ['telegram-bot-token-keyed', 'TELEGRAM_BOT', () => j(c.digits(9), ':A', c.url(34).toLowerCase())],
    ['sidekiq-enterprise-credentials', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM', () => `${c.hex(8)}:${c.hex(8)}`],
  ] as const)('%s', (rule, name, make) => {
    expect(ids('.env', `${name}=${make()}`)).toContain(`secret/${rule}`);
  });

  it('does not report the same values without the provider name', () => {
    expect(ids('.env', `CACHE_KEY=${c.hex(40)}\nBUILD_ID=${uuid()}\nREQUEST_ID=${c.hex(64)}`)).toEqual([]);
  });

  it('does not take the provider name from inside another word', () => {
    expect(ids('Podfile.lock', `  ReactNativeCameraKit: ${c.hex(40)}`)).toEqual([]);
    expect(ids('stats.js', `sumObj = ${j('su', c.alnum(12))}`)).toEqual([]);
    expect(ids('Table.java', `rookTable = 00${c.url(40)}`)).toEqual([]);
  });

  it('does not report a method name after a Confluence identifier', () => {
    expect(ids('tools.ts', 'getPagesInConfluenceSpace,searchConfluenceUsingCql')).toEqual([]);
  });

  it('does not report Meraki-shaped values in mixed case (a hash of something else)', () => {
    expect(ids('keys.yaml', `meraki-api-key: ${c.hex(20)}ABCDEF${c.hex(14)}`)).toEqual([]);
  });
});

describe('assignment syntaxes', () => {
  const snyk = uuid();
  const token = `${c.alnum(14)}7${c.alnum(17)}`;
  it.each([
    ['XML element over lines', `<snykToken>\n    ${snyk}\n</snykToken>`],
    ['PHP .=', `$snykToken .= "${snyk}";`],
    ['PHP ??=', `$snykToken ??= "${snyk}";`],
    ['JSON string with an escaped newline', `{"config.ini": "SNYK_TOKEN=${snyk}\\nBACKUP_ENABLED=true"}`],
    ['Make ::=', `SNYK_TOKEN ::= "${snyk}"`],
    ['Make :::=', `SNYK_TOKEN :::= "${snyk}"`],
    ['Go var with a type', `var snykToken string = "${snyk}"`],
    ['a call argument after the quoted name', `System.setProperty("SNYK_TOKEN", "${snyk}")`],
  ])('a keyed rule reads %s', (_syntax, text) => {
    expect(ids('sample.txt', text)).toEqual(['secret/snyk-token']);
  });

  it.each([
    ['XML element over lines', `<serviceToken>\n    ${token}\n</serviceToken>`, 'app.config'],
    ['XML element on one line', `<apiToken>${token}</apiToken>`, 'settings.xml'],
    ['PHP .=', `$serviceToken .= "${token}";`, 'config.php'],
    ['JSON string with an escaped newline', `{"config.ini": "SERVICE_TOKEN=${token}\\nBACKUP=true"}`, 'c.json'],
    ['Make ::=', `SERVICE_TOKEN ::= "${token}"`, 'Makefile'],
    ['Make :::=', `SERVICE_TOKEN :::= "${token}"`, 'Makefile'],
  ])('the generic rule reads %s', (_syntax, text, file) => {
    expect(ids(file, text)).toEqual(['secret/generic-secret']);
  });

  it('does not read an XML element that holds markup or words', () => {
    expect(ids('pom.xml', '<tokenEndpoint>\n    https://auth.example.org/oauth/token\n</tokenEndpoint>')).toEqual([]);
    expect(ids('strings.xml', '<string name="token_hint">\n    Paste the token here\n</string>')).toEqual([]);
  });
});

describe('prefixed formats', () => {
  it('reports Vault batch tokens', () => {
    expect(ids('vault.env', `VAULT_TOKEN=${j('hv', 'b.')}${c.url(150)}`)).toEqual(['secret/vault-batch-token']);
  });

  it('reports Slack configuration refresh tokens and legacy bot tokens', () => {
    expect(ids('slack.env', `REFRESH=${j('xo', 'xe-1-')}${c.upper(146)}`)).toEqual([
      'secret/slack-config-refresh-token',
    ]);
    expect(ids('slack.json', `"bot": "${j('xo', 'xb-')}${c.digits(12)}-${c.alnum(24)}"`)).toEqual([
      'secret/slack-legacy-bot-token',
    ]);
  });

  it('reports Sourcegraph tokens, with or without an instance id', () => {
    expect(ids('src.env', `SRC_ACCESS_TOKEN=${j('sg', 'p_')}${c.hex(16)}_${c.hex(40)}`)).toEqual([
      'secret/sourcegraph-access-token',
    ]);
    expect(ids('src.env', `X=${j('sg', 'p_')}${c.hex(40)}`)).toEqual(['secret/sourcegraph-access-token']);
  });

  it('reports a base64-encoded JWT, not other base64 that starts the same way', () => {
    const jwt = j(
      Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
      '.',
      Buffer.from(`{"sub":"${c.alnum(12)}"}`).toString('base64url'),
      '.',
      c.url(43),
    );
    expect(ids('secret.yaml', `  token: ${Buffer.from(jwt).toString('base64')}`)).toEqual(['secret/jwt-base64']);
    const notJwt = Buffer.from(`eyJ${c.alnum(60)}`).toString('base64');
    expect(ids('data.yaml', `  blob: ${notJwt}`)).toEqual([]);
  });

  it('reports Sidekiq gem server credentials in a URL', () => {
    expect(ids('Gemfile', `source "https://${c.hex(8)}:${c.hex(8)}@enterprise.contribsys.com/"`)).toContain(
      'secret/sidekiq-gem-server-url',
    );
  });

  it('does not report xoxo- in a file name nor ico- after a dot', () => {
    expect(ids('page.html', '<img src="/images/2018-250-xoxo-indieweb-1.jpg">')).toEqual([]);
    expect(ids('page.html', `<img src="/media/box.ico-${c.hex(32)}.png">`)).toEqual([]);
  });
});

describe('false alarms of the generic rules', () => {
  it.each([
    ['a member reference', 'secret_length = X25519.secret_length'],
    ['a constant naming a credential', 'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"'],
    ['an id of a credential', `  "credentialId": "${c.alnum(22)}",`],
    ['a public token', `publicToken = "${c.alnum(43)}"`],
    ['a CSRF token', `csrf-token=${c.b64(64)}==`],
    ['a namespaced type name', `token:"clm${c.digits(5)}:AgencyIdentificationCodeContentType"`],
    ['a kebab-case resource name', `  keyVaultToStoreSecrets: cmp2-qat-${c.digits(10)}`],
    ['a Telegram-like value with a short bot id', `telegram_api_token = "${c.digits(4)}:A${c.lower(34)}"`],
    ['a Telegram-like value with a suffix', `telegram_api_token = "${c.digits(8)}:A${c.lower(34)}hello"`],
    ['a Slack-like value the Slack rules rejected', `"token3": "${j('xo', 'xp-')}1234-1234-1234-${c.hex(32)}"`],
  ])('does not report %s', (_what, line) => {
    expect(ids('sample.txt', line)).toEqual([]);
  });
});

describe('documented example values', () => {
  it("does not report the example tokens of GitHub's REST API documentation (OpenAPI descriptions)", () => {
    expect(ids('api.github.com.json', '      "temp_clone_token": "ABTLWHOULUVAXGTRYU7OC2876QJ2O",')).toEqual([]);
    expect(ids('api.github.com.json', '      "token": "LLBF3JGZDX3P5PMEXLND6TS6FCWO6",')).toEqual([]);
    expect(ids('api.github.com.json', `      "token": "${c.upper(29)}",`)).toEqual(['secret/generic-secret']);
  });
});

describe('placeholders and low entropy', () => {
  it.each([
    ['a run of one character', j('glc_', '1'.repeat(42), '=')],
    ['an alphabet run', j('sk-ant-api03-', 'abc123xyz-klmnopqrstuvwx-', c.alnum(20))],
    ['a bracketed word', '<password>'],
    ['a bracketed word in capitals', '[PASSWORD]'],
  ])('treats %s as a placeholder', (_what, value) => {
    expect(isExampleOrPlaceholder(value)).toBe(true);
  });

  it('keeps the runs of zero bits that real formats have (base64 A, bech32 Q)', () => {
    expect(isExampleOrPlaceholder(j('A'.repeat(22), c.alnum(60)))).toBe(false);
  });

  it('does not report a Google API key of one repeated letter', () => {
    expect(ids('app.js', `apiKey: "${j('AI', 'za')}${'a'.repeat(35)}"`)).toEqual([]);
  });

  it('does not report the Firebase SDK sample keys, but does report other keys', () => {
    const sample = j('AI', 'zaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs');
    expect(isPublishedSampleKey(sample)).toBe(true);
    expect(ids('google-services.json', `"current_key": "${sample}"`)).toEqual([]);
    expect(ids('google-services.json', `"current_key": "${j('AI', 'za')}${c.url(35)}"`)).toEqual([
      'secret/gcp-api-key',
    ]);
  });
});
