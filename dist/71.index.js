export const id = 71;
export const ids = [71];
export const modules = {

/***/ 82071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action)
/* harmony export */ });
/* harmony import */ var _shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53509);
/* harmony import */ var _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21736);


/** release: next version from Conventional Commits, changelog, annotated tag, GitHub release, floating major tag; rollback. */
const action = (0,_shared_action_define_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'release',
    description: 'Version, changelog, tag, GitHub release and floating major tag, with rollback.',
    inputs: {
        mode: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.enum(['release', 'rollback'], {
            description: 'release computes and publishes the next version; rollback undoes the version given by `version` (default: the highest release tag): deletes its release and tag and moves the major tag back.',
            default: 'release',
        }),
        version: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Release exactly this version (e.g. 1.0.0 or v2.0.0-rc.1) instead of computing it from Conventional Commits; in rollback mode, the version to undo.',
        }),
        prerelease: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Make a pre-release with this identifier, e.g. rc gives 1.3.0-rc.1, then 1.3.0-rc.2, … (the stable version computed as usual, suffixed).',
        }),
        draft: _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ description: 'Create the GitHub release as a draft.', default: false }),
        'changelog-file': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "Also commit the changelog entry to this file of the repository (e.g. CHANGELOG.md) on the run's branch, as a verified commit that the release then points at. Default: no file.",
        }),
        'major-tag': _shared_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Move the floating major tag (v3) to a stable release from 1.0.0 on, when it is the highest of its major line.',
            default: true,
        }),
    },
    outputs: {
        released: 'true when this run published the release; false for a dry run, an existing release or nothing to release.',
        version: 'The version released (or that would be, or that was rolled back), without the v.',
        tag: 'Its tag, e.g. v1.4.0.',
        'previous-tag': 'The release tag the changelog starts from (rollback: the release the major tag moved back to).',
        'release-url': 'Web URL of the GitHub release.',
        'major-tag': 'The floating major tag moved, e.g. v1; empty when none was.',
        changelog: 'The changelog entry (Markdown).',
    },
    // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
    run: async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(221)]).then(__webpack_require__.bind(__webpack_require__, 83221))).runRelease(ctx),
});


/***/ })

};
