export const id = 107;
export const ids = [107];
export const modules = {

/***/ 8634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createAppJwt),
/* harmony export */   o: () => (/* binding */ createInstallationToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55698);
/* harmony import */ var _core_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10095);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71674);





function privateKeyObject(pem) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The GitHub App private key is not a valid PEM key: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * The app's JSON Web Token, RS256-signed: `iat` 60 s in the past against clock drift and `exp`
 * nine minutes ahead, inside GitHub's ten-minute maximum
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app).
 */
function createAppJwt(appId, privateKey, clock = _core_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m) {
    const now = Math.floor(clock.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + 9 * 60, iss: String(appId) })}`;
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(unsigned), privateKeyObject(privateKey)).toString('base64url');
    return `${unsigned}.${signature}`;
}
function describe(target) {
    if ('installationId' in target)
        return `installation ${target.installationId}`;
    return 'org' in target ? `organization ${target.org}` : `repository ${target.owner}/${target.repo}`;
}
/**
 * GitHub App authentication: JWT → installation (by repository or organization) → installation
 * access token, masked in the log before it is returned
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation).
 */
async function createInstallationToken(opts) {
    const clock = opts.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m;
    const mask = opts.mask ?? _core_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq;
    const jwt = createAppJwt(opts.appId, opts.privateKey, clock);
    mask(jwt);
    // A JWT (three dot-separated parts) is sent as `Authorization: bearer …` by Octokit's token auth.
    const app = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)({ ...opts.client, token: jwt, logger: opts.logger, clock, cache: false });
    const target = opts.installation;
    const where = describe(target);
    try {
        let installationId;
        if ('installationId' in target)
            installationId = target.installationId;
        else if ('org' in target)
            installationId = (await app.request('GET /orgs/{org}/installation', target)).data.id;
        else
            installationId = (await app.request('GET /repos/{owner}/{repo}/installation', target)).data.id;
        const body = {};
        if (opts.repositories)
            body.repositories = opts.repositories;
        if (opts.permissions)
            body.permissions = opts.permissions;
        const { data } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
            installation_id: installationId,
            ...body,
        });
        mask(data.token);
        opts.logger.info(`GitHub App ${opts.appId}: installation token for ${where} expires at ${data.expires_at}.`);
        return { token: data.token, expiresAt: data.expires_at, installationId };
    }
    catch (error) {
        const status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorStatus */ .PO)(error);
        if (status === 401) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`GitHub rejected the JWT of GitHub App ${opts.appId}: check the app id and private key.`);
        }
        if (status === 404)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_(`GitHub App ${opts.appId} is not installed on ${where}.`);
        if (status === 403 || status === 422) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_(`GitHub App ${opts.appId} cannot get a token for ${where}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
        throw error;
    }
}


/***/ }),

/***/ 29107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appTokenSource: () => (/* binding */ appTokenSource)
/* harmony export */ });
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55698);
/* harmony import */ var _app_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8634);


/**
 * Installation tokens that renew themselves: the first one is minted at once (so a wrong key fails
 * before any work starts), later ones when the current one is within `refreshMarginMs` of expiry.
 * Concurrent callers share one renewal. Renewals reuse the installation id found the first time.
 */
async function appTokenSource(opts) {
    const clock = opts.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
    const margin = opts.refreshMarginMs ?? 5 * 60_000;
    const first = await (0,_app_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .createInstallationToken */ .o)(opts);
    let held = first;
    let pending;
    const renew = () => {
        pending ??= (0,_app_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .createInstallationToken */ .o)({ ...opts, installation: { installationId: held.installationId } })
            .then((next) => {
            held = next;
            return next;
        })
            .finally(() => {
            pending = undefined;
        });
        return pending.then((t) => t.token);
    };
    return {
        first,
        renew,
        current: async () => (Date.parse(held.expiresAt) - clock.now() <= margin ? renew() : held.token),
    };
}


/***/ })

};
