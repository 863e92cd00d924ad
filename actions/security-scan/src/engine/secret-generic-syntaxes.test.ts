import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chars, rng } from '../../../../test/fixtures/security-scan/fake-secrets.js';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['secret']) as PatternRule[]);
const ids = (path: string, text: string) => scanner.scan(path, text).map((h) => h.rule.id);
const c = chars(rng(11));
/** A password of words, digits and punctuation, as people and generators write them. */
const pw = (punct: string) => `${c.alpha(5)}${punct}${c.alpha(6)}${c.digits(3)}!${c.alnum(3)}`;

describe('database URLs', () => {
  it.each([
    ['alembic.ini', `sqlalchemy.url = postgresql+psycopg2://orders:${pw('+')}@db:5432/orders`, 'secret/postgres-url'],
    ['settings.py', `DB = "mysql+pymysql://app:${pw('*')}@mysql/app"`, 'secret/mysql-url'],
    ['env.py', `url = "mssql+pyodbc://sa:${pw('%')}@sql/db?driver=ODBC"`, 'secret/mssql-url'],
    ['settings.py', `"LOCATION": "rediss://:${c.alnum(32)}@cache.internal:6379/0"`, 'secret/redis-url'],
  ])('reports %s: driver suffixes and empty user names', (file, line, rule) => {
    expect(ids(file, `${line}\n`)).toContain(rule);
  });

  it('reports an Oracle thin URL with user/password before the host', () => {
    const line = `Sql.newInstance("jdbc:oracle:thin:report_user/${c.alnum(12)}@//ora:1521/REPORTS")`;
    expect(ids('db.groovy', `${line}\n`)).toEqual(['secret/jdbc-oracle-password']);
  });

  it('does not report an Oracle URL without a password', () => {
    expect(ids('db.groovy', 'url = "jdbc:oracle:thin:@//ora:1521/REPORTS"\n')).toEqual([]);
  });
});

describe('password files', () => {
  it('reports the password field of a .pgpass line, only in .pgpass files', () => {
    const line = `reporting-db.internal:5432:analytics:analyst:${pw('%')}\n`;
    expect(ids('home/.pgpass', line)).toEqual(['secret/pgpass-password']);
    expect(ids('home/notes.txt', line)).toEqual([]);
    expect(ids('home/.pgpass', '# host:port:db:user:password\n')).toEqual([]);
  });

  it('reads every .pgpass whole: any port, no keyword needed', () => {
    const text = `# clusters\nwarehouse.internal:15432:dw:etl:${pw('!')}\n*:*:*:replicator:${pw('#')}\n`;
    expect(ids('deploy/.pgpass', text)).toEqual(['secret/pgpass-password', 'secret/pgpass-password']);
    expect(ids('deploy/pgpass.txt', text)).toEqual([]);
  });

  it('reports .netrc passwords, UUID-shaped API keys included, only in .netrc files', () => {
    const text = `machine api.heroku.com\n  login ops@acme.io\n  password ${c.uuid()}\n`;
    expect(ids('home/.netrc', text)).toEqual(['secret/netrc-password']);
    expect(ids('home/_netrc', `machine h login u password ${pw('?')}\n`)).toEqual(['secret/netrc-password']);
    expect(ids('docs/netrc.md', text)).toEqual([]);
  });
});

describe('generic assignments', () => {
  it('reports PHP define() and other quoted-name, quoted-value call arguments', () => {
    expect(ids('wp-config.php', `define( 'DB_PASSWORD', '${pw('#')}' );\n`)).toEqual(['secret/generic-password']);
    expect(ids('config.rb', `ENV.fetch("API_TOKEN", "${c.alnum(20)}7")\n`)).toEqual(['secret/generic-secret']);
  });

  it('does not take an unquoted argument after a quoted name as a value', () => {
    expect(ids('login.js', 'form.fill("password", userSuppliedPassword1, true);\n')).toEqual([]);
    expect(ids('i18n.js', "t('password', 'Passwort');\n")).toEqual([]);
    expect(ids('rules.ts', `rule('db_password|db_pwd', '${c.alnum(12)}7');\n`)).toEqual([]);
  });

  it.each([
    ['main.rs', `const API_TOKEN: &str = "${c.alnum(20)}7";`],
    ['main.rs', `static API_TOKEN: &'static str = "${c.alnum(20)}7";`],
    ['Config.kt', `val apiToken: String = "${c.alnum(20)}7"`],
    ['config.ts', `const apiToken: string = '${c.alnum(20)}7';`],
    ['settings.py', `api_token: str = "${c.alnum(20)}7"`],
    ['config.go', `var apiToken string = "${c.alnum(20)}7"`],
  ])('reports a typed declaration in %s', (file, line) => {
    expect(ids(file, `${line}\n`)).toEqual(['secret/generic-secret']);
  });

  it('does not read a comparison as a typed assignment', () => {
    expect(ids('check.ts', `if (token: string == "${c.alnum(20)}7") {}\n`)).toEqual([]);
  });

  it('reports unquoted passwords holding ? or $', () => {
    expect(ids('app.env', `DB_PASSWORD=${c.alpha(6)}?${c.alpha(5)}158%Q\n`)).toEqual(['secret/generic-password']);
    expect(ids('app.env', `DB_PASSWORD=${c.alpha(6)}$$${c.alpha(5)}158\n`)).toEqual(['secret/generic-password']);
    expect(ids('app.env', 'DB_PASSWORD=$DB_PASSWORD_FROM_VAULT\n')).toEqual([]);
    expect(ids('login.ts', 'const password = result.groups?.password;\n')).toEqual([]);
    expect(ids('login.vue', 'const password = this.$store.state.password;\n')).toEqual([]);
  });
});

