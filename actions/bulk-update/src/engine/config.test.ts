import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../shared/core/errors.js';
import { loadBulkConfig, operationNames, parseBulkConfig } from './config.js';
import { bulkConfigJsonSchema, CONFIG_SCHEMA_FIX, CONFIG_SCHEMA_PATH } from './config-schema.js';
import { operationPlugin, registeredOperations } from './operations/registry.js';

describe('bulk-update configuration', () => {
  it('fills documented defaults: pull-request delivery, 80/min and 500/h pacing, archived and forks excluded', () => {
    const c = parseBulkConfig({ operations: [{ type: 'labels', labels: [{ name: 'bug', color: '#D73A4A' }] }] });
    expect(c.delivery.mode).toBe('pull-request');
    expect(c.delivery.branch).toBe('moko/bulk-update');
    expect(c.pacing).toMatchObject({ perMinute: 80, perHour: 500 });
    expect(c.selection).toMatchObject({ archived: false, forks: false, include: [], exclude: [] });
    expect(c.force).toBe(false);
    expect(c.operations[0]).toEqual({
      type: 'labels',
      labels: [{ name: 'bug', color: 'd73a4a' }],
      deleteOthers: false,
    });
  });

  it('names an unknown operation and lists the known ones', () => {
    expect(() => parseBulkConfig({ operations: [{ type: 'teleport' }] }, 'bulk.yml')).toThrow(
      'bulk.yml: operations.0: unknown operation "teleport". Known operations: files, labels, settings, stale-branches, projects.',
    );
  });

  it('the registry and the schema know the same operations, and the registry rejects unknown names', () => {
    expect(registeredOperations()).toEqual(operationNames());
    expect(() => operationPlugin('nope')).toThrow(ConfigError);
  });

  it('reports every invalid path at once', () => {
    const bad = () =>
      parseBulkConfig({
        operations: [{ type: 'files', files: [{ source: '../etc/passwd' }] }],
        pacing: { perMinute: 0 },
      });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/operations\.0\.files\.0[\s\S]*pacing\.perMinute/);
  });

  it('loads YAML and reports unreadable or malformed files as ConfigError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulk-config-'));
    const file = join(dir, 'bulk.yml');
    writeFileSync(file, 'operations:\n  - type: settings\n    settings: { delete_branch_on_merge: true }\n');
    expect(loadBulkConfig(file).operations[0]).toEqual({
      type: 'settings',
      settings: { delete_branch_on_merge: true },
    });
    writeFileSync(file, 'operations: [\n');
    expect(() => loadBulkConfig(file, '.github/bulk.yml')).toThrow(/^\.github\/bulk\.yml:2:1: .*\(YAML /);
    expect(() => loadBulkConfig(join(dir, 'missing.yml'))).toThrow(/does not exist/);
  });

  it('names the line, column and key of a schema error, through the shared loader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulk-config-'));
    const file = join(dir, 'bulk.yml');
    writeFileSync(
      file,
      'operations:\n  - type: settings\n    settings: { delete_branch_on_merge: true }\npacing:\n  perMinute: lots\n',
    );
    expect(() => loadBulkConfig(file, 'bulk.yml')).toThrow(/^bulk\.yml:5:14: pacing\.perMinute: /);
    writeFileSync(file, 'operations:\n  - type: paint\n');
    expect(() => loadBulkConfig(file, 'bulk.yml')).toThrow(/^bulk\.yml:2:11: operations\.0: unknown operation "paint"/);
  });

  it(`${CONFIG_SCHEMA_PATH} is current (regenerate with: ${CONFIG_SCHEMA_FIX})`, () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', CONFIG_SCHEMA_PATH), 'utf8');
    expect(committed, `the published schema is stale; run: ${CONFIG_SCHEMA_FIX}`).toBe(bulkConfigJsonSchema());
  });
});
