import { describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { isExampleOrPlaceholder, isPublicByDesign } from './false-positives.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const ids = (path: string, text: string) => scanner.scan(path, text).map((h) => h.rule.id);
const c = chars(rng(7));
const j = (...parts: string[]) => parts.join('');

describe('placeholders of the form your-…-secret', () => {
  it.each(['your-256-bit-secret', 'your_api_key', 'YOUR_SLACK_BOT_TOKEN', 'your-db-password'])(
    'treats %s as a placeholder',
    (value) => {
      expect(isExampleOrPlaceholder(value)).toBe(true);
    },
  );

  it('does not report jwt.io’s sample signing secret in a config template', () => {
    expect(ids('config/app.template.yaml', 'jwt_secret: your-256-bit-secret\n')).toEqual([]);
  });

  it('still reports a random value that merely contains the letters "your"', () => {
    expect(isExampleOrPlaceholder(`Yourk${c.alnum(20)}9`)).toBe(false);
  });
});

describe('names that hold "pass" without meaning a password', () => {
  it.each([
    '_stream_passthrough:"readable-stream/passthrough"',
    `passportSession = "${c.alnum(10)}7Qz${c.alnum(6)}"`,
    'bypass_cache: "Xq7-never-cache-rv2"',
    `compassHeading = "${c.alnum(10)}7Qz${c.alnum(6)}"`,
    // `pAss` across a camelCase boundary.
    '"chunkGroup.assets[]":"chunkGroupAsset","chunkGroup.auxiliaryAssets[]":"chunkGroupAsset"',
    `lookupAssociation = "${c.alnum(10)}7Qz${c.alnum(6)}"`,
  ])('does not report %s', (line) => {
    expect(ids('vendor/bundle.js', `${line}\n`)).toEqual([]);
  });

  it.each(['db_pass', 'dbPass', 'userPassword', 'DB_PASSWORD', 'Passphrase'])(
    'still reports a password assigned to %s',
    (name) => {
      expect(ids('config.js', `${name} = "${c.alnum(8)}7Qz${c.alnum(8)}"\n`)).toContain('secret/generic-password');
    },
  );
});

describe('placeholder words inside punctuation', () => {
  it.each(["const passwordKey = ':_password'", 'db_password = "<password>"', "secret: '__secret__'"])(
    'does not report %s',
    (line) => {
      expect(ids('lib/index.js', `${line}\n`)).toEqual([]);
    },
  );

  it('still reports a password that holds a placeholder word with more around it', () => {
    expect(ids('lib/index.js', `const passwordKey = ':_password${c.alnum(6)}7Qz'\n`)).toContain(
      'secret/generic-password',
    );
  });
});

describe('instructions in place of a value', () => {
  it.each(['"password": "provide-password-here!"', 'api_key = "enter_your_api_key_here"', 'token: "paste-token-here"'])(
    'does not report %s',
    (line) => {
      expect(ids('config/example.json', `${line}\n`)).toEqual([]);
    },
  );

  it('still reports a password that only contains "here"', () => {
    expect(ids('config.js', `password = "Here${c.alnum(8)}7Qz"\n`)).toContain('secret/generic-password');
  });
});

describe('URLs with credentials to hosts reserved for documentation (RFC 2606)', () => {
  it.each([
    "const myURL = new URL('https://abc:xyz@example.com');",
    `fetch("https://user:${c.alnum(12)}7Qz@api.example.org/v1")`,
    `DATABASE_URL=postgres://app:${c.alnum(12)}7Qz@db.example.net:5432/app`,
    `ldap://cn=admin:${c.alnum(12)}7Qz@directory.example.`,
  ])('does not report %s', (line) => {
    expect(ids('docs/usage.js', `${line}\n`)).toEqual([]);
  });

  it.each([
    `https://user:${c.alnum(12)}7Qz@example.com.attacker.io/x`,
    `https://user:${c.alnum(12)}7Qz@myexample.com`,
    `https://user:${c.alnum(12)}7Qz@example.co`,
  ])('still reports %s', (url) => {
    expect(ids('config.js', `const u = "${url}";\n`)).toContain('secret/http-basic-auth-url');
  });
});

describe('documented example keys', () => {
  it('does not report the Azurite (storage emulator) devstoreaccount1 key', () => {
    const key = j('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw==');
    const line = `AzureWebJobsStorage: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};"`;
    expect(ids('docker-compose.yml', `${line}\n`)).toEqual([]);
  });

  it('still reports another account key of the same shape', () => {
    const line = `"DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=${c.b64(86)}==;"`;
    expect(ids('app.config', `${line}\n`)).toContain('secret/azure-storage-account-key');
  });
});

describe('keys that are public by design', () => {
  it('recognises Mapbox public tokens and Stripe publishable keys', () => {
    expect(isPublicByDesign(j('pk.', 'eyJ1IjoiYWNtZSJ9.', c.url(22)))).toBe(true);
    expect(isPublicByDesign(j('pk_', 'live_', c.alnum(24)))).toBe(true);
    expect(isPublicByDesign(j('pk_', 'test_', c.alnum(24)))).toBe(true);
    expect(isPublicByDesign(j('sk_', 'live_', c.alnum(24)))).toBe(false);
  });

  it('never reports them as generic secrets', () => {
    const mapbox = j('pk.', 'eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDEifQ.', c.url(22));
    expect(ids('web/src/maps.ts', `mapboxgl.accessToken = '${mapbox}';\n`)).toEqual([]);
    const stripe = j('pk_', 'live_', c.alnum(24), '1');
    expect(ids('web/src/pay.ts', `const stripePublicKey = '${stripe}';\nconst apiKey = "${stripe}";\n`)).toEqual([]);
  });
});
