import { describe, expect, it } from 'vitest';
import { parseVersionFile, updateVersionFile, type VersionFile } from './version-files.js';

const parsed = (line: string) => parseVersionFile(line) as VersionFile;

describe('version files', () => {
  it('reads the four kinds of line', () => {
    expect(parseVersionFile('package.json')).toEqual({ kind: 'npm', path: 'package.json' });
    expect(parseVersionFile('web/package-lock.json')).toEqual({ kind: 'npm', path: 'web/package-lock.json' });
    expect(parseVersionFile('VERSION')).toEqual({ kind: 'plain', path: 'VERSION' });
    expect(parseVersionFile('manifest.json#meta.version')).toEqual({
      kind: 'json',
      path: 'manifest.json',
      field: ['meta', 'version'],
    });
    expect(parsed("src/v.ts=VERSION = '([^']*)'")).toMatchObject({ kind: 'regex', path: 'src/v.ts' });
    expect(parseVersionFile('src/v.ts=VERSION = .*')).toBe(
      'the regular expression needs a capture group around the version',
    );
    expect(parseVersionFile('src/v.ts=(')).toMatch(/^the regular expression does not compile/);
  });

  it('updates each kind, keeping indentation and the final newline', () => {
    expect(updateVersionFile(parsed('package.json'), '{\n    "name": "x",\n    "version": "1.0.0"\n}\n', '1.1.0')).toBe(
      '{\n    "name": "x",\n    "version": "1.1.0"\n}\n',
    );
    const lock = JSON.stringify(
      { version: '1.0.0', packages: { '': { version: '1.0.0' }, 'node_modules/a': { version: '1.0.0' } } },
      null,
      2,
    );
    expect(JSON.parse(updateVersionFile(parsed('package-lock.json'), lock, '2.0.0'))).toEqual({
      version: '2.0.0',
      packages: { '': { version: '2.0.0' }, 'node_modules/a': { version: '1.0.0' } },
    });
    expect(updateVersionFile(parsed('VERSION'), '1.0.0\n', '1.0.1')).toBe('1.0.1\n');
    expect(
      updateVersionFile(parsed("src/v.ts=VERSION = '([^']*)'"), "export const VERSION = '1.0.0';\n", '1.0.1'),
    ).toBe("export const VERSION = '1.0.1';\n");
  });

  it('names the file when it cannot be updated', () => {
    expect(() => updateVersionFile(parsed('VERSION'), undefined, '1.0.0')).toThrow(
      'version file VERSION does not exist',
    );
    expect(() => updateVersionFile(parsed('m.json#a.b'), '{"a":{}}', '1.0.0')).toThrow('m.json has no a.b to set');
    expect(() => updateVersionFile(parsed('x.txt=v(\\d+)'), 'nothing', '1.0.0')).toThrow('matches nothing');
  });
});