describe('connection strings and commands', () => {
  it('reports an ADO.NET connection string whose password comes before the server', () => {
    const line = `var cs = "Password=${pw('?')};User ID=sa;Initial Catalog=Jobs;Data Source=tcp:jobs-sql,1433";`;
    expect(ids('Program.cs', `${line}\n`)).toContain('secret/connection-string-password');
  });

  it('does not report Password= with no server in the string', () => {
    expect(ids('Program.cs', `var s = "Password=${pw('x')};Mode=Fast";\n`)).not.toContain(
      'secret/connection-string-password',
    );
  });

  it('reports a curl -u password that holds an @', () => {
    const line = `curl -fsS -u admin:${c.alpha(5)}@${c.alpha(6)}553!IUH https://grafana.acme.io/api/health`;
    expect(ids('health.sh', `${line}\n`)).toEqual(['secret/curl-user-password']);
  });
});

describe('Kubernetes Secret data', () => {
  const manifest = (value: string, kind = 'Secret', key = 'api-key') =>
    `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: payments\ntype: Opaque\ndata:\n  ${key}: ${value}\n`;
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('reports a base64 value even without digits or a telling key name', () => {
    const value = b64(`fJI${c.alnum(18)}`).replace(/\d/g, 'Q');
    expect(ids('k8s/secret.yaml', manifest(value))).toContain('secret/kubernetes-secret-data');
    expect(ids('k8s/secret.yaml', manifest(b64(c.alnum(24))))).toContain('secret/kubernetes-secret-data');
  });

  it('does not report certificates, host names, placeholders or other kinds', () => {
    expect(ids('k8s/s.yaml', manifest(b64(`-----BEGIN CERTIFICATE-----\n${c.b64(40)}`), 'Secret', 'ca.crt'))).toEqual(
      [],
    );
    expect(ids('k8s/s.yaml', manifest(b64('payments-db.payments.svc'), 'Secret', 'host'))).toEqual([]);
    expect(ids('k8s/s.yaml', manifest(b64('changeme-changeme'), 'Secret', 'note'))).toEqual([]);
    expect(ids('k8s/s.yaml', manifest(b64(c.alnum(24)), 'ConfigMap', 'payload'))).toEqual([]);
  });

  it('reports every key of a data block, and no value outside it', () => {
    const [a, b, d] = [b64(c.alnum(24)), b64(c.alnum(24)), b64(c.alnum(24))];
    const text =
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\n  annotations:\n    checksum: ${d}\n` +
      `data:\n  user: ${a}\n\n  # rotated monthly\n  token: ${b}\n`;
    const hits = scanner.scan('k8s/s.yaml', text).filter((h) => h.rule.id === 'secret/kubernetes-secret-data');
    expect(hits.map((h) => h.line)).toEqual([8, 11]);
  });

  it('scans indented code that mentions kind: Secret in linear time (its own rule file)', () => {
    // The rule once looked back over 40 indented lines with a regex that backtracked exponentially:
    // scanning the file that defines it never ended.
    const source = readFileSync(join(import.meta.dirname, 'rules', 'secrets-generic.ts'), 'utf8');
    expect(source).toContain('kind: secret');
    expect(ids('rules/secrets-generic.ts', source.repeat(3))).not.toContain('secret/kubernetes-secret-data');
  });
});

describe('URL credentials in every scheme', () => {
  // URL rules are tried only where a keyword starts the scheme: each scheme must begin with one.
  it.each([
    ['postgres', 'postgresql', 'postgis', 'timescaledb'],
    ['mysql', 'mysql2', 'mariadb', 'mysqlx'],
    ['mongodb', 'mongodb+srv'],
    ['redis', 'rediss', 'valkey'],
    ['amqp', 'amqps'],
    ['mssql', 'sqlserver'],
    ['clickhouse', 'cockroachdb', 'neo4j', 'neo4j+s', 'bolt', 'couchbase', 'couchbases', 'cassandra'],
    ['ldap', 'ldaps'],
    ['ftp', 'ftps', 'sftp'],
    ['smtp', 'smtps', 'imap', 'imaps', 'pop3'],
    ['http', 'https'],
  ])('%s and its sibling schemes', (...schemes) => {
    for (const scheme of schemes) {
      const text = `remote = "${scheme}://deploy:${pw('#')}@host.internal:1234/x"\n`;
      expect({ scheme, found: ids('cfg.ini', text).length }).toEqual({ scheme, found: 1 });
    }
  });
});

describe('generic assignments, tried at each keyword', () => {
  it.each([
    ['db_pass', 'secret/generic-password'],
    ['client_secret', 'secret/generic-secret'],
    ['auth-token', 'secret/generic-secret'],
    ['access_token_v2', 'secret/generic-secret'],
  ])('%s: the value is reported once', (name, rule) => {
    const value = `${c.alpha(6)}${c.digits(4)}${c.alnum(14)}`;
    const hits = scanner.scan('settings.py', `${name} = "${value}"\n`);
    expect(hits.map((h) => [h.rule.id, h.column])).toEqual([[rule, name.length + 5]]);
  });

  it('reports define-style pairs, whose name starts up to 60 characters before the keyword', () => {
    const value = `${c.alpha(6)}${c.digits(4)}${c.alnum(14)}`;
    const prefix = 'MY_COMPANY_PRODUCTION_BILLING_SERVICE_';
    const hits = scanner.scan('config.php', `define('${prefix}API_KEY', '${value}');\n`);
    expect(hits.map((h) => h.rule.id)).toEqual(['secret/generic-secret']);
  });
});
