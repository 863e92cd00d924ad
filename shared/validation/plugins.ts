/**
 * The roadmap's unified validation framework: validators are plugins that turn a context into
 * findings, looked up by name (release-please's plugin factory, src/factories/plugin-factory.ts)
 * and run together so one crashing plugin does not take the others down.
 */
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Finding } from '../core/finding.js';

/** One validator: a stable id, a one-line description, and the check itself. */
export interface ValidatorPlugin<C> {
  id: string;
  description: string;
  validate(ctx: C): Finding[] | Promise<Finding[]>;
}

/**
 * Plugins by id. Ids come from an input that is checked against `ids()` where it is parsed (a typo is
 * an InputError there), so asking here for an unknown id is a bug of ours and throws a plain Error.
 */
export class ValidatorRegistry<C> {
  private readonly plugins = new Map<string, ValidatorPlugin<C>>();

  /** `kind` names the plugins in messages, e.g. `check` for health-check. */
  constructor(
    plugins: readonly ValidatorPlugin<C>[] = [],
    private readonly kind = 'validator',
  ) {
    for (const plugin of plugins) this.register(plugin);
  }

  /** Adds a plugin; a duplicate id is a bug in our code and throws. */
  register(plugin: ValidatorPlugin<C>): this {
    if (this.plugins.has(plugin.id)) throw new Error(`${this.kind} '${plugin.id}' is already registered`);
    this.plugins.set(plugin.id, plugin);
    return this;
  }

  /** True when a plugin with this id is registered. */
  has(id: string): boolean {
    return this.plugins.has(id);
  }

  /** Registered ids, sorted. */
  ids(): string[] {
    return [...this.plugins.keys()].sort();
  }

  /** Every plugin, in registration order. */
  all(): ValidatorPlugin<C>[] {
    return [...this.plugins.values()];
  }

  /** The plugin named `id`; an unknown id is a bug (see the class comment) and throws, listing the known ones. */
  get(id: string): ValidatorPlugin<C> {
    return this.select([id])[0] as ValidatorPlugin<C>;
  }

  /** The plugins named by `ids`, in that order, duplicates dropped; every unknown id is reported at once. */
  select(ids: readonly string[]): ValidatorPlugin<C>[] {
    const unknown = ids.filter((id) => !this.plugins.has(id));
    if (unknown.length > 0) {
      const names = unknown.map((id) => `'${id}'`).join(', ');
      throw new Error(
        `Unknown ${this.kind}${unknown.length === 1 ? '' : 's'} ${names}. Known ${this.kind}s: ${this.ids().join(', ') || '(none)'}.`,
      );
    }
    return [...new Set(ids)].map((id) => this.plugins.get(id) as ValidatorPlugin<C>);
  }
}

/** A plugin that threw (or returned something other than findings). */
export interface ValidatorFailure {
  plugin: string;
  message: string;
  error: unknown;
}

/** The outcome of {@link runValidators}. */
export interface ValidationResult {
  /** All findings, in plugin order. */
  findings: Finding[];
  /** Findings per plugin id (every plugin that ran, even with none). */
  byPlugin: Record<string, Finding[]>;
  /** Plugins that crashed; their findings are missing, the others' are complete. */
  errors: ValidatorFailure[];
}

/**
 * Runs every plugin against `ctx` concurrently. A plugin that throws or rejects becomes an entry in
 * `errors` (and a warning when a logger is given) instead of failing the whole run.
 */
export async function runValidators<C>(
  plugins: readonly ValidatorPlugin<C>[],
  ctx: C,
  opts: { logger?: Logger } = {},
): Promise<ValidationResult> {
  const outcomes = await Promise.all(
    plugins.map(async (plugin) => {
      try {
        const findings = await plugin.validate(ctx);
        if (!Array.isArray(findings))
          throw new TypeError(`returned ${typeof findings} instead of an array of findings`);
        return { plugin, findings };
      } catch (error) {
        return { plugin, error };
      }
    }),
  );
  const result: ValidationResult = { findings: [], byPlugin: {}, errors: [] };
  for (const outcome of outcomes) {
    const id = outcome.plugin.id;
    if ('error' in outcome) {
      const message = errorMessage(outcome.error);
      result.errors.push({ plugin: id, message, error: outcome.error });
      opts.logger?.warning(`Validator '${id}' failed: ${message}`);
      if (outcome.error instanceof Error && outcome.error.stack) opts.logger?.debug(outcome.error.stack);
      continue;
    }
    result.byPlugin[id] = outcome.findings;
    result.findings.push(...outcome.findings);
  }
  return result;
}
