// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions in workflow text, not JavaScript templates.
import { describe, expect, it } from 'vitest';
import { WORKFLOW_RULES } from './rules/workflow-rules.js';
import { REF_CONFUSION, refConfusionFindings, remoteUses } from './workflow-refs.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const rule = WORKFLOW_RULES.find((r) => r.id === REF_CONFUSION)!;

describe('remote uses with symbolic refs', () => {
  it('lists steps and reusable-workflow jobs of a workflow, with their position', () => {
    const yml = `on: push\njobs:\n  call:\n    uses: org/flows/.github/workflows/r.yml@main\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: org/act@v1\n      - uses: org/act/sub@release/v2\n      - uses: org/act@${SHA}\n      - uses: ./local\n      - uses: docker://alpine:3\n      - uses: org/act@\${{ inputs.ref }}\n`;
    expect(remoteUses('.github/workflows/ci.yml', yml).map((u) => [u.owner, u.repo, u.ref, u.line, u.column])).toEqual([
      ['org', 'flows', 'main', 4, 11],
      ['org', 'act', 'v1', 8, 15],
      ['org', 'act', 'release/v2', 9, 15],
    ]);
  });

  it("lists a composite action's steps", () => {
    const yml = 'name: x\nruns:\n  using: composite\n  steps:\n    - uses: org/act@v1\n';
    expect(remoteUses('tools/action.yml', yml).map((u) => `${u.owner}/${u.repo}@${u.ref}`)).toEqual(['org/act@v1']);
  });
});

describe('ref-confusion findings', () => {
  const yml =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: org/act@v1\n      - uses: org/act@v2\n';
  const uses = remoteUses('.github/workflows/ci.yml', yml);

  it('reports the ambiguous uses only, fingerprinted', () => {
    const found = refConfusionFindings(rule, uses, (u) => u.ref === 'v1');
    expect(found.map((f) => [f.ruleId, f.line, f.severity])).toEqual([[REF_CONFUSION, 6, 'medium']]);
    expect(found[0]!.fingerprint).toMatch(/^[0-9a-f]{32}:0$/);
  });

  it('drops findings in the baseline and, in diff mode, outside the changed lines', () => {
    const all = refConfusionFindings(rule, uses, () => true);
    expect(all).toHaveLength(2);
    expect(refConfusionFindings(rule, uses, () => true, { baseline: new Set([all[0]!.fingerprint]) })).toHaveLength(1);
    const changed = new Map([['.github/workflows/ci.yml', [[7, 7]] as [number, number][]]]);
    expect(refConfusionFindings(rule, uses, () => true, { changed }).map((f) => f.line)).toEqual([7]);
  });
});
