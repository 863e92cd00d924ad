import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** Every file under `dir`, sorted, as absolute paths. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/**
 * Writes `files` (under `root`) into one zip at `zipPath`, entry names relative to `root` with forward
 * slashes and a fixed date, so the same logs always give the same archive bytes.
 */
export function writeZip(root: string, files: readonly string[], zipPath: string): void {
  const mtime = new Date('1980-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of files) entries[relative(root, f).split('\\').join('/')] = [readFileSync(f), { mtime }];
  writeFileSync(zipPath, zipSync(entries, { level: 6 }));
}
