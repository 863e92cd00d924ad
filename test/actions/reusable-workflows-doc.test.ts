import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DOC_PATH, renderReusableWorkflowsDoc } from '../../scripts/reusable-workflows-doc.js';

it('docs/reusable-workflows.md is current (npx tsx scripts/reusable-workflows-doc.ts rewrites it)', () => {
  expect(readFileSync(DOC_PATH, 'utf8')).toBe(renderReusableWorkflowsDoc());
});
