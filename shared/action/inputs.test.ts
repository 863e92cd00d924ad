import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { envInputSource, input, parseInputs, undeclaredInputs } from './inputs.js';

const src =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

describe('parseInputs', () => {
  const defs = {
    flag: input.boolean({ description: 'a flag', default: false }),
    count: input.integer({ description: 'a count', default: 3, min: 1, max: 10 }),
    level: input.enum(['low', 'high'] as const, { description: 'a level', default: 'high' }),
    names: input.list({ description: 'names' }),
    body: input.multiline({ description: 'lines' }),
    label: input.string({ description: 'optional text' }),
  };

  it('applies defaults when inputs are absent or empty', () => {
    expect(parseInputs(defs, src({ flag: '', count: '  ' }))).toEqual({
      flag: false,
      count: 3,
      level: 'high',
      names: [],
      body: [],
      label: undefined,
    });
  });

  it('parses every kind', () => {
    const v = parseInputs(
      defs,
      src({ flag: 'TRUE', count: '7', level: 'low', names: 'a, b\nc,,', body: 'x\ny\n\n', label: 'hi' }),
    );
    expect(v).toEqual({ flag: true, count: 7, level: 'low', names: ['a', 'b', 'c'], body: ['x', 'y'], label: 'hi' });
  });

  it.each([
    ['flag', 'yes', `Input 'flag' has invalid value "yes": expected one of true, false.`],
    ['flag', 'tru', `Input 'flag' has invalid value "tru": expected one of true, false.`],
    ['count', '2.5', `Input 'count' has invalid value "2.5": expected a whole number from 1 to 10.`],
    ['level', 'hgh', `Input 'level' has invalid value "hgh": expected one of low, high.`],
  ])('rejects %s=%s naming the input, value and what is allowed', (name, value, message) => {
    expect(() => parseInputs(defs, src({ [name]: value }))).toThrow(new InputError(name, value, '').constructor);
    expect(() => parseInputs(defs, src({ [name]: value }))).toThrow(message);
  });

  it('adds the parser detail for range errors', () => {
    expect(() => parseInputs(defs, src({ count: '11' }))).toThrow(
      /^Input 'count' has invalid value "11": expected a whole number from 1 to 10 \(.*10.*\)\.$/,
    );
  });

  it('requires required inputs', () => {
    const req = { repo: input.string({ description: 'repo', required: true }) };
    expect(() => parseInputs(req, src({}))).toThrow(`Input 'repo' has invalid value "": a value is required.`);
  });

  it('checks list items', () => {
    const d = { cats: input.list({ description: 'c', item: z.enum(['a', 'b']), allowed: 'a subset of a, b' }) };
    expect(parseInputs(d, src({ cats: 'a,b' }))).toEqual({ cats: ['a', 'b'] });
    expect(() => parseInputs(d, src({ cats: 'a,z' }))).toThrow(
      /^Input 'cats' has invalid value "a,z": a subset of a, b/,
    );
  });

  it('masks secrets before parsing and never echoes them', () => {
    const masked: string[] = [];
    const d = { token: input.string({ description: 't', secret: true, pattern: /^gh/ }) };
    expect(() => parseInputs(d, src({ token: 'hunter2' }), (v) => masked.push(v))).toThrow(`has invalid value "***"`);
    expect(masked).toEqual(['hunter2']);
  });

  it('reads INPUT_ variables with spaces as underscores and hyphens kept', () => {
    const source = envInputSource({ 'INPUT_DRY-RUN': 'true', INPUT_MY_INPUT: 'x' });
    expect(source('dry-run')).toBe('true');
    expect(source('my input')).toBe('x');
  });
});

describe('InputError', () => {
  it('never echoes the password of a URL', () => {
    const d = { url: input.string({ description: 'u', pattern: /^https:/ }) };
    expect(() => parseInputs(d, src({ url: 'http://bot:s3cr3t@gateway.example:9091' }))).toThrow(
      `Input 'url' has invalid value "http://bot:***@gateway.example:9091"`,
    );
  });
});

describe('undeclaredInputs', () => {
  it('names INPUT_* variables no declared input maps to (spaces as _, case-insensitive)', () => {
    const env = {
      'INPUT_FAIL-ON': 'high',
      INPUT_FAIL_ON: 'high',
      INPUT_MAX_ITEMS: '5',
      'INPUT_dry-run': 'true',
      PATH: '/bin',
    };
    expect(undeclaredInputs(['fail-on', 'max items', 'dry-run'], env)).toEqual(['fail_on']);
    expect(undeclaredInputs(['fail-on', 'fail_on', 'max items', 'dry-run'], env)).toEqual([]);
  });
});
