import { createHash } from 'node:crypto';

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
export function isPublishedSampleKey(value: string): boolean {
  return PUBLISHED_KEY_DIGESTS.has(createHash('sha256').update(value).digest('hex'));
}

const PLACEHOLDER_WORDS =
  /(?:example|sample|dummy|placeholder|changeme|change_me|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|\byour[_-][\w-]{0,20}?(?:key|token|secret|password)\b|insert[_-]?|redacted|xxxx|\*\*\*\*|<[a-z_ -]+>|\.\.\.|fake|not[_-]?a[_-]?real|test[_-]?(?:key|token|secret)|todo|fixme|replace[_-]?me|\b(?:enter|provide|put|paste)[_-](?:[a-z]+[_-]){0,3}here\b)/i;

/** References to a variable, template or secret store rather than a literal. */
const REFERENCE =
  /^(?:\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%|\{\{[^}]*\}\}|<%=?[^%]*%>|process\.env\b|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|System\.getenv|config\.|settings\.|secrets\.|vault:|arn:aws:secretsmanager|ssm:|\$\{\{)/;

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
function ascendingRun(value: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1);
    const b = value.charCodeAt(i);
    const alnum = /[a-z0-9]/i.test(value[i] ?? '');
    run = alnum && b === a + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** True for a documented example key or a value built from placeholder words. */
export function isExampleOrPlaceholder(value: string): boolean {
  // Also inside punctuation: `':_password'` is npm's key suffix for a password, not one.
  if (PLACEHOLDER_VALUES.has(value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').toLowerCase())) return true;
  for (const ex of DOCUMENTED_EXAMPLES) if (value.includes(ex)) return true;
  if (value.startsWith('AIza') && isPublishedSampleKey(value)) return true;
  if (/EXAMPLE/.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  // One character repeated, or a run like 0123456789 / abcdef… is not a credential.
  if (/^(.)\1+$/.test(value.replace(/[-_]/g, ''))) return true;
  if (/(?:x{6,}|X{6,}|0{8,}|1234567890|abcdefghij)/.test(value)) return true;
  // A long run of one character (`glc_1111…`) or of the alphabet (`klmnopqrstuvwx`): typed, not generated.
  // Not `A` nor `Q`: they encode zero bits in base64 and bech32, and Twitter bearer tokens start with 22 `A`s.
  if (/([^AQ])\1{15}/.test(value) || ascendingRun(value) >= 8) return true;
  // A bracketed word where the value goes: `<password>`, `[PASSWORD]`, `{token}`.
  if (/^[<[({]?[A-Za-z_ -]*[>\])}]$/.test(value)) return true;
  return false;
}

/**
 * Keys that are public by design: Mapbox public tokens (`pk.eyJ…`) and Stripe publishable keys
 * (`pk_live_…`, `pk_test_…`) ship in browser code; no generic secret rule reports them.
 */
export function isPublicByDesign(value: string): boolean {
  return /^pk\.eyJ/.test(value) || /^pk_(?:live|test)_/.test(value);
}

/** True for `${VAR}`, `${{ secrets.X }}`, `process.env.X`, `os.environ[...]` and similar references. */
export function isReference(value: string): boolean {
  return REFERENCE.test(value.trim());
}

/** True for values shaped like hashes or identifiers (UUIDs, hex digests) rather than secrets. */
export function isHashOrId(value: string): boolean {
  return UUID.test(value) || HEX_HASH.test(value);
}

/** True for lines that carry lockfile integrity strings or base64 media, where long random text is expected. */
export function isBenignLine(line: string): boolean {
  return INTEGRITY.test(line) || DATA_URI.test(line);
}
