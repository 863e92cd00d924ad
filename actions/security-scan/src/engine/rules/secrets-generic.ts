import { isExampleOrPlaceholder, isPublicByDesign } from '../false-positives.js';
import { type SecretRule, type SecretSpec, secret } from './secret-helpers.js';

/** True when a PEM block has a real body rather than `...` or a few placeholder characters. */
function pemBody(block: string): boolean {
  const body = block
    .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
    .replace(/^[A-Za-z-]+:.*$/gm, '')
    .replace(/\\n/g, '')
    .replace(/[\s"'+,]/g, '');
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body.slice(0, 64)) && !/(.)\1{20}/.test(body);
}

/** True when a JWT's header decodes to JSON with an `alg` field. */
function jwtHeader(token: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/** Generic values must look like generated credentials, not identifiers, paths or words. */
function credentialLike(value: string, needDigit: boolean): boolean {
  if (/^(?:https?:|\.{0,2}\/|[A-Za-z]:\\)/.test(value)) return false;
  // Member chains, optional (`a?.b`) and non-null (`a!.b`) ones and `$`-names included, are code.
  const chain = value.replace(/[?!]\./g, '.');
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(chain) && !/\d/.test(chain)) return false;
  // A code reference ending in a member name (`X25519.secret_length`), digits in the object's name or not.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[a-z]+(?:_[a-z]+)*$/.test(chain)) return false;
  // A namespaced identifier (`xsd:string`, `clm5:AgencyIdentificationCodeContentType`).
  if (/^[\w.-]*:[A-Za-z]+$/.test(value)) return false;
  // A Telegram bot token's shape (`<bot id>:A…`) that the Telegram rules rejected: bot id or secret of the wrong length.
  if (/^\d{3,}:A[\w-]*$/.test(value)) return false;
  // A constant naming a credential (`NEXUS-GPT4-API-KEY`), not holding one.
  if (
    /^[A-Z0-9]+(?:[-_][A-Z0-9]+)+$/.test(value) &&
    /(?:^|[-_])(?:KEY|TOKEN|SECRET|PASSWORD|NAME)(?:$|[-_])/.test(value)
  )
    return false;
  // A resource name of short kebab-case parts (`cmp2-qat-1208358310`).
  if (/^(?=.*-[a-z]{2,}-)[a-z0-9]{1,10}(?:-[a-z0-9]{1,12}){2,}$/.test(value)) return false;
  // A Slack token shape the Slack rules rejected (segments of the wrong length).
  if (/^xox[a-z]-/.test(value)) return false;
  if (/^[a-z]+(?:[_-][a-z]+)*$/i.test(value)) return false;
  if (/^\d+$/.test(value) || /^(?:true|false|null|none|undefined)$/i.test(value)) return false;
  if (isPublicByDesign(value)) return false;
  return needDigit ? /\d/.test(value) && /[A-Za-z]/.test(value) : true;
}

/**
 * True when the name the value is assigned to says it is not a credential: an id, a name, a length
 * or a URL of one (`credentialId`, `token_url`), a public or publishable key, a CSRF token (a
 * per-session value). The name is read from the match and the characters before it.
 */
function nonSecretName(m: RegExpExecArray): boolean {
  // The match starts at the keyword: the name is the word characters before it and its own up to the operator.
  const before = m.input.slice(Math.max(0, m.index - 40), m.index);
  const name = `${/[\w.$-]*$/.exec(before)?.[0] ?? ''}${m[0].split(/[\s=:>,("'\x60]/)[0] ?? ''}`;
  if (
    /(?:^|[^a-z])(?:public|publishable|csrf|xsrf)(?:[^a-z]|[A-Z]|$)/i.test(name) ||
    /^(?:public|csrf|xsrf)/i.test(name)
  )
    return true;
  // `pass` inside a word about something else: a bundler's `_stream_passthrough: "readable-stream/…"`
  // alias map was reported as a password five times per bundle.
  if (/pass(?:through|thru|port|age|enger|ive)|(?:by|com|sur)pass/i.test(name)) return true;
  // A keyword straddling a camelCase boundary belongs to other words: `chunkGroupAsset` holds `pAss`
  // (webpack's schema map in a bundle was reported four times per copy).
  if (/[a-z][A-Z]/.test(m[0].slice(0, 3))) return true;
  return /(?:id|ids|name|names|type|length|len|size|count|url|uri|path|file|field|header|param|prefix|suffix|format|ttl|expiry)$/i.test(
    name,
  );
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
function underDataKey(text: string, index: number): boolean {
  const indentOf = (line: string) => line.length - line.trimStart().length;
  // The match starts at its line's start, with the value's indentation.
  const own = /^[ \t]*/.exec(text.slice(index, index + 256))![0].length;
  let end = index - 1;
  for (let n = 0; n <= DATA_LOOKBACK && end >= 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '') continue;
    if (indentOf(line) < own) return /^[ \t]*data:[ \t]*$/.test(line);
  }
  return false;
}

function k8sSecretValue(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (decoded.length < 6 || decoded.startsWith('-----BEGIN CERTIFICATE')) return false;
  const text = decoded.trim();
  return (
    !isExampleOrPlaceholder(text) &&
    credentialLike(text, false) &&
    !/^[\w.-]+\.(?:svc|local|internal|com|io|net|org)$/.test(text)
  );
}

const pem = (id: string, title: string, label: string, kw: string, sev: SecretSpec['sev'] = 'critical') =>
  secret({
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
function notDocumentationHost(_password: string, match: RegExpExecArray): boolean {
  const rest = match[0].slice(match[0].indexOf('@') + 1);
  const host = /^[\w.-]*/.exec(rest)![0].replace(/\.+$/, '');
  return !DOCUMENTATION_HOST.test(host);
}

/**
 * URL credentials `scheme://user:password@host`: group 1 is the password. Every scheme must start
 * with one of `kw` (the match is tried only at keyword occurrences). SQLAlchemy names the driver
 * after a `+` (`postgresql+psycopg2://`); Redis ACL-less auth leaves the user empty (`rediss://:pw@host`).
 */
const url = (id: string, title: string, schemes: string, kw: string[]) =>
  secret({
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
const ASSIGN =
  `(?:${OPERATOR}(?:[ \\t]{0,3})(?:${QUOTED}|(${BARE}{12,128})(?=\\s*(?:$|#|;|,)|\\\\[nrt]))` +
  // An XML element's text, on the tag's line or the next: `<apiToken>\n    value\n</apiToken>`.
  `|>[ \\t]*(?:\\r?\\n[ \\t]*)?(${BARE}{8,128})[ \\t]*(?:\\r?\\n[ \\t]*)?</` +
  // The name must be a whole quoted identifier: `'DB_PASSWORD',`, not the tail of `'a|b_pwd',`.
  `|(?<=["'][\\w.-]{1,60})["'][ \\t]*,[ \\t]*${QUOTED})`;

/** Private keys, tokens with a structure (JWT), database URLs and connection strings, generic assignments. */
export const GENERIC_SECRET_RULES: readonly SecretRule[] = [
  pem('private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY', 'rsa private key'),
  pem('private-key-ec', 'EC private key', 'EC PRIVATE KEY', 'ec private key'),
  pem('private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY', 'dsa private key'),
  pem('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY', 'openssh private key'),
  pem('private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY', 'begin private key'),
  pem(
    'private-key-encrypted',
    'Encrypted PKCS#8 private key',
    'ENCRYPTED PRIVATE KEY',
    'encrypted private key',
    'medium',
  ),
  pem('private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK', 'pgp private key block'),
  pem(
    'private-key-ssh2',
    'SSH2 encrypted private key',
    'SSH2 ENCRYPTED PRIVATE KEY',
    'ssh2 encrypted private key',
    'high',
  ),
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
  url(
    'clickhouse-url',
    'ClickHouse / CockroachDB / Neo4j URL with password',
    'clickhouse|cockroachdb|neo4j|neo4j\\+s|bolt|couchbase|couchbases|cassandra',
    ['clickhouse', 'cockroachdb', 'neo4j', 'bolt', 'couchbase', 'cassandra'],
  ),
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
    re:
      '(?:Server|Data Source|Host|Address)=[^;\'"\\n]{1,200};[^\'"\\n]{0,300}?\\b(?:Password|Pwd)=([^;\'"\\s]{4,})' +
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
