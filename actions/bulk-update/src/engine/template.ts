import { UserError } from '../../../../shared/core/errors.js';

/** What a template may refer to, per target repository. */
export interface TemplateValues {
  repo: { name: string; owner: string; fullName: string; defaultBranch: string };
  properties: Record<string, string | string[] | null | undefined>;
  [key: string]: unknown;
}

/** A template referring to something the repository does not have (e.g. an unset custom property). */
export class TemplateError extends UserError {
  override name = 'TemplateError';
}

// `{{ path.to.value }}` or `{{ path | "fallback" }}`; whitespace inside the braces is optional.
const TAG = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;

function lookup(values: TemplateValues, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !(part in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Renders `{{ repo.name }}`, `{{ repo.defaultBranch }}`, `{{ properties.team | "none" }}` …
 * An unknown name without a fallback is an error, never an empty string: a typo must not ship.
 */
export function renderTemplate(text: string, values: TemplateValues, where = 'template'): string {
  return text.replace(TAG, (_m, path: string, fallback: string | undefined) => {
    const v = lookup(values, path);
    if (v === undefined || v === null || v === '') {
      if (fallback !== undefined) return fallback.replace(/\\(.)/g, '$1');
      throw new TemplateError(
        `${where}: {{ ${path} }} has no value for ${values.repo.fullName}; add a fallback: {{ ${path} | "…" }}`,
      );
    }
    return Array.isArray(v) ? v.join(', ') : String(v);
  });
}
