export const id = 824;
export const ids = [824];
export const modules = {

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TY: () => (/* binding */ FileScanner),
  Lq: () => (/* binding */ HEAD_BYTES),
  CK: () => (/* binding */ emptyTally),
  vc: () => (/* binding */ mergeTally)
});

// UNUSED EXPORTS: fingerprintSourceOfBytes, looksBinary, utf16Length

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/text-source.ts
const NL = 10;
/** Letters, digits, `_` and `-`. */
function isWordCode(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
/** A string as a TextSource. */
class StringSource {
    text;
    length;
    /** Wraps `text`. */
    constructor(text) {
        this.text = text;
        this.length = text.length;
    }
    slice(start, end) {
        return this.text.slice(start, end);
    }
    whole() {
        return this.text;
    }
    codeAt(pos) {
        return this.text.charCodeAt(pos);
    }
    wordEnd(pos, max) {
        const end = Math.min(this.length, pos + max);
        let i = pos;
        while (i < end && isWordCode(this.text.charCodeAt(i)))
            i++;
        return i;
    }
    indexBefore(ch, stops, from, to) {
        const text = this.text;
        for (let i = from, end = Math.min(to, this.length); i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === ch)
                return i;
            if (stops[c & 255] === 1)
                return -1;
        }
        return -1;
    }
    lastNewline(pos) {
        return pos < 0 ? -1 : this.text.lastIndexOf('\n', pos);
    }
    nextNewline(pos) {
        const i = this.text.indexOf('\n', pos);
        return i === -1 ? this.length : i;
    }
    countLines(from, to) {
        let n = 0;
        for (let i = this.text.indexOf('\n', from); i !== -1 && i < to; i = this.text.indexOf('\n', i + 1))
            n++;
        return n;
    }
}
/** The first `length` bytes of a buffer as a latin1 TextSource (offsets are byte offsets). */
class BytesSource {
    length;
    newlines;
    bytes;
    text;
    /**
     * The last lines asked about, round robin: each `[lo[k], hi[k])` holds no `\n`, `lo[k]` is 0 or
     * follows one, `hi[k]` is one or the end. Rules ask for the ends of the same megabyte lines
     * (minified code: a banner, the code, a source map comment) once per keyword and finding, in
     * turns; searched each time, that was 1.5 GB of searching on a 121 MB minified tree.
     */
    lo = [0, 0, 0, 0];
    hi = [-1, -1, -1, -1];
    slot = 0;
    /**
     * Wraps `bytes[0, length)` without copying. `newlines`, when given, counts the `\n` bytes in a range
     * of them faster than a search per line (the prefilter's, for bytes in its memory).
     */
    constructor(bytes, length, newlines) {
        this.length = length;
        this.newlines = newlines;
        // A view bounded to the file, so searches never run into a reused buffer's stale tail.
        this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, length);
    }
    slice(start, end) {
        if (this.text !== undefined)
            return this.text.slice(start, end);
        return this.bytes.toString('latin1', start, end);
    }
    whole() {
        this.text ??= this.bytes.toString('latin1', 0, this.length);
        return this.text;
    }
    codeAt(pos) {
        return pos >= 0 && pos < this.length ? this.bytes[pos] : Number.NaN;
    }
    wordEnd(pos, max) {
        const end = Math.min(this.length, pos + max);
        const bytes = this.bytes;
        let i = pos;
        while (i < end && isWordCode(bytes[i]))
            i++;
        return i;
    }
    indexBefore(ch, stops, from, to) {
        // A loop, not a native search: the ranges are short (a span rule's reach), and a subarray per call
        // cost more than the search.
        const bytes = this.bytes;
        for (let i = from, end = Math.min(to, this.length); i < end; i++) {
            const c = bytes[i];
            if (c === ch)
                return i;
            if (stops[c] === 1)
                return -1;
        }
        return -1;
    }
    lastNewline(pos) {
        // A negative offset would count from the end.
        if (pos < 0)
            return -1;
        const k = this.known(pos);
        if (k >= 0 && pos < this.hi[k])
            return this.lo[k] - 1;
        const i = this.bytes.lastIndexOf(NL, pos);
        if (i !== pos && pos < this.length)
            this.remember(i + 1, this.search(pos));
        return i;
    }
    nextNewline(pos) {
        // A negative offset would count from the end (a string's indexOf reads it as 0).
        if (pos < 0)
            pos = 0;
        const k = this.known(pos);
        if (k >= 0)
            return this.hi[k];
        const i = this.search(pos);
        if (pos < this.length && this.bytes[pos] !== NL)
            this.remember(this.bytes.lastIndexOf(NL, pos) + 1, i);
        return i;
    }
    /** The remembered line holding `pos` (its end included), or -1. */
    known(pos) {
        for (let k = 0; k < 4; k++)
            if (pos >= this.lo[k] && pos <= this.hi[k])
                return k;
        return -1;
    }
    search(pos) {
        const i = this.bytes.indexOf(NL, pos);
        return i === -1 ? this.length : i;
    }
    remember(lo, hi) {
        this.lo[this.slot] = lo;
        this.hi[this.slot] = hi;
        this.slot = (this.slot + 1) & 3;
    }
    countLines(from, to) {
        if (this.newlines)
            return this.newlines(Math.max(0, from), Math.min(to, this.length));
        let n = 0;
        for (let i = this.bytes.indexOf(NL, from); i !== -1 && i < to; i = this.bytes.indexOf(NL, i + 1))
            n++;
        return n;
    }
}
/**
 * A line of a TextSource (without its `\r\n` or `\n`), decoded only as far as it is asked: the whole
 * text once, or slices of it. Findings on a line of minified code need a few windows of a megabyte
 * line, and decoding each such line whole cost a tenth of a minified tree's scan.
 */
