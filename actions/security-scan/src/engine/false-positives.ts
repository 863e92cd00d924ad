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
  // Azurite's well-known devstoreaccount1 key, published in the Azure Storage emulator docs.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
];

const PLACEHOLDER_WORDS =
  /(?:example|sample|dummy|placeholder|changeme|change_me|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|\byour[_-][\w-]{0,20}?(?:key|token|secret|password)\b|insert[_-]?|redacted|xxxx|\*\*\*\*|<[a-z_ -]+>|\.\.\.|fake|not[_-]?a[_-]?real|test[_-]?(?:key|token|secret)|todo|fixme|replace[_-]?me)/i;

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

/** True for a documented example key or a value built from placeholder words. */
export function isExampleOrPlaceholder(value: string): boolean {
  if (PLACEHOLDER_VALUES.has(value.toLowerCase())) return true;
  for (const ex of DOCUMENTED_EXAMPLES) if (value.includes(ex)) return true;
  if (/EXAMPLE/.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  // One character repeated, or a run like 0123456789 / abcdef… is not a credential.
  if (/^(.)\1+$/.test(value.replace(/[-_]/g, ''))) return true;
  if (/(?:x{6,}|X{6,}|0{8,}|1234567890|abcdefghij)/.test(value)) return true;
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
