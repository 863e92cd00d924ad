import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Emulator } from '../emulator/index.js';
import type { ActionRun } from '../harness/index.js';

/** One place a run wrote to, and its text. */
export interface Written {
  where: string;
  text: string;
}

/** The readable text of a file: zip entries and gzip content unpacked, so an archive hides nothing. */
function fileTexts(where: string, data: Buffer): Written[] {
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      return Object.entries(unzipSync(new Uint8Array(data))).flatMap(([name, bytes]) =>
        fileTexts(`${where}!${name}`, Buffer.from(bytes)),
      );
    } catch {
      // not a zip after all: scan the bytes
    }
  }
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      return fileTexts(`${where}!gunzip`, gunzipSync(data));
    } catch {
      // truncated gzip: scan the bytes
    }
  }
  return [{ where, text: data.toString('utf8') }];
}

function walk(dir: string, out: Written[], label: string, before?: ReadonlyMap<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === '.git' || name === 'node_modules') continue;
    const p = join(dir, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      continue; // a dangling link
    }
    if (st.isDirectory()) walk(p, out, `${label}/${name}`, before);
    else if (st.isFile() && st.size < 20_000_000) {
      const data = readFileSync(p);
      if (before?.get(p) === data.toString('base64')) continue; // the test's own input, unchanged
      out.push(...fileTexts(`${label}/${name}`, data));
    }
  }
}

/**
 * Everything a run produced where a person could read it: the log (but the `::add-mask::` lines,
 * which register a value with the runner), summary, annotations, outputs, every file in the workspace
 * and RUNNER_TEMP (audit, metrics, checkpoints, SARIF, archives, unpacked), and in GitHub: artifacts
 * (unzipped), issues, pull requests, comments, releases, SARIF uploads, git blobs and commit messages.
 */
export function everythingWritten(run: ActionRun, em: Emulator, before?: ReadonlyMap<string, string>): Written[] {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('::add-mask::'))
    .join('\n');
  const out: Written[] = [
    { where: 'log', text: log },
    { where: 'summary', text: run.summary },
    { where: 'annotations', text: JSON.stringify(run.annotations) },
    { where: 'outputs', text: JSON.stringify(run.outputs) },
  ];
  walk(run.workspace, out, 'workspace', before);
  walk(run.tempDir, out, 'runner-temp');
  for (const { artifact } of em.state.artifacts.values())
    out.push(...fileTexts(`artifact ${artifact.name}`, artifact.data));
  for (const repo of em.state.repos.values()) {
    const full = `${repo.owner}/${repo.name}`;
    const texts = [
      ...repo.issues.map((i) => `${i.title}\n${i.body ?? ''}`),
      ...repo.pulls.map((p) => `${p.title}\n${p.body ?? ''}`),
      ...repo.comments.map((c) => c.body),
      ...repo.releases.map((r) => `${r.name ?? ''}\n${r.body ?? ''}`),
      ...repo.sarifs.map((s) => JSON.stringify(s.sarif)),
    ];
    out.push({ where: `github ${full}`, text: texts.join('\n') });
    if (!repo.git) continue;
    for (const [sha, o] of repo.git.objects) {
      if (o.type === 'blob') out.push({ where: `git ${full} ${sha}`, text: o.data.toString('utf8') });
      if (o.type === 'commit') out.push({ where: `git ${full} ${sha}`, text: o.message });
    }
  }
  return out;
}

/** The files of a folder before a run (path → content), so files the test planted are not blamed on the action. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) visit(p);
      else if (st?.isFile()) out.set(p, readFileSync(p).toString('base64'));
    }
  };
  visit(dir);
  return out;
}

/** Each secret found in clear, with where: `secret-name @ place`. */
export function findLeaks(written: Written[], secrets: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(secrets)) {
    const forms = [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
    for (const w of written)
      if (forms.some((f) => f.length >= 8 && w.text.includes(f))) out.push(`${name} @ ${w.where}`);
  }
  return out;
}
