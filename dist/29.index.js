export const id = 29;
export const ids = [29];
export const modules = {

/***/ 12029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action)
});

// EXTERNAL MODULE: ./shared/action/define-action.ts
var define_action = __webpack_require__(53509);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
;// CONCATENATED MODULE: ./actions/bulk-update/src/engine/config-path.ts
/** Default location of the configuration file, relative to the workspace (its own module: action.ts reads it before any YAML or schema code loads). */
const DEFAULT_CONFIG_PATH = '.github/bulk-update.yml';

;// CONCATENATED MODULE: ./actions/bulk-update/src/action.ts



/** bulk-update: roll standard files and settings out to the repositories of an organization. */
const action = (0,define_action/* defineAction */.Q)({
    name: 'bulk-update',
    description: 'Roll standard files, labels, settings, branch clean-up and projects out to every selected repository of an organization: batched reads, verified commits, one pull request per repository, paced under GitHub limits, resumable.',
    inputs: {
        config: inputs/* input */.hF.string({
            description: 'Path of the configuration file in the workspace (selection, operations, delivery, pacing).',
            default: DEFAULT_CONFIG_PATH,
        }),
        organization: inputs/* input */.hF.string({
            description: 'Organization whose repositories are targeted. Default: the owner of the calling repository.',
        }),
        shard: inputs/* input */.hF.string({
            description: 'This job\'s part of the selection, "i/n" (stable hash partition of repository names).',
            default: '1/1',
            pattern: /^\d+\/\d+$/,
            allowed: 'expected i/n, e.g. 1/1 or 2/4',
        }),
        plan: inputs/* input */.hF.boolean({
            description: 'Only list the selection and output the shard matrix (`matrix`), then stop.',
            default: false,
        }),
        'merge-results': inputs/* input */.hF.string({
            description: 'Folder (in the workspace) of shard results files to merge into one report; when set, nothing else is done.',
        }),
    },
    outputs: {
        updated: 'Repositories updated (pull request opened or updated, commit, or settings written); in dry-run, that would be.',
        unchanged: 'Repositories already in the desired state.',
        skipped: 'Repositories skipped, with the reason in the results (e.g. a pull request closed by a maintainer).',
        failed: 'Repositories that failed, with the reason in the results (e.g. no access).',
        'results-file': 'Path of the JSON results file (per repository: status, reason, pull request, changes; diffs in dry-run).',
        matrix: 'Plan mode: the shard matrix as JSON, e.g. {"shard":["1/4","2/4","3/4","4/4"]}.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 99904))).runBulkUpdate(ctx),
});


/***/ })

};
