import { describe, expect, it } from 'vitest';
import { checkWorkflow } from './workflow-check.js';

const opts = { trustedActions: ['actions/*', 'github/*'] };
const check = (yml: string, path = '.github/workflows/ci.yml') => checkWorkflow(path, yml, opts).map((h) => h.ruleId);
const lineOf = (yml: string, offset: number) => yml.slice(0, offset).split('\n').length;

const SAFE = `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: some-org/setup-thing@0123456789abcdef0123456789abcdef01234567
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;

describe('workflow rules', () => {
  it('reports nothing for a hardened workflow', () => expect(check(SAFE)).toEqual([]));

  it('reports untrusted expressions in run: at their line', () => {
    const yml = `on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo hi\n          echo "\${{ github.event.issue.title }}"\n`;
    const hits = checkWorkflow('.github/workflows/x.yml', yml, opts);
    expect(hits.map((h) => h.ruleId)).toEqual(['workflow/untrusted-input-in-run']);
    expect(lineOf(yml, hits[0]!.offset)).toBe(9);
  });

  it('reports github.head_ref in github-script', () => {
    const yml = `on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: console.log("\${{ github.head_ref }}")\n`;
    expect(check(yml)).toEqual(['workflow/untrusted-input-in-run']);
  });

  it('reports pull_request_target that checks out the PR head', () => {
    const yml = `on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n      - run: npm test\n`;
    expect(check(yml)).toEqual(['workflow/dangerous-trigger', 'workflow/pr-target-checkout']);
  });

  it('reports unpinned third-party actions, unpinned docker images and respects trusted owners', () => {
    const yml = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n      - uses: acme/deploy@v2\n      - uses: docker://alpine:3.20\n      - uses: ./local-action\n`;
    expect(check(yml)).toEqual(['workflow/unpinned-action', 'workflow/unpinned-action']);
    expect(checkWorkflow('.github/workflows/x.yml', yml, { trustedActions: [] }).map((h) => h.ruleId)).toHaveLength(3);
  });

  it('does not ask a reusable workflow for its own permissions', () => {
    expect(
      check('on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'),
    ).toEqual([]);
  });

  it('reports missing and write-all permissions', () => {
    expect(check('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n')).toEqual([
      'workflow/missing-permissions',
    ]);
    expect(
      check(
        'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      ),
    ).toEqual(['workflow/write-all-permissions']);
  });

  it('reports secrets: inherit to a third-party reusable workflow only', () => {
    const yml = (uses: string) => `on: push\npermissions: {}\njobs:\n  a:\n    uses: ${uses}\n    secrets: inherit\n`;
    expect(check(yml('other/repo/.github/workflows/r.yml@0123456789abcdef0123456789abcdef01234567'))).toEqual([
      'workflow/secrets-inherit',
    ]);
    expect(check(yml('./.github/workflows/r.yml'))).toEqual([]);
  });

  it('reports ACTIONS_ALLOW_UNSECURE_COMMANDS', () => {
    expect(check('on: push\npermissions: {}\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\njobs: {}\n')).toEqual([
      'workflow/unsecure-commands',
    ]);
  });

  it('reports persisted checkout credentials uploaded with the workspace', () => {
    const yml = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n`;
    expect(check(yml)).toEqual(['workflow/checkout-persisted-credentials', 'workflow/artifact-credentials']);
  });

  it('reports self-hosted runners on pull requests', () => {
    const yml = `on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: [self-hosted, linux]\n    steps:\n      - run: make\n`;
    expect(check(yml)).toEqual(['workflow/self-hosted-pr']);
  });

  it('checks run steps and pins of composite action.yml files', () => {
    const yml = `name: x\nruns:\n  using: composite\n  steps:\n    - uses: acme/tool@main\n    - shell: bash\n      run: echo "\${{ github.event.comment.body }}"\n`;
    expect(checkWorkflow('tools/action.yml', yml, opts).map((h) => h.ruleId)).toEqual([
      'workflow/unpinned-action',
      'workflow/untrusted-input-in-run',
    ]);
  });

  it('ignores files that are not valid YAML', () => expect(check('on: [push\n  bad: :')).toEqual([]));
});
