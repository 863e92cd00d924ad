/**
 * This repository meets the standards it ships: the files our own health-check requires by default,
 * a license matching package.json, Dependabot for npm and the pinned actions, and every third-party
 * action pinned to a commit SHA with its release tag beside it, the same one in every workflow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_REQUIRED_FILES, parseRequiredFiles } from '../../actions/health-check/src/engine/required-files.js';
import { jobs, ROOT, templates, workflows } from './workflow-files.js';

describe('this repository', () => {
  it("has every file health-check's compliance check requires by default", () => {
    const missing = parseRequiredFiles(DEFAULT_REQUIRED_FILES.split(','))
      .filter((f) => !f.paths.some((p) => existsSync(join(ROOT, p))))
      .map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it('has a LICENSE of the license package.json names, a CHANGELOG.md the release action can prepend to', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog\n/);
  });

  it('has Dependabot updating npm and the GitHub Actions of the workflows', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8'));
    expect(config.version).toBe(2);
    const ecosystems = config.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']);
    expect(ecosystems.sort()).toEqual(['github-actions', 'npm']);
  });

  it('pins every third-party action to a commit SHA with its tag, the same pin everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of [...workflows, ...templates]) {
      const lines = file.source.split('\n');
      for (const [, job] of jobs(file)) {
        for (const step of job.steps ?? []) {
          const uses: string | undefined = step.uses;
          if (!uses || uses.startsWith('./') || uses.startsWith('mokoconsulting-tech/standards/')) continue;
          const [action, ref] = uses.split('@');
          expect(ref, `${file.path}: ${uses}`).toMatch(/^[0-9a-f]{40}$/);
          const line = lines.find((l) => l.includes(`uses: ${uses}`));
          expect(line, `${file.path}: ${uses} has its tag as a comment`).toMatch(/ # v\d+\.\d+\.\d+$/);
          const pin = `${ref} ${line!.split(' # ')[1]}`;
          pins.set(action!, (pins.get(action!) ?? new Set()).add(pin));
        }
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    for (const [action, set] of pins) expect([...set], action).toHaveLength(1);
  });
});
