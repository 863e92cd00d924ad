/**
 * The starter workflows of the organization template gallery (workflows-templates/): each one a YAML,
 * a .properties.json and the SVG icon it names; each calls one of our reusable workflows at @v3 with
 * inputs and secrets it declares and at least the permissions its jobs need, on the roadmap's schedule
 * at a minute other than 0; and the bulk-update configuration that installs them is valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBulkConfig } from '../../actions/bulk-update/src/engine/config.js';
import { jobs, ourReusableWorkflow, ROOT, reusable, templates } from './workflow-files.js';

const DIR = join(ROOT, 'workflows-templates');
const RANK: Record<string, number> = { none: 0, read: 1, write: 2 };

/** The roadmap's schedules (minute, hour, day of month, month, day of week), the minute left free. */
const SCHEDULES: Record<string, RegExp | undefined> = {
  'security-scan': /^\d+ 2 \* \* \*$/, // daily 02:xx UTC
  'metrics-collect': /^\d+ 6 \* \* \*$/, // daily 06:xx UTC
  'health-check': /^\d+ \* \* \* \*$/, // hourly
  'audit-archive': /^\d+ \d+ \* \* 0$/, // weekly, Sunday
  'integration-tests': /^\d+ \d+ \* \* \*$/, // daily
  'bulk-update': undefined, // on demand
  release: undefined, // on push to the default branch
};
const ON_PULL_REQUESTS = ['security-scan', 'integration-tests'];

describe('workflows-templates/', () => {
  it('holds only templates: each a .yml, a .properties.json and an .svg icon', () => {
    const names = templates.map((t) => t.name);
    const expected = names.flatMap((n) => [`${n}.yml`, `${n}.properties.json`, `${n}.svg`]).sort();
    expect(readdirSync(DIR).sort()).toEqual(expected);
  });
});

describe.each(templates.map((t) => [t.name, t] as const))('template %s', (name, template) => {
  const properties = JSON.parse(readFileSync(join(DIR, `${name}.properties.json`), 'utf8'));
  const entries = jobs(template);
  const [jobId, job] = entries[0]!;
  const target = reusable.find((w) => w.name === ourReusableWorkflow(job.uses));

  it('has properties naming an icon that is an SVG file beside it', () => {
    expect(properties.name).toMatch(/^MokoStandards /);
    expect(properties.description).toMatch(/\S/);
    expect(Array.isArray(properties.categories) && properties.categories.length > 0).toBe(true);
    expect(properties.iconName).toBe(name);
    const svg = readFileSync(join(DIR, `${properties.iconName}.svg`), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('calls our reusable workflow of the same name at @v3, in one job', () => {
    expect(entries).toHaveLength(1);
    expect(job.uses).toBe(`mokoconsulting-tech/standards/.github/workflows/${name}.yml@v3`);
    expect(target, jobId).toBeDefined();
  });

  it('passes only inputs and secrets the reusable workflow declares, explicitly (never inherit)', () => {
    const call = target!.doc.on.workflow_call;
    expect(Object.keys(job.with ?? {}).filter((k) => !(k in (call.inputs ?? {})))).toEqual([]);
    expect(job.secrets).not.toBe('inherit');
    expect(Object.keys(job.secrets ?? {}).filter((k) => !(k in (call.secrets ?? {})))).toEqual([]);
    for (const [k, v] of Object.entries(job.secrets ?? {})) expect(v).toBe(`\${{ secrets.${k} }}`);
  });

  it("grants the calling job the permissions the called workflow's jobs ask for", () => {
    for (const [calledJob, called] of jobs(target!)) {
      for (const [scope, access] of Object.entries<string>(called.permissions ?? {})) {
        expect(
          RANK[job.permissions?.[scope] ?? 'none'],
          `${calledJob} needs ${scope}: ${access}`,
        ).toBeGreaterThanOrEqual(RANK[access]!);
      }
    }
    expect(template.doc.permissions).toEqual({ contents: 'read' });
  });

  it("runs on the roadmap's schedule, off the top of the hour", () => {
    const crons = (template.doc.on.schedule ?? []).map((s: { cron: string }) => s.cron);
    const expected = SCHEDULES[name];
    if (!expected) {
      expect(crons).toEqual([]);
    } else {
      expect(crons).toHaveLength(1);
      expect(crons[0]).toMatch(expected);
      const minute = Number(crons[0].split(' ')[0]);
      expect(minute).toBeGreaterThan(0);
      expect(minute).toBeLessThan(60);
    }
    expect('workflow_dispatch' in template.doc.on).toBe(true);
    expect('pull_request' in template.doc.on).toBe(ON_PULL_REQUESTS.includes(name));
  });
});

describe('the gallery installation', () => {
  it('is a valid bulk-update configuration copying workflows-templates/ to workflow-templates/ of .github', () => {
    const config = loadBulkConfig(join(ROOT, 'docs', 'workflow-templates.bulk-update.yml'));
    expect(config.selection.names).toEqual(['.github']);
    const op = config.operations[0] as { type: string; files: { source: string; target: string }[] };
    expect(op.type).toBe('files');
    expect(op.files).toMatchObject([{ source: 'workflows-templates/', target: 'workflow-templates/' }]);
    expect(existsSync(join(ROOT, op.files[0]!.source))).toBe(true);
  });
});
