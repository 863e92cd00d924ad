import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../shared/core/errors.js';
import { loadConfig } from './config.js';
import { CONFIG_SCHEMA_PATH, configJsonSchemaText } from './config-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'moko-cfg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('security-scan configuration', () => {
  it('docs/security-scan-config.schema.json is generated from the current zod schema', () => {
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const committed = readFileSync(join(root, CONFIG_SCHEMA_PATH), 'utf8');
    expect(
      committed,
      `${CONFIG_SCHEMA_PATH} is stale: run  npx tsx actions/security-scan/src/write-config-schema.ts`,
    ).toBe(configJsonSchemaText());
  });

  it('reads YAML with defaults applied', async () => {
    const c = await loadConfig(file('a.yml', 'rules:\n  secret/jwt: off\nignore: [fixtures/]\n'));
    expect(c.rules).toEqual({ 'secret/jwt': 'off' });
    expect(c.ignore).toEqual(['fixtures/']);
    expect(c.maxFileSize).toBe(2 * 1024 * 1024);
    expect(c.workflow.trustedActions).toEqual(['actions/*', 'github/*']);
  });

  it('rejects unknown keys and bad values, naming the field', async () => {
    await expect(loadConfig(file('b.yml', 'rulez: {}\n'))).rejects.toThrow(ConfigError);
    await expect(loadConfig(file('c.yml', 'rules:\n  secret/jwt: loud\n'))).rejects.toThrow(/rules\.secret\/jwt/);
  });

  it('rejects a custom rule whose pattern does not compile', async () => {
    const yml = 'customRules:\n  - id: bad\n    title: Bad\n    pattern: "(["\n    keywords: [abc]\n';
    await expect(loadConfig(file('d.yml', yml))).rejects.toThrow(/customRules 'bad' pattern/);
  });
});
