import { describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const ids = (path: string, text: string) => scanner.scan(path, text).map((h) => h.rule.id);
const c = chars(rng(23));
const j = (...parts: string[]) => parts.join('');
/** A Discord bot token: base64 of a 19-digit user id, a timestamp and an HMAC. */
const discord = (id = `1${c.digits(18)}`) => `${Buffer.from(id).toString('base64url')}.${c.url(6)}.${c.url(38)}`;

describe('UUID- and hex-shaped credentials', () => {
  it('reports a legacy npm token (a UUID) in .npmrc', () => {
    expect(ids('.npmrc', `//registry.npmjs.org/:_authToken=${c.uuid()}\n`)).toEqual(['secret/npmrc-auth-token']);
  });

  it('reports Datadog keys nested under a datadog: block', () => {
    const yaml = `datadog:\n  site: datadoghq.eu\n  apiKey: ${c.hex(32)}\n  appKey: ${c.hex(40)}\n  logs:\n    enabled: true\n`;
    expect(ids('values.yaml', yaml)).toEqual(['secret/datadog-api-key', 'secret/datadog-api-key']);
  });

  it('does not report an apiKey-shaped hash in a file that never names Datadog', () => {
    expect(ids('values.yaml', `cache:\n  apiKey: ${c.hex(32)}\n`)).toEqual([]);
  });
});

describe('credentials passed as call arguments', () => {
  it('reports a Twilio auth token after the account SID', () => {
    const py = `from twilio.rest import Client\n\nclient = Client("AC${c.hex(32)}", "${c.hex(32)}")\n`;
    expect(ids('sms.py', py)).toEqual(['secret/twilio-auth-token']);
  });

  it('reports an Algolia key given to algoliasearch(), as medium', () => {
    const js = `const client = algoliasearch('${c.upper(10)}', '${c.hex(32)}');\n`;
    const hits = scanner.scan('indexer.js', js);
    expect(hits.map((h) => [h.rule.id, h.severity])).toEqual([['secret/algolia-client-key', 'medium']]);
  });

  it('reports a Discord bot token given to client.login() when the file names discord', () => {
    const js = `const { Client } = require('discord.js');\nconst client = new Client({});\n\nclient.login('${discord()}');\n`;
    const hits = scanner.scan('bot/index.js', js);
    expect(hits.map((h) => [h.rule.id, h.line])).toEqual([['secret/discord-bot-token', 4]]);
  });

  it('does not report a three-part token whose first segment is not a user id', () => {
    const fake = `${Buffer.from('not-a-snowflake-id!').toString('base64url')}.${c.url(6)}.${c.url(38)}`;
    expect(ids('bot/index.js', `require('discord.js');\nclient.login('${fake}');\n`)).toEqual([]);
  });

  it('reports a legacy FCM server key', () => {
    const key = j('AAAA', c.url(7), ':APA91b', c.url(134));
    expect(ids('send.php', `$headers = ['Authorization: key=${key}'];\n`)).toEqual(['secret/firebase-fcm-server-key']);
  });
});

describe('token formats', () => {
  it('reports 24-character Vault tokens but not member accesses on a variable named hvs', () => {
    expect(ids('vault.sh', `export VAULT_TOKEN=${j('hv', 's.')}${c.alnum(21)}a7Q\n`)).toEqual([
      'secret/hashicorp-vault-token',
    ]);
    expect(ids('chart.js', 'const x = hvs.calculateAxisBoundariesForChart();\n')).toEqual([]);
  });

  it('reports Doppler service tokens that carry a config name', () => {
    expect(ids('.env', `DOPPLER_TOKEN=${j('dp.', 'st.')}prd.${c.alnum(40)}\n`)).toEqual(['secret/doppler-token']);
    expect(ids('.env', `DOPPLER_TOKEN=${j('dp.', 'st.')}${c.alnum(40)}\n`)).toEqual(['secret/doppler-token']);
  });

  it('reports Cloudflare and Okta tokens whose provider is named on a parent line', () => {
    expect(ids('values.yaml', `cloudflare:\n  email: ops@acme.io\n  apiToken: ${c.url(40)}\n`)).toEqual([
      'secret/cloudflare-api-token',
    ]);
    expect(
      ids('okta.yaml', `okta:\n  client:\n    orgUrl: https://acme.okta.com\n    token: 00${c.url(40)}\n`),
    ).toEqual(['secret/okta-api-token']);
  });
});
