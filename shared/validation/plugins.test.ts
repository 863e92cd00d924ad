import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.js';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import type { Finding } from '../core/finding.js';
import { runValidators, type ValidatorPlugin, ValidatorRegistry } from './plugins.js';

interface Ctx {
  files: string[];
}

const finding = (ruleId: string, severity: Finding['severity'] = 'low'): Finding => ({
  ruleId,
  severity,
  message: ruleId,
});

const readme: ValidatorPlugin<Ctx> = {
  id: 'readme',
  description: 'A README exists.',
  validate: (ctx) => (ctx.files.includes('README.md') ? [] : [finding('health/readme', 'medium')]),
};
const license: ValidatorPlugin<Ctx> = {
  id: 'license',
  description: 'A LICENSE exists.',
  validate: async (ctx) => (ctx.files.includes('LICENSE') ? [] : [finding('health/license', 'high')]),
};
const crashing: ValidatorPlugin<Ctx> = {
  id: 'crashing',
  description: 'Throws synchronously.',
  validate: () => {
    throw new Error('boom');
  },
};
const rejecting: ValidatorPlugin<Ctx> = {
  id: 'rejecting',
  description: 'Rejects with a non-Error.',
  validate: () => Promise.reject('string reason'),
};

describe('ValidatorRegistry', () => {
  it('looks plugins up by id and lists the ids sorted', () => {
    const registry = new ValidatorRegistry<Ctx>([readme, license]);
    expect(registry.get('license')).toBe(license);
    expect(registry.has('readme')).toBe(true);
    expect(registry.ids()).toEqual(['license', 'readme']);
    expect(registry.all()).toEqual([readme, license]);
  });

  it('treats an unknown id as a bug (the input checks ids first) and lists the known ones', () => {
    const registry = new ValidatorRegistry<Ctx>([readme, license]);
    expect(() => registry.get('licence')).toThrow(expect.not.objectContaining({ name: 'UserError' }));
    expect(() => registry.get('licence')).toThrow("Unknown validator 'licence'. Known validators: license, readme.");
  });

  it('reports every unknown id at once, with the configured kind', () => {
    const registry = new ValidatorRegistry<Ctx>([readme], 'check');
    expect(() => registry.select(['readme', 'x', 'y'])).toThrow("Unknown checks 'x', 'y'. Known checks: readme.");
    expect(() => new ValidatorRegistry<Ctx>().get('x')).toThrow('Known validators: (none).');
  });

  it('selects in the requested order and drops duplicates', () => {
    const registry = new ValidatorRegistry<Ctx>([readme, license]);
    expect(registry.select(['license', 'readme', 'license'])).toEqual([license, readme]);
  });

  it('refuses a duplicate registration as a programming error', () => {
    const registry = new ValidatorRegistry<Ctx>([readme]);
    let error: unknown;
    try {
      registry.register({ ...readme });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
    expect(String(error)).toContain("validator 'readme' is already registered");
  });
});

describe('runValidators', () => {
  it('collects findings in plugin order and per plugin', async () => {
    const result = await runValidators([readme, license], { files: [] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['health/readme', 'health/license']);
    expect(result.byPlugin).toEqual({
      readme: [finding('health/readme', 'medium')],
      license: [finding('health/license', 'high')],
    });
    expect(result.errors).toEqual([]);
  });

  it('records plugins without findings with an empty list', async () => {
    const result = await runValidators([readme], { files: ['README.md'] });
    expect(result).toEqual({ findings: [], byPlugin: { readme: [] }, errors: [] });
  });

  it('turns crashing plugins into error entries and keeps the others', async () => {
    const logger = recordingLogger();
    const result = await runValidators([crashing, readme, rejecting], { files: [] }, { logger });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['health/readme']);
    expect(Object.keys(result.byPlugin)).toEqual(['readme']);
    expect(result.errors.map(({ plugin, message }) => ({ plugin, message }))).toEqual([
      { plugin: 'crashing', message: 'boom' },
      { plugin: 'rejecting', message: 'string reason' },
    ]);
    expect(result.errors[0]?.error).toBeInstanceOf(Error);
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      "warning: Validator 'crashing' failed: boom",
      "warning: Validator 'rejecting' failed: string reason",
    ]);
  });

  it('treats a plugin that returns something other than an array as crashed', async () => {
    const broken = {
      id: 'broken',
      description: 'Returns undefined.',
      validate: () => undefined,
    } as unknown as ValidatorPlugin<Ctx>;
    const result = await runValidators([broken], { files: [] });
    expect(result.errors).toEqual([
      expect.objectContaining({ plugin: 'broken', message: 'returned undefined instead of an array of findings' }),
    ]);
  });
});
