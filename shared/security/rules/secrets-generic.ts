import { isPublicByDesign } from '../false-positives.js';
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
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value) && !/\d/.test(value)) return false;
  if (/^[a-z]+(?:[_-][a-z]+)*$/i.test(value)) return false;
  if (/^\d+$/.test(value) || /^(?:true|false|null|none|undefined)$/i.test(value)) return false;
  if (isPublicByDesign(value)) return false;
  return needDigit ? /\d/.test(value) && /[A-Za-z]/.test(value) : true;
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

/** URL credentials `scheme://user:password@host`: group 1 is the password. */
const url = (id: string, title: string, schemes: string, kw: string[]) =>
  secret({
    id,
    title,
    re: `\\b(?:${schemes})://[^\\s:@/'"\`<>]{1,64}:([^\\s@/'"\`<>]{3,128})@[^\\s'"\`<>]+`,
    kw,
    sev: 'critical',
  });

// Shared by the generic assignment rules: the value is a quoted literal or a bare token at end of line.
const ASSIGN = `(?:[ \\t'"]{0,3})(?:=|:=|:|=>|\\?=)(?:[ \\t]{0,3})(?:["'\`]([^"'\`\\s$<>{}]{8,128})["'\`]|([A-Za-z0-9_\\-+/=.!@#%^&*~]{12,128})(?=\\s*(?:$|#|;|,)))`;

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
  url('postgres-url', 'PostgreSQL URL with password', 'postgres|postgresql|postgis|timescaledb', ['postgres']),
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
  url('ftp-url', 'FTP / SFTP URL with password', 'ftp|ftps|sftp', ['ftp']),
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
    id: 'connection-string-password',
    title: 'Connection string with password',
    re: '(?:Server|Data Source|Host|Address)=[^;\'"\\n]{1,200};[^\'"\\n]{0,300}?\\b(?:Password|Pwd)=([^;\'"\\s]{4,})',
    kw: ['password=', 'pwd='],
    flags: 'gi',
    sev: 'critical',
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
    re: '\\bcurl\\b[^\\n]{0,200}?\\s(?:-u|--user)\\s+["\']?[^:\\s\'"]+:([^\\s\'"@]{6,})',
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
    validate: (v) => credentialLike(v, false),
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
    validate: (v) => credentialLike(v, true),
  }),
];
