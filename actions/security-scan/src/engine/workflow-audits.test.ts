// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions in workflow text, not JavaScript templates.
import { describe, expect, it } from 'vitest';
import { checkWorkflow } from './workflow-check.js';

const opts = { trustedActions: ['actions/*', 'github/*'] };
const SHA = '0123456789abcdef0123456789abcdef01234567';
const check = (yml: string, path = '.github/workflows/ci.yml') => checkWorkflow(path, yml, opts).map((h) => h.ruleId);
/** A workflow with hardened defaults around the given `on:` and steps (YAML list items, 6 spaces in). */
const wf = (on: string, steps: string, extra = '') =>
  `on: ${on}\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;
const step = (uses: string, withLines: string) => `      - uses: ${uses}\n        with:\n${withLines}`;

describe('untrusted input in the inputs of script-running actions', () => {
  it.each([
    ['actions/github-script@v7', 'script', 'github.event.issue.title'],
    [`mikefarah/yq@${SHA}`, 'cmd', 'github.event.pull_request.head.ref'],
    [`Amadevus/pwsh-script@${SHA}`, 'script', 'github.event.comment.body'],
    [`jannekem/run-python-script-action@${SHA}`, 'script', 'github.head_ref'],
    [`appleboy/ssh-action@${SHA}`, 'script', 'github.event.pull_request.title'],
    [`nick-fields/retry@${SHA}`, 'command', 'github.event.review.body'],
    [`tibdex/backport@${SHA}`, 'title_template', 'github.event.pull_request.title'],
    [`8398a7/action-slack@${SHA}`, 'custom_payload', 'github.event.head_commit.message'],
    [`actions/github-script@${SHA}`, 'script', 'github.event.pull_request.head.repo.description'],
    [`actions/github-script@${SHA}`, 'script', 'github.event.check_run.check_suite.head_branch'],
  ])('reports %s %s:', (uses, input, context) => {
    const vulnerable = wf('issues', step(uses, `          ${input}: echo "\${{ ${context} }}"\n`));
    expect(check(vulnerable)).toEqual(['workflow/untrusted-input-in-run']);
    const fixed = wf(
      'issues',
      `      - uses: ${uses}\n        env:\n          VALUE: \${{ ${context} }}\n        with:\n          ${input}: echo "$VALUE"\n`,
    );
    expect(check(fixed)).toEqual([]);
  });

  it('does not treat inputs of other actions as scripts', () => {
    const yml = wf(
      'issues',
      step(`peter-evans/create-or-update-comment@${SHA}`, '          body: ${{ github.event.issue.title }}\n'),
    );
    expect(check(yml)).toEqual([]);
  });
});

describe('untrusted input reaching a script through env, matrix and whole-event dumps', () => {
  const run = (line: string, stepEnv = '') => `      - run: ${line}\n${stepEnv}`;

  it('reports env.X whose value (step, job or workflow env) holds an attacker-controlled context', () => {
    const stepEnv = '        env:\n          TITLE: ${{ github.event.issue.title }}\n';
    expect(check(wf('issues', run('echo "${{ env.TITLE }}"', stepEnv)))).toEqual(['workflow/untrusted-input-in-run']);
    const jobEnv = '    env:\n      TITLE: ${{ github.event.issue.title }}\n';
    expect(check(wf('issues', run('echo "${{ env.TITLE }}"'), jobEnv))).toEqual(['workflow/untrusted-input-in-run']);
    const workflowEnv = `env:\n  TITLE: \${{ github.head_ref }}\n${wf('pull_request', run('echo "${{ env[\'TITLE\'] }}"'))}`;
    expect(check(workflowEnv)).toEqual(['workflow/untrusted-input-in-run']);
    // The nearest env wins: a static step value shadows the job's.
    expect(
      check(wf('issues', run('echo "${{ env.TITLE }}"', '        env:\n          TITLE: fixed\n'), jobEnv)),
    ).toEqual([]);
    // Fixed: the shell reads the variable; nothing is pasted into the script.
    expect(check(wf('issues', run('echo "$TITLE"', stepEnv)))).toEqual([]);
  });

  it('reports matrix.X when a matrix value holds an attacker-controlled context', () => {
    const matrix = (value: string) =>
      `    strategy:\n      matrix:\n        include:\n          - name: plain\n          - name: ${value}\n`;
    expect(check(wf('pull_request', run('echo ${{ matrix.name }}'), matrix('${{ github.head_ref }}')))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
    expect(check(wf('pull_request', run('echo ${{ matrix.name }}'), matrix('other')))).toEqual([]);
  });

  it('reports toJSON of the event or of an attacker-written object', () => {
    expect(check(wf('issues', run("python -c 'print(${{ toJSON(github.event) }})'")))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
    expect(check(wf('issues', run('echo ${{ toJson(github.event.issue) }}')))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
    expect(check(wf('issues', run('echo ${{ github.event_name }} ${{ github.event.issue.number }}')))).toEqual([]);
  });

  it('does not report boolean tests of an attacker-controlled context, only its text', () => {
    expect(check(wf('issues', run("echo ${{ github.event.issue.title == 'foo' }}")))).toEqual([]);
    expect(check(wf('issues', run("echo ${{ contains(github.event.issue.title, 'foo') }}")))).toEqual([]);
    expect(check(wf('issues', run('echo ${{ false || github.event.issue.title }}')))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
    expect(check(wf('issues', run('echo ${{ join(github.event.issue.labels.*.name) }}')))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
  });

  it('reports, in a composite action, env.X set from one of its inputs', () => {
    const action = `name: x\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      env:\n        DATA: \${{ inputs.data }}\n      run: echo "\${{ env.DATA }}"\n`;
    expect(checkWorkflow('action.yml', action, opts).map((h) => h.ruleId)).toEqual(['workflow/input-in-run']);
    expect(checkWorkflow('action.yml', action.replace('"${{ env.DATA }}"', '"$DATA"'), opts)).toEqual([]);
  });
});

describe('step and job outputs reaching a script through env or matrix (step-output-in-run)', () => {
  const run = (line: string, stepEnv = '') =>
    `      - id: files\n        run: ./list-changed >> "$GITHUB_OUTPUT"\n      - run: ${line}\n${stepEnv}`;

  it('reports env.X set from a step output, not the variable read by the shell', () => {
    const stepEnv = '        env:\n          FILES: ${{ steps.files.outputs.names }}\n';
    const vulnerable = wf('pull_request', run('echo "${{ env.FILES }}"', stepEnv));
    const hits = checkWorkflow('.github/workflows/ci.yml', vulnerable, opts);
    expect(hits.map((h) => h.ruleId)).toEqual(['workflow/step-output-in-run']);
    expect(hits[0]!.message).toContain('steps.files.outputs.names');
    expect(vulnerable.slice(0, hits[0]!.offset).split('\n').length).toBe(vulnerable.split('\n').length - 3);
    expect(check(wf('pull_request', run('echo "$FILES"', stepEnv)))).toEqual([]);
  });

  it("reports toJSON(env.X) of a needed job's output in a script input, in a composite action too", () => {
    const jobEnv = "    env:\n      DATA: ${{ needs.setup.outputs['data'] }}\n";
    const script = (body: string) =>
      `      - uses: actions/github-script@${SHA}\n        with:\n          script: ${body}\n`;
    expect(check(wf('push', script('const d = ${{ toJSON(env.DATA) }}'), jobEnv))).toEqual([
      'workflow/step-output-in-run',
    ]);
    expect(check(wf('push', script('const d = process.env.DATA'), jobEnv))).toEqual([]);
    const action = (runLine: string) =>
      `name: x\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      env:\n        P: \${{ steps.build.outputs.path }}\n      run: ${runLine}\n`;
    expect(checkWorkflow('action.yml', action('cat "${{ env.P }}"'), opts).map((h) => h.ruleId)).toEqual([
      'workflow/step-output-in-run',
    ]);
    expect(checkWorkflow('action.yml', action('cat "$P"'), opts)).toEqual([]);
  });

  it('reports matrix.X of a matrix computed from a job output (whole matrix, include, one key)', () => {
    const job = (matrix: string, line: string) =>
      wf('pull_request', `      - run: ${line}\n`, `    needs: setup\n    strategy:\n      matrix:${matrix}\n`);
    for (const matrix of [
      ' ${{ fromJSON(needs.setup.outputs.matrix) }}',
      '\n        include: ${{ fromJSON(needs.setup.outputs.matrix) }}',
      '\n        dir: ${{ fromJSON(needs.setup.outputs.dirs) }}',
    ]) {
      expect(check(job(matrix, 'make -C ${{ matrix.dir }}'))).toEqual(['workflow/step-output-in-run']);
      expect(check(job(matrix, 'make -C "$DIR"'))).toEqual([]);
    }
    // A static matrix is the workflow's own text.
    expect(check(job('\n        dir: [a, b]', 'make -C ${{ matrix.dir }}'))).toEqual([]);
  });

  it('reports the most severe source of an expansion once, and leaves direct outputs and outcomes alone', () => {
    const env = '        env:\n          A: ${{ steps.files.outputs.names }}\n          B: ${{ github.head_ref }}\n';
    expect(check(wf('pull_request', run('echo "${{ env.A }}${{ env.B }}"', env)))).toEqual([
      'workflow/step-output-in-run',
      'workflow/untrusted-input-in-run',
    ]);
    expect(check(wf('pull_request', run('echo "${{ env.A || env.B }}"', env)))).toEqual([
      'workflow/untrusted-input-in-run',
    ]);
    const outcome = '        env:\n          R: ${{ steps.files.outcome }}\n';
    expect(check(wf('pull_request', run('echo "${{ env.R }}"', outcome)))).toEqual([]);
    expect(check(wf('pull_request', run('echo "${{ steps.files.outputs.names }}"')))).toEqual([]);
  });
});

describe('unsecure-commands', () => {
  const job = (env: string, matrix = '') =>
    wf('push', `      - run: echo hi\n        env:${env}\n`, matrix ? `    strategy:\n      matrix:\n${matrix}` : '');

  it('reads the value as the runner does: case and surrounding blanks do not matter', () => {
    expect(check(job('\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: "  TRUE "'))).toEqual([
      'workflow/unsecure-commands',
    ]);
    expect(check(job('\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: "false"'))).toEqual([]);
  });

  it('reports a whole env: taken from a matrix value that enables the commands', () => {
    const vulnerable = job(' ${{ matrix.env }}', '        env:\n          - ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n');
    const hits = checkWorkflow('.github/workflows/ci.yml', vulnerable, opts);
    expect(hits.map((h) => h.ruleId)).toEqual(['workflow/unsecure-commands']);
    expect(hits[0]!.message).toContain('matrix.env');
    const viaInclude = job(
      ' ${{ matrix.env }}',
      '        include:\n          - env:\n              ACTIONS_ALLOW_UNSECURE_COMMANDS: "  true"\n',
    );
    expect(check(viaInclude)).toEqual(['workflow/unsecure-commands']);
    // Fixed: the matrix sets other variables only; an env expression we cannot resolve is not reported.
    expect(check(job(' ${{ matrix.env }}', '        env:\n          - NODE_ENV: test\n'))).toEqual([]);
    expect(check(job(' ${{ fromJSON(vars.STEP_ENV) }}'))).toEqual([]);
  });
});

describe('composite actions', () => {
  const action = (run: string, env = '') =>
    `name: x\ninputs:\n  title:\n    required: true\nruns:\n  using: composite\n  steps:\n    - shell: bash\n${env}      run: ${run}\n`;

  it('reports inputs.* expanded in a step script, not through env', () => {
    expect(checkWorkflow('action.yml', action('echo "${{ inputs.title }}"'), opts).map((h) => h.ruleId)).toEqual([
      'workflow/input-in-run',
    ]);
    const fixed = action('echo "$TITLE"', '      env:\n        TITLE: ${{ inputs.title }}\n');
    expect(checkWorkflow('action.yml', fixed, opts)).toEqual([]);
  });

  it('reports inputs.* in the script input of a script-running action', () => {
    const yml = `name: x\nruns:\n  using: composite\n  steps:\n    - uses: actions/github-script@v7\n      with:\n        script: core.info('\${{ inputs.title }}')\n`;
    expect(checkWorkflow('action.yml', yml, opts).map((h) => h.ruleId)).toEqual(['workflow/input-in-run']);
  });

  it('does not report inputs.* in a workflow (workflow_dispatch inputs come from people with write access)', () => {
    expect(check(wf('workflow_dispatch', '      - run: echo "${{ inputs.name }}"\n'))).toEqual([]);
  });
});

describe('zizmor-style audits', () => {
  it('dangerous-trigger: pull_request_target and workflow_run, not pull_request', () => {
    expect(check(wf('pull_request_target', '      - run: echo hi\n'))).toEqual(['workflow/dangerous-trigger']);
    expect(check(wf('\n  workflow_run:\n    workflows: [ci]', '      - run: echo hi\n'))).toEqual([
      'workflow/dangerous-trigger',
    ]);
    expect(check(wf('pull_request', '      - run: echo hi\n'))).toEqual([]);
  });

  it('dangerous-trigger: not for a pull_request_target workflow that only runs actions/labeler', () => {
    const labeler = `      - uses: actions/labeler@${SHA}\n`;
    expect(check(wf('pull_request_target', labeler))).toEqual([]);
    expect(check(wf('pull_request_target', `${labeler}      - run: make\n`))).toEqual(['workflow/dangerous-trigger']);
    expect(check(wf('\n  workflow_run:\n    workflows: [ci]', labeler))).toEqual(['workflow/dangerous-trigger']);
  });

  it('checkout-persisted-credentials: checkout without persist-credentials: false', () => {
    expect(check(wf('push', '      - uses: actions/checkout@v4\n'))).toEqual([
      'workflow/checkout-persisted-credentials',
    ]);
    expect(check(wf('push', step('actions/checkout@v4', '          persist-credentials: false\n')))).toEqual([]);
  });

  it('cache-poisoning: caches restored in release workflows only', () => {
    const cache = step('actions/setup-node@v4', "          node-version: 22\n          cache: 'npm'\n");
    expect(check(wf('\n  release:\n    types: [published]', cache))).toEqual(['workflow/cache-poisoning']);
    expect(
      check(wf("\n  push:\n    tags: ['v*']", step('actions/cache@v4', '          path: ~/.npm\n          key: k\n'))),
    ).toEqual(['workflow/cache-poisoning']);
    expect(
      check(wf("\n  push:\n    tags: ['v*']", step('actions/setup-go@v5', '          go-version: 1.23\n'))),
    ).toEqual(['workflow/cache-poisoning']);
    // Fixed: caching off in the release build; a CI workflow may cache.
    expect(
      check(wf('\n  release:\n    types: [published]', step('actions/setup-go@v5', '          cache: false\n'))),
    ).toEqual([]);
    expect(
      check(wf('\n  release:\n    types: [published]', step('actions/setup-node@v4', '          node-version: 22\n'))),
    ).toEqual([]);
    expect(check(wf('pull_request', cache))).toEqual([]);
  });

  it('cache-poisoning: actions that cache by default, and jobs that publish on any trigger', () => {
    const rust = `      - uses: Swatinem/rust-cache@${SHA}\n`;
    expect(check(wf("\n  push:\n    tags: ['**']\n    branches: [main]", rust))).toEqual(['workflow/cache-poisoning']);
    const publish = `${rust}      - run: cargo publish --token "$TOKEN"\n`;
    expect(check(wf('\n  push:\n    branches: [main]', publish))).toEqual(['workflow/cache-poisoning']);
    const gradleOff = `      - uses: gradle/actions/setup-gradle@${SHA}\n        with:\n          cache-disabled: true\n      - run: ./gradlew publish && gh release create v1\n`;
    expect(check(wf('push', gradleOff))).toEqual([]);
    // A CI job that builds and tests may cache.
    expect(check(wf('push', `${rust}      - run: cargo test\n`))).toEqual([]);
  });

  it('cache-poisoning: defaults that depend on the version, opt-out inputs and tag-push expressions', () => {
    const release = '\n  release:\n    types: [published]';
    // setup-node caches the package manager's store by default from v5 (version from the tag or the pin comment).
    expect(check(wf(release, `      - uses: actions/setup-node@${SHA} # v6.1.0\n`))).toEqual([
      'workflow/cache-poisoning',
    ]);
    expect(check(wf(release, step('actions/setup-node@v6', '          package-manager-cache: false\n')))).toEqual([]);
    // setup-uv: on by default before v10, only when asked from v10 on; unknown version: assume on.
    expect(check(wf(release, `      - uses: astral-sh/setup-uv@${SHA} # v6.5.0\n`))).toEqual([
      'workflow/cache-poisoning',
    ]);
    expect(check(wf(release, `      - uses: astral-sh/setup-uv@${SHA}\n`))).toEqual(['workflow/cache-poisoning']);
    expect(check(wf(release, `      - uses: astral-sh/setup-uv@${SHA} # v10.0.0\n`))).toEqual([]);
    expect(check(wf(release, step(`astral-sh/setup-uv@${SHA} # v10.0.0`, '          enable-cache: true\n')))).toEqual([
      'workflow/cache-poisoning',
    ]);
    // Opt-out inputs: only yes/true/1 turn the cache off.
    expect(check(wf(release, step(`ramsey/composer-install@${SHA}`, '          ignore-cache: false\n')))).toEqual([
      'workflow/cache-poisoning',
    ]);
    expect(check(wf(release, step(`ramsey/composer-install@${SHA}`, '          ignore-cache: yes\n')))).toEqual([]);
    expect(check(wf(release, step(`Swatinem/rust-cache@${SHA}`, '          lookup-only: true\n')))).toEqual([]);
    // An expression may turn caching on, unless it is false on every release/tag-push run.
    const tagPush = "\n  push:\n    tags: ['*']";
    const sccache = (v: string) => step(`PyO3/maturin-action@${SHA}`, `          sccache: \${{ ${v} }}\n`);
    expect(check(wf(tagPush, sccache("startsWith(github.ref, 'refs/tags/')")))).toEqual(['workflow/cache-poisoning']);
    expect(check(wf(tagPush, sccache("!startsWith(github.ref, 'refs/tags/')")))).toEqual([]);
    expect(check(wf(tagPush, sccache("github.ref == 'refs/heads/main'")))).toEqual(['workflow/cache-poisoning']);
    // A push to a release branch builds a release too.
    expect(check(wf("\n  push:\n    branches: ['release/*']", `      - uses: mlugg/setup-zig@${SHA}\n`))).toEqual([
      'workflow/cache-poisoning',
    ]);
    // docker/build-push-action publishes when it pushes; setup-buildx caches the binary of a requested version.
    const buildx = (push: string) =>
      `${step(`docker/setup-buildx-action@${SHA}`, '          version: latest\n')}${step(`docker/build-push-action@${SHA}`, `          push: ${push}\n`)}`;
    expect(check(wf('push', buildx('true')))).toEqual(['workflow/cache-poisoning']);
    expect(check(wf('push', buildx('false')))).toEqual([]);
  });

  it('excessive-permissions: workflow-level write scopes over several jobs', () => {
    const jobs =
      '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
    const vulnerable = `on: push\npermissions:\n  contents: write\n  packages: write\njobs:\n${jobs}`;
    // One finding per write scope, at the scope.
    expect(checkWorkflow('.github/workflows/ci.yml', vulnerable, opts).map((h) => [h.ruleId, h.offset])).toEqual([
      ['workflow/excessive-permissions', vulnerable.indexOf('contents: write')],
      ['workflow/excessive-permissions', vulnerable.indexOf('packages: write')],
    ]);
    const fixed = `on: push\npermissions:\n  contents: read\njobs:\n${jobs.replace('  b:\n    runs-on', '  b:\n    permissions:\n      packages: write\n    runs-on')}`;
    expect(check(fixed)).toEqual([]);
  });

  it('excessive-permissions: read-all on the workflow or a job', () => {
    const job = '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
    expect(check(`on: push\npermissions: read-all\njobs:\n${job}`)).toEqual(['workflow/excessive-permissions']);
    expect(
      check(
        `on: push\npermissions: {}\njobs:\n${job.replace('    runs-on', '    permissions: read-all\n    runs-on')}`,
      ),
    ).toEqual(['workflow/excessive-permissions']);
    expect(check(`on: push\npermissions:\n  contents: read\njobs:\n${job}`)).toEqual([]);
  });

  it('missing-permissions: the workflow (several jobs) and each job without permissions', () => {
    const jobs =
      '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  b:\n    uses: org/repo/.github/workflows/r.yml@' +
      SHA +
      '\n';
    const vulnerable = `on: push\njobs:\n${jobs}`;
    expect(checkWorkflow('.github/workflows/ci.yml', vulnerable, opts).map((h) => [h.ruleId, h.offset])).toEqual([
      ['workflow/missing-permissions', 0],
      ['workflow/missing-permissions', vulnerable.indexOf('a:')],
      ['workflow/missing-permissions', vulnerable.indexOf('b:')],
    ]);
    // A reusable workflow: its jobs get the caller's permissions, but a job calling another reusable
    // workflow still has to scope the token it hands on.
    expect(
      checkWorkflow('.github/workflows/r.yml', `on: workflow_call\njobs:\n${jobs}`, opts).map((h) => h.offset),
    ).toEqual([`on: workflow_call\njobs:\n${jobs}`.indexOf('b:')]);
    const fixed = `on: push\npermissions:\n  contents: read\njobs:\n${jobs}`;
    expect(check(fixed)).toEqual([]);
  });

  it('github-env: computed text into GITHUB_ENV in a privileged workflow', () => {
    const vulnerable = wf(
      '\n  workflow_run:\n    workflows: [ci]',
      '      - run: echo "REF=$(cat artifact/ref.txt)" >> "$GITHUB_ENV"\n',
    );
    expect(check(vulnerable)).toEqual(['workflow/dangerous-trigger', 'workflow/github-env']);
    const pwsh = wf(
      'pull_request_target',
      '      - shell: pwsh\n        run: Add-Content $env:GITHUB_PATH "$pwd/bin"\n',
    );
    expect(check(pwsh)).toEqual(['workflow/dangerous-trigger', 'workflow/github-env']);
    // Literal text is safe; so is any write outside privileged triggers.
    expect(check(wf('pull_request_target', '      - run: echo "CI=true" >> "$GITHUB_ENV"\n'))).toEqual([
      'workflow/dangerous-trigger',
    ]);
    expect(check(wf('pull_request', '      - run: echo "REF=$(cat ref.txt)" >> "$GITHUB_ENV"\n'))).toEqual([]);
  });

  it('github-env: composite actions, which privileged workflows may call, in bash, pwsh and cmd', () => {
    const action = (run: string, shell: string) =>
      `name: x\nruns:\n  using: composite\n  steps:\n    - shell: ${shell}\n      run: ${run}\n`;
    for (const [run, shell] of [
      ['echo "foo=$(bar)" >> $GITHUB_ENV', 'bash'],
      ['echo "foo=$env:BAR" >> $env:GITHUB_ENV', 'pwsh'],
      ['echo LIBRARY=%LIBRARY% >> %GITHUB_ENV%', 'cmd'],
    ] as const)
      expect(checkWorkflow('action.yml', action(run, shell), opts).map((h) => h.ruleId)).toEqual([
        'workflow/github-env',
      ]);
    expect(checkWorkflow('action.yml', action('echo foo=bar >> $GITHUB_ENV', 'bash'), opts)).toEqual([]);
  });

  it('bot-condition: the actor compared with a bot name, on a job or a step', () => {
    const job = wf('pull_request', '      - run: make\n', "    if: github.actor == 'dependabot[bot]'\n");
    expect(check(job)).toEqual(['workflow/bot-condition']);
    const stepIf = wf(
      'pull_request',
      "      - if: ${{ 'renovate[bot]' == github.triggering_actor }}\n        run: make\n",
    );
    expect(check(stepIf)).toEqual(['workflow/bot-condition']);
    for (const cond of [
      "github['ACTOR'] == 'dependabot[bot]'",
      'github.actor_id == 49699333',
      "github['actor_id'] == '29139614'",
    ])
      expect(check(wf('pull_request', `      - if: \${{ ${cond} }}\n        run: make\n`))).toEqual([
        'workflow/bot-condition',
      ]);
    expect(check(wf('pull_request', "      - if: github.actor == 'notabot'\n        run: make\n"))).toEqual([]);
    const fixed = wf(
      'pull_request',
      '      - run: make\n',
      "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n",
    );
    expect(check(fixed)).toEqual([]);
  });

  it('overprovisioned-secrets: toJSON(secrets) and secrets[expression]', () => {
    const vulnerable = wf('push', '      - run: ./deploy\n        env:\n          ALL: ${{ toJSON(secrets) }}\n');
    expect(check(vulnerable)).toEqual(['workflow/overprovisioned-secrets']);
    const dynamic = wf(
      'push',
      "      - run: ./deploy\n        env:\n          T: ${{ secrets[format('{0}_TOKEN', matrix.env)] }}\n",
    );
    expect(check(dynamic)).toEqual(['workflow/overprovisioned-secrets']);
    const formatted = wf(
      'push',
      "      - run: ./deploy\n        env:\n          ALL: ${{ format('{0}', toJSON(secrets)) }}\n",
    );
    expect(check(formatted)).toEqual(['workflow/overprovisioned-secrets']);
    expect(
      check(wf('push', '      - run: ./deploy\n        env:\n          ONE: ${{ toJSON(secrets.ONE) }}\n')),
    ).toEqual([]);
    expect(
      check(wf('push', "      - run: ./deploy\n        env:\n          T: ${{ secrets['DEPLOY_TOKEN'] }}\n")),
    ).toEqual([]);
  });

  it('unpinned-image: job containers and services not pinned by digest', () => {
    const vulnerable = wf(
      'push',
      '      - run: make\n',
      '    container: node:22\n    services:\n      db:\n        image: postgres\n',
    );
    expect(check(vulnerable)).toEqual(['workflow/unpinned-image', 'workflow/unpinned-image']);
    const digest = `sha256:${'a'.repeat(64)}`;
    const fixed = wf(
      'push',
      '      - run: make\n',
      `    container:\n      image: node:22@${digest}\n    services:\n      db: postgres@${digest}\n`,
    );
    expect(check(fixed)).toEqual([]);
  });

  it('unpinned-image: matrix values, literals of a conditional image, empty images, Docker actions', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    const matrix = (images: string) =>
      wf(
        'push',
        '      - run: make\n',
        `    container:\n      image: \${{ matrix.image }}\n    strategy:\n      matrix:\n        image: [${images}]\n        include:\n          - image: ''\n`,
      );
    expect(
      checkWorkflow('.github/workflows/ci.yml', matrix('ubuntu, "ubuntu:latest"'), opts).map((h) => h.message),
    ).toEqual([
      'Image ubuntu has no fixed tag (latest); pin it by digest.',
      'Image ubuntu:latest has no fixed tag (latest); pin it by digest.',
    ]);
    expect(check(matrix(`"ubuntu@${digest}"`))).toEqual([]);
    const conditional = (image: string) =>
      wf(
        'push',
        '      - run: make\n',
        `    services:\n      redis:\n        image: \${{ inputs.redis == 'true' && '${image}' || '' }}\n`,
      );
    expect(check(conditional('redis:7'))).toEqual(['workflow/unpinned-image']);
    expect(check(conditional(`redis@${digest}`))).toEqual([]);
    expect(check(wf('push', '      - run: make\n', '    services:\n      redis:\n        image: ""\n'))).toEqual([]);
    const action = (image: string) => `name: x\nruns:\n  using: docker\n  image: ${image}\n`;
    expect(checkWorkflow('action.yml', action('docker://ghcr.io/o/linter:slim-v8'), opts).map((h) => h.ruleId)).toEqual(
      ['workflow/unpinned-image'],
    );
    expect(checkWorkflow('action.yml', action(`docker://ghcr.io/o/linter@${digest}`), opts)).toEqual([]);
    expect(checkWorkflow('action.yml', action('Dockerfile'), opts)).toEqual([]);
  });
});