class SourceLine {
    source;
    start;
    /** Offset in the source of the line's end (its `\r` or `\n`, or the source's end). */
    end;
    decoded;
    /** The line starting at `start` whose `\n` (or the source's end) is at `newline`; `text` if already decoded. */
    constructor(source, start, newline, text) {
        this.source = source;
        this.start = start;
        this.end = newline > start && source.codeAt(newline - 1) === 13 ? newline - 1 : newline;
        if (text !== undefined)
            this.decoded = text.length > this.end - start ? text.slice(0, this.end - start) : text;
    }
    get length() {
        return this.end - this.start;
    }
    /** The whole line. */
    text() {
        this.decoded ??= this.source.slice(this.start, this.end);
        return this.decoded;
    }
    /** Characters `from` to `to` of the line (clamped to it). */
    slice(from, to) {
        const [a, b] = [Math.max(0, from), Math.min(this.length, to)];
        if (b <= a)
            return '';
        return this.decoded !== undefined ? this.decoded.slice(a, b) : this.source.slice(this.start + a, this.start + b);
    }
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/content-hits.ts

/** Generic secret rules yield to a specific rule that matched overlapping text. */
function dropShadowedGenerics(hits) {
    if (hits.length === 0)
        return hits;
    // A value a specific rule recognised, even one it then rejected (bad checksum, documented
    // example), is not reported again by the generic assignment rules.
    const specific = hits.filter((h) => h.rule.category === 'secret' && !h.rule.generic);
    const seen = new Set();
    const out = [];
    for (const h of hits.sort((a, b) => a.start - b.start || a.rule.id.localeCompare(b.rule.id))) {
        if (h.rejected)
            continue;
        if (h.rule.generic && specific.some((s) => s.start < h.end && h.start < s.end))
            continue;
        const key = `${h.rule.id}:${h.start}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(h);
    }
    return out;
}
/** Start of the line holding `offset` (a `\n` belongs to the line it ends). */
function lineStartAt(source, offset) {
    return offset <= 0 ? 0 : source.lastNewline(offset - 1) + 1;
}
/** Line numbers, columns and the line above, for the hits kept (in offset order). */
function locate(hits, source) {
    const out = [];
    let line = 1;
    let counted = 0;
    // Hits on one line share the line above (one object, decoded only if a suppression is looked for).
    let aboveOf = -1;
    let lineAbove;
    for (const { start, end: _e, ...hit } of hits) {
        const { lineStart } = hit;
        line += source.countLines(counted, lineStart);
        counted = lineStart;
        if (lineStart !== aboveOf) {
            aboveOf = lineStart;
            lineAbove = lineStart > 0 ? new SourceLine(source, lineStartAt(source, lineStart - 1), lineStart - 1) : undefined;
        }
        out.push({ ...hit, line, column: start - lineStart + 1, lineAbove });
    }
    return out;
}
/** Offsets to line/column, computed lazily (most files have no hits). */
class LineIndex {
    text;
    starts;
    /** Builds an index for `text`. */
    constructor(text) {
        this.text = text;
    }
    index() {
        if (!this.starts) {
            this.starts = [0];
            const text = this.text;
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                this.starts.push(i + 1);
        }
        return this.starts;
    }
    /** Text of 1-based line `n`, or undefined when out of range. */
    lineText(n) {
        const starts = this.index();
        const start = starts[n - 1];
        if (start === undefined)
            return undefined;
        const next = starts[n];
        return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
    }
    /** 1-based line and column of an offset, and the text of that line. */
    at(offset) {
        this.starts = this.index();
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.starts[lo];
        return { line: lo + 1, column: offset - start + 1, lineText: this.lineText(lo + 1) ?? '' };
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/entropy.ts
/** Shannon entropy of a string in bits per character. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** The redacted form of a secret: first 4 characters, an ellipsis and the length; never the value. */
function redact(value) {
    const head = value.length > 8 ? value.slice(0, 4) : '';
    return `${head}…(${value.length})`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/false-positives.ts

/**
 * Filters that drop secret matches which are not secrets: documented example keys, placeholders,
 * references to variables or secrets, hashes, UUIDs, lockfile integrity strings, base64 media.
 * Each returns true when the value (or its line) is a known non-secret.
 */
/** Example keys published in vendor documentation (AWS, Stripe, Slack, GitHub docs, …). */
const DOCUMENTED_EXAMPLES = [
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'ASIAIOSFODNN7EXAMPLE',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    // jwt.io's sample token signature, Stripe's documented test keys, GitHub's docs sample token.
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    '4eC39HqLyjWDarjtT1zdp7dc',
    'TYooMQauvdEDq54NiTphI7jx',
    '16C7e42F292c6912E7710c838347Ae178B4a',
    // GitHub REST API documentation's example values (repository temp_clone_token, runner registration
    // and remove tokens), repeated through GitHub's OpenAPI descriptions and every client generated from them.
    'ABTLWHOULUVAXGTRYU7OC2876QJ2O',
    'LLBF3JGZDX3P5PMEXLND6TS6FCWO6',
    'AABF3JGZDX3P5PMEXLND6TS6FCWO6',
    // Azurite's well-known devstoreaccount1 key, published in the Azure Storage emulator docs.
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
];
/**
 * SHA-256 digests of keys published as samples, kept as digests so this repository holds no literal a
 * secret scanner reports: the Google API keys of the Firebase Android SDK's sample and test apps
 * (github.com/firebase/firebase-android-sdk), public by design and quoted in countless forks.
 */
const PUBLISHED_KEY_DIGESTS = new Set([
    'f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c',
    '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
    '3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682',
    'e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9',
    'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
    '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
    'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
    '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
    '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
    '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
    '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
    'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
    '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
    'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
    '3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665',
    'a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41',
]);
/** True for a key published as a sample (compared by digest). */
function isPublishedSampleKey(value) {
    return PUBLISHED_KEY_DIGESTS.has((0,external_node_crypto_.createHash)('sha256').update(value).digest('hex'));
}
const PLACEHOLDER_WORDS = /(?:example|sample|dummy|placeholder|changeme|change_me|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|\byour[_-][\w-]{0,20}?(?:key|token|secret|password)\b|insert[_-]?|redacted|xxxx|\*\*\*\*|<[a-z_ -]+>|\.\.\.|fake|not[_-]?a[_-]?real|test[_-]?(?:key|token|secret)|todo|fixme|replace[_-]?me|\b(?:enter|provide|put|paste)[_-](?:[a-z]+[_-]){0,3}here\b)/i;
/** References to a variable, template or secret store rather than a literal. */
const REFERENCE = /^(?:\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%|\{\{[^}]*\}\}|<%=?[^%]*%>|process\.env\b|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|System\.getenv|config\.|settings\.|secrets\.|vault:|arn:aws:secretsmanager|ssm:|\$\{\{)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
const INTEGRITY = /\b(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}/;
const DATA_URI = /data:(?:image|font|audio|video|application\/(?:font|x-font|octet-stream))[^;,]*;base64,/;
/** Values people write where a real credential would go in docs, tests and local setups. */
const PLACEHOLDER_VALUES = new Set([
    'password',
    'passwd',
    'pass',
    'secret',
    'changeit',
    'admin',
    'root',
    'postgres',
    'mysql',
    'user',
    'username',
    'test',
    'testing',
    'example',
    'guest',
    'default',
    'letmein',
    'qwerty',
    '123456',
    '12345678',
    'token',
    'apikey',
    'api_key',
    'secretkey',
    'mypassword',
    'yourpassword',
    'p@ssw0rd',
    'pa55word',
    'localhost',
    'local',
    'dev',
    'null',
]);
/** Length of the longest run of consecutive ascending letters or digits (`abcdef`, `3456`). */
function ascendingRun(value) {
    let best = 1;
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        const a = value.charCodeAt(i - 1);
        const b = value.charCodeAt(i);
        const alnum = /[a-z0-9]/i.test(value[i] ?? '');
        run = alnum && b === a + 1 ? run + 1 : 1;
        if (run > best)
            best = run;
    }
    return best;
}
/** True for a documented example key or a value built from placeholder words. */
function isExampleOrPlaceholder(value) {
    // Also inside punctuation: `':_password'` is npm's key suffix for a password, not one.
    if (PLACEHOLDER_VALUES.has(value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').toLowerCase()))
        return true;
    for (const ex of DOCUMENTED_EXAMPLES)
        if (value.includes(ex))
            return true;
    if (value.startsWith('AIza') && isPublishedSampleKey(value))
        return true;
    if (/EXAMPLE/.test(value))
        return true;
    if (PLACEHOLDER_WORDS.test(value))
        return true;
    // One character repeated, or a run like 0123456789 / abcdef… is not a credential.
    if (/^(.)\1+$/.test(value.replace(/[-_]/g, '')))
        return true;
    if (/(?:x{6,}|X{6,}|0{8,}|1234567890|abcdefghij)/.test(value))
        return true;
    // A long run of one character (`glc_1111…`) or of the alphabet (`klmnopqrstuvwx`): typed, not generated.
    // Not `A` nor `Q`: they encode zero bits in base64 and bech32, and Twitter bearer tokens start with 22 `A`s.
    if (/([^AQ])\1{15}/.test(value) || ascendingRun(value) >= 8)
        return true;
    // A bracketed word where the value goes: `<password>`, `[PASSWORD]`, `{token}`.
    if (/^[<[({]?[A-Za-z_ -]*[>\])}]$/.test(value))
        return true;
    return false;
}
/**
 * Keys that are public by design: Mapbox public tokens (`pk.eyJ…`) and Stripe publishable keys
 * (`pk_live_…`, `pk_test_…`) ship in browser code; no generic secret rule reports them.
 */
function isPublicByDesign(value) {
    return /^pk\.eyJ/.test(value) || /^pk_(?:live|test)_/.test(value);
}
/** True for `${VAR}`, `${{ secrets.X }}`, `process.env.X`, `os.environ[...]` and similar references. */
function isReference(value) {
    return REFERENCE.test(value.trim());
}
/** True for values shaped like hashes or identifiers (UUIDs, hex digests) rather than secrets. */
function isHashOrId(value) {
    return UUID.test(value) || HEX_HASH.test(value);
}
/** True for lines that carry lockfile integrity strings or base64 media, where long random text is expected. */
function isBenignLine(line) {
    return INTEGRITY.test(line) || DATA_URI.test(line);
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/language.ts
const BY_EXTENSION = {
    js: 'js',
    mjs: 'js',
    cjs: 'js',
    jsx: 'js',
    ts: 'js',
    tsx: 'js',
    mts: 'js',
    cts: 'js',
    py: 'python',
    pyw: 'python',
    sh: 'shell',
    bash: 'shell',
    zsh: 'shell',
    ksh: 'shell',
    go: 'go',
    rb: 'ruby',
    rake: 'ruby',
    gemspec: 'ruby',
    php: 'php',
    phtml: 'php',
    java: 'java',
    kt: 'java',
    kts: 'java',
    scala: 'java',
    groovy: 'java',
    gradle: 'java',
    rs: 'rust',
    cs: 'csharp',
    yml: 'yaml',
    yaml: 'yaml',
};
/** A TypeScript declaration file (`.d.ts`, `.d.mts`, `.d.cts`): types only, no code that runs. */
function isDeclarationFile(name) {
    return /\.d\.[mc]?ts$/i.test(name);
}
/**
 * The language of a file from its name, or undefined for other text (docs, data). Declaration files
 * have none, so no code rule reads `declare function eval(x: string): any` as a call (secret rules
 * apply to every file).
 */
function languageOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (isDeclarationFile(name))
        return undefined;
    if (/^(?:Dockerfile|Containerfile)(?:\..*)?$|\.dockerfile$/i.test(name))
        return 'docker';
    if (/^(?:Makefile|GNUmakefile|Rakefile|Gemfile)$/.test(name))
        return name === 'Makefile' || name === 'GNUmakefile' ? 'shell' : 'ruby';
    const dot = name.lastIndexOf('.');
    if (dot < 0)
        return undefined;
    return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}
/** Every language that runs code, for rules about shell commands embedded anywhere. */
const CODE_LANGUAGES = [
    'js',
    'python',
    'shell',
    'go',
    'ruby',
    'php',
    'java',
    'yaml',
    'docker',
];

// EXTERNAL MODULE: ./actions/security-scan/src/engine/prefilter.ts + 2 modules
var prefilter = __webpack_require__(38805);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/span-checks.ts
// Byte checks of span rules (`Span.follows`, `Span.userinfo`): necessary conditions for a match, read
// from the file's bytes before anything is decoded.
/** Membership tables of `follows` character sets, by set. */
const charSets = new Map();
function charSet(chars) {
    let set = charSets.get(chars);
    if (!set) {
        set = new Uint8Array(256);
        for (let i = 0; i < chars.length; i++)
            set[chars.charCodeAt(i) & 255] = 1;
        charSets.set(chars, set);
    }
    return set;
}
/** Past the word starting at `pos` (at most 32 characters), the next character is one of `chars`. */
function followsWord(source, pos, chars) {
    const end = source.wordEnd(pos, 33);
    return end < source.length && chars[source.codeAt(end) & 255] === 1;
}
const [PLUS, COLON, SLASH, AT] = [43, 58, 47, 64];
/** What ends a URL's userinfo before its `@`: `/`, whitespace, quotes, `<>` (see `Span.userinfo`). */
const USERINFO_END = charSet('/ \t\r\n\'"`<>');
/**
 * The scheme at `pos` (a word, optionally `+` and another: `git+ssh`) is followed by `://`, then, within
 * `after` characters of `pos`, by an `@` before the userinfo ends. A URL's host and path come after a
 * `/` or end it, so on the thousands of plain `https://` URLs of an API description the search stops
 * within a host name, not `after` characters later.
 */
function hasUserinfo(source, pos, after) {
    let i = source.wordEnd(pos, 33);
    if (source.codeAt(i) === PLUS)
        i = source.wordEnd(i + 1, 33);
    if (source.codeAt(i) !== COLON || source.codeAt(i + 1) !== SLASH || source.codeAt(i + 2) !== SLASH)
        return false;
    return source.indexBefore(AT, USERINFO_END, i + 3, Math.min(source.length, pos + after + 1)) !== -1;
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/content-scan.ts








/** Characters before and after a keyword that a multi-line rule's match may span. */
const DEFAULT_WINDOW = [1000, 10_000];
/** Past this many keyword hits in a file, a multi-line rule runs once over the whole text. */
const WHOLE_TEXT_HITS = 16;
/** Fewer bytes than this per keyword occurrence and a file is decoded whole (see `scanBytes`). */
const DENSE_BYTES_PER_KEYWORD = 512;
/**
 * Lines longer than this (minified code, one-line JSON, data blobs) are not searched whole by a
 * line-mode rule: its regex runs in windows around the rule's keywords on the line, `before` and
 * `after` characters each side (merged where they overlap). A match within `WINDOW_EDGE` characters
 * of a window's cut (not the line's own end) is dropped: there `^`, `$`, `\b` and short lookbehinds
 * would see a false start or end of text. So a match must lie near a keyword of its rule, as every
 * credential and call our rules describe does; on a megabyte line, co-occurrence further apart means
 * nothing, and one regex pass over the whole line per rule cost most of a minified tree's scan.
 */
const LONG_LINE = 4096;
const LONG_LINE_WINDOW = [1024, 4096];
const WINDOW_EDGE = 64;
/**
 * On a long line, the characters each side of a dangerous call that its escalation pattern reads (the
 * statement around it): a megabyte of minified code always holds a string concatenation or a
 * `body` somewhere, and testing the whole line made every finding in a bundle high.
 */
const ESCALATE_REACH = 256;
const NEWLINE = 10;
/**
 * Calls `run` once per maximal run of overlapping windows `window(pos)` of `positions` (sorted
 * ascending, so window starts are too): each region of the text is searched once.
 */
function forMergedWindows(positions, window, run) {
    let wStart = -1;
    let wEnd = -1;
    for (const pos of positions) {
        const [start, end] = window(pos);
        if (start <= wEnd)
            wEnd = Math.max(wEnd, end);
        else {
            if (wEnd >= 0)
                run(wStart, wEnd);
            wStart = start;
            wEnd = end;
        }
    }
    if (wEnd >= 0)
        run(wStart, wEnd);
}
/** A lookbehind of unbounded length could reach past a window's start: such a rule searches whole lines. */
const UNBOUNDED_LOOKBEHIND = /\(\?<[=!](?:\[(?:[^\]\\]|\\.)*\]|[^()[\\]|\\.|\([^()]*\))*?(?:[*+]|\{\d+,\})/;
/**
 * A suppression marker (see suppress.ts), found by the prefilter pass with the rules' keywords: a file
 * without one is not searched for it line by line (a search per minified file of megabytes).
 */
const MARKER = { keywords: ['moko-ignore:'] };
const COMMENT_LINE = /^\s*(?:\/\/|#(?!!)|\*|\/\*|--|;|<!--|')/;
/** Comment markers a comment may close on its own line, and how. */
const CLOSERS = { '/*': '*/', '<!--': '-->' };
/**
 * Whether the character at `at` of a line is inside a comment that starts the line: to its end for
 * `//`, `#` and the like, up to its closer for `/*` and `<!--`, so code after a closed banner
 * (`/*! lib v1 *\/ eval(x)`, how minified bundles start) is read.
 */
function inLeadingComment(line, at) {
    // A long line's head is enough, unless it is all blanks.
    let head = line.length > LONG_LINE ? line.slice(0, LONG_LINE) : line.text();
    if (head.length < line.length && head.trim() === '')
        head = line.text();
    const m = COMMENT_LINE.exec(head);
    if (m === null)
        return false;
    const closer = CLOSERS[m[0].trimStart()];
    if (closer === undefined)
        return true;
    const end = line.slice(0, at).indexOf(closer, m[0].length);
    return end === -1 || end + closer.length > at;
}
class ContentScanner {
    rules;
    /**
     * One prefilter over every rule's keywords. Per-language prefilters found fewer candidates but
     * cost 3-4 ms each to build: more than a scan of a few MiB spends on the extra keywords.
     */
    prefilter;
    globs;
    /** Rules without keywords limited to some files: candidates wherever their glob matches. */
    gated;
    /** The prefilter's index of MARKER (after the rules). */
    marker;
    /** Whether a rule's regex may run in windows of a long line (see LONG_LINE). */
    windowable;
    /** Sticky copies of span rules' patterns, made on first use. */
    stickies = new Map();
    /** Lines of the current text already decoded, by start offset: one decode per line for every rule. */
    lineTexts = new Map();
    /** Lines of the current text already judged, by start offset (see `lineOf`). */
    lineCache = new Map();
    /** `rules` are the active pattern rules. */
    constructor(rules) {
        this.rules = rules;
        this.globs = rules.map((r) => (r.fileGlobs ? picomatch_default()([...r.fileGlobs], { dot: true }) : undefined));
        this.prefilter = (0,prefilter/* prefilterOf */.R0)([...rules, MARKER]);
        this.marker = rules.length;
        this.gated = rules.flatMap((r, i) => (r.fileGlobs && !r.keywords?.length ? [i] : []));
        this.windowable = rules.map((r) => !UNBOUNDED_LOOKBEHIND.test(r.pattern.source));
    }
    stickyOf(rule) {
        let re = this.stickies.get(rule);
        if (!re) {
            re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`);
            this.stickies.set(rule, re);
        }
        return re;
    }
    /** Hits in one file's text; `path` is relative with forward slashes. */
    scan(path, text) {
        const { rules } = this.forFile(path, this.prefilter.scan(text));
        return rules.size === 0 ? [] : this.scanSource(path, new StringSource(text), rules);
    }
    /**
     * Candidate rules of a file's bytes and where their keywords start (byte offsets), from one
     * prefilter pass; no rules means none can match and the file need not be decoded.
     */
    candidatesOfBytes(path, bytes, length) {
        return this.forFile(path, this.prefilter.scanBytes(bytes, length));
    }
    /** `candidatesOfBytes` for a file whose prefilter lanes ran on the read-ahead thread. */
    candidatesOfPrefiltered(path, bytes, length, pre) {
        return this.forFile(path, this.prefilter.scanPrefiltered(bytes, length, pre));
    }
    /** Memories the read-ahead thread prefilters large files in (see Prefilter.readAheadAreas). */
    readAheadAreas() {
        return this.prefilter.readAheadAreas();
    }
    /**
     * A counter of the UTF-16 units that well-formed UTF-8 ranges of `bytes` decode to, when they lie
     * where `inputFor` reads files (see Prefilter.utf16UnitsIn); undefined otherwise.
     */
    utf16UnitsIn(bytes) {
        return this.prefilter.utf16UnitsIn(bytes);
    }
    /**
     * Where to read a file of `size` bytes for `candidatesOfBytes` to scan it without a copy (the
     * prefilter's input area): valid until the next call.
     */
    inputFor(size) {
        return this.prefilter.input(size);
    }
    /**
     * Drops the candidates whose rule does not apply to the file's language, and adds the rules
     * without keywords that are limited to files like this one (a `.pgpass` is read whole).
     */
    forFile(path, candidates) {
        const marked = candidates.delete(this.marker);
        const language = languageOf(path);
        for (const index of candidates.keys()) {
            const langs = this.rules[index].languages;
            if (langs && (language === undefined || !langs.includes(language)))
                candidates.delete(index);
        }
        for (const index of this.gated)
            if (this.globs[index](path))
                candidates.set(index, []);
        return { rules: candidates, marked };
    }
    /**
     * Hits in a file's bytes, read as latin1 (one character per byte, so keyword offsets stay valid;
     * the patterns are ASCII): only the lines and windows around keywords are decoded. The texts a
     * hit carries are latin1 views; the caller converts what it shows back to UTF-8.
     */
    scanBytes(path, bytes, length, candidates) {
        if (candidates.size === 0)
            return [];
        let keywords = 0;
        for (const [index, positions] of candidates)
            if (!this.rules[index].span)
                keywords += positions.length;
        // Where keywords are dense, decoding the whole file at once costs less than line by line (span
        // rules decode a few characters around a keyword, and only after their byte checks pass).
        const source = new BytesSource(bytes, length, this.prefilter.newlinesIn(bytes));
        if (keywords * DENSE_BYTES_PER_KEYWORD > length)
            source.whole();
        return this.scanSource(path, source, candidates);
    }
    scanSource(path, source, candidates) {
        const language = languageOf(path);
        const hits = [];
        for (const [index, positions] of candidates) {
            const rule = this.rules[index];
            if (rule.languages && (!language || !rule.languages.includes(language)))
                continue;
            const glob = this.globs[index];
            if (glob && !glob(path))
                continue;
            if (positions.length === 0) {
                this.run(rule, source.whole(), 0, source, hits);
                continue;
            }
            // Spans are tried one by one (in any order: a match found twice is dropped later).
            if (rule.span) {
                this.runSpans(rule, rule.span, positions, source, hits);
                continue;
            }
            positions.sort((a, b) => a - b);
            if (rule.multiline) {
                // So many keyword hits that one pass over the text is cheaper than many windows.
                if (positions.length > WHOLE_TEXT_HITS) {
                    this.run(rule, source.whole(), 0, source, hits);
                    continue;
                }
                // Window mode: a byte range around each keyword, widened to whole lines, windows merged. A line
                // reaching more than LONG_LINE past the range (minified code) is cut instead (see runCut).
                const [before, after] = rule.window ?? DEFAULT_WINDOW;
                const window = (pos) => {
                    const from = Math.max(0, pos - before);
                    const to = Math.min(source.length, pos + after);
                    const lineStart = source.lastNewline(from) + 1;
                    const lineEnd = source.nextNewline(to);
                    return [from - lineStart > LONG_LINE ? from : lineStart, lineEnd - to > LONG_LINE ? to : lineEnd];
                };
                forMergedWindows(positions, window, (start, end) => this.runCut(rule, start, end, source, hits));
                continue;
            }
            // Line mode: the regex runs only over the lines that hold one of the rule's keywords, each once
            // (a long line only in windows around the keywords).
            let covered = -1;
            for (let k = 0; k < positions.length; k++) {
                const pos = positions[k];
                if (pos < covered)
                    continue;
                const start = source.lastNewline(pos) + 1;
                const end = source.nextNewline(pos);
                covered = end;
                if (end - start > LONG_LINE && this.windowable[index]) {
                    this.runWindows(rule, positions, k, start, end, source, hits);
                    continue;
                }
                this.run(rule, this.textOf(source, start, end), start, source, hits, { line: true });
            }
        }
        this.lineCache.clear();
        this.lineTexts.clear();
        return locate(dropShadowedGenerics(hits), source);
    }
    /**
     * A line-mode rule on a long line (`[lineStart, lineEnd)`): its regex runs in merged windows around
     * its keywords on the line (`positions` from `first` on, sorted), dropping matches at a window's cut.
     */
    runWindows(rule, positions, first, lineStart, lineEnd, source, hits) {
        const [before, after] = LONG_LINE_WINDOW;
        // Only the windows are decoded (a substring when the line already is): most of a megabyte line
        // of minified code is never turned into a string.
        const line = this.lineTexts.get(lineStart);
        let last = first;
        while (last < positions.length && positions[last] < lineEnd)
            last++;
        forMergedWindows(positions.slice(first, last), (pos) => [Math.max(lineStart, pos - before), Math.min(lineEnd, pos + after)], (start, end) => this.run(rule, line === undefined ? source.slice(start, end) : line.slice(start - lineStart, end - lineStart), start, source, hits, { cutStart: start > lineStart, cutEnd: end < lineEnd }));
    }
    /**
     * Span mode: around each keyword occurrence, `before` characters before it to `after` after its
     * start, plus one character of context each side (for `\b`), cut at the line's ends unless the
     * rule is multi-line. A match
     * found twice from two nearby occurrences is dropped later (same rule, same offset).
     */
    runSpans(rule, span, positions, source, hits) {
        const sticky = this.stickyOf(rule);
        const { before, after, atKeyword, userinfo } = span;
        const follows = span.follows === undefined ? undefined : charSet(span.follows);
        for (const pos of positions) {
            if (follows !== undefined && !followsWord(source, pos, follows))
                continue;
            if (userinfo && !hasUserinfo(source, pos, after))
                continue;
            let start = Math.max(0, pos - before - 1);
            let chunk = source.slice(start, Math.min(source.length, pos + after + 1));
            if (!rule.multiline) {
                const lineStart = chunk.lastIndexOf('\n', pos - start - 1);
                if (lineStart !== -1) {
                    chunk = chunk.slice(lineStart + 1);
                    start += lineStart + 1;
                }
                const lineEnd = chunk.indexOf('\n', pos - start);
                if (lineEnd !== -1)
                    chunk = chunk.slice(0, lineEnd);
            }
            if (!atKeyword) {
                this.run(rule, chunk, start, source, hits);
                continue;
            }
            // One sticky attempt at the keyword, which fails within a few characters on the thousands of
            // occurrences that are not a credential.
            sticky.lastIndex = pos - start;
            const m = sticky.exec(chunk);
            if (m !== null && m[0].length > 0) {
                const hit = this.judge(rule, m, start, source, undefined);
                if (hit)
                    hits.push(hit);
            }
        }
    }
    /**
     * A multi-line rule over `[start, end)` of the source: a window edge that is not a line's end (nor
     * the text's) is a cut, near which matches are dropped (see LONG_LINE).
     */
    runCut(rule, start, end, source, hits) {
        this.run(rule, source.slice(start, end), start, source, hits, {
            cutStart: start > 0 && source.codeAt(start - 1) !== NEWLINE,
            cutEnd: end < source.length && source.codeAt(end) !== NEWLINE,
        });
    }
    /**
     * Runs `rule` over `chunk` (at `base` in the source). `line`: the chunk is one whole line. `cutStart`
     * and `cutEnd`: the chunk was cut out of a long line there, so a match within WINDOW_EDGE of that
     * edge is dropped (the regex saw a false start or end of text).
     */
    run(rule, chunk, base, source, hits, { line = false, cutStart = false, cutEnd = false } = {}) {
        const re = rule.pattern;
        re.lastIndex = 0;
        for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            if (cutStart && m.index < WINDOW_EDGE)
                continue;
            if (cutEnd && chunk.length - (m.index + m[0].length) < WINDOW_EDGE)
                continue;
            const hit = this.judge(rule, m, base, source, line ? chunk : undefined);
            if (hit)
                hits.push(hit);
        }
    }
    /**
     * The line holding `offset` (`lineChunk` when the regex ran over that line): its text without `\r`,
     * and whether it carries integrity strings or base64 media. Lines found from an offset are kept for
     * the text being scanned, so the many matches of several rules on one long line (minified code)
     * share one line, decoded only where they look.
     */
    lineOf(source, offset, base, lineChunk) {
        if (lineChunk !== undefined)
            return this.makeLine(source, base, base + lineChunk.length, lineChunk);
        const start = lineStartAt(source, offset);
        let line = this.lineCache.get(start);
        if (line === undefined || line.source !== source) {
            line = this.makeLine(source, start, source.nextNewline(offset), undefined);
            this.lineCache.set(start, line);
        }
        return line;
    }
    /** The text of the line `[start, end)`, decoded once per scan: rules share it, and hits on it carry the same string. */
    textOf(source, start, end) {
        let text = this.lineTexts.get(start);
        if (text === undefined) {
            text = source.slice(start, end);
            this.lineTexts.set(start, text);
        }
        return text;
    }
    /** The line from `start` to its `\n` at `end`; `raw` is its text when already decoded. */
    makeLine(source, start, end, raw) {
        // A short line is decoded whole, once for every rule (line-mode rules read it whole too).
        const text = new SourceLine(source, start, end, raw ?? (end - start > LONG_LINE ? undefined : this.textOf(source, start, end)));
        let benign;
        // On a long line only the window around the match counts (as for line rules, see LONG_LINE): an
        // integrity hash a megabyte away says nothing about it, and testing the whole line cost two
        // regex passes over every minified file with a candidate secret.
        const [before, after] = LONG_LINE_WINDOW;
        const isBenign = text.length > LONG_LINE
            ? (offset) => isBenignLine(text.slice(offset - start - before, offset - start + after))
            : () => (benign ??= isBenignLine(text.text()));
        return { source, text, benign: isBenign };
    }
    /** `lineChunk` is the match's whole line when the regex ran over one line (as the source holds it). */
    judge(rule, m, base, source, lineChunk) {
        let value = m[0];
        let offset = base + m.index;
        for (let g = 1; g < m.length; g++) {
            const v = m[g];
            if (v !== undefined) {
                value = v;
                offset = base + m.index + Math.max(0, m[0].indexOf(v));
                break;
            }
        }
        if (rule.category === 'secret') {
            const hashLike = rule.hashLike;
            // The value's own checks first: most matches fail them, and then their line (a whole minified
            // file, megabytes long) is never decoded.
            const rejectedValue = isExampleOrPlaceholder(value) ||
                isReference(value) ||
                (!hashLike && isHashOrId(value)) ||
                (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) ||
                (rule.validate !== undefined && !rule.validate(value, m));
            const line = rejectedValue ? undefined : this.lineOf(source, offset, base, lineChunk);
            return {
                rejected: line === undefined || line.benign(offset),
                rule,
                severity: rule.severity,
                // A rejected hit is dropped before anyone reads its line.
                lineText: line?.text ?? new SourceLine(source, offset, offset),
                lineStart: line?.text.start ?? offset,
                redacted: redact(value),
                value,
                start: offset,
                end: offset + value.length,
            };
        }
        const lineText = this.lineOf(source, offset, base, lineChunk).text;
        const lineStart = lineText.start;
        const at = base + m.index - lineStart;
        if (inLeadingComment(lineText, at))
            return undefined;
        if (rule.validate && !rule.validate(value, m))
            return undefined;
        const context = lineText.length > LONG_LINE
            ? lineText.slice(at - ESCALATE_REACH, at + m[0].length + ESCALATE_REACH)
            : lineText.text();
        const severity = rule.escalate && (rule.escalate.pattern.test(m[0]) || rule.escalate.pattern.test(context))
            ? rule.escalate.severity
            : rule.severity;
        const snippet = m[0].length > 120 ? `${m[0].slice(0, 117)}...` : m[0];
        return {
            rule,
            severity,
            lineText,
            lineStart,
            snippet: snippet.replace(/\s+/g, ' '),
            start: offset,
            end: offset + value.length,
        };
    }
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/dangerous-helpers.ts
/** Expands a spec into a pattern rule of the `dangerous-function` family. */
function code(spec) {
    return {
        kind: 'pattern',
        id: `dangerous/${spec.id}`,
        category: 'dangerous-function',
        severity: spec.sev,
        cwe: spec.cwe,
        title: spec.title,
        help: spec.help,
        keywords: spec.kw,
        languages: spec.lang,
        pattern: new RegExp(spec.re, spec.flags ?? 'g'),
        group: 0,
        secret: false,
        ...(spec.multiline ? { multiline: true } : {}),
        ...(spec.window ? { window: spec.window } : {}),
        ...(spec.span ? { span: spec.span } : {}),
        ...(spec.validate ? { validate: spec.validate } : {}),
        ...(spec.escalate ? { escalate: { pattern: new RegExp(spec.escalate.re, 'i'), severity: spec.escalate.to } } : {}),
    };
}
/** Text that builds a string from variables: concatenation, template, f-string, format, `%`. */
const INTERPOLATED = String.raw `\$\{|["'\x60]\s*\+|\+\s*["'\x60]|\bf["']|\.format\(|["']\s*%\s*[\w(]|#\{|\$_(?:GET|POST|REQUEST|COOKIE)|fmt\.Sprintf|\.\s*\$\w|"[^"]*\$\w`;
/**
 * A check that the match is a free function call, not a method such as `regex.exec(` or `$.eval(`
 * (unless the object is named by `allowed`, e.g. `child_process.`). Done after the regex so the
 * pattern starts with a literal the engine can search for quickly.
 */
function notMethod(allowed) {
    return (_value, m) => {
        const before = m.input.slice(Math.max(0, m.index - 24), m.index);
        return !/[.\w$]$/.test(before) || (allowed?.test(before) ?? false);
    };
}
/**
 * A check that the match is not a method's definition, `eval(node) {` in a class body: its parameter
 * list closes on the same line and a body follows. A call's closing parenthesis never opens a block.
 */
function notDefinition(_value, m) {
    return !/^[^()\n]*\)\s*\{/.test(m.input.slice(m.index + m[0].length - 1));
}
// How to fix each kind of dangerous call: shared by the rules of every language.
const EVAL_HELP = 'Do not evaluate strings as code. Parse data with a real parser (JSON.parse, ast.literal_eval) or dispatch through a fixed table of functions.';
const SHELL_HELP = 'Do not build shell commands from strings. Pass the program and its arguments as an array without a shell (execFile/spawn, subprocess.run([...]), exec.Command(name, args...)), and validate every argument.';
const DESER_HELP = 'Never deserialize untrusted data with a format that can construct arbitrary objects. Use JSON, or the safe loader of the format, and verify integrity (HMAC) of anything that must round-trip.';
const SQL_HELP = 'Build SQL with bound parameters (placeholders such as ?, $1, %s passed separately), never by concatenating or interpolating values into the query text.';
const TLS_HELP = 'Keep TLS certificate verification on. Trust a private CA by adding it to the trust store (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, a custom RootCAs pool) instead of disabling verification.';

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/dangerous-rules.ts


/**
 * Not one constant string as the whole argument list: `eval("require")` (how bundlers reach Node's
 * own require), `new Function('return this')` (the global object) and webpack's development bundles
 * (each module's code in one `eval("…")` with escapes) run fixed code, nothing a caller can inject.
 * Concatenation, a template with `${…}`, a variable or a second argument is still code built at run
 * time.
 */
const NOT_ONE_LITERAL = String.raw `(?!(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\x60(?:[^\x60\\$]|\\.|\$(?!\{))*\x60)\s*\))`;
const freeCall = notMethod();
/** Dynamic evaluation, shell execution, deserialization, SQL building and TLS switches: JavaScript/TypeScript, Python, shell. */
const DANGEROUS_RULES = [
    // JavaScript / TypeScript
    code({
        id: 'js-eval',
        title: 'eval() of a string (JavaScript)',
        re: String.raw `\beval\s*\(\s*${NOT_ONE_LITERAL}[^)\s]`,
        validate: (value, m) => freeCall(value, m) && notDefinition(value, m),
        kw: ['eval'],
        lang: ['js'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
        escalate: { re: INTERPOLATED + String.raw `|req\.|request\.|params|query|body`, to: 'high' },
    }),
    code({
        id: 'js-new-function',
        title: 'new Function() from a string',
        re: String.raw `\bnew\s+Function\s*\(\s*${NOT_ONE_LITERAL}[^)\s]`,
        kw: ['new function'],
        lang: ['js'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'js-string-timer',
        title: 'setTimeout/setInterval with a code string',
        re: String.raw `\bset(?:Timeout|Interval)\s*\(\s*["'\x60]`,
        kw: ['settimeout', 'setinterval'],
        lang: ['js'],
        sev: 'low',
        cwe: 95,
        help: EVAL_HELP,
    }),
    code({
        id: 'js-child-process-exec',
        title: 'child_process exec with a built command string',
        re: String.raw `\b(?:exec|execSync)\s*\(\s*(?:\x60[^\x60]*\$\{|["'][^"'\n]*["']\s*\+|[A-Za-z_$][\w$.]*\s*\+)`,
        validate: notMethod(/\b(?:child_process|childProcess|cp|proc|shell)\.$/),
        kw: ['exec'],
        lang: ['js'],
        sev: 'high',
        cwe: 78,
        help: SHELL_HELP,
    }),
    code({
        multiline: true,
        window: [400, 200],
        id: 'js-spawn-shell',
        title: 'spawn/execFile with shell: true',
        re: String.raw `\b(?:spawn|spawnSync|execFile|execFileSync)\s*\([^;]{0,300}?\bshell\s*:\s*true`,
        kw: ['shell'],
        lang: ['js'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'js-vm-run',
        title: 'vm module running a code string',
        re: String.raw `\bvm\.(?:runInNewContext|runInThisContext|runInContext|compileFunction)\s*\(`,
        kw: ['vm.'],
        lang: ['js'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
    }),
    code({
        multiline: true,
        // The match starts at the SQL verb (a keyword) and the call before it is a lookbehind: one
        // sticky attempt per verb, where searching every window for `get(`, `run(` or `all(` (which
        // open most JavaScript calls) cost a tenth of a scan of SDK code full of 'update ' in comments.
        span: { before: 200, after: 4000, atKeyword: true },
        id: 'js-sql-concat',
        title: 'SQL built by concatenation or template (JavaScript)',
        re: String.raw `(?<=\b(?:query|execute|raw|run|all|get|prepare|sequelize\.query|knex\.raw)\s*\(\s*\x60\s*)(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|MERGE)\b[^\x60]*\$\{|(?<=\b(?:query|execute|raw|run|all|get|prepare|sequelize\.query|knex\.raw)\s*\(\s*["']\s*)(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|MERGE)\b[^"'\n]*["']\s*\+`,
        flags: 'gi',
        // SQL statement openings rather than bare verbs: `update`/`delete`/`replace` are everywhere in JS.
        kw: ['select ', 'select\n', 'insert into', 'delete from', 'update ', 'replace into', 'merge into'],
        lang: ['js'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    code({
        id: 'js-tls-reject-unauthorized',
        title: 'TLS verification disabled (rejectUnauthorized: false)',
        re: String.raw `\brejectUnauthorized\s*:\s*false\b`,
        kw: ['rejectunauthorized'],
        lang: ['js'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    code({
        id: 'js-unserialize',
        title: 'node-serialize unserialize()',
        re: String.raw `\bnode-serialize\b|(?<![.\w$])unserialize\s*\(`,
        kw: ['unserialize', 'node-serialize'],
        lang: ['js'],
        sev: 'high',
        cwe: 502,
        help: DESER_HELP,
    }),
    code({
        id: 'node-tls-reject-env',
        title: 'NODE_TLS_REJECT_UNAUTHORIZED=0 disables TLS verification',
        re: String.raw `NODE_TLS_REJECT_UNAUTHORIZED["']?\s*(?:=|:)\s*["']?0\b`,
        kw: ['node_tls_reject_unauthorized'],
        lang: CODE_LANGUAGES,
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    // Python
    code({
        id: 'python-eval',
        title: 'eval()/exec() of a string (Python)',
        re: String.raw `(?<![.\w])(?:eval|exec)\s*\(\s*[^)\s]`,
        kw: ['eval', 'exec'],
        lang: ['python'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
        escalate: { re: INTERPOLATED + String.raw `|request\.|input\(|sys\.argv`, to: 'high' },
    }),
    code({
        multiline: true,
        window: [600, 200],
        id: 'python-shell-true',
        title: 'subprocess with shell=True',
        re: String.raw `\b(?:subprocess\.)?(?:run|call|check_call|check_output|Popen)\s*\((?:[^()]|\([^()]*\)){0,400}?\bshell\s*=\s*True\b`,
        kw: ['shell'],
        lang: ['python'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'python-os-system',
        title: 'os.system/os.popen runs a shell command',
        re: String.raw `\bos\.(?:system|popen|popen2|popen3)\s*\(|\bcommands\.getoutput\s*\(|\bsubprocess\.getoutput\s*\(`,
        kw: ['os.system', 'os.popen', 'getoutput'],
        lang: ['python'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'python-pickle',
        title: 'pickle/dill load of data',
        re: String.raw `\b(?:pickle|cPickle|_pickle|dill|joblib|shelve)\.(?:loads?|open|Unpickler)\s*\(|\bjsonpickle\.decode\s*\(`,
        kw: ['pickle', 'dill', 'joblib', 'shelve'],
        lang: ['python'],
        sev: 'high',
        cwe: 502,
        help: DESER_HELP,
    }),
    code({
        id: 'python-yaml-load',
        title: 'yaml.load without SafeLoader',
        re: String.raw `\byaml\.(?:unsafe_load(?:_all)?\s*\(|load(?:_all)?\s*\((?![^)\n]*Loader\s*=\s*(?:yaml\.)?C?SafeLoader))`,
        kw: ['yaml.'],
        lang: ['python'],
        sev: 'high',
        cwe: 502,
        help: 'Use yaml.safe_load() (or Loader=yaml.SafeLoader): the default and full loaders can construct arbitrary Python objects.',
    }),
    code({
        id: 'python-marshal-load',
        title: 'marshal.load of data',
        re: String.raw `\bmarshal\.loads?\s*\(`,
        kw: ['marshal.'],
        lang: ['python'],
        sev: 'medium',
        cwe: 502,
        help: DESER_HELP,
    }),
    code({
        id: 'python-sql-format',
        title: 'SQL built by formatting (Python)',
        re: String.raw `\.(?:execute|executemany|executescript|raw|extra)\s*\(\s*(?:f["'](?:[^"'\n]*)\{|["'][^"'\n]*(?:SELECT|INSERT|UPDATE|DELETE)[^"'\n]*["']\s*(?:%\s*[\w(]|\.format\(|\+))`,
        flags: 'gi',
        kw: ['execute', '.raw(', '.extra('],
        lang: ['python'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    code({
        id: 'python-tls-verify-false',
        title: 'TLS verification disabled (verify=False)',
        re: String.raw `\bverify\s*=\s*False\b|\bssl\._create_unverified_context\b|\bcheck_hostname\s*=\s*False\b|\bcert_reqs\s*=\s*(?:ssl\.)?CERT_NONE\b`,
        kw: ['verify', 'unverified', 'check_hostname', 'cert_none'],
        lang: ['python'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    // Shell and anything that embeds shell commands
    code({
        id: 'curl-pipe-shell',
        title: 'Download piped into a shell (curl | sh)',
        re: String.raw `\b(?:curl|wget)\b[^|\n]{0,300}\|\s*(?:sudo\s+(?:-\w+\s+)*)?(?:ba|z|da|k|fi)?sh\b`,
        kw: ['curl', 'wget'],
        lang: CODE_LANGUAGES,
        sev: 'high',
        cwe: 494,
        help: 'Download to a file, verify its checksum or signature, then run it; or install from a package manager with pinned versions.',
    }),
    code({
        id: 'world-writable-chmod',
        title: 'chmod to world-writable (777 / o+w)',
        re: String.raw `\bchmod\s+(?:-[Rrfv]+\s+)*(?:0?[0-7]?77[67]|a\+w|o\+w|ugo\+rwx|a\+rwx|o\+rwx)\b|\bchmod(?:Sync)?\s*\([^)\n]*,\s*0o?777\b|\bos\.chmod\s*\([^)\n]*,\s*0o?777\b|\bFileMode\(0777\)|\bos\.(?:Chmod|WriteFile|MkdirAll|Mkdir|OpenFile)\([^)\n]*\b0o?777\b`,
        kw: ['chmod', '777'],
        lang: CODE_LANGUAGES,
        sev: 'medium',
        cwe: 732,
        help: 'Grant the least permission needed (e.g. 0755 for directories, 0644 for files, 0600 for secrets); never make files writable by every user.',
    }),
    code({
        id: 'shell-eval',
        title: 'eval of a variable in shell',
        re: String.raw `(?:^|[;&|{(]\s*|\bthen\s+|\bdo\s+)eval\s+["']?[^"'\n]*\$`,
        flags: 'gm',
        kw: ['eval'],
        lang: ['shell', 'docker', 'yaml'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
    }),
    code({
        id: 'curl-insecure',
        title: 'curl -k / wget --no-check-certificate',
        re: String.raw `\bcurl\b[^\n|]{0,300}\s(?:-k|--insecure)\b|\bwget\b[^\n|]{0,300}\s--no-check-certificate\b|\bGIT_SSL_NO_VERIFY\s*=\s*["']?(?:1|true)|\bhttp\.sslVerify\s+false\b|\bPYTHONHTTPSVERIFY\s*=\s*["']?0`,
        kw: ['curl', 'wget', 'git_ssl_no_verify', 'sslverify', 'pythonhttpsverify'],
        lang: CODE_LANGUAGES,
        sev: 'medium',
        cwe: 295,
        help: TLS_HELP,
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/dangerous-rules-more.ts

/** The same kinds of call in Go, Ruby, PHP, Java and JVM languages, Rust and C#. */
const DANGEROUS_RULES_MORE = [
    // Go
    code({
        id: 'go-insecure-skip-verify',
        title: 'TLS verification disabled (InsecureSkipVerify: true)',
        re: String.raw `\bInsecureSkipVerify\s*:\s*true\b`,
        kw: ['insecureskipverify'],
        lang: ['go'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    code({
        id: 'go-exec-shell',
        title: 'exec.Command through a shell',
        re: String.raw `\bexec\.Command(?:Context)?\s*\((?:\s*ctx\s*,)?\s*"(?:/bin/)?(?:sh|bash|zsh|cmd|cmd\.exe|powershell)"\s*,\s*"(?:-c|/c|-Command)"`,
        kw: ['exec.command'],
        lang: ['go'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'go-sql-sprintf',
        title: 'SQL built with Sprintf or concatenation (Go)',
        re: String.raw `\.(?:Query|QueryRow|Exec|QueryContext|ExecContext|QueryRowContext|Raw|Prepare)\s*\((?:\s*ctx\s*,)?\s*(?:fmt\.Sprintf\s*\(|"[^"\n]*"\s*\+)`,
        kw: ['query', 'exec', 'raw', 'prepare'],
        lang: ['go'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    // Ruby
    code({
        id: 'ruby-eval',
        title: 'eval of a string (Ruby)',
        re: String.raw `(?<![.\w])(?:eval|instance_eval|class_eval|module_eval)\s*(?:\(\s*)?(?:["'%]|params|[a-z_]\w*\s*[+(])`,
        kw: ['eval'],
        lang: ['ruby'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
        escalate: { re: String.raw `#\{|params`, to: 'high' },
    }),
    code({
        id: 'ruby-shell-interpolation',
        title: 'Shell command with interpolation (Ruby)',
        re: String.raw `(?:(?<![.\w])(?:system|exec|spawn)|\bIO\.popen|\bOpen3\.\w+|%x)\s*[(\[{]?\s*"[^"\n]*#\{|\x60[^\x60\n]*#\{[^}\n]+\}[^\x60\n]*\x60`,
        kw: ['#{'],
        lang: ['ruby'],
        sev: 'high',
        cwe: 78,
        help: SHELL_HELP,
    }),
    code({
        id: 'ruby-marshal-load',
        title: 'Marshal.load of data',
        re: String.raw `\bMarshal\.(?:load|restore)\s*\(`,
        kw: ['marshal.'],
        lang: ['ruby'],
        sev: 'high',
        cwe: 502,
        help: DESER_HELP,
    }),
    code({
        id: 'ruby-yaml-load',
        title: 'YAML.load / unsafe_load (Ruby)',
        re: String.raw `\b(?:YAML|Psych)\.(?:unsafe_load|load)\s*\(`,
        kw: ['yaml.', 'psych.'],
        lang: ['ruby'],
        sev: 'medium',
        cwe: 502,
        help: 'Use YAML.safe_load with an explicit permitted_classes list.',
    }),
    code({
        id: 'ruby-sql-interpolation',
        title: 'SQL built by interpolation (Ruby)',
        re: String.raw `\.(?:where|find_by_sql|execute|exec_query|select|order|joins|group|having|pluck|from)\s*(?:\(\s*)?"[^"\n]*#\{`,
        kw: ['#{'],
        lang: ['ruby'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    code({
        id: 'ruby-ssl-verify-none',
        title: 'TLS verification disabled (VERIFY_NONE)',
        re: String.raw `\bOpenSSL::SSL::VERIFY_NONE\b|\bssl_verify_mode\s*[:=]>?\s*:?none\b`,
        kw: ['verify_none', 'ssl_verify_mode'],
        lang: ['ruby'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    // PHP
    code({
        id: 'php-eval',
        title: 'eval/assert/create_function of a string (PHP)',
        re: String.raw `(?<![\w>:$])(?:eval|assert|create_function)\s*\(\s*[^)\s]`,
        kw: ['eval', 'assert', 'create_function'],
        lang: ['php'],
        sev: 'medium',
        cwe: 95,
        help: EVAL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'php-shell',
        title: 'Shell execution (PHP)',
        re: String.raw `(?<![\w>:$])(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s*\(`,
        kw: ['system', 'exec', 'passthru', 'popen', 'proc_open'],
        lang: ['php'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP + ' In PHP, at least wrap every argument in escapeshellarg().',
        escalate: { re: INTERPOLATED + String.raw `|\$\w+`, to: 'high' },
    }),
    code({
        id: 'php-unserialize',
        title: 'unserialize() of data (PHP)',
        re: String.raw `(?<![\w>:$])unserialize\s*\(`,
        kw: ['unserialize'],
        lang: ['php'],
        sev: 'high',
        cwe: 502,
        help: DESER_HELP + " In PHP use json_decode, or unserialize($x, ['allowed_classes' => false]).",
    }),
    code({
        id: 'php-sql-concat',
        title: 'SQL built by concatenation (PHP)',
        re: String.raw `(?:mysql_query|mysqli_query|pg_query|->query|->exec|->prepare)\s*\([^;\n]*(?:"\s*\.\s*\$|\$\w+(?:\[[^\]]*\])?\s*\.\s*["']|"[^"\n]*(?:SELECT|INSERT|UPDATE|DELETE)[^"\n]*\$\w)`,
        flags: 'gi',
        kw: ['query', '->exec', 'prepare'],
        lang: ['php'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    code({
        id: 'php-curl-ssl-off',
        title: 'cURL TLS verification disabled (PHP)',
        re: String.raw `CURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*(?:false|0)\b`,
        kw: ['curlopt_ssl_verify'],
        lang: ['php'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    // Java and JVM languages
    code({
        id: 'java-object-input-stream',
        title: 'Java native deserialization (ObjectInputStream, XMLDecoder)',
        re: String.raw `\bnew\s+(?:ObjectInputStream|XMLDecoder)\s*\(`,
        kw: ['objectinputstream', 'xmldecoder'],
        lang: ['java'],
        sev: 'high',
        cwe: 502,
        help: DESER_HELP + ' If unavoidable, install an ObjectInputFilter allow-list.',
    }),
    code({
        id: 'java-runtime-exec',
        title: 'Runtime.exec / ProcessBuilder through a shell',
        re: String.raw `\bRuntime\.getRuntime\(\)\.exec\s*\(|\bnew\s+ProcessBuilder\s*\(\s*(?:Arrays\.asList\()?\s*"(?:/bin/)?(?:sh|bash|cmd|cmd\.exe)"\s*,\s*"(?:-c|/c)"`,
        kw: ['runtime.getruntime', 'processbuilder'],
        lang: ['java'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED, to: 'high' },
    }),
    code({
        id: 'java-sql-concat',
        title: 'SQL built by concatenation (Java)',
        re: String.raw `\.(?:executeQuery|executeUpdate|execute|addBatch|prepareStatement|createQuery|createNativeQuery|createSQLQuery)\s*\(\s*"[^"\n]*"\s*\+`,
        kw: ['execute', 'preparestatement', 'createquery', 'createnativequery', 'createsqlquery', 'addbatch'],
        lang: ['java'],
        sev: 'high',
        cwe: 89,
        help: SQL_HELP,
    }),
    code({
        id: 'java-trust-all',
        title: 'Hostname or certificate verification disabled (Java)',
        re: String.raw `\bNoopHostnameVerifier\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bsetHostnameVerifier\s*\(\s*\(?[^)]*\)?\s*->\s*true|\bTrustAllStrategy\b|\bInsecureTrustManagerFactory\b`,
        kw: ['hostnameverifier', 'hostname_verifier', 'trustall', 'insecuretrustmanager'],
        lang: ['java'],
        sev: 'high',
        cwe: 295,
        help: TLS_HELP,
    }),
    // Rust and C#
    code({
        multiline: true,
        window: [100, 400],
        id: 'rust-shell-command',
        title: 'Command run through a shell (Rust)',
        re: String.raw `Command::new\(\s*"(?:/bin/)?(?:sh|bash|zsh|cmd|cmd\.exe|powershell)"\s*\)\s*\.arg\(\s*"(?:-c|/c|/C|-Command)"\s*\)\s*\.arg\(\s*[^)]*\)`,
        kw: ['command::new'],
        lang: ['rust'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: String.raw `format!|env::args|\+\s*&|\.arg\(\s*[a-z_][\w.]*(?:\(|\s*\))`, to: 'high' },
    }),
    code({
        id: 'csharp-process-start-shell',
        title: 'Process.Start through a shell (C#)',
        re: String.raw `\bProcess\.Start\(\s*"(?:cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh|/bin/(?:ba)?sh|bash|sh)"\s*,\s*(?:\$?"(?:/c|/C|-c|-Command)[^"]*"\s*\+?)`,
        kw: ['process.start'],
        lang: ['csharp'],
        sev: 'medium',
        cwe: 78,
        help: SHELL_HELP,
        escalate: { re: INTERPOLATED + String.raw `|\$"[^"]*\{`, to: 'high' },
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/permission-rules.ts

const KEY_BLOCK = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|py|rb|pl|php|js|mjs|cjs|ts|exe|bin|run|command|ps1|bat|cmd|appimage)$/i;
const DATA_EXT = /\.(?:md|markdown|txt|rst|json|ya?ml|toml|ini|cfg|conf|csv|tsv|xml|html?|css|scss|svg|png|jpe?g|gif|webp|ico|pdf|lock|log|map)$/i;
const rule = (id, title, severity, cwe, help, check) => ({
    kind: 'file',
    id: `permission/${id}`,
    category: 'file-permission',
    severity,
    cwe,
    title,
    help,
    check,
});
/** True for a `.env` file with at least one `NAME=value` line whose value is a literal. */
function envWithValues(file) {
    if (!file.text)
        return false;
    return /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*["']?(?!\$)[^\s#"'$]{3,}/m.test(file.text);
}
/** Mode bits, committed key material and executable bits. */
const PERMISSION_RULES = [
    rule('world-writable', 'World-writable file', 'high', 732, 'Remove write permission for others: `chmod o-w <file>` and commit the mode change (`git update-index --chmod` cannot set it; fix it in the tree that is scanned).', (f) => f.mode & 0o002
        ? `mode ${(f.mode & 0o7777).toString(8).padStart(4, '0')} lets every user write ${f.name}`
        : undefined),
    rule('setuid-setgid', 'setuid or setgid bit set', 'high', 250, 'Clear the bits (`chmod u-s,g-s <file>`); a repository has no reason to ship privileged executables.', (f) => f.mode & 0o6000
        ? `${f.name} has the ${f.mode & 0o4000 ? 'setuid' : 'setgid'} bit (mode ${(f.mode & 0o7777).toString(8)})`
        : undefined),
    rule('private-key-file', 'Private key file committed', 'critical', 312, 'Remove the key from the repository and its history, revoke it, and keep keys in a secret store.', (f) => {
        if (/^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|.*\.(?:ppk|key))$/.test(f.name) &&
            (f.text === undefined || KEY_BLOCK.test(f.text) || /PuTTY-User-Key-File/.test(f.text) || f.binary)) {
            return `${f.name} looks like a private key`;
        }
        if (/\.(?:pem|crt|cer|key)$/i.test(f.name) && f.text && KEY_BLOCK.test(f.text))
            return `${f.name} contains a private key block`;
        return undefined;
    }),
    rule('keystore-file', 'Keystore committed', 'high', 312, 'Keystores (PKCS#12, JKS, BKS, keychains) hold private keys: remove them from the repository and load them from a secret store at run time.', (f) => /\.(?:p12|pfx|jks|keystore|bks|jceks|kdbx|keychain|gpg|asc)$/i.test(f.name) &&
        !/\.pub\.asc$/i.test(f.name) &&
        (f.binary || !/PUBLIC KEY/.test(f.text ?? ''))
        ? `${f.name} is a keystore`
        : undefined),
    rule('env-file-with-values', '.env file with values committed', 'high', 538, 'Commit a `.env.example` with empty values instead, and add `.env` to .gitignore.', (f) => /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+)?$/.test(f.name) && envWithValues(f)
        ? `${f.name} holds environment values`
        : undefined),
    rule('credentials-file', 'Credentials file committed', 'high', 312, 'Remove the file from the repository and its history, rotate what it contains, and keep it outside version control.', (f) => /^(?:\.netrc|_netrc|\.pgpass|\.git-credentials|\.htpasswd|credentials\.json|client_secret[\w.-]*\.json|\.s3cfg|\.dockercfg)$/.test(f.name) && f.size > 0
        ? `${f.name} is a credentials file`
        : undefined),
    rule('executable-data-file', 'Executable bit on a non-script file', 'low', 732, 'Clear the bit (`chmod -x <file>`): data, documentation and images do not need to be executable.', (f) => {
        // A declaration file ends in `.ts` but holds no code to run.
        const data = DATA_EXT.test(f.name) || isDeclarationFile(f.name);
        if (!(f.mode & 0o111) || (SCRIPT_EXT.test(f.name) && !data))
            return undefined;
        if (f.text?.startsWith('#!'))
            return undefined;
        return data ? `${f.name} is executable (mode ${(f.mode & 0o777).toString(8)})` : undefined;
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secret-helpers.ts
/** Expands a spec into a rule with the common CWE and help text. */
function secret(spec) {
    const hasGroup = /\((?!\?)/.test(spec.re);
    return {
        kind: 'pattern',
        id: `secret/${spec.id}`,
        category: 'secret',
        severity: spec.sev ?? 'high',
        cwe: 798,
        title: spec.title,
        help: `A ${spec.title} is committed in clear text. Revoke or rotate it at the provider now (it is in the Git history), ` +
            `remove it from the code and load it at run time from a secret store, e.g. \`\${{ secrets.NAME }}\` in workflows ` +
            'or an environment variable. If this is a test value, add `moko-ignore: ' +
            `secret/${spec.id} <reason>\` on the line or accept it in the baseline.`,
        keywords: spec.kw,
        pattern: new RegExp(spec.re, spec.flags ?? 'g'),
        group: hasGroup ? 1 : 0,
        secret: true,
        generic: spec.generic ?? false,
        hashLike: spec.hashLike ?? false,
        ...(spec.multiline ? { multiline: true } : {}),
        ...(spec.window ? { window: spec.window } : {}),
        ...(spec.span ? { span: spec.span } : {}),
        ...(spec.files ? { fileGlobs: spec.files } : {}),
        ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
        ...(spec.validate ? { validate: spec.validate } : {}),
    };
}
/**
 * Regex source for `<keyword>… = <value>` assignments (code, YAML, JSON, XML, .env, Make, Go's
 * `var name string =`), the shape of
 * credentials that carry no prefix of their own. Group 1 is the value.
 */
function keyed(keyword, value) {
    return (`(?:${keyword})(?:[0-9a-z_.-]{0,25})(?:[ \\t]+string)?(?:[ \\t'"\\x60]{0,3})${KEYED_OPERATOR}` +
        `(?:[ \\t'"\\x60=]|\\\\"){0,5}(${value})(?:[\\x60'"\\s;,)\\]}<]|\\\\[nr"]|$)`);
}
/**
 * The operators between a name and its value: `=`, `:`, Go's `:=`, Make's `::=`/`:::=`/`?=`, PHP's
 * `.=`/`??=`, `=>`, `<=`, `||:` (Nix), a call's `,` (`setProperty("API_TOKEN", "…")`); and an XML element's `>`, after which the value may sit on the
 * next line (`<apiToken>\n    value\n</apiToken>`).
 */
const KEYED_OPERATOR = '(?:=|>\\s{0,64}|:{1,3}=|\\|\\|:|<=|=>|:|\\?\\??=|\\.=|(?<=["\'\\x60][ \\t]{0,3}),)';
/** Keyed rules start at their keyword and end within this many characters (names, operator, value). */
const KEYED_SPAN = { before: 0, after: 512, atKeyword: true };
/**
 * Regex source for a credential under a short child key (`apiKey:`, `token =`) whose provider is named
 * on a parent YAML/JSON/TOML line instead (`datadog:\n  apiKey: …`); used by window rules keyed on the
 * provider's name. Group 1 is the value.
 */
function childKey(names, value) {
    return `(?:^|[\\s{,"'])(?:${names})["']?[ \\t]*(?:=|:)[ \\t]*["']?(${value})(?=[\\x60'"\\s;,)\\]}]|$)`;
}
/**
 * A keyed rule that also finds the credential under a child key within a window around the provider's
 * name (a parent YAML block, a `[provider]` TOML table, a client constructor a few lines on).
 */
function keyedOrNested(id, title, keyword, value, children, extra = {}) {
    return secret({
        id,
        title,
        re: `${keyed(keyword, value)}|${childKey(children, value)}`,
        kw: keyword.split('|').map((k) => k.replace(/\\/g, '').toLowerCase()),
        flags: 'gi',
        minEntropy: 3,
        multiline: true,
        window: [400, 800],
        ...extra,
    });
}
/** The same spec as `keyed`, case-insensitive and with the keyword as its only prefilter literal. */
function keyedSecret(id, title, keyword, value, extra = {}) {
    // Span mode across lines: one sticky attempt at each keyword, which also reaches a value on the
    // line after an XML element's opening tag.
    return secret({
        id,
        title,
        re: keyed(keyword, value),
        kw: keyword.split('|').map((k) => k.replace(/\\/g, '').toLowerCase()),
        flags: 'gi',
        minEntropy: 3,
        multiline: true,
        span: KEYED_SPAN,
        ...extra,
    });
}
/** Canonical UUID value source. */
const UUID_RE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secrets-cloud.ts

/** Cloud, infrastructure and observability credentials. */
const CLOUD_SECRET_RULES = [
    secret({
        id: 'aws-access-key-id',
        title: 'AWS access key ID',
        re: '\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b',
        kw: ['akia', 'asia', 'abia', 'acca'],
    }),
    keyedSecret('aws-secret-access-key', 'AWS secret access key', 'aws_secret_access_key|aws_secret_key|aws_secret|secretaccesskey|aws_key', '[A-Za-z0-9/+]{40}', { sev: 'critical', minEntropy: 3.5 }),
    keyedSecret('aws-session-token', 'AWS session token', 'aws_session_token|aws_security_token|sessiontoken', '[A-Za-z0-9/+=]{100,}', { minEntropy: 3.5 }),
    secret({ id: 'aws-mws-key', title: 'Amazon MWS auth token', re: `\\bamzn\\.mws\\.${UUID_RE}\\b`, kw: ['amzn.mws.'] }),
    secret({
        id: 'aws-bedrock-api-key',
        title: 'AWS Bedrock API key',
        re: '\\bABSK[A-Za-z0-9+/]{109,269}={0,2}',
        kw: ['absk'],
    }),
    secret({
        id: 'gcp-api-key',
        title: 'Google API key',
        re: '\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])',
        kw: ['aiza'],
        minEntropy: 3.5,
    }),
    secret({
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account key',
        re: '"private_key_id"\\s*:\\s*"([0-9a-f]{40})"',
        kw: ['private_key_id'],
        sev: 'critical',
        hashLike: true,
    }),
    secret({
        id: 'gcp-oauth-client-secret',
        title: 'Google OAuth client secret',
        re: '\\bGOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])',
        kw: ['gocspx-'],
    }),
    secret({
        id: 'google-oauth-access-token',
        title: 'Google OAuth access token',
        re: '\\bya29\\.[0-9A-Za-z_-]{30,}',
        kw: ['ya29.'],
    }),
    secret({
        id: 'google-oauth-refresh-token',
        title: 'Google OAuth refresh token',
        re: '\\b1//0[0-9A-Za-z_-]{40,}',
        kw: ['1//0'],
    }),
    secret({
        id: 'azure-storage-account-key',
        title: 'Azure storage account key',
        re: 'AccountKey=([A-Za-z0-9+/]{86}==)',
        kw: ['accountkey='],
        sev: 'critical',
    }),
    secret({
        id: 'azure-shared-access-key',
        title: 'Azure Service Bus / Event Hubs shared access key',
        re: 'SharedAccessKey=([A-Za-z0-9+/]{42,43}=)',
        kw: ['sharedaccesskey='],
    }),
    secret({
        id: 'azure-sas-token',
        title: 'Azure shared access signature',
        re: '\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s\'"<>]{0,300}?\\bsig=([A-Za-z0-9%+/]{40,}(?:%3D|=)?)',
        kw: ['sv=20', 'sv=19'],
    }),
    secret({
        id: 'azure-ad-client-secret',
        title: 'Azure AD (Entra ID) client secret',
        re: '(?:^|[\\\\\'"\\x60\\s>=:(,])([a-zA-Z0-9_~.]{3}\\dQ~[a-zA-Z0-9_~.-]{31,34})(?=$|[\\\\\'"\\x60\\s<),])',
        kw: ['q~'],
    }),
    keyedSecret('azure-devops-pat', 'Azure DevOps personal access token', 'azure_devops|azuredevops|ado_pat|ado_token|vsts|system_accesstoken|azure_pat', '[a-z2-7]{52}|[A-Za-z0-9]{84}', { minEntropy: 3.5 }),
    keyedSecret('azure-openai-key', 'Azure OpenAI key', 'azure_openai|azureopenai|openai_api_key_azure', '[a-f0-9]{32}', {
        hashLike: true,
    }),
    secret({
        id: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        re: '\\b(LTAI[A-Za-z0-9]{20})\\b',
        kw: ['ltai'],
    }),
    keyedSecret('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', 'alibaba|aliyun|alicloud', '[A-Za-z0-9]{30}', {
        minEntropy: 3.5,
    }),
    secret({ id: 'tencent-secret-id', title: 'Tencent Cloud SecretId', re: '\\b(AKID[A-Za-z0-9]{32})\\b', kw: ['akid'] }),
    secret({
        id: 'digitalocean-pat',
        title: 'DigitalOcean personal access token',
        re: '\\bdop_v1_[a-f0-9]{64}\\b',
        kw: ['dop_v1_'],
    }),
    secret({
        id: 'digitalocean-oauth-token',
        title: 'DigitalOcean OAuth token',
        re: '\\bdoo_v1_[a-f0-9]{64}\\b',
        kw: ['doo_v1_'],
    }),
    secret({
        id: 'digitalocean-refresh-token',
        title: 'DigitalOcean refresh token',
        re: '\\bdor_v1_[a-f0-9]{64}\\b',
        kw: ['dor_v1_'],
    }),
    keyedSecret('heroku-api-key', 'Heroku API key', 'heroku', UUID_RE, { hashLike: true }),
    secret({
        id: 'heroku-api-key-v2',
        title: 'Heroku API key (v2)',
        re: '\\bHRKU-AA[0-9a-zA-Z_-]{58}(?![0-9A-Za-z_-])',
        kw: ['hrku-'],
    }),
    keyedSecret('linode-token', 'Linode API token', 'linode', '[a-f0-9]{64}', { hashLike: true }),
    keyedSecret('vultr-api-key', 'Vultr API key', 'vultr', '[A-Z0-9]{36}'),
    keyedSecret('scaleway-secret-key', 'Scaleway secret key', 'scw_secret_key|scaleway', UUID_RE, { hashLike: true }),
    keyedSecret('ibm-cloud-api-key', 'IBM Cloud API key', 'ibm_cloud_api_key|ibmcloud_api_key|ibm_api_key|ic_api_key', '[A-Za-z0-9_-]{44}', { minEntropy: 3.5 }),
    // Terraform providers, external-dns and cert-manager values put the token under a `cloudflare:` block.
    keyedOrNested('cloudflare-api-token', 'Cloudflare API token', 'cloudflare|cf_api_token|cf_token', '[A-Za-z0-9_-]{40}', 'api[_-]?token|token', { minEntropy: 3.5 }),
    keyedOrNested('cloudflare-global-api-key', 'Cloudflare global API key', 'cloudflare|cf_api_key', '[a-f0-9]{37}', 'api[_-]?key|global[_-]?api[_-]?key', { hashLike: true }),
    secret({
        id: 'cloudflare-origin-ca-key',
        title: 'Cloudflare Origin CA key',
        re: '\\bv1\\.0-[a-f0-9]{24}-[a-f0-9]{146}\\b',
        kw: ['v1.0-'],
    }),
    keyedSecret('fastly-api-token', 'Fastly API token', 'fastly', '[A-Za-z0-9_-]{32}', { minEntropy: 3.5 }),
    keyedSecret('netlify-token', 'Netlify access token', 'netlify', '[A-Za-z0-9_-]{40,46}', { minEntropy: 3.5 }),
    keyedSecret('vercel-token', 'Vercel token', 'vercel', '[A-Za-z0-9]{24}', { minEntropy: 3.5 }),
    secret({
        id: 'flyio-token',
        title: 'Fly.io access token',
        re: '\\b(?:FlyV1 fm\\d+_[A-Za-z0-9+/=,_-]{100,}|fo1_[\\w-]{43})',
        kw: ['flyv1 fm', 'fo1_'],
    }),
    secret({
        id: 'hashicorp-vault-token',
        title: 'HashiCorp Vault token',
        // Service tokens are ~95 characters; tokens of a local (non-replicated) mount are 24.
        re: '\\bhv[sb]\\.[A-Za-z0-9_-]{24,120}(?![A-Za-z0-9_-])',
        kw: ['hvs.', 'hvb.'],
        sev: 'critical',
        // Random base62 has digits and both cases; a member access like `hvs.readConfigurationFile` has not.
        validate: (v) => /\d/.test(v) && /[A-Z]/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)),
    }),
    secret({
        id: 'terraform-cloud-token',
        title: 'Terraform Cloud / Enterprise API token',
        re: '\\b[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}\\b',
        kw: ['.atlasv1.'],
    }),
    secret({ id: 'pulumi-access-token', title: 'Pulumi access token', re: '\\bpul-[a-f0-9]{40}\\b', kw: ['pul-'] }),
    secret({
        id: 'doppler-token',
        title: 'Doppler token',
        // Service tokens may carry their config's name: `dp.st.prd.<40>`.
        re: '\\bdp\\.(?:pt|st(?:\\.[a-z0-9_-]{1,30})?|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}\\b',
        kw: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    }),
    secret({
        id: 'infracost-api-token',
        title: 'Infracost API token',
        re: '(?<![\\w.-])ico-[A-Za-z0-9]{32}\\b',
        kw: ['ico-'],
    }),
    secret({
        id: 'databricks-token',
        title: 'Databricks access token',
        re: '\\bdapi[a-f0-9]{32}(?:-\\d)?\\b',
        kw: ['dapi'],
    }),
    secret({
        id: 'planetscale-token',
        title: 'PlanetScale token or password',
        re: '\\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64}\\b',
        kw: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    }),
    secret({
        id: 'supabase-token',
        title: 'Supabase access or secret key',
        re: '\\b(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,})\\b',
        kw: ['sbp_', 'sb_secret_'],
    }),
    secret({ id: 'render-api-key', title: 'Render API key', re: '\\brnd_[A-Za-z0-9]{32}\\b', kw: ['rnd_'] }),
    // Okta SDK configs nest `token:` under `okta:\n  client:`.
    keyedOrNested('okta-api-token', 'Okta API token', '(?<![a-z])okta', '00[A-Za-z0-9_-]{40}', 'api[_-]?token|token', {
        kw: ['okta'],
        minEntropy: 3.5,
    }),
    secret({
        id: 'openshift-token',
        title: 'OpenShift user token',
        re: '\\bsha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])',
        kw: ['sha256~'],
    }),
    secret({
        id: 'dynatrace-token',
        title: 'Dynatrace API token',
        re: '\\bdt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}\\b',
        kw: ['dt0c01.'],
    }),
    secret({
        id: 'newrelic-user-api-key',
        title: 'New Relic user API key',
        re: '\\bNRAK-[A-Z0-9]{27}\\b',
        kw: ['nrak-'],
    }),
    secret({
        id: 'newrelic-insert-key',
        title: 'New Relic insights insert key',
        re: '\\bNRII-[A-Za-z0-9_-]{32}\\b',
        kw: ['nrii-'],
    }),
    secret({
        id: 'newrelic-browser-key',
        title: 'New Relic browser API token',
        re: '\\bNRJS-[a-f0-9]{19}\\b',
        kw: ['nrjs-'],
        sev: 'medium',
    }),
    secret({ id: 'newrelic-license-key', title: 'New Relic license key', re: '\\b[a-f0-9]{36}NRAL\\b', kw: ['nral'] }),
    // Helm values and agent configs nest the keys under a `datadog:` block (`apiKey:`, `appKey:`).
    keyedOrNested('datadog-api-key', 'Datadog API or application key', 'datadog|dd_api_key|dd_app_key|dd_application_key', '[a-f0-9]{40}|[a-f0-9]{32}', 'api[_-]?key|app[_-]?key|application[_-]?key', { hashLike: true }),
    secret({
        id: 'sentry-user-token',
        title: 'Sentry user auth token',
        re: '\\bsntryu_[a-f0-9]{64}\\b',
        kw: ['sntryu_'],
    }),
    secret({
        id: 'sentry-org-token',
        title: 'Sentry organization auth token',
        re: '\\bsntrys_eyJ[A-Za-z0-9+/=_-]{80,}',
        kw: ['sntrys_'],
    }),
    secret({
        id: 'grafana-service-account-token',
        title: 'Grafana service account token',
        re: '\\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\\b',
        kw: ['glsa_'],
    }),
    secret({
        id: 'grafana-cloud-token',
        title: 'Grafana Cloud API token',
        re: '\\bglc_[A-Za-z0-9+/]{32,400}={0,2}',
        kw: ['glc_'],
    }),
    secret({
        id: 'grafana-api-key',
        title: 'Grafana API key',
        re: '\\beyJrIjoi[A-Za-z0-9]{70,400}={0,2}',
        kw: ['eyjrijoi'],
    }),
    keyedSecret('algolia-admin-key', 'Algolia admin API key', 'algolia', '[a-f0-9]{32}', { hashLike: true }),
    // `algoliasearch('APPID', '<key>')`: the key is an argument, its kind (admin or search-only) not visible.
    secret({
        id: 'algolia-client-key',
        title: 'Algolia API key passed to the client',
        re: 'algoliasearch\\(\\s*["\'][A-Z0-9]{10}["\']\\s*,\\s*["\']([a-f0-9]{32})["\']',
        kw: ['algoliasearch'],
        sev: 'medium',
        hashLike: true,
    }),
    secret({
        id: 'mapbox-secret-token',
        title: 'Mapbox secret token',
        re: '\\bsk\\.eyJ[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,}',
        kw: ['sk.eyj'],
    }),
    keyedSecret('honeycomb-api-key', 'Honeycomb API key', 'honeycomb', '[A-Za-z0-9]{22}|hc[a-z]{2}[a-z]{2}_[a-z0-9]{58}', { minEntropy: 3.3 }),
    keyedSecret('splunk-hec-token', 'Splunk HEC token', 'splunk', UUID_RE, { hashLike: true }),
    secret({
        id: 'elastic-api-key',
        title: 'Elastic Cloud API key',
        re: '\\bessu_[A-Za-z0-9+/]{40,}={0,2}',
        kw: ['essu_'],
    }),
    keyedSecret('snowflake-password', 'Snowflake password', 'snowflake_password|snowsql_pwd', '[^\\s\'"]{8,64}', {
        minEntropy: 3,
    }),
    secret({
        id: 'kubernetes-bootstrap-token',
        title: 'Kubernetes bootstrap token',
        re: 'token(?:-id)?:\\s*["\']?([a-z0-9]{6}\\.[a-z0-9]{16})\\b',
        kw: ['token:', 'token-id:'],
        sev: 'medium',
    }),
    keyedSecret('kubeconfig-client-key', 'Kubernetes client key (kubeconfig)', 'client-key-data', '[A-Za-z0-9+/=]{100,}', { minEntropy: 4 }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/checksums.ts
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
let table;
/** CRC-32 (IEEE 802.3, as zlib) of a latin-1/ASCII string. */
function crc32(text) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i++)
        crc = table[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** Base62 encoding of an unsigned integer, left-padded with '0' to `width`. */
function base62(value, width) {
    let out = '';
    let n = value;
    while (n > 0) {
        out = BASE62[n % 62] + out;
        n = Math.floor(n / 62);
    }
    return out.padStart(width, '0');
}
/**
 * GitHub's token checksum: the last 6 characters are the CRC-32 of the 30-character random body,
 * base62-encoded (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * npm's granular tokens (`npm_`) use the same scheme. `token` is the part after the prefix's underscore.
 */
function validBase62Crc(body36) {
    if (body36.length !== 36)
        return false;
    return base62(crc32(body36.slice(0, 30)), 6) === body36.slice(30);
}
/** Builds a checksummed 36-character token body from a 30-character random part (tests and fixtures). */
function withBase62Crc(random30) {
    return random30 + base62(crc32(random30), 6);
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secrets-dev.ts


/** Checks the CRC-32 suffix of a GitHub or npm token (`prefix_` + 36 characters). */
function checksummed(value) {
    const body = value.slice(value.indexOf('_') + 1);
    return validBase62Crc(body);
}
/** Source control, CI/CD and package registry credentials. */
const DEV_SECRET_RULES = [
    secret({
        id: 'github-pat',
        title: 'GitHub personal access token (classic)',
        re: '\\bghp_[A-Za-z0-9]{36}\\b',
        kw: ['ghp_'],
        validate: checksummed,
    }),
    secret({
        id: 'github-oauth-token',
        title: 'GitHub OAuth access token',
        re: '\\bgho_[A-Za-z0-9]{36}\\b',
        kw: ['gho_'],
        validate: checksummed,
    }),
    secret({
        id: 'github-user-to-server-token',
        title: 'GitHub App user-to-server token',
        re: '\\bghu_[A-Za-z0-9]{36}\\b',
        kw: ['ghu_'],
        validate: checksummed,
    }),
    secret({
        id: 'github-server-to-server-token',
        title: 'GitHub App installation token',
        re: '\\bghs_[A-Za-z0-9]{36}\\b',
        kw: ['ghs_'],
        validate: checksummed,
    }),
    secret({
        id: 'github-refresh-token',
        title: 'GitHub App refresh token',
        re: '\\bghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36})\\b',
        kw: ['ghr_'],
        validate: (v) => v.length !== 40 || checksummed(v),
    }),
    secret({
        id: 'github-fine-grained-pat',
        title: 'GitHub fine-grained personal access token',
        re: '\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\\b',
        kw: ['github_pat_'],
    }),
    secret({
        id: 'gitlab-pat',
        title: 'GitLab personal access token',
        re: '\\bglpat-(?:[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])|[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7})',
        kw: ['glpat-'],
    }),
    secret({
        id: 'gitlab-pipeline-trigger-token',
        title: 'GitLab pipeline trigger token',
        re: '\\bglptt-[0-9a-f]{40}\\b',
        kw: ['glptt-'],
    }),
    secret({
        id: 'gitlab-runner-registration-token',
        title: 'GitLab runner registration token',
        re: '\\bGR1348941[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])',
        kw: ['gr1348941'],
        minEntropy: 3,
    }),
    secret({
        id: 'gitlab-runner-auth-token',
        title: 'GitLab runner authentication token',
        re: '\\bglrt-[A-Za-z0-9_-]{20,}',
        kw: ['glrt-'],
    }),
    secret({ id: 'gitlab-deploy-token', title: 'GitLab deploy token', re: '\\bgldt-[A-Za-z0-9_-]{20,}', kw: ['gldt-'] }),
    secret({
        id: 'gitlab-feed-token',
        title: 'GitLab feed token',
        re: '\\bglft-[A-Za-z0-9_-]{20,}',
        kw: ['glft-'],
        sev: 'medium',
    }),
    secret({
        id: 'gitlab-oauth-secret',
        title: 'GitLab OAuth application secret',
        re: '\\bgloas-[A-Za-z0-9_-]{64}',
        kw: ['gloas-'],
    }),
    secret({
        id: 'gitlab-incoming-mail-token',
        title: 'GitLab incoming mail token',
        re: '\\bglimt-[A-Za-z0-9_-]{25}',
        kw: ['glimt-'],
        sev: 'medium',
    }),
    secret({
        id: 'gitlab-agent-token',
        title: 'GitLab Kubernetes agent token',
        re: '\\bglagent-[A-Za-z0-9_-]{50}',
        kw: ['glagent-'],
    }),
    secret({ id: 'gitlab-scim-token', title: 'GitLab SCIM token', re: '\\bglsoat-[A-Za-z0-9_-]{20}', kw: ['glsoat-'] }),
    secret({
        id: 'gitlab-ci-job-token',
        title: 'GitLab CI job token',
        re: '\\bglcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}',
        kw: ['glcbt-'],
        sev: 'medium',
    }),
    secret({
        id: 'gitlab-feature-flag-token',
        title: 'GitLab feature flags client token',
        re: '\\bglffct-[A-Za-z0-9_-]{20}',
        kw: ['glffct-'],
        sev: 'medium',
    }),
    secret({
        id: 'atlassian-api-token',
        title: 'Atlassian (Jira, Confluence, Bitbucket) API token',
        re: '\\bATATT3[A-Za-z0-9_\\-=]{186}',
        kw: ['atatt3'],
    }),
    secret({
        id: 'bitbucket-app-password',
        title: 'Bitbucket app password',
        re: '\\bATBB[a-zA-Z0-9]{32}\\b',
        kw: ['atbb'],
    }),
    keyedSecret('bitbucket-client-secret', 'Bitbucket client secret', 'bitbucket', '[a-z0-9_-]{64}', { minEntropy: 3.5 }),
    keyedSecret('jira-api-token', 'Jira / Confluence API token', 'jira|confluence|atlassian', '[a-zA-Z0-9]{24}', {
        minEntropy: 3.5,
        // Generated tokens hold digits; a 24-letter camelCase word after `confluence` is a method name.
        validate: (v) => /\d/.test(v),
    }),
    secret({
        id: 'circleci-token',
        title: 'CircleCI personal or project token',
        re: '\\bCCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}\\b',
        kw: ['ccipat_', 'cciprj_'],
    }),
    keyedSecret('travis-ci-token', 'Travis CI token', 'travis', '[A-Za-z0-9_-]{22}', { minEntropy: 3.5 }),
    secret({
        id: 'buildkite-token',
        title: 'Buildkite agent or API token',
        re: '\\bbk(?:ua|ab)_[a-f0-9]{40}\\b',
        kw: ['bkua_', 'bkab_'],
    }),
    keyedSecret('drone-ci-token', 'Drone CI token', 'drone', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
    secret({ id: 'jfrog-api-key', title: 'JFrog Artifactory API key', re: '\\bAKCp[A-Za-z0-9]{69}\\b', kw: ['akcp'] }),
    secret({
        id: 'jfrog-reference-token',
        title: 'JFrog reference token',
        re: '\\bcmVmdGtu[A-Za-z0-9]{56}\\b',
        kw: ['cmvmdgtu'],
    }),
    secret({
        id: 'sonarqube-token',
        title: 'SonarQube / SonarCloud token',
        re: '\\bsq[upa]_[a-f0-9]{40}\\b',
        kw: ['squ_', 'sqp_', 'sqa_'],
    }),
    keyedSecret('snyk-token', 'Snyk API token', 'snyk', UUID_RE, { hashLike: true }),
    keyedSecret('codecov-token', 'Codecov upload token', 'codecov', `${UUID_RE}|[a-f0-9]{32}`, {
        hashLike: true,
        sev: 'medium',
    }),
    secret({
        id: 'docker-hub-token',
        title: 'Docker Hub access token',
        re: '\\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])',
        kw: ['dckr_pat_', 'dckr_oat_'],
    }),
    secret({
        id: 'docker-config-auth',
        title: 'Docker registry credentials (config.json auth)',
        re: '"auth"\\s*:\\s*"([A-Za-z0-9+/]{16,}={0,2})"',
        kw: ['"auth"'],
        minEntropy: 3,
    }),
    secret({ id: 'octopus-deploy-api-key', title: 'Octopus Deploy API key', re: '\\bAPI-[A-Z0-9]{26}\\b', kw: ['api-'] }),
    secret({
        id: 'harness-token',
        title: 'Harness access token',
        re: '\\b(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}\\b',
        kw: ['pat.', 'sat.'],
    }),
    secret({
        id: 'postman-api-key',
        title: 'Postman API key',
        re: '\\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\\b',
        kw: ['pmak-'],
    }),
    secret({ id: 'readme-api-key', title: 'ReadMe API key', re: '\\brdme_[a-z0-9]{70}\\b', kw: ['rdme_'] }),
    secret({ id: 'prefect-api-key', title: 'Prefect API key', re: '\\bpnu_[A-Za-z0-9]{36}\\b', kw: ['pnu_'] }),
    secret({
        id: 'age-secret-key',
        title: 'age encryption secret key',
        re: '\\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\\b',
        kw: ['age-secret-key-1'],
        sev: 'critical',
    }),
    secret({
        id: 'npm-access-token',
        title: 'npm access token',
        re: '\\bnpm_[A-Za-z0-9]{36}\\b',
        kw: ['npm_'],
        validate: checksummed,
    }),
    secret({
        id: 'npmrc-auth-token',
        title: 'npm registry auth token (.npmrc)',
        re: ':_authToken\\s*=\\s*([^\\s\'"]{16,})',
        kw: ['_authtoken'],
        minEntropy: 3,
        // Legacy npm tokens are bare UUIDs: here that shape is the credential, not an identifier.
        hashLike: true,
    }),
    secret({
        id: 'npmrc-basic-auth',
        title: 'npm registry basic credentials (.npmrc)',
        re: '(?:^|:)_(?:auth|password)\\s*=\\s*["\']?([A-Za-z0-9+/]{12,}={0,2})',
        kw: ['_auth', '_password'],
        flags: 'gm',
        minEntropy: 3,
    }),
    secret({
        id: 'yarn-npm-auth-token',
        title: 'Yarn npmAuthToken',
        re: 'npmAuth(?:Token|Ident)\\s*:\\s*["\']?([^\\s\'"]{16,})',
        kw: ['npmauthtoken', 'npmauthident'],
        minEntropy: 3,
    }),
    secret({
        id: 'pypi-token',
        title: 'PyPI upload token',
        re: '\\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}',
        kw: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    }),
    secret({ id: 'rubygems-api-key', title: 'RubyGems API key', re: '\\brubygems_[a-f0-9]{48}\\b', kw: ['rubygems_'] }),
    secret({ id: 'nuget-api-key', title: 'NuGet API key', re: '\\boy2[a-z0-9]{43}\\b', kw: ['oy2'] }),
    secret({ id: 'clojars-token', title: 'Clojars deploy token', re: '\\bCLOJARS_[a-z0-9]{60}\\b', kw: ['clojars_'] }),
    secret({ id: 'crates-io-token', title: 'crates.io API token', re: '\\bcio[a-zA-Z0-9]{32}\\b', kw: ['cio'] }),
    keyedSecret('gradle-publish-secret', 'Gradle plugin portal secret', 'gradle\\.publish\\.secret|gradle\\.publish\\.key', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
    secret({
        id: 'maven-settings-password',
        title: 'Maven settings.xml server password',
        re: '<password>([^<$\\s{}]{8,})</password>',
        kw: ['<password>'],
        minEntropy: 2.8,
    }),
    secret({
        id: 'shopify-token',
        title: 'Shopify access token or shared secret',
        re: '\\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\\b',
        kw: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    }),
    secret({
        id: 'one-password-service-account-token',
        title: '1Password service account token',
        re: '\\bops_eyJ[A-Za-z0-9+/]{250,}={0,3}',
        kw: ['ops_eyj'],
        sev: 'critical',
    }),
    secret({
        id: 'one-password-secret-key',
        title: '1Password account secret key',
        re: '\\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\\b',
        kw: ['a3-'],
        sev: 'critical',
    }),
    secret({ id: 'linear-api-key', title: 'Linear API key', re: '\\blin_api_[A-Za-z0-9]{40}\\b', kw: ['lin_api_'] }),
    secret({ id: 'figma-token', title: 'Figma personal access token', re: '\\bfigd_[A-Za-z0-9_-]{40}', kw: ['figd_'] }),
    secret({
        id: 'contentful-token',
        title: 'Contentful personal access token',
        re: '\\bCFPAT-[A-Za-z0-9_-]{43}',
        kw: ['cfpat-'],
    }),
    secret({ id: 'frameio-token', title: 'Frame.io API token', re: '\\bfio-u-[A-Za-z0-9_=-]{64}', kw: ['fio-u-'] }),
    secret({ id: 'adobe-client-secret', title: 'Adobe client secret', re: '\\bp8e-[A-Za-z0-9]{32}\\b', kw: ['p8e-'] }),
    keyedSecret('launchdarkly-token', 'LaunchDarkly access token', 'launchdarkly', `api-${UUID_RE}|sdk-${UUID_RE}`, {
        hashLike: true,
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secrets-generic.ts


/** True when a PEM block has a real body rather than `...` or a few placeholder characters. */
function pemBody(block) {
    const body = block
        .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
        .replace(/^[A-Za-z-]+:.*$/gm, '')
        .replace(/\\n/g, '')
        .replace(/[\s"'+,]/g, '');
    return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body.slice(0, 64)) && !/(.)\1{20}/.test(body);
}
/** True when a JWT's header decodes to JSON with an `alg` field. */
function jwtHeader(token) {
    try {
        const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
        return typeof header === 'object' && header !== null && 'alg' in header;
    }
    catch {
        return false;
    }
}
/** Generic values must look like generated credentials, not identifiers, paths or words. */
function credentialLike(value, needDigit) {
    if (/^(?:https?:|\.{0,2}\/|[A-Za-z]:\\)/.test(value))
        return false;
    // Member chains, optional (`a?.b`) and non-null (`a!.b`) ones and `$`-names included, are code.
    const chain = value.replace(/[?!]\./g, '.');
    if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(chain) && !/\d/.test(chain))
        return false;
    // A code reference ending in a member name (`X25519.secret_length`), digits in the object's name or not.
    if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[a-z]+(?:_[a-z]+)*$/.test(chain))
        return false;
    // A namespaced identifier (`xsd:string`, `clm5:AgencyIdentificationCodeContentType`).
    if (/^[\w.-]*:[A-Za-z]+$/.test(value))
        return false;
    // A Telegram bot token's shape (`<bot id>:A…`) that the Telegram rules rejected: bot id or secret of the wrong length.
    if (/^\d{3,}:A[\w-]*$/.test(value))
        return false;
    // A constant naming a credential (`NEXUS-GPT4-API-KEY`), not holding one.
    if (/^[A-Z0-9]+(?:[-_][A-Z0-9]+)+$/.test(value) &&
        /(?:^|[-_])(?:KEY|TOKEN|SECRET|PASSWORD|NAME)(?:$|[-_])/.test(value))
        return false;
    // A resource name of short kebab-case parts (`cmp2-qat-1208358310`).
    if (/^(?=.*-[a-z]{2,}-)[a-z0-9]{1,10}(?:-[a-z0-9]{1,12}){2,}$/.test(value))
        return false;
    // A Slack token shape the Slack rules rejected (segments of the wrong length).
    if (/^xox[a-z]-/.test(value))
        return false;
    if (/^[a-z]+(?:[_-][a-z]+)*$/i.test(value))
        return false;
    if (/^\d+$/.test(value) || /^(?:true|false|null|none|undefined)$/i.test(value))
        return false;
    if (isPublicByDesign(value))
        return false;
    return needDigit ? /\d/.test(value) && /[A-Za-z]/.test(value) : true;
}
/**
 * True when the name the value is assigned to says it is not a credential: an id, a name, a length
 * or a URL of one (`credentialId`, `token_url`), a public or publishable key, a CSRF token (a
 * per-session value). The name is read from the match and the characters before it.
 */
function nonSecretName(m) {
    // The match starts at the keyword: the name is the word characters before it and its own up to the operator.
    const before = m.input.slice(Math.max(0, m.index - 40), m.index);
    const name = `${/[\w.$-]*$/.exec(before)?.[0] ?? ''}${m[0].split(/[\s=:>,("'\x60]/)[0] ?? ''}`;
    if (/(?:^|[^a-z])(?:public|publishable|csrf|xsrf)(?:[^a-z]|[A-Z]|$)/i.test(name) ||
        /^(?:public|csrf|xsrf)/i.test(name))
        return true;
    // `pass` inside a word about something else: a bundler's `_stream_passthrough: "readable-stream/…"`
    // alias map was reported as a password five times per bundle.
    if (/pass(?:through|thru|port|age|enger|ive)|(?:by|com|sur)pass/i.test(name))
        return true;
    // A keyword straddling a camelCase boundary belongs to other words: `chunkGroupAsset` holds `pAss`
    // (webpack's schema map in a bundle was reported four times per copy).
    if (/[a-z][A-Z]/.test(m[0].slice(0, 3)))
        return true;
    return /(?:id|ids|name|names|type|length|len|size|count|url|uri|path|file|field|header|param|prefix|suffix|format|ttl|expiry)$/i.test(name);
}
/**
 * A Kubernetes Secret `data:` value: base64 of something credential-like, not a certificate, a
 * placeholder, a host name or a word (https://kubernetes.io/docs/concepts/configuration/secret/).
 */
/** Lines a Secret's `data:` key may sit above a value (as many indented lines may come between). */
const DATA_LOOKBACK = 40;
/**
 * True when the line starting at `index` of `text` is a child of a `data:` key: walking up through
 * indented lines (at most DATA_LOOKBACK), the first line indented less than it is `data:`.
 */
function underDataKey(text, index) {
    const indentOf = (line) => line.length - line.trimStart().length;
    // The match starts at its line's start, with the value's indentation.
    const own = /^[ \t]*/.exec(text.slice(index, index + 256))[0].length;
    let end = index - 1;
    for (let n = 0; n <= DATA_LOOKBACK && end >= 0; n++) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        const line = text.slice(start, end).replace(/\r$/, '');
        end = start - 1;
        if (line.trim() === '')
            continue;
        if (indentOf(line) < own)
            return /^[ \t]*data:[ \t]*$/.test(line);
    }
    return false;
}
function k8sSecretValue(value) {
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    if (decoded.length < 6 || decoded.startsWith('-----BEGIN CERTIFICATE'))
        return false;
    const text = decoded.trim();
    return (!isExampleOrPlaceholder(text) &&
        credentialLike(text, false) &&
        !/^[\w.-]+\.(?:svc|local|internal|com|io|net|org)$/.test(text));
}
const pem = (id, title, label, kw, sev = 'critical') => secret({
    id,
    title,
    re: `-----BEGIN ${label}-----[\\s\\S]{32,8192}?-----END ${label}-----`,
    kw: [kw],
    sev,
    validate: pemBody,
    multiline: true,
});
/** Names reserved for documentation (RFC 2606): `example.com`, `.net`, `.org` and the `.example` TLD. */
const DOCUMENTATION_HOST = /^(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.example)$/i;
/**
 * A URL's credentials are not an example: its host (after the first `@`, up to a port, path or
 * punctuation) is not reserved for documentation, as in Node's own `new URL('https://abc:xyz@example.com')`.
 */
function notDocumentationHost(_password, match) {
    const rest = match[0].slice(match[0].indexOf('@') + 1);
    const host = /^[\w.-]*/.exec(rest)[0].replace(/\.+$/, '');
    return !DOCUMENTATION_HOST.test(host);
}
/**
 * URL credentials `scheme://user:password@host`: group 1 is the password. Every scheme must start
 * with one of `kw` (the match is tried only at keyword occurrences). SQLAlchemy names the driver
 * after a `+` (`postgresql+psycopg2://`); Redis ACL-less auth leaves the user empty (`rediss://:pw@host`).
 */
const url = (id, title, schemes, kw) => secret({
    id,
    title,
    re: `\\b(?:${schemes})(?:\\+[a-z0-9]+)?://[^\\s:@/'"\`<>]{0,64}:([^\\s@/'"\`<>]{3,128})@[^\\s'"\`<>]+`,
    kw,
    sev: 'critical',
    // Starts at the scheme; the password ends within 215 characters (scheme, 64 for the user, 128 for
    // the password, `@` and the host's first character; a span that cuts the host still holds it).
    span: { before: 0, after: 256, atKeyword: true, userinfo: true },
    validate: notDocumentationHost,
});
/**
 * The generic assignment rules' matches start at a keyword (`db_pass` and `client_secret` at their
 * `pass` and `secret`: the value found is the same). Before it: what the `define('…', '…')`
 * lookbehind reads (a quote and up to 60 name characters). After it: name suffix, operator with its
 * type annotation, and a quoted value of up to 128 characters. Past the name, an operator or a
 * quote must come (`follows`): most `token` and `credential` in code are followed by `.` or `(`.
 */
const GENERIC_SPAN = { before: 61, after: 512, atKeyword: true, follows: ` \t'"=:?.>` };
// Shared by the generic assignment rules. The operator may follow a type annotation (`const API_TOKEN:
// &str =` in Rust, `val key: String =` in Kotlin, `const k: string =` in TypeScript, `var p string =` in Go).
const TYPE = `(?:&(?:'static[ \\t]+)?)?[A-Za-z_][\\w.]*(?:<[\\w ,.<>?]*>)?(?:\\[\\])?\\??`;
const OPERATOR = `(?:[ \\t'"]{0,3}(?::{1,3}=|=|:|=>|\\?\\??=|\\.=)|:[ \\t]*${TYPE}[ \\t]*=(?!=)|[ \\t]+string[ \\t]*=(?!=))`;
const BARE = '[A-Za-z0-9_\\-+/=.!?$@#%^&*~]';
const QUOTED = `["'\`]([^"'\`\\s$<>{}]{8,128})["'\`]`;
// The value is a quoted literal or a bare token at end of line; or, after a quoted name and a comma, a
// quoted literal: `define('DB_PASSWORD', '…')` (PHP), `ENV.fetch("API_TOKEN", "…")`, `setdefault(…)`.
const ASSIGN = `(?:${OPERATOR}(?:[ \\t]{0,3})(?:${QUOTED}|(${BARE}{12,128})(?=\\s*(?:$|#|;|,)|\\\\[nrt]))` +
    // An XML element's text, on the tag's line or the next: `<apiToken>\n    value\n</apiToken>`.
    `|>[ \\t]*(?:\\r?\\n[ \\t]*)?(${BARE}{8,128})[ \\t]*(?:\\r?\\n[ \\t]*)?</` +
    // The name must be a whole quoted identifier: `'DB_PASSWORD',`, not the tail of `'a|b_pwd',`.
    `|(?<=["'][\\w.-]{1,60})["'][ \\t]*,[ \\t]*${QUOTED})`;
/** Private keys, tokens with a structure (JWT), database URLs and connection strings, generic assignments. */
const GENERIC_SECRET_RULES = [
    pem('private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY', 'rsa private key'),
    pem('private-key-ec', 'EC private key', 'EC PRIVATE KEY', 'ec private key'),
    pem('private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY', 'dsa private key'),
    pem('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY', 'openssh private key'),
    pem('private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY', 'begin private key'),
    pem('private-key-encrypted', 'Encrypted PKCS#8 private key', 'ENCRYPTED PRIVATE KEY', 'encrypted private key', 'medium'),
    pem('private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK', 'pgp private key block'),
    pem('private-key-ssh2', 'SSH2 encrypted private key', 'SSH2 ENCRYPTED PRIVATE KEY', 'ssh2 encrypted private key', 'high'),
    secret({
        id: 'private-key-putty',
        title: 'PuTTY private key',
        re: 'PuTTY-User-Key-File-\\d: [\\w-]+\\s+Encryption: none',
        kw: ['putty-user-key-file'],
        sev: 'critical',
    }),
    secret({
        id: 'jwt',
        title: 'JSON Web Token',
        re: '\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,}',
        kw: ['eyj'],
        sev: 'medium',
        validate: jwtHeader,
    }),
    url('postgres-url', 'PostgreSQL URL with password', 'postgres|postgresql|postgis|timescaledb', [
        'postgres',
        'postgis',
        'timescaledb',
    ]),
    url('mysql-url', 'MySQL / MariaDB URL with password', 'mysql|mysql2|mariadb|mysqlx', ['mysql', 'mariadb']),
    url('mongodb-url', 'MongoDB URL with password', 'mongodb|mongodb\\+srv', ['mongodb']),
    url('redis-url', 'Redis URL with password', 'redis|rediss|valkey', ['redis', 'valkey']),
    url('amqp-url', 'AMQP (RabbitMQ) URL with password', 'amqp|amqps', ['amqp']),
    url('mssql-url', 'SQL Server URL with password', 'mssql|sqlserver', ['mssql', 'sqlserver']),
    url('clickhouse-url', 'ClickHouse / CockroachDB / Neo4j URL with password', 'clickhouse|cockroachdb|neo4j|neo4j\\+s|bolt|couchbase|couchbases|cassandra', ['clickhouse', 'cockroachdb', 'neo4j', 'bolt', 'couchbase', 'cassandra']),
    url('ldap-url', 'LDAP URL with password', 'ldap|ldaps', ['ldap']),
    url('ftp-url', 'FTP / SFTP URL with password', 'ftp|ftps|sftp', ['ftp', 'sftp']),
    url('smtp-url', 'SMTP URL with password', 'smtp|smtps|imap|imaps|pop3', ['smtp', 'imap', 'pop3']),
    url('http-basic-auth-url', 'HTTP URL with embedded password', 'https?', ['http']),
    secret({
        id: 'jdbc-password',
        title: 'JDBC URL with password',
        re: 'jdbc:[a-z0-9]+:[^\\s\'"]*[?;&]password=([^;&\\s\'"]{4,})',
        kw: ['jdbc:'],
        flags: 'gi',
        sev: 'critical',
    }),
    secret({
        id: 'jdbc-oracle-password',
        title: 'Oracle JDBC URL with password',
        // The thin and OCI drivers take `user/password@` before the host: `jdbc:oracle:thin:scott/tiger@//db:1521/svc`.
        re: 'jdbc:oracle:(?:thin|oci8?):[A-Za-z0-9_$#.]{1,64}/([^@\\s\'"/]{3,128})@',
        kw: ['jdbc:oracle:'],
        flags: 'gi',
        sev: 'critical',
    }),
    secret({
        id: 'pgpass-password',
        title: 'PostgreSQL password file entry',
        // https://www.postgresql.org/docs/current/libpq-pgpass.html: hostname:port:database:username:password.
        re: '^[^:\\s#][^:\\s]*:(?:\\d{1,5}|\\*):[^:\\s]+:[^:\\s]+:([^\\s]{3,128})[ \\t]*$',
        // No keyword: the rule is limited to pgpass files by name, and each is read whole (any port).
        kw: [],
        flags: 'gm',
        sev: 'critical',
        files: ['**/.pgpass', '**/pgpass.conf', '**/*.pgpass'],
    }),
    secret({
        id: 'netrc-password',
        title: 'Password in a .netrc file',
        // https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html: every `password`
        // token there is a credential (API tokens included, which may be UUIDs or hex).
        re: '(?:^|\\s)password\\s+(?:"([^"]{3,128})"|([^\\s"]{3,128}))',
        kw: ['password'],
        flags: 'gm',
        sev: 'critical',
        hashLike: true,
        files: ['**/.netrc', '**/_netrc'],
    }),
    secret({
        id: 'connection-string-password',
        title: 'Connection string with password',
        // ADO.NET keys come in any order: the server may come before or after the password.
        re: '(?:Server|Data Source|Host|Address)=[^;\'"\\n]{1,200};[^\'"\\n]{0,300}?\\b(?:Password|Pwd)=([^;\'"\\s]{4,})' +
            '|\\b(?:Password|Pwd)=([^;\'"\\s]{4,});(?=[^\'"\\n]{0,300}?\\b(?:Server|Data Source|Host|Address)=)',
        kw: ['password=', 'pwd='],
        flags: 'gi',
        sev: 'critical',
    }),
    secret({
        id: 'kubernetes-secret-data',
        title: 'Kubernetes Secret data value',
        // Values under `data:` of a `kind: Secret` manifest are only base64-encoded, not encrypted; they need
        // no digit or key name to be credentials. Window mode: `kind:` may sit above or below `data:`.
        // The `data:` parent is found by `validate` walking up the lines: a lookbehind over up to 40
        // indented lines backtracked exponentially on indented code (a scan of this file never ended).
        re: '(?<=^|\\n)[ \\t]+[\\w.-]+:[ \\t]*["\']?([A-Za-z0-9+/]{16,}={0,2})["\']?[ \\t]*(?=\\r?\\n|$)',
        kw: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
        multiline: true,
        window: [3000, 6000],
        minEntropy: 3.3,
        validate: (value, m) => underDataKey(m.input, m.index) && k8sSecretValue(value),
    }),
    secret({
        id: 'authorization-basic',
        title: 'HTTP Basic credentials',
        re: 'Authorization["\']?\\s*[:=,]\\s*["\']?Basic\\s+([A-Za-z0-9+/]{16,}={0,2})',
        kw: ['basic '],
        flags: 'gi',
        minEntropy: 3,
    }),
    secret({
        id: 'authorization-bearer',
        title: 'HTTP Bearer token',
        re: 'Authorization["\']?\\s*[:=,]\\s*["\']?Bearer\\s+([A-Za-z0-9._~+/-]{24,}=*)',
        kw: ['bearer '],
        flags: 'gi',
        minEntropy: 3.5,
        generic: true,
    }),
    secret({
        id: 'curl-user-password',
        title: 'Password in a curl command',
        // The password runs to the next blank or quote: it may hold `@`, unlike a URL's.
        re: '\\bcurl\\b[^\\n]{0,200}?\\s(?:-u|--user)\\s+["\']?[^:\\s\'"]+:([^\\s\'"]{6,})',
        kw: ['curl'],
        minEntropy: 2.5,
    }),
    secret({
        id: 'htpasswd-hash',
        title: 'htpasswd password hash',
        re: '^[A-Za-z0-9._-]+:(\\$apr1\\$[./0-9A-Za-z]{8}\\$[./0-9A-Za-z]{22}|\\$2[aby]\\$\\d\\d\\$[./0-9A-Za-z]{53})$',
        kw: ['$apr1$', '$2y$', '$2a$', '$2b$'],
        flags: 'gm',
        sev: 'medium',
        hashLike: true,
    }),
    secret({
        id: 'generic-password',
        title: 'Hard-coded password',
        re: `(?:password|passwd|passphrase|pwd|db_pass|pass)(?:[_-]?[a-z0-9]{0,12})${ASSIGN}`,
        kw: ['pass', 'pwd'],
        flags: 'gim',
        minEntropy: 2.8,
        generic: true,
        // Multi-line only so that an XML element's text on the next line is reached.
        multiline: true,
        span: GENERIC_SPAN,
        validate: (v, m) => credentialLike(v, false) && !nonSecretName(m),
    }),
    secret({
        id: 'generic-secret',
        title: 'Hard-coded secret, API key or token',
        re: `(?:secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|access[_-]?token|client[_-]?secret|private[_-]?key|credentials?|token)(?:[_-]?[a-z0-9]{0,12})${ASSIGN}`,
        // Not plain 'key': it is everywhere in code, and every generic key name has a longer form.
        kw: [
            'secret',
            'api_key',
            'api-key',
            'apikey',
            'access_key',
            'access-key',
            'accesskey',
            'private_key',
            'private-key',
            'privatekey',
            'auth_token',
            'authtoken',
            'token',
            'credential',
        ],
        flags: 'gim',
        minEntropy: 3.5,
        generic: true,
        multiline: true,
        span: GENERIC_SPAN,
        validate: (v, m) => credentialLike(v, true) && !nonSecretName(m),
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secrets-keyed.ts

/** True when a base64 string decodes to a JSON Web Token whose header is JSON with an `alg` field. */
function base64Jwt(value) {
    const decoded = Buffer.from(value.replace(/[\r\n\\]+|\\[nr]/g, ''), 'base64').toString('latin1');
    const m = /^eyJ[A-Za-z0-9_-]+(?=\.eyJ)/.exec(decoded);
    if (!m)
        return false;
    try {
        const header = JSON.parse(Buffer.from(m[0], 'base64url').toString('utf8'));
        return typeof header === 'object' && header !== null && 'alg' in header;
    }
    catch {
        return false;
    }
}
const HEX = (n) => `[a-f0-9]{${n}}`;
/**
 * Credentials whose value has no prefix of its own (a UUID, hex or digits), found only as the value
 * of a name that holds the provider's name (`SNYK_TOKEN=…`, `<discordSecret>…</discordSecret>`), and
 * prefixed tokens not covered elsewhere (Vault batch tokens, Slack configuration refresh tokens,
 * Sourcegraph tokens, base64-encoded JWTs). Formats from the providers' documentation.
 */
const KEYED_SECRET_RULES = [
    keyedSecret('adobe-client-id', 'Adobe client id', 'adobe', HEX(32), { hashLike: true, sev: 'medium' }),
    // Short values whose entropy the generic rules' 3.5 bits threshold misses half the time.
    keyedSecret('airtable-api-key', 'Airtable API key (unprefixed)', 'airtable', '[a-z0-9]{17}', { minEntropy: 2.8 }),
    keyedSecret('linkedin-client-id', 'LinkedIn client id', 'linkedin|linked_in|linked-in', '[a-z0-9]{14}', {
        minEntropy: 2.8,
        sev: 'medium',
    }),
    keyedSecret('looker-client-id', 'Looker API client id', 'looker', '[a-z0-9]{20}', { minEntropy: 2.8, sev: 'medium' }),
    keyedSecret('looker-client-secret', 'Looker API client secret', 'looker', '[a-z0-9]{24}', { minEntropy: 2.8 }),
    keyedSecret('asana-client-id', 'Asana client id', 'asana', '\\d{16}', { minEntropy: 2, sev: 'medium' }),
    keyedSecret('asana-client-secret', 'Asana client secret', 'asana', '[a-z0-9]{32}', { hashLike: true }),
    keyedSecret('discord-api-key', 'Discord API key', 'discord', HEX(64), { hashLike: true }),
    keyedSecret('discord-client-id', 'Discord client id', 'discord', '\\d{18}', { minEntropy: 2, sev: 'medium' }),
    keyedSecret('discord-client-secret', 'Discord client secret', 'discord', '[a-z0-9=_-]{32}', {
        hashLike: true,
        minEntropy: 2.5,
    }),
    keyedSecret('dropbox-app-key', 'Dropbox API key', 'dropbox', '[a-z0-9]{15}', { sev: 'medium' }),
    keyedSecret('finicity-api-token', 'Finicity API token', 'finicity', HEX(32), { hashLike: true }),
    keyedSecret('finicity-client-secret', 'Finicity client secret', 'finicity', '[a-z0-9]{20}'),
    keyedSecret('hubspot-api-key', 'HubSpot API key', 'hubspot', UUID_RE, { hashLike: true }),
    keyedSecret('kucoin-access-token', 'KuCoin API key', 'kucoin', HEX(24), { hashLike: true }),
    keyedSecret('kucoin-secret-key', 'KuCoin API secret', 'kucoin', UUID_RE, { hashLike: true }),
    keyedSecret('linear-client-secret', 'Linear OAuth client secret', 'linear', HEX(32), { hashLike: true }),
    // Not inside a word (`CameraKit`).
    keyedSecret('meraki-api-key', 'Cisco Meraki API key', '(?<![a-z])meraki', HEX(40), {
        hashLike: true,
        kw: ['meraki'],
        validate: (v) => v === v.toLowerCase(),
    }),
    keyedSecret('messagebird-client-id', 'MessageBird client id', 'messagebird|message_bird|message-bird', UUID_RE, {
        hashLike: true,
        sev: 'medium',
    }),
    keyedSecret('sendbird-access-token', 'Sendbird API token', 'sendbird', HEX(40), { hashLike: true }),
    keyedSecret('sendbird-app-id', 'Sendbird application id', 'sendbird', UUID_RE, { hashLike: true, sev: 'medium' }),
    keyedSecret('sentry-access-token', 'Sentry access token (unprefixed)', 'sentry', HEX(64), { hashLike: true }),
    keyedSecret('sonar-token', 'SonarQube / SonarCloud token (unprefixed)', 'sonar', '(?:sq[upa]_)?[a-z0-9=_-]{40}', {
        hashLike: true,
    }),
    keyedSecret('sourcegraph-token', 'Sourcegraph access token (unprefixed)', 'sourcegraph', HEX(40), {
        hashLike: true,
    }),
    keyedSecret('squarespace-access-token', 'Squarespace API key', 'squarespace', UUID_RE, { hashLike: true }),
    // `sumo` as a word or `sumologic`, not the start of `sumOf`.
    keyedSecret('sumologic-access-id', 'Sumo Logic access id', 'sumo(?=logic|[^a-z]|$)', 'su[a-zA-Z0-9]{12}', {
        sev: 'medium',
        kw: ['sumo'],
    }),
    // Bot tokens are `<bot id>:<35 characters>`; the bot id has 5–16 digits, the secret part starts with `A`.
    keyedSecret('telegram-bot-token-keyed', 'Telegram bot token', 'telegr', '\\d{5,16}:A[a-z0-9_-]{34}'),
    keyedSecret('sidekiq-enterprise-credentials', 'Sidekiq Enterprise / Pro gem server credentials', 'bundle_enterprise__contribsys__com|bundle_gems__contribsys__com', '[a-f0-9]{8}:[a-f0-9]{8}', { hashLike: true, minEntropy: 2 }),
    secret({
        id: 'sidekiq-gem-server-url',
        title: 'Sidekiq Enterprise / Pro gem server URL with credentials',
        re: '\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![\\w.-])',
        kw: ['contribsys.com'],
        flags: 'gi',
        hashLike: true,
    }),
    // Bot tokens before Slack added a third number (`xoxb-<team>-<secret>`).
    secret({
        id: 'slack-legacy-bot-token',
        title: 'Slack legacy bot token',
        re: '(?<![\\w-])xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}(?![\\w-])',
        kw: ['xoxb-'],
        minEntropy: 3,
    }),
    secret({
        id: 'vault-batch-token',
        title: 'HashiCorp Vault batch token',
        re: '\\bhvb\\.[\\w-]{138,300}(?![\\w-])',
        kw: ['hvb.'],
        minEntropy: 3.5,
    }),
    secret({
        id: 'slack-config-refresh-token',
        title: 'Slack configuration refresh token',
        re: '\\bxoxe-\\d-[A-Z0-9]{146}(?![A-Z0-9])',
        kw: ['xoxe-'],
        flags: 'gi',
    }),
    secret({
        id: 'sourcegraph-access-token',
        title: 'Sourcegraph access token',
        re: '\\bsgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![\\w-])',
        kw: ['sgp_'],
        hashLike: true,
        minEntropy: 3,
    }),
    // A JWT base64-encoded once more (Kubernetes Secret data, CI variables): `eyJ` encodes to `ZXlK`.
    secret({
        id: 'jwt-base64',
        title: 'Base64-encoded JSON Web Token',
        re: '\\bZXlK[A-Za-z0-9+/]{40,}={0,2}',
        kw: ['zxlk'],
        sev: 'medium',
        validate: base64Jwt,
    }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/secrets-saas.ts

/** True when a Discord token's first segment is a base64 user id (a 17–20 digit snowflake). */
function discordToken(token) {
    const id = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('latin1');
    return /^\d{17,20}$/.test(id);
}
/** Chat, e-mail, payment, productivity and AI provider credentials. */
const SAAS_SECRET_RULES = [
    secret({
        id: 'slack-bot-token',
        title: 'Slack bot token',
        re: '\\bxoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*',
        kw: ['xoxb-'],
    }),
    secret({
        id: 'slack-user-token',
        title: 'Slack user token',
        re: '\\bxox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}',
        kw: ['xoxp-', 'xoxe-'],
    }),
    secret({
        id: 'slack-app-token',
        title: 'Slack app-level token',
        re: '\\bxapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+',
        kw: ['xapp-'],
        flags: 'gi',
    }),
    secret({
        id: 'slack-config-token',
        title: 'Slack configuration token',
        re: '\\bxoxe\\.xox[bp]-\\d-[A-Z0-9]{163,166}',
        kw: ['xoxe.xox'],
        flags: 'gi',
    }),
    secret({
        id: 'slack-legacy-token',
        title: 'Slack legacy token',
        re: '(?<![\\w-])xox[osar]-(?:\\d+-)?[0-9a-zA-Z-]{8,48}',
        kw: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
        minEntropy: 2.5,
    }),
    secret({
        id: 'slack-webhook-url',
        title: 'Slack incoming webhook URL',
        re: 'hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}',
        kw: ['hooks.slack.com/'],
    }),
    secret({
        id: 'discord-webhook-url',
        title: 'Discord webhook URL',
        re: 'discord(?:app)?\\.com/api/webhooks/\\d+/[\\w-]{60,}',
        kw: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
    }),
    // Bots pass the token straight to `client.login('…')`, with `discord` only on the import line: the token
    // is found near the name, and its first segment must be a base64 snowflake (the bot's 17–20 digit id).
    secret({
        id: 'discord-bot-token',
        title: 'Discord bot token',
        re: '(?<![\\w-])([A-Za-z\\d_-]{23,28}\\.[\\w-]{6}\\.[\\w-]{27,38})(?![\\w-])',
        kw: ['discord'],
        multiline: true,
        window: [1000, 3000],
        validate: discordToken,
    }),
    // Legacy FCM server keys (`key=` in the Authorization header): an `AAAA` project prefix and an APA91b key.
    secret({
        id: 'firebase-fcm-server-key',
        title: 'Firebase Cloud Messaging server key',
        re: '\\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,150}(?![A-Za-z0-9_-])',
        kw: ['apa91b'],
    }),
    secret({
        id: 'telegram-bot-token',
        title: 'Telegram bot token',
        re: '\\b\\d{8,10}:AA[0-9A-Za-z_-]{33}(?![0-9A-Za-z_-])',
        kw: [':aa'],
    }),
    secret({
        id: 'teams-webhook-url',
        title: 'Microsoft Teams incoming webhook URL',
        re: 'https://[a-z0-9]+\\.webhook\\.office\\.com/webhookb2/[a-z0-9-]+@[a-z0-9-]+/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]+',
        kw: ['webhook.office.com'],
        flags: 'gi',
    }),
    keyedSecret('mattermost-token', 'Mattermost access token', 'mattermost', '[a-z0-9]{26}'),
    keyedSecret('twitch-token', 'Twitch API token', 'twitch', '[a-z0-9]{30}'),
    keyedSecret('twitter-secret', 'Twitter/X API secret or bearer token', 'twitter|x_api_secret|x_bearer', '[A-Za-z0-9%]{45,112}', { minEntropy: 3.5 }),
    keyedSecret('facebook-app-secret', 'Facebook app secret', 'facebook|fb_app_secret|fb_secret', '[a-f0-9]{32}', {
        hashLike: true,
    }),
    secret({
        id: 'facebook-access-token',
        title: 'Facebook / Meta access token',
        re: '\\bEAA[CGI][A-Za-z0-9]{90,}',
        kw: ['eaac', 'eaag', 'eaai'],
    }),
    keyedSecret('linkedin-client-secret', 'LinkedIn client secret', 'linkedin', '[A-Za-z0-9]{16}', { minEntropy: 3.3 }),
    secret({
        id: 'mailgun-api-key',
        title: 'Mailgun API key',
        re: '\\bkey-[0-9a-f]{32}\\b',
        kw: ['key-'],
        span: { before: 0, after: 36, atKeyword: true },
    }),
    secret({
        id: 'mailchimp-api-key',
        title: 'Mailchimp API key',
        re: '\\b[0-9a-f]{32}-us\\d{1,2}\\b',
        kw: ['-us'],
        span: { before: 32, after: 5 },
    }),
    secret({
        id: 'sendgrid-api-key',
        title: 'SendGrid API key',
        re: '\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])',
        kw: ['sg.'],
    }),
    secret({
        id: 'brevo-api-key',
        title: 'Brevo (Sendinblue) API key',
        re: '\\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\\b',
        kw: ['xkeysib-'],
    }),
    keyedSecret('postmark-token', 'Postmark server token', 'postmark', UUID_RE, { hashLike: true }),
    keyedSecret('mailjet-secret', 'Mailjet API secret', 'mailjet', '[a-f0-9]{32}', { hashLike: true }),
    // Clients take the auth token as the argument after the account SID: `Client("AC…", "<token>")`.
    secret({
        id: 'twilio-auth-token',
        title: 'Twilio auth token',
        re: `${keyed('twilio', '[a-f0-9]{32}')}|\\bAC[a-f0-9]{32}["']?[ \\t]*,[ \\t\\n]*["']([a-f0-9]{32})["']|(?:^|[\\s{,"'])auth[_-]?token["']?[ \\t]*[:=][ \\t]*["']?([a-f0-9]{32})(?![\\w-])`,
        kw: ['twilio'],
        flags: 'gi',
        multiline: true,
        window: [1000, 3000],
        hashLike: true,
    }),
    secret({
        id: 'twilio-api-key',
        title: 'Twilio API key',
        re: '\\bSK[0-9a-fA-F]{32}\\b',
        kw: ['sk'],
        minEntropy: 3,
        span: { before: 0, after: 34, atKeyword: true },
    }),
    keyedSecret('vonage-api-secret', 'Vonage (Nexmo) API secret', 'vonage|nexmo', '[A-Za-z0-9]{16}', { minEntropy: 3.3 }),
    keyedSecret('messagebird-key', 'MessageBird access key', 'messagebird', '[A-Za-z0-9]{25}'),
    keyedSecret('intercom-token', 'Intercom access token', 'intercom', '[A-Za-z0-9=_-]{60}', { minEntropy: 3.5 }),
    keyedSecret('zendesk-token', 'Zendesk API token', 'zendesk', '[A-Za-z0-9]{40}', { minEntropy: 3.5 }),
    secret({
        id: 'hubspot-private-app-token',
        title: 'HubSpot private app token',
        re: `\\bpat-(?:na|eu)1-${UUID_RE}\\b`,
        kw: ['pat-na1-', 'pat-eu1-'],
    }),
    keyedSecret('asana-token', 'Asana personal access token', 'asana', '\\d/\\d{16}:[A-Za-z0-9]{32}|2/\\d{16}/\\d{16}:[a-f0-9]{32}'),
    secret({
        id: 'notion-token',
        title: 'Notion integration token',
        re: '\\b(?:secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})\\b',
        kw: ['secret_', 'ntn_'],
    }),
    secret({
        id: 'airtable-token',
        title: 'Airtable personal access token',
        re: '\\bpat[A-Za-z0-9]{14}\\.[a-f0-9]{64}\\b',
        kw: ['pat'],
        // `pat` + 14 letters or digits, then a dot: `pattern` and `patch` end at once.
        span: { before: 0, after: 82, atKeyword: true, follows: '.' },
    }),
    secret({ id: 'typeform-token', title: 'Typeform personal token', re: '\\btfp_[A-Za-z0-9_.=-]{59}', kw: ['tfp_'] }),
    secret({ id: 'dropbox-token', title: 'Dropbox access token', re: '\\bsl\\.[A-Za-z0-9_-]{130,152}', kw: ['sl.'] }),
    keyedSecret('box-token', 'Box API token', 'box_token|box_client_secret|box_developer_token', '[A-Za-z0-9]{32}', {
        minEntropy: 3.5,
    }),
    keyedSecret('trello-token', 'Trello API token', 'trello', '[a-f0-9]{64}|ATTA[A-Za-z0-9]{60,70}', { hashLike: true }),
    keyedSecret('zoom-secret', 'Zoom client secret', 'zoom', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
    secret({
        id: 'stripe-live-secret-key',
        title: 'Stripe live secret key',
        re: '\\b[sr]k_live_[0-9a-zA-Z]{24,99}\\b',
        kw: ['sk_live_', 'rk_live_'],
        sev: 'critical',
    }),
    secret({
        id: 'stripe-test-secret-key',
        title: 'Stripe test secret key',
        re: '\\b[sr]k_test_[0-9a-zA-Z]{24,99}\\b',
        kw: ['sk_test_', 'rk_test_'],
        sev: 'medium',
    }),
    secret({
        id: 'stripe-webhook-secret',
        title: 'Stripe webhook signing secret',
        re: '\\bwhsec_[A-Za-z0-9]{32,}\\b',
        kw: ['whsec_'],
    }),
    secret({
        id: 'square-access-token',
        title: 'Square access token',
        re: '\\b(?:sq0atp-[0-9A-Za-z_-]{22}|EAAA[A-Za-z0-9_-]{60})(?![0-9A-Za-z_-])',
        kw: ['sq0atp-', 'eaaa'],
        sev: 'critical',
    }),
    secret({
        id: 'square-oauth-secret',
        title: 'Square OAuth secret',
        re: '\\bsq0csp-[0-9A-Za-z_-]{43}',
        kw: ['sq0csp-'],
        sev: 'critical',
    }),
    secret({
        id: 'braintree-access-token',
        title: 'PayPal Braintree access token',
        re: '\\baccess_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
        kw: ['access_token$'],
        sev: 'critical',
    }),
    keyedSecret('paypal-client-secret', 'PayPal client secret', 'paypal', '[A-Za-z0-9_-]{80}', {
        minEntropy: 3.5,
        sev: 'critical',
    }),
    secret({ id: 'razorpay-key', title: 'Razorpay live key', re: '\\brzp_live_[A-Za-z0-9]{14}\\b', kw: ['rzp_live_'] }),
    keyedSecret('gocardless-token', 'GoCardless access token', 'gocardless', 'live_[A-Za-z0-9_=-]{40}', {
        sev: 'critical',
    }),
    keyedSecret('mollie-key', 'Mollie API key', 'mollie', 'live_[A-Za-z0-9]{30}'),
    secret({
        id: 'flutterwave-secret-key',
        title: 'Flutterwave secret key',
        re: '\\bFLWSECK(?:_TEST)?-[a-h0-9]{32}-X\\b',
        kw: ['flwseck'],
    }),
    secret({
        id: 'duffel-token',
        title: 'Duffel API token',
        re: '\\bduffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
        kw: ['duffel_'],
    }),
    secret({
        id: 'easypost-api-key',
        title: 'EasyPost API key',
        re: '\\bEZ[AT]K[A-Za-z0-9]{54}\\b',
        kw: ['ezak', 'eztk'],
    }),
    secret({
        id: 'shippo-token',
        title: 'Shippo API token',
        re: '\\bshippo_(?:live|test)_[a-f0-9]{40}\\b',
        kw: ['shippo_'],
    }),
    secret({
        id: 'plaid-access-token',
        title: 'Plaid access token',
        re: `\\baccess-(?:sandbox|development|production)-${UUID_RE}\\b`,
        kw: ['access-sandbox-', 'access-development-', 'access-production-'],
    }),
    keyedSecret('coinbase-secret', 'Coinbase API secret', 'coinbase', '[A-Za-z0-9_-]{64}', { minEntropy: 3.5 }),
    keyedSecret('adyen-api-key', 'Adyen API key', 'adyen', 'AQE[A-Za-z0-9+/=_-]{80,}'),
    secret({
        id: 'openai-api-key',
        title: 'OpenAI API key',
        re: '\\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{58,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])',
        kw: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 't3blbkfj'],
    }),
    secret({
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        re: '\\bsk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,100}AA(?![A-Za-z0-9_-])',
        kw: ['sk-ant-'],
    }),
    secret({
        id: 'huggingface-token',
        title: 'Hugging Face access token',
        re: '\\b(?:hf_|api_org_)[A-Za-z]{34}\\b',
        kw: ['hf_', 'api_org_'],
    }),
    keyedSecret('cohere-api-key', 'Cohere API key', 'cohere|co_api_key', '[A-Za-z0-9]{40}', { minEntropy: 3.5 }),
    secret({ id: 'replicate-token', title: 'Replicate API token', re: '\\br8_[A-Za-z0-9]{37}\\b', kw: ['r8_'] }),
    secret({ id: 'groq-api-key', title: 'Groq API key', re: '\\bgsk_[A-Za-z0-9]{52}\\b', kw: ['gsk_'] }),
    secret({ id: 'perplexity-api-key', title: 'Perplexity API key', re: '\\bpplx-[A-Za-z0-9]{48}\\b', kw: ['pplx-'] }),
    secret({ id: 'xai-api-key', title: 'xAI API key', re: '\\bxai-[A-Za-z0-9]{80}\\b', kw: ['xai-'] }),
    secret({
        id: 'openrouter-api-key',
        title: 'OpenRouter API key',
        re: '\\bsk-or-v1-[a-f0-9]{64}\\b',
        kw: ['sk-or-v1-'],
    }),
    secret({
        id: 'langsmith-api-key',
        title: 'LangSmith API key',
        re: '\\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\\b',
        kw: ['lsv2_'],
    }),
    secret({ id: 'pinecone-api-key', title: 'Pinecone API key', re: '\\bpcsk_[A-Za-z0-9_]{50,}', kw: ['pcsk_'] }),
    secret({ id: 'fireworks-api-key', title: 'Fireworks AI API key', re: '\\bfw_[A-Za-z0-9]{24}\\b', kw: ['fw_'] }),
    keyedSecret('mistral-api-key', 'Mistral AI API key', 'mistral', '[A-Za-z0-9]{32}', { minEntropy: 3.5 }),
    keyedSecret('deepseek-api-key', 'DeepSeek API key', 'deepseek', 'sk-[a-f0-9]{32}'),
    keyedSecret('together-api-key', 'Together AI API key', 'together_api_key|together_key', '[a-f0-9]{64}', {
        hashLike: true,
    }),
    keyedSecret('wandb-api-key', 'Weights & Biases API key', 'wandb', '[a-f0-9]{40}', { hashLike: true }),
    keyedSecret('elevenlabs-api-key', 'ElevenLabs API key', 'elevenlabs|xi-api-key|xi_api_key', 'sk_[a-f0-9]{48}|[a-f0-9]{32}', { hashLike: true }),
    keyedSecret('deepgram-api-key', 'Deepgram API key', 'deepgram', '[a-f0-9]{40}', { hashLike: true }),
    keyedSecret('assemblyai-api-key', 'AssemblyAI API key', 'assemblyai', '[a-f0-9]{32}', { hashLike: true }),
    keyedSecret('gemini-api-key', 'Google Gemini API key (non-AIza)', 'gemini_api_key|google_genai_key', '[A-Za-z0-9_-]{39}', { minEntropy: 3.5 }),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/rules/workflow-rules.ts
const workflow_rules_rule = (id, title, severity, cwe, help) => ({
    kind: 'structural',
    id: `workflow/${id}`,
    category: 'workflow',
    severity,
    cwe,
    title,
    help,
    fileGlobs: ['.github/workflows/*.yml', '.github/workflows/*.yaml', '**/action.yml', '**/action.yaml'],
});
/**
 * GitHub Actions hardening rules, after "Security hardening for GitHub Actions"
 * (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions).
 */
const WORKFLOW_RULES = [
    workflow_rules_rule('untrusted-input-in-run', 'Untrusted event data expanded in a script', 'high', 94, 
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'Attacker-controlled text (issue/PR titles and bodies, comments, branch names, commit messages) is pasted into the script before it runs. Pass it through an environment variable instead: `env: TITLE: ${{ github.event.issue.title }}` and use `"$TITLE"` in `run:` (or `process.env.TITLE` in github-script).'),
    workflow_rules_rule('pr-target-checkout', 'Privileged trigger checks out and runs pull request code', 'critical', 829, '`pull_request_target` and `workflow_run` run with secrets and a write token: checking out the pull request head and building or running it gives that power to the PR author. Use `pull_request` for builds, or split into an unprivileged build and a privileged job that only reads artifacts.'),
    workflow_rules_rule('unpinned-action', 'Third-party action not pinned to a commit SHA', 'medium', 829, 'Tags and branches can be moved to malicious code. Pin `uses:` to the full 40-character commit SHA (add the tag as a comment, e.g. `uses: owner/action@<sha> # v1.2.3`) and let Dependabot update it. Docker actions: pin `docker://image@sha256:<digest>`.'),
    workflow_rules_rule('missing-permissions', 'Workflow or job without permissions', 'medium', 272, 'Without `permissions:` (on the workflow or the job) the GITHUB_TOKEN gets the repository default, often read/write on everything. Declare `permissions: contents: read` at the top and grant more per job where needed. In a reusable workflow, set them on jobs that call another reusable workflow.'),
    workflow_rules_rule('write-all-permissions', 'permissions: write-all', 'high', 272, 'Grant only the scopes a job needs (e.g. `contents: read`, `pull-requests: write`) instead of `write-all`.'),
    workflow_rules_rule('secrets-inherit', 'All secrets passed to a third-party reusable workflow', 'high', 200, '`secrets: inherit` hands every repository and organization secret to code you do not control. Pass the named secrets the workflow needs instead.'),
    workflow_rules_rule('unsecure-commands', 'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled', 'high', 77, 'The deprecated `set-env` / `add-path` commands let any log line change the environment of later steps. Remove the variable and use `$GITHUB_ENV` / `$GITHUB_PATH` files.'),
    workflow_rules_rule('artifact-credentials', 'Checkout credentials uploaded as an artifact', 'high', 522, '`actions/checkout` writes the token into .git/config unless `persist-credentials: false`; uploading the workspace then publishes it. Set `persist-credentials: false` or upload only the build output.'),
    workflow_rules_rule('input-in-run', "Composite action's input expanded in a script", 'medium', 94, 
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'A composite action pastes `${{ inputs.X }}` into the script of its step: a caller that passes a pull request title or branch name gets code execution. Map the input to an environment variable (`env: X: ${{ inputs.X }}`) and use `"$X"` in the script.'),
    workflow_rules_rule('step-output-in-run', 'Step or job output expanded in a script through env or matrix', 'low', 94, 
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'An `env.X` or `matrix.X` set from `steps.*.outputs.*` or `needs.*.outputs.*` (a matrix computed with `fromJSON(needs.*.outputs.*)` included) is pasted into the script before it runs. Outputs often carry text from the event or the pull request (changed file names, branch names, titles), which then runs as code. Read the value from the environment in the script (`"$X"`; for a matrix value, `env: X: ${{ matrix.x }}` first) instead of `${{ env.X }}`. Low severity: whether an attacker writes the output depends on the step that sets it.'),
    workflow_rules_rule('dangerous-trigger', 'Workflow runs on pull_request_target or workflow_run', 'medium', 863, "These triggers run with the base repository's secrets and a write token on events that anyone (a fork's pull request) can cause; any use of the event's data or code is exploitable. Prefer `pull_request`; if the privileged trigger is needed, never check out or run the pull request's code, keep `permissions:` minimal and gate jobs on a label or environment approval."),
    workflow_rules_rule('checkout-persisted-credentials', 'actions/checkout persists the token in .git/config', 'low', 522, 'Without `persist-credentials: false`, the GITHUB_TOKEN stays in .git/config for every later step, including third-party actions and scripts, and any upload or cache of the workspace carries it. Set `persist-credentials: false` unless a later step pushes with it.'),
    workflow_rules_rule('cache-poisoning', 'Cache restored in a release or publishing job', 'high', 349, 'Caches are shared across branches: a workflow on any branch (a pull request from a collaborator, a compromised dependency in a test job) can write a cache entry that the release build then restores and ships. Build releases without caches (remove `actions/cache`, set `cache: false` / omit `cache:` on setup actions), or key release caches so that only the release workflow writes them.'),
    workflow_rules_rule('excessive-permissions', 'Overly broad permissions: workflow-level write scopes or read-all', 'medium', 250, 'Write scopes at the workflow level apply to each job that declares no `permissions:` of its own, including jobs that only build or test; `read-all` opens every scope. Set `permissions: contents: read` (or `{}`) at the top and grant the scopes a job needs on that job.'),
    workflow_rules_rule('github-env', 'Computed text written to GITHUB_ENV or GITHUB_PATH in a privileged workflow', 'high', 15, "In a `pull_request_target` or `workflow_run` workflow, text the attacker influences (an artifact, a branch name, a file from the pull request) written to `$GITHUB_ENV` or `$GITHUB_PATH` can set LD_PRELOAD, NODE_OPTIONS, BASH_ENV or PATH for every later step: code execution with the workflow's secrets. Pass such values through step outputs or `env:` on the steps that need them, and validate them."),
    workflow_rules_rule('bot-condition', 'Spoofable bot check on the actor', 'high', 290, "`github.actor == 'dependabot[bot]'` is true whenever the bot triggered the latest run, e.g. after a person rebased or commented on the bot's pull request, so the guarded steps run on input a person controls. Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) or don't gate privileged steps on the actor at all."),
    workflow_rules_rule('overprovisioned-secrets', 'Every secret handed to a step', 'medium', 200, 
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    '`toJSON(secrets)` (or `secrets[<expression>]`) gives the step every secret of the repository and organization, and the runner cannot mask what the step derives from them. Pass the named secrets the step needs: `env: TOKEN: ${{ secrets.TOKEN }}`.'),
    workflow_rules_rule('unpinned-image', 'Container, service or Docker action image not pinned by digest', 'medium', 829, 'A tag (or no tag: `latest`) can be re-pushed with other content, which then runs in the job with its token and secrets. Pin `container:` and `services:` images by digest: `image: node:22@sha256:<digest>`.'),
    workflow_rules_rule('self-hosted-pr', 'Self-hosted runner on pull requests', 'high', 284, 'Pull requests from forks can run arbitrary code on a self-hosted runner and persist on it. Use GitHub-hosted runners for `pull_request`, or ephemeral, isolated runners with fork approval required.'),
    workflow_rules_rule('ref-confusion', 'Action ref names both a branch and a tag', 'medium', 829, "`uses: owner/action@v1` where `v1` is both a branch and a tag of the action's repository: which one runs depends on GitHub's resolution, and anyone who can push a branch named like the tag (or the other way round) can change the code your workflow runs. Pin the action to a full commit SHA (with the tag as a comment), or ask its maintainers to delete the branch. Checked online through the GitHub API (input `online-audits`)."),
];

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/registry.ts










/** Every built-in rule, in a stable order (secrets, dangerous functions, file permissions, workflows). */
const BUILTIN_RULES = [
    ...CLOUD_SECRET_RULES,
    ...DEV_SECRET_RULES,
    ...SAAS_SECRET_RULES,
    ...KEYED_SECRET_RULES,
    ...GENERIC_SECRET_RULES,
    ...DANGEROUS_RULES,
    ...DANGEROUS_RULES_MORE,
    ...PERMISSION_RULES,
    ...WORKFLOW_RULES,
];
/** Builds the pattern rules declared under `customRules` in the configuration. */
function customRules(config) {
    return config.customRules.map((c) => {
        const base = secret({
            id: c.id,
            title: c.title,
            re: c.pattern,
            kw: c.keywords.map((k) => k.toLowerCase()),
            flags: `g${c.flags ?? ''}`,
            sev: c.severity,
            ...(c.minEntropy !== undefined ? { minEntropy: c.minEntropy } : {}),
        });
        return {
            ...base,
            id: `custom/${c.id}`,
            category: c.category,
            secret: c.category === 'secret',
            help: c.help ?? base.help.replaceAll(`secret/${c.id}`, `custom/${c.id}`),
            ...(c.cwe !== undefined ? { cwe: c.cwe } : {}),
            ...(c.paths ? { fileGlobs: c.paths } : {}),
        };
    });
}
function setting(config, id) {
    return config.rules[id] ?? config.rules[`${id.slice(0, id.indexOf('/'))}/*`];
}
/**
 * The active rule set: built-in and custom rules in the chosen categories, minus rules turned off,
 * with severity overrides applied.
 */
function activeRules(config, categories) {
    const out = [];
    for (const rule of [...BUILTIN_RULES, ...customRules(config)]) {
        if (!categories.includes(rule.category))
            continue;
        const s = setting(config, rule.id);
        if (s === 'off' || (typeof s === 'object' && s.enabled === false))
            continue;
        const severity = typeof s === 'string' ? s : s?.severity;
        // An explicit severity wins over a rule's own escalation.
        if (!severity)
            out.push(rule);
        else
            out.push(rule.kind === 'pattern' ? { ...rule, severity, escalate: undefined } : { ...rule, severity });
    }
    return out;
}

// EXTERNAL MODULE: ./actions/security-scan/src/engine/suppress.ts
var suppress = __webpack_require__(41740);
// EXTERNAL MODULE: ./actions/security-scan/src/engine/workflow-check.ts + 2 modules
var workflow_check = __webpack_require__(43278);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/file-scanner.ts








/** A tally of nothing yet. */
function emptyTally() {
    return { findings: [], secrets: [], bytes: 0, scannedFiles: 0, skippedBinary: 0, skippedLarge: 0, suppressed: 0 };
}
/** Adds `b` into `a`. */
function mergeTally(a, b) {
    for (const f of b.findings)
        a.findings.push(f);
    for (const s of b.secrets)
        a.secrets.push(s);
    a.bytes += b.bytes;
    a.scannedFiles += b.scannedFiles;
    a.skippedBinary += b.skippedBinary;
    a.skippedLarge += b.skippedLarge;
    a.suppressed += b.suppressed;
}
/** Bytes of an oversized file still read, for the file rules. */
const HEAD_BYTES = 64 * 1024;
/** Past this many bytes a line is not decoded whole for a finding (see fingerprintSourceOfBytes). */
const LONG_LINE_BYTES = 4096;
/** Bytes decoded each side of a finding on a long line: more than FINGERPRINT_REACH characters' worth. */
const DECODE_REACH = 1024;
/**
 * Rule ids of a `moko-ignore:` marker on a line read as latin1 (the marker and ids are ASCII: the
 * line is decoded as UTF-8 only when it holds one).
 */
function markerIds(line) {
    const latin1 = line?.text();
    return latin1?.includes('moko-ignore:') ? (0,suppress/* suppressedIds */.FJ)(utf8(latin1)) : [];
}
/**
 * `fingerprintSource(utf8 line, column)` for a long line read as latin1, decoding only the bytes
 * around the finding at byte offset `byteAt`: the same text. FINGERPRINT_REACH characters take at
 * most 3 bytes each, so a character the window cuts at either end (decoded as U+FFFD) lies outside
 * them, and the finding's position in the decoded window counts the same cut characters.
 */
function fingerprintSourceOfBytes(line, byteAt) {
    const from = Math.max(0, byteAt - DECODE_REACH);
    const window = line.slice(from, byteAt + DECODE_REACH);
    const at = utf16Length(window, 0, byteAt - from);
    return utf8(window).slice(Math.max(0, at - suppress/* FINGERPRINT_REACH */.jA), at + suppress/* FINGERPRINT_REACH */.jA);
}
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/**
 * UTF-16 length of the text whose UTF-8 bytes `latin1[from, to)` hold, decoding only its non-ASCII
 * runs: an ASCII byte is one unit and ends any multi-byte sequence, so each run decodes alone as it
 * does inside the whole line (invalid bytes included). Decoding the whole prefix of a hit on a long
 * non-ASCII line (minified code) cost a tenth of a minified tree's scan.
 */
function utf16Length(latin1, from, to) {
    const bytes = latin1.slice(from, to);
    let units = bytes.length;
    NON_ASCII_RUN.lastIndex = 0;
    for (let m = NON_ASCII_RUN.exec(bytes); m !== null; m = NON_ASCII_RUN.exec(bytes)) {
        const run = m[0];
        const counted = wellFormedUnits(run);
        units += (counted >= 0 ? counted : utf8(run).length) - run.length;
    }
    return units;
}
/**
 * UTF-16 units of a run of non-ASCII bytes (latin1 view) that is well-formed UTF-8 (the ranges of the
 * Unicode standard's table 3-7), counted without decoding; -1 for any other run, which the caller
 * decodes (the decoder's replacement of ill-formed bytes is not repeated here).
 */
function wellFormedUnits(run) {
    let units = 0;
    for (let i = 0; i < run.length;) {
        const lead = run.charCodeAt(i);
        let trail;
        let lo = 0x80;
        let hi = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            trail = 1;
        else if (lead >= 0xe0 && lead <= 0xef) {
            trail = 2;
            if (lead === 0xe0)
                lo = 0xa0;
            else if (lead === 0xed)
                hi = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            trail = 3;
            if (lead === 0xf0)
                lo = 0x90;
            else if (lead === 0xf4)
                hi = 0x8f;
        }
        else
            return -1;
        if (i + trail >= run.length)
            return -1;
        const second = run.charCodeAt(i + 1);
        if (second < lo || second > hi)
            return -1;
        for (let k = 2; k <= trail; k++)
            if ((run.charCodeAt(i + k) & 0xc0) !== 0x80)
                return -1;
        units += trail === 3 ? 2 : 1;
        i += trail + 1;
    }
    return units;
}
/** A latin1 view of UTF-8 bytes back to the text (identity for ASCII). */
function utf8(latin1) {
    if (latin1 === undefined)
        return '';
    return /[^\x00-\x7f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}
/** True when the first 8000 bytes hold a NUL byte (Git's own binary heuristic). */
function looksBinary(buf) {
    const head = buf.length > 8000 ? buf.subarray(0, 8000) : buf;
    return head.indexOf(0) !== -1;
}
/** Scans single files with every active rule; one instance per thread, built from the configuration. */
class FileScanner {
    config;
    rules;
    content;
    fileRules;
    workflowIds;
    byId;
    /** Builds the rule set for `categories` from `config`. */
    constructor(config, categories) {
        this.config = config;
        this.rules = activeRules(config, categories);
        this.content = new ContentScanner(this.rules.filter((r) => r.kind === 'pattern'));
        this.fileRules = this.rules.filter((r) => r.kind === 'file');
        this.workflowIds = new Set(this.rules.filter((r) => r.kind === 'structural').map((r) => r.id));
        this.byId = new Map(this.rules.map((r) => [r.id, r]));
    }
    /** Memories the read-ahead thread may read and prefilter large files in (see read-ahead.ts). */
    readAheadAreas() {
        return this.content.readAheadAreas();
    }
    /**
     * Scans one walked file into `tally`: file rules, content rules and, for workflow files, the
     * workflow checks. The file is read once into a buffer reused across files; its size and mode
     * come from the open descriptor (the walk does not stat).
     */
    scanFile(file, tally) {
        this.scanRead(file, this.read(file), tally);
    }
    /** Scans a file already read: `read.buf[0, read.length)` holds its bytes (the head of an oversized one). */
    scanRead(file, read, tally) {
        const { size, mode, length, buf } = read;
        tally.bytes += size;
        const large = size > this.config.maxFileSize;
        const binary = looksBinary(buf.subarray(0, Math.min(length, 8000)));
        if (binary)
            tally.skippedBinary++;
        else if (large)
            tally.skippedLarge++;
        else
            tally.scannedFiles++;
        let decoded;
        const decode = () => {
            decoded ??= buf.toString('utf8', 0, length);
            return decoded;
        };
        const raw = [];
        const lineTexts = [];
        /** `fingerprinted`: what the fingerprint hashes of the finding's line (see fingerprintSource). */
        const add = (f, fingerprinted) => {
            raw.push(f);
            lineTexts.push(fingerprinted);
        };
        if (this.fileRules.length > 0) {
            // File rules read the text only for a few names, so it is decoded lazily.
            const facts = {
                path: file.path,
                name: file.path.slice(file.path.lastIndexOf('/') + 1),
                mode,
                size,
                binary,
                get text() {
                    return binary ? undefined : decode().slice(0, HEAD_BYTES);
                },
            };
            for (const rule of this.fileRules) {
                const message = rule.check(facts);
                if (message)
                    add(this.finding(rule, file.path, 1, 1, message), '');
            }
        }
        if (binary || large) {
            if (raw.length > 0)
                this.finish(file, raw, lineTexts, [], tally);
            return;
        }
        // One prefilter pass over the raw bytes; files no rule can match are never decoded. Content rules
        // then run on latin1 views of the lines around keywords (one char per byte, so keyword offsets
        // stay valid; the patterns are ASCII), and what a finding shows is converted back to UTF-8.
        const { rules: candidates, marked } = read.prefiltered
            ? this.content.candidatesOfPrefiltered(file.path, buf, length, read.prefiltered)
            : this.content.candidatesOfBytes(file.path, buf, length);
        const secrets = [];
        if (candidates.size > 0) {
            // Hits on one line share it: test it once, not per hit (a minified file is one line of megabytes
            // with thousands of keyword hits), on its bytes where that is faster. A short line is decoded
            // whole; a long one only around each finding. Hits come in offset order, so a line's hits come
            // together.
            const units = this.content.utf16UnitsIn(buf);
            let lastLine = -1;
            let lastUtf8;
            let lastAscii = true;
            let lastIds = [];
            let lastAbove;
            let colAt = 0;
            let colUnits = 0;
            let aboveIds = [];
            for (const hit of this.content.scanBytes(file.path, buf, length, candidates)) {
                const { lineStart, lineText } = hit;
                if (lineStart !== lastLine) {
                    lastLine = lineStart;
                    lastAscii = (0,external_node_buffer_.isAscii)(buf.subarray(lineStart, lineStart + lineText.length));
                    lastUtf8 = undefined;
                    lastIds = marked ? markerIds(lineText) : [];
                    colAt = 0;
                    colUnits = 0;
                    if (hit.lineAbove !== lastAbove) {
                        lastAbove = hit.lineAbove;
                        aboveIds = marked ? markerIds(hit.lineAbove) : [];
                    }
                }
                if ((0,suppress/* suppressedBy */.s2)(hit.rule.id, lastIds, aboveIds)) {
                    tally.suppressed++;
                    continue;
                }
                const value = hit.value === undefined ? undefined : utf8(hit.value);
                if (value !== undefined)
                    secrets.push(value);
                // UTF-16 column: on a non-ASCII line, the prefix is counted piece by piece from the last hit on
                // the same line (hits come in offset order; each starts at an ASCII character, a boundary), in
                // WebAssembly where the bytes are in its memory and well-formed.
                if (hit.column - 1 < colAt)
                    [colAt, colUnits] = [0, 0];
                if (!lastAscii) {
                    const [from, to] = [lineStart + colAt, lineStart + hit.column - 1];
                    colUnits +=
                        units !== undefined && (0,external_node_buffer_.isUtf8)(buf.subarray(from, to))
                            ? units(from, to)
                            : utf16Length(lineText.slice(colAt, hit.column - 1), 0, hit.column - 1 - colAt);
                    colAt = hit.column - 1;
                }
                const column = lastAscii ? hit.column : colUnits + 1;
                // The redacted form is built from the decoded value: redacting the latin1 view and then
                // re-reading it as bytes would mangle the "…" it adds (and miscount multi-byte characters).
                const redacted = hit.redacted === undefined ? undefined : redact(value ?? '');
                const message = redacted !== undefined ? `${hit.rule.title} (${redacted})` : `${hit.rule.title}: ${utf8(hit.snippet ?? '')}`;
                let fingerprinted;
                if (lineText.length > LONG_LINE_BYTES)
                    fingerprinted = fingerprintSourceOfBytes(lineText, hit.column - 1);
                else {
                    lastUtf8 ??= lastAscii ? lineText.text() : utf8(lineText.text());
                    fingerprinted = (0,suppress/* fingerprintSource */.QG)(lastUtf8, column);
                }
                // A secret's line goes only into a one-way hash, never into a finding.
                add({
                    ...this.finding(hit.rule, file.path, hit.line, column, message),
                    severity: hit.severity,
                    ...(redacted !== undefined ? { redacted } : {}),
                }, fingerprinted);
            }
        }
        if (this.workflowIds.size > 0 && (0,workflow_check/* isWorkflowFile */.Kr)(file.path)) {
            const text = decode();
            const lines = new LineIndex(text);
            for (const hit of (0,workflow_check/* checkWorkflow */.qF)(file.path, text, { trustedActions: this.config.workflow.trustedActions })) {
                const rule = this.byId.get(hit.ruleId);
                if (!rule)
                    continue;
                const { line, column, lineText } = lines.at(hit.offset);
                if ((0,suppress/* isSuppressed */.Bx)(rule.id, lineText, lines.lineText(line - 1))) {
                    tally.suppressed++;
                    continue;
                }
                add(this.finding(rule, file.path, line, column, hit.message), (0,suppress/* fingerprintSource */.QG)(lineText, column));
            }
        }
        if (raw.length > 0)
            this.finish(file, raw, lineTexts, secrets, tally);
    }
    /** Redacts secrets in other findings' messages, fingerprints the findings and adds them to `tally`. */
    finish(file, raw, lineTexts, secrets, tally) {
        // A snippet of code shown by another rule (e.g. a `curl -u user:pass … | sh` line) must not
        // carry a secret found in the same file either.
        for (const value of secrets) {
            tally.secrets.push(value);
            for (const f of raw)
                if (f.message.includes(value))
                    f.message = f.message.split(value).join(redact(value));
        }
        const occurrences = new Map();
        raw.forEach((f, i) => {
            const normalized = (0,suppress/* normalizeLine */.oY)(lineTexts[i] ?? '');
            const key = `${f.ruleId}\0${normalized}`;
            const n = occurrences.get(key) ?? 0;
            occurrences.set(key, n + 1);
            tally.findings.push({ ...f, fingerprint: (0,suppress/* fingerprintOfNormalized */.Xu)(f.ruleId, file.path, normalized, n) });
        });
    }
    /**
     * Reads the file (or the head of an oversized one, for file rules) straight into the keyword
     * prefilter's input area, so its pass copies nothing. The buffer is valid until the next read.
     */
    read(file) {
        // Non-blocking: a path that became a FIFO after the walk must not block the read.
        const fd = (0,external_node_fs_.openSync)(file.absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
            const size = st.size;
            const want = size > this.config.maxFileSize ? Math.min(HEAD_BYTES, size) : size;
            const view = this.content.inputFor(want);
            const buf = Buffer.from(view.buffer, view.byteOffset, want);
            let length = 0;
            while (length < want) {
                const n = (0,external_node_fs_.readSync)(fd, buf, length, want - length, length);
                if (n === 0)
                    break;
                length += n;
            }
            return { size, mode: st.mode & 0o7777, length, buf };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    finding(rule, file, line, column, message) {
        return {
            ruleId: rule.id,
            category: rule.category,
            severity: rule.severity,
            title: rule.title,
            message,
            file,
            line,
            column,
            help: rule.help,
        };
    }
}


/***/ }),

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R0: () => (/* binding */ prefilterOf),
  r$: () => (/* binding */ runLanes)
});

// UNUSED EXPORTS: Prefilter

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/prefilter-automaton.ts
/** The automaton of `keywords` (lowercase ASCII; keyword id = index). */
function buildAutomaton(keywords) {
    const classOf = new Uint8Array(256);
    // Alphabet: one class per distinct keyword character (letters case-folded), 0 for the rest.
    let classes = 1;
    for (const kw of keywords) {
        for (const ch of kw) {
            const code = ch.charCodeAt(0);
            if (code >= 128)
                throw new Error(`Prefilter keywords must be ASCII: ${JSON.stringify(kw)}`);
            if (classOf[code] === 0) {
                classOf[code] = classes;
                if (code >= 97 && code <= 122)
                    classOf[code - 32] = classes;
                classes++;
            }
        }
    }
    // Trie.
    const children = [new Map()];
    const out = [[]];
    keywords.forEach((kw, id) => {
        let s = 0;
        for (const ch of kw) {
            const c = classOf[ch.charCodeAt(0)];
            let next = children[s].get(c);
            if (next === undefined) {
                next = children.length;
                children.push(new Map());
                out.push([]);
                children[s].set(c, next);
            }
            s = next;
        }
        out[s].push(id);
    });
    // Breadth-first: failure links folded into a full transition table.
    const n = children.length;
    const delta = new Int32Array(n * classes);
    const fail = new Int32Array(n);
    const queue = [];
    for (let c = 0; c < classes; c++) {
        const next = children[0].get(c);
        if (next !== undefined && c !== 0) {
            delta[c] = next * classes;
            queue.push(next);
        }
    }
    for (let qi = 0; qi < queue.length; qi++) {
        const s = queue[qi];
        const f = fail[s];
        out[s].push(...out[f]);
        for (let c = 0; c < classes; c++) {
            const next = c === 0 ? undefined : children[s].get(c);
            if (next !== undefined) {
                fail[next] = delta[f * classes + c] / classes;
                delta[s * classes + c] = next * classes;
                queue.push(next);
            }
            else {
                delta[s * classes + c] = delta[f * classes + c];
            }
        }
    }
    // Renumber: breadth-first order (the hot shallow states together), keyword-ending states last,
    // their rows from `hitRow` on: a power of two above every other row, so one bit tells them apart.
    const order = [0, ...queue].sort((a, b) => Number(out[a].length > 0) - Number(out[b].length > 0));
    let firstHit = order.findIndex((old) => out[old].length > 0);
    if (firstHit < 0)
        firstHit = n;
    // Keyword-ending rows are a power of two apart, so a row's outputs are found with a shift.
    let shift = 0;
    while (1 << shift < classes)
        shift++;
    let hitRow = 1;
    while (hitRow < Math.max(firstHit * classes, (n - firstHit) << shift))
        hitRow *= 2;
    const rowOf = new Int32Array(n);
    order.forEach((old, i) => {
        rowOf[old] = i < firstHit ? i * classes : hitRow + ((i - firstHit) << shift);
    });
    const outputs = order.slice(firstHit).map((old) => out[old]);
    const outputStart = Int32Array.from([0, ...outputs.map((o) => o.length)]);
    for (let j = 1; j < outputStart.length; j++)
        outputStart[j] += outputStart[j - 1];
    const table = new Int32Array(hitRow + ((n - firstHit) << shift));
    for (let old = 0; old < n; old++) {
        for (let c = 0; c < classes; c++)
            table[rowOf[old] + c] = rowOf[delta[old * classes + c] / classes];
    }
    return {
        classOf,
        width: classes,
        table,
        hitRow,
        hitShift: shift,
        outputStart,
        outputKeywords: Int32Array.from(outputs.flat()),
    };
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/prefilter-wasm.ts
/**
 * The prefilter's inner loop as a WebAssembly module, assembled here from an opcode list: no
 * generated artifact, no build step, no dependency. Compiled, each byte's step is four machine
 * instructions (memory accesses are checked by guard pages, not one by one as typed arrays are),
 * about twice the throughput of the same loop in JavaScript (bench/scan/prefilter-bench.ts).
 * Binary format: https://webassembly.github.io/spec/core/binary/index.html
 */
/** Linear memory layout (byte addresses); the input follows the table. States are byte offsets into the table. */
const LAYOUT = {
    /** Lane states in and out of every call (i32 each), then the next hit record's address. */
    states: 0,
    /** Byte → character class × 4: u8 × 256, or i32 × 256 in the `wide` kernel. */
    classes: 256,
    /** Hit records: (byte address, state) pairs of i32. */
    hits: 2048,
    hitCapacity: 32 * 1024,
    /** Transition table: i32 entries, each the next state's premultiplied byte offset. */
    table: 2048 + 32 * 1024 * 8,
};
const I32 = 0x7f;
/** Where the next hit record goes. */
const OUT = LAYOUT.states + 64;
const op = {
    block: 0x02,
    loop: 0x03,
    if: 0x04,
    end: 0x0b,
    br: 0x0c,
    brIf: 0x0d,
    get: 0x20,
    set: 0x21,
    load: 0x28,
    load8u: 0x2d,
    store: 0x36,
    const: 0x41,
    geU: 0x4f,
    add: 0x6a,
    sub: 0x6b,
    mul: 0x6c,
    or: 0x72,
    shl: 0x74,
    shrU: 0x76,
    and: 0x71,
    void: 0x40,
};
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0))
            return [...out, b];
        out.push(b | 0x80);
    }
}
const vec = (items) => [...uleb(items.length), ...items.flat()];
const prefilter_wasm_name = (s) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const i32 = (n) => [op.const, ...sleb(n | 0)];
const load = (offset) => [op.load, 2, ...uleb(offset)];
const store = (offset) => [op.store, 2, ...uleb(offset)];
/** Largest memory in 64 KiB pages (4 GiB, all of wasm32): a shared memory must declare one. */
const MAX_PAGES = 65536;
/**
 * A module importing memory `m.memory` (shared or not: an import must say which) and exporting one
 * function `exported`: `params` i32 parameters, an i32 result, body `fn` (locals declaration included).
 */
function moduleOf(exported, params, fn, shared) {
    const limits = shared ? [0x03, ...uleb(1), ...uleb(MAX_PAGES)] : [0x00, ...uleb(1)];
    return [
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
        ...section(1, vec([[0x60, ...vec(new Array(params).fill([I32])), ...vec([[I32]])]])),
        ...section(2, vec([[...prefilter_wasm_name('m'), ...prefilter_wasm_name('memory'), 0x02, ...limits]])),
        ...section(3, vec([[0]])),
        ...section(7, vec([[...prefilter_wasm_name(exported), 0x00, 0]])),
        ...section(10, vec([[...uleb(fn.length), ...fn]])),
    ];
}
/**
 * `scan(p, q, n, h) → count` steps `lanes` interleaved automata, lane k reading the `n` bytes from
 * address `p + k × q` (`n` a multiple of `unroll`). Each byte's step depends on the previous one's,
 * so one lane would leave the CPU waiting on a load; independent lanes overlap those waits. States
 * live at `LAYOUT.states` between calls, so a long buffer is scanned in several calls. Every step
 * into a state with bit `h` set (the keyword-ending states, numbered last from `h` on) appends an
 * (address, state) record at `LAYOUT.hits`: one test of all lanes' states OR-ed together per step,
 * the per-lane tests only when it passes. `h = 0` records nothing (a warm-up). At most `n × lanes`
 * records, which must fit `LAYOUT.hitCapacity`. `wide`: more than 64 character classes, so class × 4
 * does not fit the byte-wide class map.
 */
function moduleBytes(lanes, unroll, wide, shared) {
    // Locals: params p=0 q=1 n=2 h=3; then end, out, lane states, lane offsets k × q and addresses (k ≥ 1).
    const [end, out] = [4, 5];
    const st = (k) => 6 + k;
    const off = (k) => 5 + lanes + k;
    const at = (k) => (k === 0 ? 0 : 4 + 2 * lanes + k);
    const code = [];
    for (let k = 0; k < lanes; k++)
        code.push(...i32(0), ...load(LAYOUT.states + 4 * k), op.set, st(k));
    for (let k = 1; k < lanes; k++)
        code.push(op.get, 1, ...i32(k), op.mul, op.set, off(k));
    code.push(op.get, 0, op.get, 2, op.add, op.set, end, ...i32(0), ...i32(LAYOUT.hits), ...store(OUT));
    code.push(op.block, op.void, op.loop, op.void, op.get, 0, op.get, end, op.geU, op.brIf, 1);
    for (let k = 1; k < lanes; k++)
        code.push(op.get, 0, op.get, off(k), op.add, op.set, at(k));
    for (let u = 0; u < unroll; u++) {
        for (let k = 0; k < lanes; k++) {
            // state = table[state + classes[byte]]: the load offsets are immediates (free in the address).
            code.push(op.get, st(k), op.get, at(k), op.load8u, 0, ...uleb(u));
            if (wide)
                code.push(...i32(2), op.shl, ...load(LAYOUT.classes));
            else
                code.push(op.load8u, 0, ...uleb(LAYOUT.classes));
            code.push(op.add, ...load(LAYOUT.table), op.set, st(k));
        }
        for (let k = 0; k < lanes; k++)
            code.push(op.get, st(k), ...(k > 0 ? [op.or] : []));
        code.push(op.get, 3, op.and, op.if, op.void);
        for (let k = 0; k < lanes; k++) {
            code.push(op.get, st(k), op.get, 3, op.and, op.if, op.void);
            // The record count lives in memory, not a local: one register less for the hot loop.
            code.push(...i32(0), ...load(OUT), op.set, out);
            code.push(op.get, out, op.get, at(k), ...i32(u), op.add, ...store(0));
            code.push(op.get, out, op.get, st(k), ...store(4), ...i32(0), op.get, out, ...i32(8), op.add, ...store(OUT), op.end);
        }
        code.push(op.end);
    }
    code.push(op.get, 0, ...i32(unroll), op.add, op.set, 0, op.br, 0, op.end, op.end);
    for (let k = 0; k < lanes; k++)
        code.push(...i32(0), op.get, st(k), ...store(LAYOUT.states + 4 * k));
    code.push(...i32(0), ...load(OUT), ...i32(LAYOUT.hits), op.sub, ...i32(3), op.shrU);
    const fn = [...vec([[...uleb(3 * lanes), I32]]), ...code, op.end];
    return moduleOf('scan', 4, fn, shared);
}
const V128 = 0x7b;
/** SIMD instructions: the 0xfd prefix, then the opcode as a LEB128 number. */
const simd = (code) => [0xfd, ...uleb(code)];
const v = {
    load: [...simd(0x00), 0, 0],
    const0: [...simd(0x0c), ...new Array(16).fill(0)],
    splat8: simd(0x0f),
    extractLane32: simd(0x1b),
    sub8: simd(0x71),
    pairwise8to16: simd(0x7d),
    pairwise16to32: simd(0x7f),
};
const [ltU, gtU, tee, load8s] = [0x49, 0x4b, 0x22, 0x2c];
/** SIMD (i8x16) and scalar (i32) compare opcodes of each test. */
const COMPARE = {
    eq: { lanes: simd(0x23), scalar: 0x46, signed: false },
    gtS: { lanes: simd(0x27), scalar: 0x4a, signed: true },
    gtU: { lanes: simd(0x28), scalar: gtU, signed: false },
};
/**
 * `count(p, n) → total`: over the bytes in `[p, p + n)`, how many pass each of `tests`, summed;
 * sixteen bytes per step (a compare and a subtract per test into per-byte counters, summed before
 * they can overflow), the last few bytes one by one. Line numbers of findings need every newline
 * before them counted: on a 60 MB JSON file, a native `indexOf` per line cost a sixth of the scan.
 */
function countModuleBytes(tests, shared) {
    // Locals: params p=0 n=1; then end, total, stop (i32); counters, bytes, one splat per test (v128).
    const [p, n, end, total, stop, acc, bytes] = [0, 1, 2, 3, 4, 5, 6];
    const splat = (t) => 7 + t;
    // A step adds at most one per test to each byte counter.
    const block = Math.floor(255 / tests.length) * 16;
    const code = [
        ...[op.get, p, op.get, n, op.add, op.set, end],
        ...tests.flatMap((t, k) => [...i32(t.value), ...v.splat8, op.set, splat(k)]),
        ...[op.block, op.void, op.loop, op.void],
        ...[op.get, end, op.get, p, op.sub, ...i32(16), ltU, op.brIf, 1],
        // stop = p + min(block, (end - p) rounded down to 16)
        ...[op.get, end, op.get, p, op.sub, ...i32(-16), op.and, op.set, stop],
        ...[op.get, stop, ...i32(block), gtU, op.if, op.void, ...i32(block), op.set, stop, op.end],
        ...[op.get, p, op.get, stop, op.add, op.set, stop],
        ...[...v.const0, op.set, acc],
        ...[op.loop, op.void, op.get, p, ...v.load, op.set, bytes],
        ...tests.flatMap((t, k) => [
            op.get,
            acc,
            op.get,
            bytes,
            op.get,
            splat(k),
            ...COMPARE[t.cmp].lanes,
            ...v.sub8,
            op.set,
            acc,
        ]),
        ...[op.get, p, ...i32(16), op.add, tee, p, op.get, stop, ltU, op.brIf, 0, op.end],
        ...[op.get, acc, ...v.pairwise8to16, ...v.pairwise16to32, op.set, acc, op.get, total],
        ...[0, 1, 2, 3].flatMap((lane) => [op.get, acc, ...v.extractLane32, lane, op.add]),
        ...[op.set, total, op.br, 0, op.end, op.end],
        ...[op.block, op.void, op.loop, op.void, op.get, p, op.get, end, op.geU, op.brIf, 1],
        ...tests.flatMap((t) => {
            const c = COMPARE[t.cmp];
            return [
                op.get,
                total,
                op.get,
                p,
                c.signed ? load8s : op.load8u,
                0,
                0,
                ...i32(t.value),
                c.scalar,
                op.add,
                op.set,
                total,
            ];
        }),
        ...[op.get, p, ...i32(1), op.add, op.set, p, op.br, 0, op.end, op.end],
        ...[op.get, total],
    ];
    const fn = [
        ...vec([
            [3, I32],
            [2 + tests.length, V128],
        ]),
        ...code,
        op.end,
    ];
    return moduleOf('count', 2, fn, shared);
}
/**
 * The few WebAssembly constructors used here. Node has them all, but the project compiles against
 * lib ES2023 and @types/node, neither of which declares the WebAssembly namespace (it is in lib DOM).
 */
const WebAssembly = globalThis.WebAssembly;
/** Memories made shared (their buffer is a SharedArrayBuffer, growing it detaches no view). */
const sharedMemories = new WeakSet();
/**
 * A new linear memory of `pages` × 64 KiB, for `prefilterKernel`. A shared one can be passed to
 * another thread, which then reads and scans into it while this one reads it too.
 */
function wasmMemory(pages, shared = false) {
    if (!shared)
        return new WebAssembly.Memory({ initial: pages });
    const memory = new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
    sharedMemories.add(memory);
    return memory;
}
const modules = new Map();
/** The module `bytes(shared)` builds, compiled once per process under `key` and sharedness. */
function compiled(key, bytes, shared) {
    const k = `${key}:${shared ? 'shared' : 'own'}`;
    let module = modules.get(k);
    if (!module) {
        module = new WebAssembly.Module(new Uint8Array(bytes(shared)));
        modules.set(k, module);
    }
    return module;
}
/** The exports of an instance of `module` over `memory`. */
function instanceOf(module, memory) {
    return new WebAssembly.Instance(module, { m: { memory } }).exports;
}
/** A counter of the bytes passing `tests` (see countModuleBytes) over `memory`. */
function byteCounter(memory, tests) {
    const key = `count:${tests.map((t) => `${t.cmp}${t.value}`).join(',')}`;
    const shared = sharedMemories.has(memory);
    return instanceOf(compiled(key, (sh) => countModuleBytes(tests, sh), shared), memory);
}
/**
 * The kernel module of a variant, for memories shared or not (each compiled once per process,
 * synchronously: it is tiny).
 */
function kernelModule(lanes, unroll, wide, shared) {
    return compiled(`${lanes}/${unroll}/${wide}`, (sh) => moduleBytes(lanes, unroll, wide, sh), shared);
}
/** An instance of the kernel over `memory`. */
function prefilterKernel(memory, lanes, unroll, wide) {
    return instanceOf(kernelModule(lanes, unroll, wide, sharedMemories.has(memory)), memory);
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/prefilter.ts


/**
 * Lanes stepped together by the WebAssembly loop (see `scanBytes`): five is the most whose states and
 * addresses V8 keeps in registers on x64 (with six it spills, and the loop gets slower than with four).
 */
const LANES = 5;
/** Bytes per lane per loop turn. */
const UNROLL = 4;
/** Below this many bytes per lane, one lane in JavaScript (the call and the warm-up cost more than they save). */
const LANE_MIN = 64;
/**
 * Memories the read-ahead thread takes turns filling (see readAheadAreas): with two it waited for
 * the scanning thread about as often as it read (a large JSON tree scanned 20% slower than with
 * three); four were no faster than three, and each holds a copy of the largest file.
 */
const READ_AHEAD_AREAS = 3;
/** Past this, plain JavaScript: hit records hold i32 addresses. */
const WASM_MAX = 1 << 30;
const PAGE = 64 * 1024;
/** Loop turns per call: one hit record per lane and byte at most, so the hit area cannot overflow. */
const CHUNK = Math.floor(LAYOUT.hitCapacity / LANES / UNROLL) * UNROLL;
/**
 * Prefilters made in this thread, by rule keywords: building the automaton takes 3-4 ms and its
 * WebAssembly memory a few more, and every scan of a process (diff and full passes, repeated scans
 * in tests and benchmarks) would build the same. A scan uses a prefilter synchronously, file by file,
 * and `collect` leaves no state behind, so scans in turn can share one.
 */
const prefilters = new Map();
/** The prefilter of `rules` (see the constructor), made once per thread and keyword layout. */
function prefilterOf(rules) {
    const key = rules.map((r) => `${r.fileGlobs ? '\u0003' : ''}${(r.keywords ?? []).join('\u0001')}`).join('\u0002');
    let prefilter = prefilters.get(key);
    if (!prefilter) {
        prefilter = new Prefilter(rules);
        // Custom rules make each configuration's layout differ: keep the cache from growing without bound.
        if (prefilters.size >= 4)
            prefilters.clear();
        prefilters.set(key, prefilter);
    }
    return prefilter;
}
/**
 * Steps the kernel's lanes over the `length` bytes at `base` of the memory `i32` views: each lane
 * first reads `warmup` bytes before its share (lane 0 the padding before `base`) reporting nothing,
 * then calls of at most `chunk` turns, each followed by `take(first, count)` with the i32 index of
 * its first (address, state) record. Returns how many bytes the lanes covered (`lanes × q`, 0 when
 * `length` does not suit them and nothing ran) and the last lane's final state (a row index); the
 * caller steps the rest. Self-contained, no outer names: the read-ahead thread runs its source text.
 */
function runLanes(kernel, i32, base, length, p, take) {
    if (length < p.laneMin * p.lanes || length > p.wasmMax)
        return [0, 0];
    const q = Math.floor(length / (p.lanes * p.unroll)) * p.unroll;
    i32.fill(0, p.states >> 2, (p.states >> 2) + p.lanes);
    kernel.scan(base - p.warmup, q, p.warmup, 0);
    // Each call fills at most the hit area: one record per lane and byte.
    for (let at = 0; at < q; at += p.chunk) {
        const count = kernel.scan(base + at, q, Math.min(p.chunk, q - at), p.hitBit);
        if (count > 0)
            take(p.hits >> 2, count);
    }
    return [p.lanes * q, i32[(p.states >> 2) + p.lanes - 1] >> 2];
}
/** `\n` bytes: line numbers. */
const NEWLINES = [{ cmp: 'eq', value: 10 }];
/**
 * UTF-16 units of well-formed UTF-8: one per byte that is not a continuation byte (0x80-0xbf, below
 * -64 as a signed byte), and one more per four-byte sequence's lead (above 0xef, a surrogate pair).
 */
const UTF16_UNITS = [
    { cmp: 'gtS', value: -65 },
    { cmp: 'gtU', value: 0xef },
];
/**
 * The keyword prefilter: one pass over each file with an Aho-Corasick automaton of every rule
 * keyword (ASCII case folded inside the automaton, so the text is never lowercased or copied).
 * It yields which rules can match and where their keywords occur, before any per-rule regex runs.
 */
class Prefilter {
    automaton;
    /** Longest keyword: a stream that starts this many bytes early is in the right state. */
    maxLength;
    keywordRules;
    keywordLength;
    always = [];
    /** Start offsets per keyword in the current scan (reused), and the keywords seen so far. */
    starts;
    seen = [];
    /** The WebAssembly loop, its memory (`LAYOUT`, then the input at `base`), made on first use. */
    wasm;
    /** The kernel's constants for `runLanes`. */
    params;
    /** The read-ahead thread's memories, made on first use. */
    areas;
    /** The same memories with this thread's byte counters over them. */
    areasLaid = [];
    /** `rules[i].keywords` lists lowercase ASCII literals (see `PrefilterRule`); `include` narrows the rules. */
    constructor(rules, include = () => true) {
        const ids = new Map();
        this.keywordRules = [];
        rules.forEach((rule, index) => {
            if (!include(index))
                return;
            if (!rule.keywords || rule.keywords.length === 0) {
                // Without keywords, a rule limited to some files is the caller's to add for them.
                if (!rule.fileGlobs)
                    this.always.push(index);
                return;
            }
            for (const raw of rule.keywords) {
                const kw = raw.toLowerCase();
                if (kw.length === 0)
                    throw new Error('Prefilter keywords must not be empty');
                let id = ids.get(kw);
                if (id === undefined) {
                    id = ids.size;
                    ids.set(kw, id);
                    this.keywordRules.push([]);
                }
                this.keywordRules[id].push(index);
            }
        });
        const keywords = [...ids.keys()];
        this.keywordLength = keywords.map((k) => k.length);
        this.maxLength = Math.max(0, ...this.keywordLength);
        this.starts = new Array(keywords.length).fill(undefined);
        this.automaton = buildAutomaton(keywords);
        this.params = {
            lanes: LANES,
            unroll: UNROLL,
            laneMin: LANE_MIN,
            wasmMax: WASM_MAX,
            states: LAYOUT.states,
            hits: LAYOUT.hits,
            chunk: CHUNK,
            warmup: this.warmup,
            hitBit: this.automaton.hitRow * 4,
        };
    }
    /**
     * Scans `text` once. Returns the candidate rule indices and, per candidate rule, the start offsets
     * of all its keywords' occurrences (unordered). Rules without keywords map to an empty list.
     */
    scan(text) {
        if (this.keywordLength.length === 0)
            return this.collect();
        const { table, classOf, hitRow } = this.automaton;
        let s = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const code = text.charCodeAt(i);
            s = table[s + (code < 256 ? classOf[code] : 0)];
            if (s >= hitRow)
                this.hit(s, i);
        }
        return this.collect();
    }
    /**
     * The same scan over raw bytes (bytes ≥ 128 never start or continue a keyword), so the offsets are
     * byte offsets: those of the latin1 decoding of the buffer. The bytes are copied into WebAssembly
     * memory (unless they were read there, see `input`) and cut into `LANES` shares scanned together;
     * each lane first reads the `maxLength - 1` bytes before its share (a keyword ending in the share
     * starts no earlier), reporting nothing there; lane 0 reads padding of class-0 bytes instead. The
     * last lane's few leftover bytes, and small buffers, are stepped here in JavaScript.
     */
    scanBytes(bytes, length) {
        if (this.keywordLength.length === 0)
            return this.collect();
        let covered = 0;
        let s = 0;
        if (length >= LANE_MIN * LANES && length <= WASM_MAX) {
            const w = this.memoryFor(length);
            const { kernel, base, i32 } = w;
            if (bytes.buffer !== w.u8.buffer || bytes.byteOffset !== base) {
                w.u8.set(length === bytes.length ? bytes : bytes.subarray(0, length), base);
            }
            [covered, s] = runLanes(kernel, i32, base, length, this.params, (first, count) => this.takeRecords(i32, first, count, base));
        }
        return this.finish(bytes, covered, length, s);
    }
    /** The same result as `scanBytes(bytes, length)` for a file whose lanes ran elsewhere (see Prefiltered). */
    scanPrefiltered(bytes, length, pre) {
        if (this.keywordLength.length === 0)
            return this.collect();
        this.takeRecords(pre.records, 0, pre.count, pre.base);
        return this.finish(bytes, pre.covered, length, pre.state);
    }
    /** Records `count` (address, state) pairs from `i32[first]` on: addresses are `base` + offset. */
    takeRecords(i32, first, count, base) {
        for (let h = first, e = first + 2 * count; h < e; h += 2)
            this.hit(i32[h + 1] >> 2, i32[h] - base);
    }
    /** Steps `bytes[from, length)` here from state `s` (what the lanes left) and collects the scan. */
    finish(bytes, from, length, s) {
        const { table, classOf, hitRow } = this.automaton;
        for (let i = from; i < length; i++) {
            s = table[s + classOf[bytes[i]]];
            if (s >= hitRow)
                this.hit(s, i);
        }
        return this.collect();
    }
    /**
     * Memories for the read-ahead thread, laid out as this thread's (made once per prefilter; none when
     * there are no keywords to look for).
     */
    readAheadAreas() {
        if (this.keywordLength.length === 0)
            return undefined;
        if (!this.areas) {
            const memories = Array.from({ length: READ_AHEAD_AREAS }, () => this.laidOutMemory(true));
            // Only what can be posted to another thread (memories, a module, numbers).
            this.areas = {
                memories,
                module: kernelModule(LANES, UNROLL, this.automaton.width > 64, true),
                base: this.inputBase,
                params: this.params,
            };
            this.areasLaid = memories.map((m) => ({ memory: m, counters: new Map() }));
        }
        return this.areas;
    }
    /**
     * A view of `size` bytes where `scanBytes` reads its input: a file read straight into it is not
     * copied. Valid until the next call (growing the memory detaches earlier views).
     */
    input(size) {
        const w = this.memoryFor(size);
        return new Uint8Array(w.u8.buffer, w.base, size);
    }
    /**
     * A counter of `\n` bytes in ranges of `bytes` when they lie in this prefilter's memory (a file read
     * through `input`), for line numbers; undefined otherwise. Valid as long as `bytes` is.
     */
    newlinesIn(bytes) {
        return this.countIn(bytes, NEWLINES);
    }
    /**
     * A counter of the UTF-16 units that ranges of `bytes` decode to, for ranges that are well-formed
     * UTF-8 (the caller checks), when they lie in this prefilter's memory; undefined otherwise. Columns
     * of findings on a long non-ASCII line (minified code) need every character before them counted.
     */
    utf16UnitsIn(bytes) {
        return this.countIn(bytes, UTF16_UNITS);
    }
    countIn(bytes, tests) {
        const w = this.wasm && bytes.buffer === this.wasm.u8.buffer
            ? this.wasm
            : this.areasLaid.find((a) => bytes.buffer === a.memory.buffer);
        if (!w)
            return undefined;
        let counter = w.counters.get(tests);
        if (!counter) {
            counter = byteCounter(w.memory, tests);
            w.counters.set(tests, counter);
        }
        const at = bytes.byteOffset;
        const { count } = counter;
        return (from, to) => (to > from ? count(at + from, to - from) : 0);
    }
    /** Bytes a lane reads before its share: at least `maxLength - 1`, whole loop turns. */
    get warmup() {
        return Math.ceil((this.maxLength - 1) / UNROLL) * UNROLL;
    }
    /** Where the input starts in a memory laid out for the kernel: after the table and lane 0's padding. */
    get inputBase() {
        return LAYOUT.table + this.automaton.table.length * 4 + this.warmup;
    }
    /** A new memory with the kernel's tables and lane 0's padding (see LAYOUT), and room for 1 MiB of input. */
    laidOutMemory(shared) {
        const memory = wasmMemory(Math.ceil((this.inputBase + 1024 * 1024) / PAGE), shared);
        const { table, classOf, width } = this.automaton;
        const i32 = new Int32Array(memory.buffer);
        const u8 = new Uint8Array(memory.buffer);
        // Class × 4 (a byte offset into a row), byte-wide when it fits (one instruction less per byte).
        const classes = width > 64 ? i32.subarray(LAYOUT.classes >> 2) : u8.subarray(LAYOUT.classes);
        for (let b = 0; b < 256; b++)
            classes[b] = classOf[b] * 4;
        for (let i = 0; i < table.length; i++)
            i32[(LAYOUT.table >> 2) + i] = table[i] * 4;
        // Lane 0's warm-up reads these: bytes ≥ 128 are in no keyword (class 0 keeps the start state).
        u8.fill(0x80, this.inputBase - this.warmup, this.inputBase);
        return memory;
    }
    /** The WebAssembly side, made on first use, its memory grown to hold `size` input bytes. */
    memoryFor(size) {
        let w = this.wasm;
        if (!w) {
            const base = this.inputBase;
            const memory = this.laidOutMemory(false);
            const kernel = prefilterKernel(memory, LANES, UNROLL, this.automaton.width > 64);
            const [i32, u8] = [new Int32Array(memory.buffer), new Uint8Array(memory.buffer)];
            w = { kernel, memory, base, i32, u8, counters: new Map() };
            this.wasm = w;
        }
        if (w.u8.length < w.base + size) {
            w.memory.grow(Math.ceil((w.base + size - w.u8.length) / PAGE));
            w.i32 = new Int32Array(w.memory.buffer);
            w.u8 = new Uint8Array(w.memory.buffer);
        }
        return w;
    }
    hit(row, end) {
        const { hitRow, hitShift, outputStart, outputKeywords } = this.automaton;
        const j = (row - hitRow) >> hitShift;
        for (let o = outputStart[j], e = outputStart[j + 1]; o < e; o++) {
            const kw = outputKeywords[o];
            let list = this.starts[kw];
            if (!list) {
                list = [];
                this.starts[kw] = list;
                this.seen.push(kw);
            }
            list.push(end - this.keywordLength[kw] + 1);
        }
    }
    /** The candidates of the scan that just ended; resets the per-scan state. */
    collect() {
        const result = new Map();
        for (const r of this.always)
            result.set(r, []);
        for (const kw of this.seen) {
            const list = this.starts[kw];
            this.starts[kw] = undefined;
            for (const rule of this.keywordRules[kw]) {
                const existing = result.get(rule);
                // A keyword's list may be shared by several rules: merging makes a new array.
                result.set(rule, existing ? existing.concat(list) : list);
            }
        }
        this.seen.length = 0;
        return result;
    }
}


/***/ }),

/***/ 41740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ isSuppressed),
/* harmony export */   FJ: () => (/* binding */ suppressedIds),
/* harmony export */   QG: () => (/* binding */ fingerprintSource),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Xu: () => (/* binding */ fingerprintOfNormalized),
/* harmony export */   jA: () => (/* binding */ FINGERPRINT_REACH),
/* harmony export */   oU: () => (/* binding */ loadBaseline),
/* harmony export */   oY: () => (/* binding */ normalizeLine),
/* harmony export */   s2: () => (/* binding */ suppressedBy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);



const MARKER = /moko-ignore:\s*([\w*/.-]+(?:\s*,\s*[\w*/.-]+)*)/;
/** Rule ids named by a `moko-ignore: <rule-id>[,<rule-id>] <reason>` comment on a line, if any. */
function suppressedIds(lineText) {
    if (!lineText?.includes('moko-ignore:'))
        return [];
    const m = MARKER.exec(lineText);
    return m?.[1] ? m[1].split(',').map((s) => s.trim()) : [];
}
/** True when `ruleId` is suppressed by a marker on its line or on the line above (`*` and `family/*` allowed). */
function isSuppressed(ruleId, line, lineAbove) {
    return suppressedBy(ruleId, suppressedIds(line), suppressedIds(lineAbove));
}
/** `isSuppressed` on the ids already read from the line and the line above (see `suppressedIds`). */
function suppressedBy(ruleId, lineIds, aboveIds) {
    if (lineIds.length === 0 && aboveIds.length === 0)
        return false;
    const family = `${ruleId.slice(0, ruleId.indexOf('/'))}/*`;
    return [...lineIds, ...aboveIds].some((id) => id === ruleId || id === family || id === '*');
}
/** A line's content as fingerprints see it: runs of whitespace as one space, trimmed. */
function normalizeLine(lineText) {
    return lineText.replace(/\s+/g, ' ').trim();
}
/** Characters of a long line a fingerprint reads on each side of the finding. */
const FINGERPRINT_REACH = 256;
/**
 * What a fingerprint hashes of the line holding a finding at 1-based `column`: the whole line, or for
 * a line longer than 2 × FINGERPRINT_REACH (minified code) the text around the finding. Hashing
 * whole lines made a file of one 2 MB line with many findings cost seconds; edits elsewhere on such
 * a line no longer change the fingerprint either.
 */
function fingerprintSource(lineText, column) {
    if (lineText.length <= 2 * FINGERPRINT_REACH)
        return lineText;
    const at = Math.min(Math.max(0, column - 1), lineText.length);
    return lineText.slice(Math.max(0, at - FINGERPRINT_REACH), at + FINGERPRINT_REACH);
}
/**
 * Stable fingerprint: rule id + file + hash of the whitespace-normalized line content, plus the
 * occurrence index of that key in the file, so moving code up or down keeps it (like code
 * scanning's primaryLocationLineHash). The hash is one-way: a secret never appears in it.
 */
function fingerprint(ruleId, file, lineText, occurrence) {
    return fingerprintOfNormalized(ruleId, file, normalizeLine(lineText), occurrence);
}
/** `fingerprint` of a line already passed through `normalizeLine` (normalizing a long line once). */
function fingerprintOfNormalized(ruleId, file, normalized, occurrence) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\0${file}\0${normalized}`).digest('hex').slice(0, 32);
    return `${digest}:${occurrence}`;
}
/**
 * Reads a baseline of accepted fingerprints: JSON `{ "fingerprints": ["…"] }` (or `[{ "fingerprint": "…" }]`),
 * or a previous SARIF log (its results' `partialFingerprints.mokoFingerprint/v1`).
 */
async function loadBaseline(file) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Cannot read baseline ${file}: ${(0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    const out = new Set();
    const addEntry = (e) => {
        if (typeof e === 'string')
            out.add(e);
        else if (typeof e === 'object' && e !== null && 'fingerprint' in e && typeof e.fingerprint === 'string')
            out.add(e.fingerprint);
    };
    if (Array.isArray(data))
        data.forEach(addEntry);
    else if (typeof data === 'object' && data !== null) {
        if ('fingerprints' in data && Array.isArray(data.fingerprints))
            data.fingerprints.forEach(addEntry);
        if ('runs' in data && Array.isArray(data.runs)) {
            for (const run of data.runs) {
                for (const r of run.results ?? []) {
                    const fp = r.partialFingerprints?.['mokoFingerprint/v1'];
                    if (fp)
                        out.add(fp);
                }
            }
        }
    }
    return out;
}


/***/ }),

/***/ 76824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScanWorkerIfWorker: () => (/* binding */ runScanWorkerIfWorker),
/* harmony export */   scanInWorkers: () => (/* binding */ scanInWorkers),
/* harmony export */   setScanWorkerScript: () => (/* binding */ setScanWorkerScript)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7370);



/** Files a thread claims at a time from the shared cursor. */
const BATCH = 16;
/** `slots[0]`: next file index to claim; `slots[1 + k]`: worker k's state (see below). */
const NEXT = 0;
/** Worker states: not started yet, scanning, cancelled by the main thread before it started. */
const IDLE = 0;
const RUNNING = 1;
const CANCELLED = 2;
/** Script a worker thread runs: set by the entry point that can re-enter itself (the bundle). */
let workerScript;
let workerExecArgv;
/**
 * Declares the script workers start from (it must call `runScanWorkerIfWorker()`), and optionally
 * the Node flags they run with (e.g. a TypeScript loader in tests); undefined turns workers off.
 */
function setScanWorkerScript(script, execArgv) {
    workerScript = script;
    workerExecArgv = execArgv;
}
/** Claims batches from the shared cursor until every file is taken, scanning them into `tally`. */
function drain(scanner, files, slots, tally) {
    for (;;) {
        const first = Atomics.add(slots, NEXT, BATCH);
        if (first >= files.length)
            return;
        const end = Math.min(files.length, first + BATCH);
        for (let i = first; i < end; i++)
            scanner.scanFile(files[i], tally);
    }
}
/** If this thread is a scan worker, scans its share and returns true; otherwise returns false. */
function runScanWorkerIfWorker() {
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread || !data?.mokoScanWorker || !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort || !data.slots || !data.files)
        return false;
    const slots = new Int32Array(data.slots);
    const tally = (0,_file_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyTally */ .CK)();
    // The main thread may have finished every file before this worker was up; then it has already
    // been told not to start, and claims nothing.
    if (Atomics.compareExchange(slots, 1 + (data.index ?? 0), IDLE, RUNNING) === IDLE) {
        drain(new _file_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .FileScanner */ .TY(data.config, data.categories ?? []), data.files, slots, tally);
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage(tally);
    return true;
}
/**
 * Scans `files` on up to `threads` threads: `threads - 1` workers plus the calling thread, all
 * claiming batches of files from one shared cursor (so a slow start or a large file on one thread
 * does not leave the others idle). The calling thread starts at once; a worker that is not up by
 * the time every file is claimed is cancelled. Falls back to the calling thread alone when no
 * worker script was declared.
 */
async function scanInWorkers(scanner, files, config, categories, threads, 
/** False leaves every file to the workers (tests use it to be sure the workers ran). */
callerScans = true) {
    const count = Math.min(threads, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)());
    const tally = (0,_file_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyTally */ .CK)();
    const slots = new Int32Array(new SharedArrayBuffer(4 * count));
    if (!workerScript || count < 2) {
        drain(scanner, files, slots, tally);
        return tally;
    }
    const workers = [];
    const results = [];
    for (let k = 0; k < count - 1; k++) {
        const data = {
            mokoScanWorker: true,
            config,
            categories: [...categories],
            files,
            slots: slots.buffer,
            index: k,
        };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(workerScript, {
            workerData: data,
            ...(workerExecArgv ? { execArgv: workerExecArgv } : {}),
        });
        workers.push(worker);
        results.push(new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`scan worker exited (code ${code}) before reporting`)));
        }));
    }
    try {
        // The calling thread scans while the workers start and join in.
        if (callerScans)
            drain(scanner, files, slots, tally);
        const pending = [];
        for (let k = 0; k < workers.length; k++) {
            if (callerScans && Atomics.compareExchange(slots, 1 + k, IDLE, CANCELLED) === IDLE) {
                results[k].catch(() => undefined);
                void workers[k].terminate();
            }
            else
                pending.push(results[k]);
        }
        for (const t of await Promise.all(pending))
            (0,_file_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeTally */ .vc)(tally, t);
        return tally;
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}


/***/ }),

/***/ 43278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qF: () => (/* binding */ checkWorkflow),
  Kr: () => (/* binding */ isWorkflowFile),
  $u: () => (/* binding */ isWorkflowPath)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/security-scan/src/engine/workflow-yaml.ts
var workflow_yaml = __webpack_require__(51536);
;// CONCATENATED MODULE: ./actions/security-scan/src/engine/workflow-audits.ts


/** Triggers that run with the base repository's secrets and a write token on events others cause. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** `github.actor`, `github['actor']` (any case), `github.triggering_actor`, the PR sender's login. */
const ACTOR = `github(?:\\.(?:actor|triggering_actor)\\b|\\[\\s*['"](?:actor|triggering_actor)['"]\\s*\\]|\\.event\\.pull_request\\.sender\\.login\\b)`;
const ACTOR_ID = `github(?:\\.actor_id\\b|\\[\\s*['"]actor_id['"]\\s*\\]|\\.event\\.pull_request\\.sender\\.id\\b)`;
/** Known bot user and integration ids (dependabot, dependabot-preview, renovate). */
const BOT_IDS = '(?:29110|49699333|27856297|29139614)';
const BOT_CHECK = new RegExp(`${ACTOR}\\s*==\\s*['"][^'"]*\\[bot\\]['"]|['"][^'"]*\\[bot\\]['"]\\s*==\\s*${ACTOR}|${ACTOR_ID}\\s*==\\s*['"]?${BOT_IDS}\\b`, 'i');
/** `${{ … toJSON(secrets) … }}` or `secrets[<expression>]` anywhere in one expression (which may hold `{0}`-style braces). */
const ALL_SECRETS = /\$\{\{(?:(?!\}\})[\s\S])*?\b(?:toJSON\(\s*secrets\s*\)|secrets\[\s*(?!['"])[^\]]+\])(?:(?!\}\})[\s\S])*\}\}/gi;
const ENV_FILE_WRITE = /^.*(?:>>?|\btee\b(?:\s+-a)?)\s*["']?(?:\$\{?GITHUB_(?:ENV|PATH)\}?|%GITHUB_(?:ENV|PATH)%)["']?.*$|^.*\$env:GITHUB_(?:ENV|PATH)\b.*$/gim;
/** `dangerous-trigger`, `excessive-permissions` and `overprovisioned-secrets`: checks on the whole file. */
function auditWorkflowFile(ctx) {
    const { root, add } = ctx;
    if (ctx.workflow) {
        // A pull_request_target workflow whose only job is one actions/labeler step is the use the
        // trigger exists for (labelling fork PRs): it runs no code of the pull request.
        const onlyStep = ctx.jobs.length === 1 ? (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(ctx.jobs[0]?.[1], 'steps')) : [];
        const labelerOnly = onlyStep.length === 1 && /^actions\/labeler@/i.test((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(onlyStep[0], 'uses')) ?? '');
        const used = ctx.on.filter((t) => PRIVILEGED_TRIGGERS.includes(t) && !(t === 'pull_request_target' && labelerOnly));
        if (used.length > 0)
            add('dangerous-trigger', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* keyNode */.qe)(root, 'on') ?? (0,workflow_yaml/* keyNode */.qe)(root, 'true')), `The workflow runs on ${used.join(' and ')}: with secrets and a write token, on events anyone can cause.`);
        const perms = (0,workflow_yaml/* get */.Jt)(root, 'permissions');
        if ((0,workflow_yaml/* str */.gx)(perms) === 'read-all')
            add('excessive-permissions', (0,workflow_yaml/* startOf */.GH)(perms), 'The workflow grants read-all permissions to every job without its own: read access to every scope, where a job needs a few.');
        // Workflow-level write scopes reach every job that declares none; with one job, or every job
        // declaring its own, or a reusable workflow (its caller decides), they are what the jobs need.
        const jobsWithout = ctx.jobs.filter(([, job]) => (0,workflow_yaml/* get */.Jt)(job, 'permissions') === undefined).length;
        const reusableOnly = ctx.on.length > 0 && ctx.on.every((t) => t === 'workflow_call');
        if (ctx.jobs.length > 1 && jobsWithout > 0 && !reusableOnly)
            for (const [scope, value] of (0,workflow_yaml/* entries */.jO)(perms))
                if ((0,workflow_yaml/* str */.gx)(value) === 'write')
                    add('excessive-permissions', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* keyNode */.qe)(perms, scope)), `\`${scope}: write\` at the workflow level applies to each of the ${jobsWithout} job(s) that declare no permissions of their own.`);
    }
    for (const m of ctx.file.source.matchAll(ALL_SECRETS))
        add('overprovisioned-secrets', m.index ?? 0, `\`${m[0].slice(0, 60)}\` hands every secret of the repository to this step, not the ones it needs.`);
}
/** `unpinned-image` and `bot-condition` on one job. */
function auditJob(ctx, job) {
    const images = [];
    const container = (0,workflow_yaml/* get */.Jt)(job, 'container');
    const containerImage = (0,workflow_yaml/* str */.gx)(container) !== undefined ? container : (0,workflow_yaml/* get */.Jt)(container, 'image');
    if (containerImage)
        images.push(containerImage);
    for (const [, service] of (0,workflow_yaml/* entries */.jO)((0,workflow_yaml/* get */.Jt)(job, 'services'))) {
        const image = (0,workflow_yaml/* str */.gx)(service) !== undefined ? service : (0,workflow_yaml/* get */.Jt)(service, 'image');
        if (image)
            images.push(image);
    }
    for (const node of images)
        checkImage(ctx, node, (0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(job, 'strategy'), 'matrix'));
    checkBotCondition(ctx, (0,workflow_yaml/* get */.Jt)(job, 'if'));
}
/** `unpinned-image` for a Docker action (action.yml `runs.image: docker://…`; a Dockerfile is built, not pulled). */
function auditDockerAction(ctx) {
    const runs = (0,workflow_yaml/* get */.Jt)(ctx.root, 'runs');
    const image = (0,workflow_yaml/* get */.Jt)(runs, 'image');
    if (image && (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(runs, 'using')) === 'docker' && (0,workflow_yaml/* str */.gx)(image)?.startsWith('docker://'))
        checkImage(ctx, image, undefined);
}
/** Pinned by digest (a malformed digest fails the pull rather than running something else). */
const DIGEST = /@sha256:\S+$/;
/**
 * The images an `image:` value can name: itself; for `${{ matrix.X }}` every value of X in the
 * job's matrix (its list and `include:` entries); for another expression the quoted literals in it
 * (`cond && 'redis:7' || ''`). Values the file does not hold (inputs, vars) are not known here.
 */
function imageValues(value, matrix) {
    const expr = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value)?.[1];
    if (expr === undefined)
        return [value];
    const key = /^\s*matrix\.([\w-]+)\s*$/.exec(expr)?.[1];
    if (key) {
        const values = (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, key)).map(workflow_yaml/* str */.gx);
        for (const entry of (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, 'include')))
            values.push((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(entry, key)));
        return values.filter((v) => v !== undefined);
    }
    // Literals compared with (`inputs.x == 'true'`) are conditions, not images.
    const operands = expr.replace(/(?:==|!=)\s*'[^']*'|'[^']*'\s*(?:==|!=)/g, '');
    return [...operands.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}
function checkImage(ctx, node, matrix) {
    const seen = new Set();
    for (const raw of imageValues((0,workflow_yaml/* str */.gx)(node) ?? '', matrix)) {
        const image = raw.replace(/^docker:\/\//, '').trim();
        // Empty (no container), still an expression, a digest, or not an image reference at all.
        if (!image || image.includes('${{') || DIGEST.test(image) || /\s/.test(image) || seen.has(image))
            continue;
        seen.add(image);
        const tag = /:([^/:@]+)$/.exec(image)?.[1];
        const what = tag && tag !== 'latest' ? `uses the tag ${tag}, which can be moved` : 'has no fixed tag (latest)';
        ctx.add('unpinned-image', (0,workflow_yaml/* startOf */.GH)(node), `Image ${image} ${what}; pin it by digest.`);
    }
}
/** `bot-condition`: an `if:` that trusts the actor's name to be a bot. */
function checkBotCondition(ctx, cond) {
    const text = (0,workflow_yaml/* str */.gx)(cond);
    if (text && BOT_CHECK.test(text))
        ctx.add('bot-condition', (0,workflow_yaml/* startOf */.GH)(cond), `\`${text.trim().slice(0, 80)}\` can be true while a person controls the event (the actor is whoever triggered the last run).`);
}
/**
 * `github-env`: in a privileged workflow, or a composite action (which any workflow, privileged or not,
 * may call), a `run:` that writes non-literal text to GITHUB_ENV or GITHUB_PATH.
 */
function checkEnvFileWrite(ctx, run) {
    if (!(ctx.composite || ctx.on.some((t) => PRIVILEGED_TRIGGERS.includes(t))) || !run?.range)
        return;
    const text = ctx.file.source.slice(run.range[0], run.range[1]);
    for (const m of text.matchAll(ENV_FILE_WRITE)) {
        // What is written, without the destination: literal text is safe, expansions are not.
        const written = m[0].replace(/\$\{?GITHUB_(?:ENV|PATH)\}?|%GITHUB_(?:ENV|PATH)%|\$env:GITHUB_(?:ENV|PATH)/gi, '');
        if (!/\$|`|%\w+%/.test(written))
            continue;
        ctx.add('github-env', run.range[0] + (m.index ?? 0), `${ctx.composite ? 'A composite action (callable from pull_request_target/workflow_run jobs)' : 'A pull_request_target/workflow_run job'} writes computed text to GITHUB_ENV or GITHUB_PATH: an attacker who controls it sets variables (LD_PRELOAD, NODE_OPTIONS, PATH) for every later step.`);
    }
}
/**
 * Release workflows: run on a release, a tag push or a push to a release branch (a branch filter that
 * names "release"), whose artifacts a poisoned cache would taint.
 */
function isReleaseWorkflow(root, on) {
    return releaseTriggers(root, on).length > 0;
}
/** The release triggers of a workflow: `release`, `tag` (push with a tag filter), `release-branch`. */
function releaseTriggers(root, on) {
    const out = [];
    if (on.includes('release'))
        out.push('release');
    const push = (0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(root, 'on') ?? (0,workflow_yaml/* get */.Jt)(root, 'true'), 'push');
    if (!(0,dist/* isMap */.jh)(push))
        return out;
    if ((0,workflow_yaml/* get */.Jt)(push, 'tags') !== undefined || (0,workflow_yaml/* get */.Jt)(push, 'tags-ignore') !== undefined)
        out.push('tag');
    const branches = (0,workflow_yaml/* get */.Jt)(push, 'branches');
    const names = [(0,workflow_yaml/* str */.gx)(branches), ...(0,workflow_yaml/* items */.ld)(branches).map(workflow_yaml/* str */.gx)];
    if (names.some((b) => b?.toLowerCase().includes('release')))
        out.push('release-branch');
    return out;
}
/** Actions that publish what the job built (a release, a package, an image, a deployment). */
const PUBLISHERS = /^(?:softprops\/action-gh-release|ncipollo\/release-action|pypa\/gh-action-pypi-publish|goreleaser\/goreleaser-action|JS-DevTools\/npm-publish|rust-lang\/crates-io-auth-action|actions\/create-release|rubygems\/release-gem|jreleaser\/release-action|release-drafter\/release-drafter|googleapis\/release-please-action|redhat-actions\/push-to-registry|aws-actions\/amazon-ecs-deploy-task-definition|aws-actions\/aws-cloudformation-github-deploy|azure\/(?:aci-deploy|container-apps-deploy-action|functions-action|sql-action)|cloudflare\/wrangler-action|google-github-actions\/deploy-(?:appengine|cloudrun|cloud-functions))@/i;
const PUBLISH_COMMANDS = /\b(?:npm|pnpm|yarn) publish\b|\bcargo publish\b|\btwine upload\b|\bgem push\b|\bdocker push\b|\bgh release (?:create|upload)\b/;
/** True when a job publishes: a publishing action (docker/build-push-action with `push: true`), or a `run:` that publishes. */
function jobPublishes(steps) {
    return steps.some((step) => {
        const uses = (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(step, 'uses')) ?? '';
        if (/^docker\/build-push-action@/i.test(uses)) {
            const push = (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(step, 'with'), 'push'));
            return push !== undefined && push !== 'false';
        }
        return PUBLISHERS.test(uses) || PUBLISH_COMMANDS.test((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(step, 'run')) ?? '');
    });
}
const opt = (input, toggle, byDefault, values) => ({
    input,
    toggle,
    byDefault,
    ...(values ? { values } : {}),
});
/**
 * Actions that restore a cache (keys: lowercase owner/repo[/path]), after each action's README;
 * any one of the listed inputs enabling it is enough. Version-dependent defaults are in `caches`.
 */
const CACHE_ACTIONS = {
    'actions/cache': [opt('lookup-only', 'out', true)],
    'actions/setup-java': [opt('cache', 'in', false)],
    'actions/setup-go': [opt('cache', 'in', true)],
    'actions/setup-node': [opt('cache', 'in', false, ['npm', 'yarn', 'pnpm']), opt('package-manager-cache', 'in', true)],
    'actions/setup-python': [opt('cache', 'in', false)],
    'actions/setup-dotnet': [opt('cache', 'in', false, ['true'])],
    'astral-sh/setup-uv': [opt('enable-cache', 'in', true)],
    'swatinem/rust-cache': [opt('lookup-only', 'out', true)],
    'ruby/setup-ruby': [opt('bundler-cache', 'in', false, ['true'])],
    'pyo3/maturin-action': [opt('sccache', 'in', false, ['true'])],
    'mlugg/setup-zig': [opt('use-cache', 'in', true)],
    'oven-sh/setup-bun': [opt('no-cache', 'out', true)],
    'determinatesystems/magic-nix-cache-action': [opt('use-gha-cache', 'in', true)],
    'graalvm/setup-graalvm': [opt('cache', 'in', false)],
    'gradle/actions/setup-gradle': [opt('cache-disabled', 'out', true)],
    'actions-rust-lang/setup-rust-toolchain': [opt('cache', 'in', true)],
    'jdx/mise-action': [opt('cache', 'in', true)],
    'ramsey/composer-install': [opt('ignore-cache', 'out', true, ['yes', 'true', '1'])],
    'mozilla-actions/sccache-action': 'always',
    'nix-community/cache-nix-action': 'always',
    'awalsh128/cache-apt-pkgs-action': 'always',
    'hendrikmuhs/ccache-action': 'always',
    // Its cache-binary (default on) caches the buildx it downloads only when a `version:` is asked for: see checkCache.
    'docker/setup-buildx-action': [],
};
/** Major version of `uses:` from its ref (`v4`, `v4.1.0`) or, for a SHA, its `# v4.1.0` comment; undefined if unknown. */
function majorVersion(ctx, usesNode) {
    const ref = ((0,workflow_yaml/* str */.gx)(usesNode) ?? '').split('@')[1] ?? '';
    const fromRef = /^v?(\d+)(?:\.\d+)*$/.exec(ref)?.[1];
    if (fromRef)
        return Number(fromRef);
    const end = usesNode?.range?.[1] ?? 0;
    const eol = ctx.file.source.indexOf('\n', end);
    const rest = ctx.file.source.slice(end, eol === -1 ? undefined : eol);
    const fromComment = /^\s*#\s*v?(\d+)(?:\.\d+)*\b/.exec(rest)?.[1];
    return fromComment ? Number(fromComment) : undefined;
}
/**
 * Value of an expression toggle on a tag push or release: `startsWith(github.ref, 'refs/tags/')` and
 * `github.event_name == 'push' && github.ref_type == 'tag'` are true there, `!(…)` inverts; anything
 * else is unknown (undefined).
 */
function onTagPush(expr) {
    let e = expr.trim();
    let negate = false;
    while (e.startsWith('!')) {
        negate = !negate;
        e = e.slice(1).trim();
    }
    while (e.startsWith('(') && e.endsWith(')'))
        e = e.slice(1, -1).trim();
    const tag = /^startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/'\s*\)$/i.test(e) ||
        /^(?:github\.event_name\s*==\s*'push'\s*&&\s*github\.ref_type\s*==\s*'tag'|github\.ref_type\s*==\s*'tag'\s*&&\s*github\.event_name\s*==\s*'push')$/.test(e);
    if (tag)
        return !negate;
    if (e === 'true' || e === 'false')
        return (e === 'true') !== negate;
    return undefined;
}
/**
 * `cache-poisoning`: the step restores a cache in a job that builds a release (release trigger) or
 * publishes. A cache written by any branch's workflow is then built into what is shipped.
 */
function checkCache(ctx, usesNode, withNode) {
    const uses = (0,workflow_yaml/* str */.gx)(usesNode) ?? '';
    const action = (uses.split('@')[0] ?? '').toLowerCase();
    const rule = CACHE_ACTIONS[action];
    if (!rule)
        return;
    const major = majorVersion(ctx, usesNode);
    const triggers = releaseTriggers(ctx.root, ctx.on);
    const tagOnly = triggers.length > 0 && triggers.every((t) => t === 'release' || t === 'tag');
    const enabled = (c) => {
        const raw = (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(withNode, c.input));
        if (raw === undefined)
            return c.byDefault;
        const expr = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw)?.[1];
        let set;
        // An expression: evaluated for a tag push/release when those are the only triggers, else it may
        // enable caching (opt-in) or fail to disable it (opt-out).
        if (expr !== undefined)
            set = (tagOnly ? onTagPush(expr) : undefined) ?? c.toggle === 'in';
        else if (c.toggle === 'out')
            set = (c.values ?? ['true', 'yes', '1']).includes(raw.toLowerCase());
        else
            set = c.values ? c.values.includes(raw.toLowerCase()) : raw !== '' && raw.toLowerCase() !== 'false';
        return c.toggle === 'in' ? set : !set;
    };
    let inputs = rule === 'always' ? [] : rule;
    // Version-dependent defaults: setup-go caches from v4, setup-node's package-manager cache from v5,
    // setup-uv's enable-cache stops defaulting to on ("auto") in v10. Unknown version (a SHA without
    // a version comment): caching assumed on.
    if (action === 'actions/setup-go' && major !== undefined && major < 4)
        inputs = [opt('cache', 'in', false)];
    if (action === 'actions/setup-node' && major !== undefined && major < 5)
        inputs = inputs.slice(0, 1);
    if (action === 'astral-sh/setup-uv' && major !== undefined && major >= 10)
        inputs = [opt('enable-cache', 'in', false, ['true'])];
    const caches = rule === 'always' ||
        (action === 'docker/setup-buildx-action'
            ? // Caches the buildx binary it downloads when a version is asked for.
                enabled(opt('cache-binary', 'in', true)) && (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(withNode, 'version')) !== undefined
            : inputs.some(enabled));
    if (caches)
        ctx.add('cache-poisoning', (0,workflow_yaml/* startOf */.GH)(usesNode), `${action} restores a cache in a job that releases or publishes: any branch can write that cache, and its content ends up in what is shipped.`);
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/workflow-sinks.ts
/**
 * Actions whose inputs are code they run, like a `run:` step: an expression expanded into one of
 * these inputs is pasted into a script. Maintained by hand from each action's README (the input
 * that holds the script); keys are lowercase `owner/repo`.
 */
const SCRIPT_INPUTS = {
    'actions/github-script': ['script'],
    'mikefarah/yq': ['cmd'],
    'amadevus/pwsh-script': ['script'],
    'jannekem/run-python-script-action': ['script'],
    'cardinalby/js-eval-action': ['expression'],
    'addnab/docker-run-action': ['run', 'options'],
    'appleboy/ssh-action': ['script'],
    'garygrossgarten/github-action-ssh': ['command'],
    'azure/cli': ['inlinescript'],
    'azure/powershell': ['inlinescript'],
    'uraimo/run-on-arch-action': ['run'],
    'cross-platform-actions/action': ['run'],
    'nick-fields/retry': ['command'],
    'wandalen/wretry.action': ['command'],
    // Inputs CodeQL models as code-injection sinks (evaluated as JavaScript, lodash templates or
    // jq/yq programs), as listed in zizmor's codeql-injection-sinks.json.
    '8398a7/action-slack': ['custom_payload'],
    'devorbitus/yq-action-output': ['cmd'],
    'gautamkrishnar/blog-post-workflow': ['item_exec'],
    'imjohnbo/issue-bot': ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text'],
    'lucasbento/auto-close-issues': ['issue-close-message'],
    'roots/issue-closer-action': ['issue-close-message', 'pr-close-message'],
    'sergeysova/jq-action': ['cmd'],
    'skitionek/notify-microsoft-teams': ['overwrite'],
    'tibdex/backport': ['body_template', 'head_template', 'labels_template', 'title_template'],
};
/** Input names that hold a command or script in any action known to run one. */
const RUNNER_INPUT_NAMES = new Set(['script', 'run', 'cmd', 'command', 'inlinescript', 'shell-script']);
/**
 * The inputs of `uses:` (`owner/repo[/path]@ref`) whose value runs as code: the listed inputs of a
 * known script-running action, plus every input named script/run/cmd/command of that action.
 */
function scriptInputs(uses, inputNames) {
    const target = uses.split('@')[0] ?? '';
    const ownerRepo = target.split('/').slice(0, 2).join('/').toLowerCase();
    const listed = SCRIPT_INPUTS[ownerRepo];
    if (!listed)
        return [];
    return inputNames.filter((name) => listed.includes(name.toLowerCase()) || RUNNER_INPUT_NAMES.has(name.toLowerCase()));
}

;// CONCATENATED MODULE: ./actions/security-scan/src/engine/workflow-check.ts




/** Contexts whose text an attacker writes (titles, bodies, branch names, commit data, labels), inside an expression. */
const UNTRUSTED_CONTEXT = /\b(github\.event\.(?:issue\.(?:title|body|milestone\.title|labels\.[^.\s}]+\.(?:name|description))|pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:default_branch|description|homepage)|labels\.[^.\s}]+\.(?:name|description))|label\.(?:name|description)|comment\.body|review\.body|review_comment\.body|pages\.[^.\s}]+\.(?:page_name|title|summary)|commits\.[^.\s}]+\.(?:message|(?:author|committer)\.(?:email|name))|head_commit\.(?:message|(?:author|committer)\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|(?:author|committer)\.(?:email|name))|pull_requests\.[^.\s}]+\.head\.ref)|check_suite\.head_branch|check_run\.check_suite\.head_branch|workflow_run\.head_repository\.description|discussion\.(?:title|body)|discussion_comment\.body|release\.(?:name|body)|changes\.(?:title|body)\.from|client_payload[\w.[\]*'"-]*)|github\.head_ref)\b|(toJSON\(\s*github\.event(?:\.(?:issue|pull_request|comment|review|review_comment|discussion|discussion_comment|head_commit|commits|workflow_run|release|pages|client_payload))?\s*\))/i;
/** An action's own inputs (`inputs.x`, `inputs['x']`), inside an expression. */
const INPUT_CONTEXT = /\b(inputs\.[\w-]+|inputs\[['"][\w-]+['"]\])/;
/** A step's or a needed job's outputs (`steps.x.outputs.y`, `needs.x.outputs['y']`), inside an expression. */
const OUTPUT_CONTEXT = /\b((?:steps|needs)\.[\w-]+\.outputs(?:\.[\w-]+|\[\s*['"][^'"]+['"]\s*\])?)/;
/** `env.NAME` / `env['NAME']` and `matrix.NAME` references inside an expression. */
const ENV_REF = /\benv(?:\.([\w-]+)|\[\s*['"]([\w-]+)['"]\s*\])/g;
const MATRIX_REF = /\bmatrix\.([\w-]+)/g;
const SHA = /^[0-9a-f]{40}$/;
const HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(?:sha|branch)|refs\/pull\//;
/** True when a workflow file path is under .github/workflows, false for action.yml. */
function isWorkflowPath(path) {
    return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
/** True for files the workflow rules read. */
function isWorkflowFile(path) {
    return isWorkflowPath(path) || /(?:^|\/)action\.ya?ml$/.test(path);
}
/** Runs every workflow check on one file's text. */
function checkWorkflow(path, source, options) {
    const file = (0,workflow_yaml/* parseYaml */.hN)(source);
    if (!file.root)
        return [];
    const hits = [];
    const trusted = picomatch_default()(options.trustedActions.length > 0 ? [...options.trustedActions] : ['\0none']);
    const add = (ruleId, offset, message) => hits.push({ ruleId: `workflow/${ruleId}`, offset, message });
    const root = file.root;
    const jobs = isWorkflowPath(path)
        ? (0,workflow_yaml/* entries */.jO)((0,workflow_yaml/* get */.Jt)(root, 'jobs'))
        : [['action', (0,workflow_yaml/* get */.Jt)(root, 'runs')]];
    const on = isWorkflowPath(path) ? (0,workflow_yaml/* triggers */.G)(root) : [];
    const privileged = on.some((t) => t === 'pull_request_target' || t === 'workflow_run');
    const composite = !isWorkflowPath(path) && (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(root, 'runs'), 'using')) === 'composite';
    const ctx = { file, root, workflow: isWorkflowPath(path), on, jobs, composite, add };
    auditWorkflowFile(ctx);
    if (!isWorkflowPath(path))
        auditDockerAction(ctx);
    const release = isWorkflowPath(path) && isReleaseWorkflow(root, on);
    const checkUses = (node) => {
        const uses = (0,workflow_yaml/* str */.gx)(node);
        if (!uses || uses.startsWith('./') || uses.startsWith('.\\'))
            return;
        if (uses.startsWith('docker://')) {
            if (!/@sha256:[0-9a-f]{64}$/.test(uses))
                add('unpinned-action', (0,workflow_yaml/* startOf */.GH)(node), `Docker image ${uses} is not pinned to a digest.`);
            return;
        }
        const [target = '', ref = ''] = uses.split('@');
        const ownerRepo = target.split('/').slice(0, 2).join('/');
        if (!SHA.test(ref) && !trusted(ownerRepo))
            add('unpinned-action', (0,workflow_yaml/* startOf */.GH)(node), `${uses} is not pinned to a full commit SHA.`);
    };
    if (isWorkflowPath(path)) {
        const perms = (0,workflow_yaml/* get */.Jt)(root, 'permissions');
        if ((0,workflow_yaml/* str */.gx)(perms) === 'write-all')
            add('write-all-permissions', (0,workflow_yaml/* startOf */.GH)(perms), 'The workflow grants write-all permissions.');
        const everyJobHasPerms = jobs.length > 0 && jobs.every(([, job]) => (0,workflow_yaml/* get */.Jt)(job, 'permissions') !== undefined);
        // A reusable workflow (only `workflow_call`) runs with its caller's token and permissions.
        const reusableOnly = on.length > 0 && on.every((t) => t === 'workflow_call');
        // With one job, the job's own finding below says it all.
        if (!perms && jobs.length > 1 && !everyJobHasPerms && !reusableOnly)
            add('missing-permissions', (0,workflow_yaml/* startOf */.GH)(root), 'No top-level `permissions:`; jobs without their own get the repository default token permissions.');
        for (const [name, job] of perms ? [] : jobs) {
            // A job that calls a reusable workflow hands it the token: the caller must set its scope, even
            // in a reusable workflow. Other jobs of a reusable workflow get their caller's permissions.
            if ((0,workflow_yaml/* get */.Jt)(job, 'permissions') !== undefined || (reusableOnly && (0,workflow_yaml/* get */.Jt)(job, 'uses') === undefined))
                continue;
            add('missing-permissions', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* keyNode */.qe)((0,workflow_yaml/* get */.Jt)(root, 'jobs'), name)), `Job \`${name}\` declares no \`permissions:\` (nor does the workflow): its token gets the repository default, often read/write on everything.`);
        }
    }
    scanEnv((0,workflow_yaml/* get */.Jt)(root, 'env'), add);
    for (const [name, job] of jobs) {
        if ((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(job, 'permissions')) === 'read-all' && isWorkflowPath(path))
            add('excessive-permissions', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* get */.Jt)(job, 'permissions')), `Job \`${name}\` grants read-all permissions: read access to every scope, where it needs a few.`);
        if ((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(job, 'permissions')) === 'write-all')
            add('write-all-permissions', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* get */.Jt)(job, 'permissions')), 'The job grants write-all permissions.');
        scanEnv((0,workflow_yaml/* get */.Jt)(job, 'env'), add, (0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(job, 'strategy'), 'matrix'));
        if (isWorkflowPath(path))
            auditJob(ctx, job);
        const reusable = (0,workflow_yaml/* get */.Jt)(job, 'uses');
        checkUses(reusable);
        const reusableRef = (0,workflow_yaml/* str */.gx)(reusable);
        if (reusableRef && !reusableRef.startsWith('./') && (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(job, 'secrets')) === 'inherit') {
            const ownerRepo = reusableRef.split('@')[0]?.split('/').slice(0, 2).join('/') ?? '';
            if (!trusted(ownerRepo))
                add('secrets-inherit', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* get */.Jt)(job, 'secrets')), `All secrets are passed to ${reusableRef}.`);
        }
        const runsOn = (0,workflow_yaml/* get */.Jt)(job, 'runs-on');
        const labels = [
            (0,workflow_yaml/* str */.gx)(runsOn),
            ...(0,workflow_yaml/* items */.ld)(runsOn).map(workflow_yaml/* str */.gx),
            ...(0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(runsOn, 'labels')).map(workflow_yaml/* str */.gx),
            (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(runsOn, 'labels')),
        ];
        if (labels.includes('self-hosted') && on.some((t) => t === 'pull_request' || t === 'pull_request_target')) {
            add('self-hosted-pr', (0,workflow_yaml/* startOf */.GH)(runsOn), 'A self-hosted runner runs jobs triggered by pull requests, including from forks.');
        }
        let persistedCheckout = false;
        const publishes = release || jobPublishes((0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(job, 'steps')));
        for (const step of (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(job, 'steps'))) {
            const usesNode = (0,workflow_yaml/* get */.Jt)(step, 'uses');
            const uses = (0,workflow_yaml/* str */.gx)(usesNode) ?? '';
            checkUses(usesNode);
            scanEnv((0,workflow_yaml/* get */.Jt)(step, 'env'), add, (0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(job, 'strategy'), 'matrix'));
            const withNode = (0,workflow_yaml/* get */.Jt)(step, 'with');
            checkBotCondition(ctx, (0,workflow_yaml/* get */.Jt)(step, 'if'));
            if (publishes && uses)
                checkCache(ctx, usesNode, withNode);
            if (/^actions\/checkout@/.test(uses)) {
                if ((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(withNode, 'persist-credentials')) !== 'false') {
                    persistedCheckout = true;
                    add('checkout-persisted-credentials', (0,workflow_yaml/* startOf */.GH)(usesNode), 'actions/checkout leaves the token in .git/config for every later step (and any upload of the workspace).');
                }
                const ref = (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(withNode, 'ref')) ?? '';
                if (privileged && HEAD_REF.test(ref)) {
                    add('pr-target-checkout', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* get */.Jt)(withNode, 'ref')), `A ${on.filter((t) => t === 'pull_request_target' || t === 'workflow_run').join('/')} workflow checks out the pull request head (${ref}).`);
                }
            }
            if (/^actions\/upload-artifact@/.test(uses) && persistedCheckout) {
                const paths = ((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(withNode, 'path')) ?? '').split('\n').map((p) => p.trim());
                if (paths.some((p) => /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?|\.git\/?.*)$/.test(p))) {
                    add('artifact-credentials', (0,workflow_yaml/* startOf */.GH)((0,workflow_yaml/* get */.Jt)(withNode, 'path')), 'The workspace, with the token persisted by actions/checkout in .git/config, is uploaded as an artifact.');
                }
            }
            const run = (0,workflow_yaml/* get */.Jt)(step, 'run');
            const scope = {
                env: [(0,workflow_yaml/* get */.Jt)(step, 'env'), (0,workflow_yaml/* get */.Jt)(job, 'env'), (0,workflow_yaml/* get */.Jt)(root, 'env')],
                matrix: (0,workflow_yaml/* get */.Jt)((0,workflow_yaml/* get */.Jt)(job, 'strategy'), 'matrix'),
                composite,
            };
            if (run)
                scanScript(file, run, add, 'run', scope);
            checkEnvFileWrite(ctx, run);
            for (const input of scriptInputs(uses, (0,workflow_yaml/* entries */.jO)(withNode).map(([k]) => k)))
                scanScript(file, (0,workflow_yaml/* get */.Jt)(withNode, input), add, `${uses.split('@')[0]} ${input}`, scope);
        }
    }
    return hits;
}
/** True when the runner reads the value as true (C# bool parsing: case-insensitive, surrounding blanks ignored). */
const enablesUnsecure = (value) => /^\s*(?:true|1)\s*$/i.test((0,workflow_yaml/* str */.gx)(value) ?? '');
/**
 * `unsecure-commands`: ACTIONS_ALLOW_UNSECURE_COMMANDS set true in an `env:` map, or in the matrix
 * value a whole `env: ${{ matrix.X }}` takes (each value of X and of X in `include:` entries).
 */
function scanEnv(env, add, matrix) {
    const message = 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated set-env and add-path commands.';
    for (const [key, value] of (0,workflow_yaml/* entries */.jO)(env))
        if (key === 'ACTIONS_ALLOW_UNSECURE_COMMANDS' && enablesUnsecure(value))
            add('unsecure-commands', (0,workflow_yaml/* startOf */.GH)(value), message);
    const key = /^\s*\$\{\{\s*matrix\.([\w-]+)\s*\}\}\s*$/.exec((0,workflow_yaml/* str */.gx)(env) ?? '')?.[1];
    if (!key)
        return;
    const values = [...(0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, key)), ...(0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, 'include')).map((entry) => (0,workflow_yaml/* get */.Jt)(entry, key))];
    if (values.some((v) => enablesUnsecure((0,workflow_yaml/* get */.Jt)(v, 'ACTIONS_ALLOW_UNSECURE_COMMANDS'))))
        add('unsecure-commands', (0,workflow_yaml/* startOf */.GH)(env), `ACTIONS_ALLOW_UNSECURE_COMMANDS, set through \`matrix.${key}\`, re-enables the deprecated set-env and add-path commands.`);
}
/** The text values a name can take: the nearest env map that sets it; every value of a matrix key. */
function envValue(scope, name) {
    for (const env of scope.env) {
        const value = (0,workflow_yaml/* get */.Jt)(env, name);
        if (value !== undefined)
            return (0,workflow_yaml/* str */.gx)(value) ?? '';
    }
    return undefined;
}
function matrixValues(matrix, name) {
    // A matrix (or its `include:`) computed by an expression, e.g. `${{ fromJSON(needs.setup.outputs.matrix) }}`:
    // every key can take what that expression yields.
    const values = [
        ...(0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, name)).map(workflow_yaml/* str */.gx),
        (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(matrix, name)),
        (0,workflow_yaml/* str */.gx)(matrix),
        (0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(matrix, 'include')),
    ];
    for (const entry of (0,workflow_yaml/* items */.ld)((0,workflow_yaml/* get */.Jt)(matrix, 'include')))
        values.push((0,workflow_yaml/* str */.gx)((0,workflow_yaml/* get */.Jt)(entry, name)));
    return values.filter((v) => v !== undefined);
}
/**
 * The attacker-controlled context an expression evaluates to, if any. Boolean tests of it
 * (`contains(x, 'y')`, `x == 'foo'`) yield true/false, not its text: operands of `&&`/`||` that
 * compare, and contains/startsWith/endsWith calls, are left out.
 */
function untrustedIn(expr) {
    const valued = expr
        .replace(/\b(?:contains|startsWith|endsWith)\([^()]*\)/gi, 'true')
        .split(/&&|\|\|/)
        .filter((operand) => !/==|!=|<=|>=|[<>]/.test(operand))
        .join(' ');
    const u = UNTRUSTED_CONTEXT.exec(valued);
    return u ? (u[1] ?? u[2]) : undefined;
}
/**
 * `untrusted-input-in-run` and `input-in-run` for a script (a `run:` or the script input of a
 * script-running action): each `${{ }}` expansion that pastes attacker text into it, directly or
 * through an `env.X` or `matrix.X` whose value holds such a context. A composite action's own
 * `inputs.*` count too (callers pass event data as inputs). `step-output-in-run`: an `env.X` or
 * `matrix.X` set from a step's or job's outputs (a dynamic matrix included); the outputs expanded
 * directly are not reported (nearly every workflow pastes a version or a path that way; zizmor
 * rates them informational).
 */
function scanScript(file, node, add, where, scope) {
    if (!node?.range)
        return;
    const text = file.source.slice(node.range[0], node.range[1]);
    for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        const at = node.range[0] + (m.index ?? 0);
        const expr = m[1] ?? '';
        const direct = untrustedIn(expr);
        if (direct) {
            add('untrusted-input-in-run', at, `\`${direct}\` is expanded into \`${where}:\`; an attacker controls its text.`);
            continue;
        }
        const input = scope.composite ? INPUT_CONTEXT.exec(expr)?.[1] : undefined;
        if (input) {
            add('input-in-run', at, `\`${input}\` is pasted into the script; callers often pass event data (titles, branch names) as inputs.`);
            continue;
        }
        // Indirect: an env variable or matrix value that was set from such a context.
        const via = [];
        for (const r of expr.matchAll(ENV_REF)) {
            const name = r[1] ?? r[2] ?? '';
            via.push([`env.${name}`, envValue(scope, name) ?? '']);
        }
        for (const r of expr.matchAll(MATRIX_REF))
            for (const value of matrixValues(scope.matrix, r[1] ?? ''))
                via.push([`matrix.${r[1]}`, value]);
        // The most severe source wins: attacker text, then a composite action's input, then a step or job output.
        const sources = via.map(([ref, value]) => {
            // An env value is text with expressions in it; a matrix value may be either.
            const inner = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((x) => x[1] ?? '');
            return {
                ref,
                untrusted: inner.map(untrustedIn).find(Boolean),
                input: scope.composite ? INPUT_CONTEXT.exec(value)?.[1] : undefined,
                output: inner.map((x) => OUTPUT_CONTEXT.exec(x)?.[1]).find(Boolean),
            };
        });
        const untrusted = sources.find((x) => x.untrusted);
        const fromInput = sources.find((x) => x.input);
        const fromOutput = sources.find((x) => x.output);
        if (untrusted) {
            add('untrusted-input-in-run', at, `\`${untrusted.ref}\` (set from \`${untrusted.untrusted}\`) is expanded into \`${where}:\`; an attacker controls its text. Use the variable in the script ("$VAR"), not \`\${{ ${untrusted.ref} }}\`.`);
        }
        else if (fromInput) {
            add('input-in-run', at, `\`${fromInput.ref}\` (set from \`${fromInput.input}\`) is pasted into the script; callers often pass event data as inputs.`);
        }
        else if (fromOutput) {
            add('step-output-in-run', at, `\`${fromOutput.ref}\` (set from \`${fromOutput.output}\`) is pasted into \`${where}:\`; an output can carry text from the event or the repository (file and branch names, titles). Read it from an environment variable in the script ("$VAR") instead.`);
        }
    }
}


/***/ }),

/***/ 51536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ triggers),
/* harmony export */   GH: () => (/* binding */ startOf),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   ld: () => (/* binding */ items),
/* harmony export */   qe: () => (/* binding */ keyNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

/** Parses YAML keeping positions (yaml's LineCounter); an unparsable file yields `root: undefined`. */
function parseYaml(source) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(source, { lineCounter: counter, keepSourceTokens: false, uniqueKeys: false });
    const root = doc.errors.length === 0 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? doc.contents : undefined;
    return { root, source, lineOf: (offset) => counter.linePos(offset) };
}
/** The value under `key` in a map node, or undefined. */
function get(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    for (const pair of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)
            return (pair.value ?? undefined);
    }
    return undefined;
}
/** The key node of `key` in a map (to point at `on:` or `permissions:` themselves). */
function keyNode(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    for (const pair of node.items)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)
            return pair.key;
    return undefined;
}
/** String value of a scalar node, else undefined. */
function str(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null || node.value === undefined ? undefined : String(node.value);
    return undefined;
}
/** Items of a sequence node (empty for anything else). */
function items(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items : [];
}
/** Entries of a map node as [key, value] pairs with string keys. */
function entries(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return [];
    return node.items.map((p) => [
        String((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key),
        (p.value ?? undefined),
    ]);
}
/** Start offset of a node, or 0. */
function startOf(node) {
    return node?.range?.[0] ?? 0;
}
/** Event names of a workflow's `on:` (string, list or map form). */
function triggers(root) {
    const on = get(root, 'on') ?? get(root, 'true');
    if (!on)
        return [];
    const single = str(on);
    if (single)
        return [single];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(on))
        return items(on).map((n) => str(n) ?? '');
    return entries(on).map(([k]) => k);
}


/***/ })

};
