import { UserError } from '../../../../shared/core/errors.js';

/** One file whose version the release commit updates. */
export type VersionFile =
  /** `package.json`, `package-lock.json`: the `version` field (a lock file's root package too). */
  | { kind: 'npm'; path: string }
  /** A JSON file and a dotted path to the version field, e.g. `manifest.json#version`. */
  | { kind: 'json'; path: string; field: string[] }
  /** A text file whose first match of `pattern` has its first capture group replaced, e.g. `src/version.ts=VERSION = '([^']*)'`. */
  | { kind: 'regex'; path: string; pattern: RegExp }
  /** A file that holds only the version (`VERSION`). */
  | { kind: 'plain'; path: string };

/**
 * Parses one line of the `version-files` input: `path`, `path#dotted.json.path` or `path=regex`
 * (the regex with one capture group). A `package.json` or `package-lock.json` path is an npm file;
 * any other bare path holds only the version. Returns a reason string for a bad line.
 */
export function parseVersionFile(line: string): VersionFile | string {
  const eq = line.indexOf('=');
  const hash = line.indexOf('#');
  if (eq > 0 && (hash < 0 || eq < hash)) {
    const path = line.slice(0, eq).trim();
    let pattern: RegExp;
    try {
      pattern = new RegExp(line.slice(eq + 1), 'm');
    } catch (e) {
      return `the regular expression does not compile (${(e as Error).message})`;
    }
    if (new RegExp(`${pattern.source}|`).exec('')!.length < 2)
      return 'the regular expression needs a capture group around the version';
    return { kind: 'regex', path, pattern };
  }
  if (hash > 0) {
    const field = line
      .slice(hash + 1)
      .trim()
      .split('.')
      .filter(Boolean);
    if (field.length === 0) return 'expected a dotted JSON path after #, e.g. manifest.json#version';
    return { kind: 'json', path: line.slice(0, hash).trim(), field };
  }
  const path = line.trim();
  const base = path.split('/').at(-1);
  return base === 'package.json' || base === 'package-lock.json' ? { kind: 'npm', path } : { kind: 'plain', path };
}

function setJson(text: string, path: string, fields: string[][], version: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not valid JSON; cannot set its version`);
  }
  for (const field of fields) {
    let node = data as Record<string, unknown>;
    for (const key of field.slice(0, -1)) {
      const next = node?.[key];
      if (typeof next !== 'object' || next === null) throw new UserError(`${path} has no ${field.join('.')} to set`);
      node = next as Record<string, unknown>;
    }
    const last = field.at(-1)!;
    if (!(last in node)) throw new UserError(`${path} has no ${field.join('.')} to set`);
    node[last] = version;
  }
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  return `${JSON.stringify(data, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}

/** The new content of a version file, or a UserError naming the file when it cannot be updated. */
export function updateVersionFile(f: VersionFile, text: string | undefined, version: string): string {
  if (text === undefined) throw new UserError(`version file ${f.path} does not exist at the released commit`);
  switch (f.kind) {
    case 'plain':
      return `${version}\n`;
    case 'json':
      return setJson(text, f.path, [f.field], version);
    case 'npm': {
      const lock = f.path.endsWith('package-lock.json');
      const data = JSON.parse(text) as { packages?: Record<string, unknown> };
      const fields = lock && data.packages?.[''] ? [['version'], ['packages', '', 'version']] : [['version']];
      return setJson(text, f.path, fields, version);
    }
    case 'regex': {
      const m = f.pattern.exec(text);
      if (!m || m[1] === undefined)
        throw new UserError(`version file ${f.path}: the pattern ${f.pattern.source} matches nothing`);
      const start = m.index + m[0].indexOf(m[1]);
      return `${text.slice(0, start)}${version}${text.slice(start + m[1].length)}`;
    }
  }
}
