export const id = 812;
export const ids = [812];
export const modules = {

/***/ 35812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action),
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53509);
/* harmony import */ var _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21736);
/* harmony import */ var _engine_rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14213);




/** Entry of scan worker threads (see worker-entry.ts): serves scan batches when this thread is one. */
async function serveScanWorker() {
    // Loaded here, not at the top: the step's first job (checking its inputs) needs none of the engine.
    (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 76824))).runScanWorkerIfWorker();
}
/** The security-scan action: secrets, dangerous functions, file permissions and workflow security into SARIF. */
const action = (0,_shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'security-scan',
    description: 'One fast pass for secrets, dangerous code, file permissions and workflow security, reported as SARIF for code scanning.',
    inputs: {
        path: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ description: 'Directory to scan, inside the workspace.', default: '.' }),
        'sarif-file': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the SARIF log, inside the workspace (relative paths are relative to it). When the results must be split, further files get -2, -3, … before the extension.',
            default: 'security-scan.sarif',
        }),
        'fail-on': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.enum(['none', 'low', 'medium', 'high', 'critical'], {
            description: 'Fail the step when a finding of this severity or higher remains after suppressions and the baseline.',
            default: 'high',
        }),
        config: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Configuration file (YAML or JSON). Default: .github/security-scan.yml when it exists.',
        }),
        mode: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.enum(['full', 'diff'], {
            description: 'full scans every file; diff reports only findings on lines changed by the pull request (or push) that triggered the run.',
            default: 'full',
        }),
        upload: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Upload the SARIF to code scanning through the API (needs `security-events: write`).',
            default: false,
        }),
        category: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "Code scanning category of the SARIF runs (its runAutomationDetails.id, as codeql-action's `category`): give two scans of one repository different categories (e.g. `security-scan/backend`) so one upload does not replace the other's results.",
            default: 'security-scan',
            pattern: /^[\w.:@=+-]+(?:\/[\w.:@=+-]+)*\/?$/,
            allowed: 'letters, digits and . _ - : @ = + in /-separated parts, e.g. security-scan/backend',
        }),
        'online-audits': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Run the audits that ask the GitHub API: ref-confusion (an action ref that names both a branch and a tag of its repository). Off: the scan makes no API request (unless upload is on).',
            default: true,
        }),
        categories: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Comma-separated rule families to run: secret, dangerous-function, file-permission, workflow. Default: all of them (or `categories` of the configuration file).',
            item: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_engine_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORIES */ .R),
            allowed: `expected a comma-separated subset of ${_engine_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORIES */ .R.join(', ')}`,
        }),
    },
    outputs: {
        findings: 'Number of findings of all severities, after suppressions and the baseline.',
        'sarif-file': 'Path of the SARIF file written (the first one when the results were split).',
        critical: 'Number of critical findings.',
        high: 'Number of high findings.',
        medium: 'Number of medium findings.',
        low: 'Number of low findings.',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(298), __webpack_require__.e(824), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 41517))).runScan(ctx),
});


/***/ }),

/***/ 14213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/** The four families of security-scan rules; each SARIF rule carries exactly one as a tag. */
const CATEGORIES = ['secret', 'dangerous-function', 'file-permission', 'workflow'];


/***/ })

};
