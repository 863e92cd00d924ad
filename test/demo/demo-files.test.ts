import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONFIG_PATH, parseBulkConfig } from '../../actions/bulk-update/src/engine/config.js';
import { demoFiles } from './demo-files.js';

describe('demoFiles', () => {
  const files = demoFiles('acme', ['api', 'web']);

  it('writes a bulk-update configuration the action accepts, at its default path', () => {
    const config = parseBulkConfig(parse(files[DEFAULT_CONFIG_PATH] ?? ''), DEFAULT_CONFIG_PATH);
    expect(config.selection.names).toEqual(['api', 'web']);
    expect(config.operations.map((o) => o.type)).toEqual(['files', 'labels']);
  });

  it('provides every source file the configuration distributes', () => {
    const config = parse(files[DEFAULT_CONFIG_PATH] ?? '') as { operations: { files?: { source: string }[] }[] };
    const sources = config.operations.flatMap((o) => o.files ?? []).map((f) => f.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(files[source], source).toBeTypeOf('string');
  });
});
