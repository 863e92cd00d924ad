// The import rule of docs/architecture.md, checked by `npm run lint` (and CI's Lint step):
//   core <- services <- framework (shared/action) <- actions
// Production code is what is cruised (`depcruise shared actions`): test files (*.test.ts, test-fixtures/)
// are left out, since they may load test/support and a test that does so is not a layer cycle.
// Type-only imports count (tsPreCompilationDeps): a layer that names another's types depends on it.

/** Test code: may use test doubles and fixtures from test/. */
const TEST_CODE = '(\\.test\\.ts$|/test-fixtures/)';

/**
 * Temporary exceptions, each to be removed by the helper that makes its action conform. Keep this list
 * exact: a path here is a known violation, never a pattern that could hide a new one.
 */
const ENGINE_ALLOWLIST = [];

/** Temporary exceptions to no-circular, same terms (none today). */
const CIRCULAR_ALLOWLIST = [];

/** Exact-path patterns of a list of files. */
const exact = (files) => files.map((f) => `^${f.replace(/\./g, '\\.')}$`);

module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing',
      comment: 'shared/core (errors, logger, clock, finding, redact) is the bottom layer: it imports nothing of ours.',
      severity: 'error',
      from: { path: '^shared/core/', pathNot: TEST_CODE },
      to: { path: '^(shared/|actions/|test/)', pathNot: '^shared/core/' },
    },
    {
      name: 'services-import-core-and-services',
      comment: 'A service (shared/* but core and action) imports only core and other services, never the framework.',
      severity: 'error',
      from: { path: '^shared/(?!core/|action/)[^/]+/' },
      to: { path: '^shared/action/' },
    },
    {
      name: 'shared-never-imports-actions',
      comment: 'shared/ serves every action and knows none of them.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^actions/' },
    },
    {
      name: 'production-never-imports-test',
      comment: 'Test doubles live in test/support/fakes; production code (shared/, actions/*/src) never loads them.',
      severity: 'error',
      from: { path: '^(shared/|actions/)', pathNot: TEST_CODE },
      to: { path: '^test/' },
    },
    {
      name: 'no-action-imports-another',
      comment: "An action's folder is its own: share through shared/, never by importing another action.",
      severity: 'error',
      from: { path: '^actions/([^/]+)/' },
      to: { path: '^actions/[^/]+/', pathNot: '^actions/$1/' },
    },
    {
      name: 'engine-is-framework-free',
      comment:
        'actions/*/src/engine is domain logic (plain options in, results out): no ActionContext, no framework, ' +
        'no adapter files of its action (run.ts, settings.ts, action.ts, summary.ts).',
      severity: 'error',
      from: {
        path: '^actions/[^/]+/src/engine/',
        pathNot: [TEST_CODE, ...exact(ENGINE_ALLOWLIST)],
      },
      to: { path: ['^shared/action/', '^actions/[^/]+/src/[^/]+\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment:
        'Modules do not import each other in a circle at load time. An edge that loads nothing then (a type-only ' +
        "import, or the dynamic import by which action.ts loads run.ts on first use) does not close a circle.",
      severity: 'error',
      from: CIRCULAR_ALLOWLIST.length > 0 ? { pathNot: exact(CIRCULAR_ALLOWLIST) } : {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'no-folder-cycles',
      comment:
        'Folders of shared/ do not depend on each other in a circle (e.g. action -> github -> action).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^shared/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(node_modules|dist|coverage|\\.moko)/', TEST_CODE] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
