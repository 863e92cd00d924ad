// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub expressions, not JavaScript templates.
import { describe, expect, it } from 'vitest';
import { evaluateDefault, inputEnvName, inputVariables, parseManifest } from './action-manifest.js';

const context = {
  github: { token: 'ghs_abc', workspace: '/work/ws', run_id: '77' },
  runner: { temp: '/tmp/runner' },
};

const manifestText = `
name: Demo
inputs:
  github-token:
    description: Token.
    default: \${{ github.token }}
  dry-run:
    default: true
  max items:
    default: 5
  path:
    default: '\${{ github.workspace }}/out-\${{github.run_id}}'
  plain:
    description: No default.
    required: true
outputs:
  count:
    description: How many.
runs:
  using: node24
  main: dist/index.js
  post: dist/post.js
`;

describe('parseManifest', () => {
  it('reads inputs, outputs and runs, turning scalar defaults into strings', () => {
    const m = parseManifest(manifestText);
    expect(m.name).toBe('Demo');
    expect(m.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' });
    expect(m.inputs['dry-run']).toEqual({ default: 'true' });
    expect(m.inputs['max items']).toEqual({ default: '5' });
    expect(m.inputs.plain).toEqual({ description: 'No default.', required: true });
    expect(m.outputs).toEqual({ count: { description: 'How many.' } });
  });

  it('rejects a runtime that is not a JavaScript runtime', () => {
    expect(() => parseManifest('runs:\n  using: docker\n  image: Dockerfile\n')).toThrow(
      "action.yml: runs.using 'docker' is not a JavaScript runtime (node20, node24)",
    );
  });

  it('rejects a manifest without runs.main', () => {
    expect(() => parseManifest('runs:\n  using: node24\n')).toThrow('action.yml: runs.main is missing');
  });
});

describe('inputEnvName', () => {
  it('upper-cases, turns spaces into underscores and keeps hyphens, as the runner does', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('max items')).toBe('INPUT_MAX_ITEMS');
    expect(inputEnvName('fail_on')).toBe('INPUT_FAIL_ON');
  });
});

describe('evaluateDefault', () => {
  it('replaces context reads, with or without spaces inside the braces', () => {
    expect(evaluateDefault('${{ github.token }}', context)).toBe('ghs_abc');
    expect(evaluateDefault('${{github.workspace}}/a-${{ runner.temp }}', context)).toBe('/work/ws/a-/tmp/runner');
  });

  it('leaves text without expressions unchanged', () => {
    expect(evaluateDefault('plain value', context)).toBe('plain value');
  });

  it('throws on expressions the harness does not evaluate', () => {
    expect(() => evaluateDefault('${{ secrets.TOKEN }}', context, 'token')).toThrow(
      "input 'token': unsupported expression '${{ secrets.TOKEN }}' in its default",
    );
    expect(() => evaluateDefault("${{ format('{0}', github.token) }}", context)).toThrow('unsupported expression');
  });

  it('throws on a context value it does not know', () => {
    expect(() => evaluateDefault('${{ github.nope }}', context, 'x')).toThrow(
      "input 'x': unsupported context value 'github.nope' in its default",
    );
  });
});

describe('inputVariables', () => {
  const m = parseManifest(manifestText);

  it('merges given values over evaluated defaults and sets "" for inputs without one', () => {
    expect(inputVariables(m, { 'dry-run': false, plain: 'x' }, context)).toEqual({
      'INPUT_GITHUB-TOKEN': 'ghs_abc',
      'INPUT_DRY-RUN': 'false',
      INPUT_MAX_ITEMS: '5',
      INPUT_PATH: '/work/ws/out-77',
      INPUT_PLAIN: 'x',
    });
  });

  it('does not enforce required inputs, like the runner', () => {
    expect(inputVariables(m, {}, context).INPUT_PLAIN).toBe('');
  });

  it('throws on an undeclared input, naming the valid ones', () => {
    expect(() => inputVariables(m, { dry_run: 'true' }, context)).toThrow(
      "Unexpected input(s) 'dry_run', valid inputs are ['github-token', 'dry-run', 'max items', 'path', 'plain']",
    );
  });
});
