import { describe, expect, it } from 'vitest';
import { helpText, parseArgs } from './cli.js';
import { commonInputs, defineAction } from './define-action.js';
import { input } from './inputs.js';

const defs = { ...commonInputs, path: input.string({ description: 'where', default: '.' }) };

describe('parseArgs', () => {
  it('takes --name value, --name=value, bare booleans and --no-', () => {
    const a = parseArgs(['--path', 'src', '--dry-run', '--upload-artifacts=false', '--json'], defs);
    expect(Object.fromEntries(a.values)).toEqual({ path: 'src', 'dry-run': 'true', 'upload-artifacts': 'false' });
    expect([...a.flags]).toEqual(['json']);
    expect(Object.fromEntries(parseArgs(['--no-dry-run'], defs).values)).toEqual({ 'dry-run': 'false' });
  });

  it('rejects unknown options listing the known ones', () => {
    expect(() => parseArgs(['--pth', 'x'], defs)).toThrow(
      /unknown option '--pth'\. Options: --dry-run, --github-token/,
    );
  });

  it('rejects a missing value and stray words', () => {
    expect(() => parseArgs(['--path'], defs)).toThrow("option '--path' needs a value");
    expect(() => parseArgs(['src'], defs)).toThrow("unexpected argument 'src'");
  });
});

describe('helpText', () => {
  it('is generated from the schema', () => {
    const def = defineAction({
      name: 'demo',
      description: 'Does a demo.',
      inputs: { level: input.enum(['a', 'b'] as const, { description: 'How much.', default: 'a' }) },
      outputs: { count: 'How many.' },
      run: async () => ({ outputs: {} }),
    });
    const text = helpText(def);
    expect(text).toContain('moko demo [options]\n\nDoes a demo.');
    expect(text).toContain('  --level (default: a)\n      How much.\n      expected one of a, b');
    expect(text).toContain('  --dry-run (default: false)');
    expect(text).toContain('  count: How many.');
  });

  it('refuses to redeclare a common input', () => {
    expect(() =>
      defineAction({
        name: 'x',
        description: '',
        inputs: { 'dry-run': input.boolean({ description: '', default: true }) },
        outputs: {},
        run: async () => ({ outputs: {} }),
      }),
    ).toThrow("x: input 'dry-run' is a common input; do not redeclare it");
  });
});
