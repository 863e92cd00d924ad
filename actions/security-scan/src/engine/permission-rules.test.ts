import { describe, expect, it } from 'vitest';
import type { FileFacts } from './rule.js';
import { PERMISSION_RULES } from './rules/permission-rules.js';

const KEY = `${'-----BEGIN '}RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA'.repeat(8)}\n-----END RSA PRIVATE KEY-----\n`;
const facts = (path: string, mode: number, text?: string): FileFacts => ({
  path,
  name: path.slice(path.lastIndexOf('/') + 1),
  mode,
  size: text?.length ?? 100,
  binary: text === undefined,
  ...(text !== undefined ? { text } : {}),
});
const ids = (f: FileFacts) => PERMISSION_RULES.filter((r) => r.check(f)).map((r) => r.id);

describe('file-permission rules', () => {
  it('reports world-writable files', () =>
    expect(ids(facts('a/run.sh', 0o777, '#!/bin/sh\n'))).toEqual(['permission/world-writable']));
  it('reports setuid and setgid bits', () => {
    expect(ids(facts('bin/tool.sh', 0o4755, '#!/bin/sh\n'))).toEqual(['permission/setuid-setgid']);
    expect(ids(facts('bin/tool.sh', 0o2755, '#!/bin/sh\n'))).toEqual(['permission/setuid-setgid']);
  });
  it('reports committed private keys by name and by content', () => {
    expect(ids(facts('.ssh/id_rsa', 0o600, KEY))).toEqual(['permission/private-key-file']);
    expect(ids(facts('certs/server.pem', 0o644, KEY))).toEqual(['permission/private-key-file']);
  });
  it('does not report a certificate-only .pem or a public key', () => {
    expect(ids(facts('certs/ca.pem', 0o644, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'))).toEqual(
      [],
    );
    expect(ids(facts('.ssh/id_rsa.pub', 0o644, 'ssh-rsa AAAAB3Nza me@host\n'))).toEqual([]);
  });
  it('reports keystores', () => {
    for (const p of ['a/store.p12', 'b/cert.pfx', 'c/release.jks', 'd/app.keystore'])
      expect(ids(facts(p, 0o644))).toEqual(['permission/keystore-file']);
  });
  it('reports .env files with values but not templates or references', () => {
    expect(ids(facts('.env', 0o644, 'API_URL=https://x\nDB_PASSWORD=s3cr3tvalue\n'))).toEqual([
      'permission/env-file-with-values',
    ]);
    expect(ids(facts('.env.production', 0o644, 'TOKEN=abcdef123\n'))).toEqual(['permission/env-file-with-values']);
    expect(ids(facts('.env.example', 0o644, 'TOKEN=abcdef123\n'))).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
    expect(ids(facts('.env', 0o644, 'TOKEN=\nKEY=${KEY}\n'))).toEqual([]);
  });
  it('reports executable bits on data files but not on scripts', () => {
    expect(ids(facts('docs/readme.md', 0o755, '# hi\n'))).toEqual(['permission/executable-data-file']);
    expect(ids(facts('scripts/build.sh', 0o755, 'echo\n'))).toEqual([]);
    expect(ids(facts('bin/tool', 0o755, '#!/usr/bin/env node\n'))).toEqual([]);
  });
  it('counts TypeScript declaration files as data, their sources as scripts', () => {
    for (const name of ['types/index.d.ts', 'lib/index.d.mts', 'lib/index.D.CTS'])
      expect(ids(facts(name, 0o755, 'export {};\n'))).toEqual(['permission/executable-data-file']);
    for (const name of ['src/index.ts', 'src/d.ts', 'src/build.mts'])
      expect(ids(facts(name, 0o755, 'export {};\n'))).toEqual([]);
  });
  it('reports credentials files', () =>
    expect(ids(facts('.netrc', 0o600, 'machine x login y password z\n'))).toEqual(['permission/credentials-file']));
});
