// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the corpus writes literal ${VAR} references (shell, Spring, Helm) on purpose
import { j, jwt, pgpKey, privateKeyPem, type Rand } from './fake.js';
import type { Corpus } from './labels.js';

/** Private keys, JWTs, database URLs, connection strings and generic assignments, in many syntaxes and positions. */
export function plantGeneric(c: Corpus, r: Rand): void {
  const rsa = privateKeyPem('rsa-pkcs1');
  const first = (pem: string) => pem.split('\n')[1] ?? '';
  c.doc('deploy/certs/server.key').secret('private-key-rsa', rsa, first(rsa));
  const ec = privateKeyPem('ec');
  c.doc('k8s/ingress-tls.yaml')
    .add(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: ingress-tls',
      'type: kubernetes.io/tls',
      'stringData:',
      '  tls.key: |',
    )
    .secret(
      'private-key-ec',
      ec
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
      first(ec),
    );
  const pkcs8 = privateKeyPem('pkcs8');
  const sa = [
    '{',
    '  "type": "service_account",',
    '  "project_id": "acme-analytics-prod",',
    `  "private_key_id": "${r.hex(40)}",`,
    `  "private_key": "${pkcs8.replace(/\n/g, '\\n')}\\n",`,
    `  "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",`,
    `  "client_id": "${r.digits(21)}",`,
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '}',
  ];
  c.doc('etl/credentials/bq-loader.json')
    .add(sa[0]!, sa[1]!, sa[2]!)
    .secret('gcp-service-account', `${sa[3]}\n${sa[4]}`, first(pkcs8))
    .add(...sa.slice(5));
  c.doc('infra/modules/bastion/main.tf')
    .add('resource "tls_private_key" "imported" {}', '', 'locals {', '  legacy_key = <<-EOT')
    .secret(
      'private-key-pkcs8',
      privateKeyPem('pkcs8')
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
      first(pkcs8),
    )
    .add('  EOT', '}');
  const enc = privateKeyPem('encrypted');
  c.doc('tests/fixtures/tls/client-encrypted.pem').secret('private-key-encrypted', enc, first(enc));
  const pgp = pgpKey(r);
  c.doc('release/signing/release-signing.asc').secret('private-key-pgp', pgp, first(pgp));
  c.doc('src/crypto/keys.py').add('SIGNING_KEY = """').secret('private-key-rsa', rsa, first(rsa)).add('"""');

  // JWTs in headers, cookies and configs.
  const bearer = jwt(r, { sub: 'svc-reporting', scope: 'reports:read', iat: 1716200000, exp: 1747736000 }, 'RS256');
  c.doc('api-tests/reports.http')
    .add('### List reports', 'GET https://api.acme.io/v2/reports?limit=50')
    .secret('jwt', `Authorization: Bearer ${bearer}`, bearer);
  const cookie = jwt(r, { uid: 4211, role: 'admin', iat: 1716200000 });
  c.doc('qa/replay/session.har')
    .add('{"log": {"entries": [{"request": {"headers": [')
    .secret('jwt', `  {"name": "Cookie", "value": "session=${cookie}; Path=/; HttpOnly"}`, cookie)
    .add(']}}]}}');

  // Database URLs.
  const pg = r.password();
  c.doc('services/orders/alembic.ini')
    .add('[alembic]', 'script_location = migrations')
    .secret('postgres-url', `sqlalchemy.url = postgresql+psycopg2://orders:${pg}@orders-db.internal:5432/orders`, pg);
  const my = r.alnum(18);
  c.doc('docker-compose.override.yml')
    .add('services:', '  api:', '    environment:')
    .secret('mysql-url', `      - DATABASE_URL=mysql://shop:${my}@mysql:3306/shop`, my);
  const mongo = r.alnum(20);
  c.doc('services/catalog/src/db.kt').secret(
    'mongodb-url',
    `val client = MongoClients.create("mongodb+srv://catalog-svc:${mongo}@prod-cluster.x1y2z.mongodb.net/?retryWrites=true&w=majority")`,
    mongo,
  );
  const redis = r.alnum(32);
  c.doc('services/sessions/settings.py').secret(
    'redis-url',
    `CACHES = {"default": {"LOCATION": "rediss://:${redis}@sessions.abc123.cache.amazonaws.com:6379/0"}}`,
    redis,
  );
  const amqp = r.alnum(16);
  c.doc('services/worker/celeryconfig.py').secret(
    'amqp-url',
    `broker_url = 'amqp://worker:${amqp}@rabbitmq.internal:5672/prod'`,
    amqp,
  );
  const pgpass = r.password();
  c.doc('home/.pgpass').secret('pgpass-password', `reporting-db.internal:5432:analytics:analyst:${pgpass}`, pgpass);

  // JDBC and .NET connection strings.
  const jdbc1 = r.password();
  c.doc('services/billing/src/main/resources/application.properties')
    .add('spring.application.name=billing', 'server.port=8081')
    .secret(
      'jdbc-password',
      `spring.datasource.url=jdbc:sqlserver://sql01.acme.local:1433;databaseName=billing;user=billing_app;password=${jdbc1};encrypt=true`,
      jdbc1,
    );
  const jdbc2 = r.alnum(14);
  c.doc('etl/jobs/export.scala').secret(
    'jdbc-password',
    `val url = "jdbc:postgresql://warehouse:5432/dw?user=etl&password=${jdbc2}&ssl=true"`,
    jdbc2,
  );
  const ora = r.alnum(12);
  c.doc('legacy/reports/db.groovy').secret(
    'jdbc-oracle-password',
    `def sql = Sql.newInstance("jdbc:oracle:thin:report_user/${ora}@//ora-prod.acme.local:1521/REPORTS")`,
    ora,
  );
  const net1 = r.password();
  c.doc('src/Acme.Api/Web.config', '\r\n')
    .add('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <connectionStrings>')
    .secret(
      'dotnet-connection-string',
      `    <add name="Main" connectionString="Data Source=sql-prod;Initial Catalog=Acme;User ID=acme_web;Password=${net1};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />`,
      net1,
    )
    .add('  </connectionStrings>', '</configuration>');
  const net2 = r.password();
  c.doc('src/Acme.Jobs/Program.cs').secret(
    'dotnet-connection-string',
    `var cs = "Password=${net2};Persist Security Info=True;User ID=sa;Initial Catalog=Jobs;Data Source=tcp:jobs-sql,1433";`,
    net2,
  );
  const net3 = r.alnum(16);
  c.doc('src/Acme.Sync/appsettings.json')
    .add('{', '  "ConnectionStrings": {')
    .secret(
      'dotnet-connection-string',
      `    "Pg": "Host=pg-prod;Port=5432;Database=sync;Username=sync;Password=${net3}"`,
      net3,
    )
    .add('  }', '}');

  // Generic assignments, one per syntax.
  const g = () => `${r.alnum(6)}${r.digits(2)}${r.alnum(8)}${r.from('!#%+', 1)}${r.alnum(4)}`;
  const gen = (
    file: string,
    kind: string,
    make: (v: string) => string,
    before: string[] = [],
    after: string[] = [],
  ) => {
    const v = g();
    c.doc(file)
      .add(...before)
      .secret(kind, make(v), v)
      .add(...after);
  };
  gen('config/prod.yaml', 'generic-password', (v) => `  password: "${v}"`, [
    'database:',
    '  host: pg-prod',
    '  user: app',
  ]);
  gen(
    'config/keys.json',
    'generic-api-key',
    (v) => `  "api_key": "${v}",`,
    ['{', '  "endpoint": "https://partner.example.net"'],
    ['  "timeout": 30', '}'],
  );
  gen('services/ledger/.env', 'generic-password', (v) => `LEDGER_DB_PASSWORD=${v}`, ['LEDGER_DB_HOST=ledger-db']);
  gen('config/legacy.ini', 'generic-password', (v) => `Password=${v}`, ['[Database]', 'Server=db01', 'User=legacy']);
  gen('pyproject-secrets.toml', 'generic-secret', (v) => `client_secret = '${v}'`, [
    '[oauth]',
    'client_id = "ledger-ui"',
  ]);
  gen('services/ledger/app/settings.py', 'generic-secret', (v) => `SECRET_KEY = '${v}'`, ['DEBUG = False']);
  gen('web/server/session.js', 'generic-secret', (v) => `app.use(session({ secret: '${v}', resave: false }));`, [
    "const session = require('express-session');",
  ]);
  gen(
    'services/gateway/config.go',
    'generic-secret',
    (v) => `\tAPIKey:   "${v}",`,
    ['var cfg = Config{', '\tBaseURL:  "https://partner.example.net",'],
    ['}'],
  );
  gen(
    'services/ledger/src/main/resources/ledger.properties',
    'generic-password',
    (v) => `ledger.datasource.password: ${v}`,
    ['ledger.datasource.username: ledger'],
  );
  gen(
    'deploy/tomcat/context.xml',
    'generic-password',
    (v) => `  <Resource name="jdbc/main" username="app" password="${v}" url="jdbc:mysql://db/main"/>`,
    ['<Context>'],
    ['</Context>'],
  );
  gen('scripts/bootstrap.sh', 'generic-password', (v) => `export ADMIN_PASSWORD='${v}'`, ['#!/bin/sh']);
  gen(
    'images/api/Dockerfile',
    'generic-secret',
    (v) => `ENV PARTNER_API_KEY=${v}`,
    ['FROM python:3.12-slim'],
    ['CMD ["gunicorn", "app:app"]'],
  );
  gen('k8s/ledger-secret.yaml', 'generic-password', (v) => `  DB_PASSWORD: "${v}"`, [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: ledger',
    'stringData:',
  ]);
  gen('ansible/group_vars/prod.yml', 'generic-password', (v) => `mysql_root_password: ${v}`, [
    '---',
    'mysql_port: 3306',
  ]);
  gen('wordpress/wp-config.php', 'generic-password', (v) => `define( 'DB_PASSWORD', '${v}' );`, [
    '<?php',
    "define( 'DB_USER', 'wp' );",
  ]);
  gen(
    'services/ledger/lib/client.rb',
    'generic-secret',
    (v) => `  config.api_key = "${v}"`,
    ['Partner.configure do |config|'],
    ['end'],
  );
  gen('crates/fetcher/src/main.rs', 'generic-secret', (v) => `const API_TOKEN: &str = "${v}";`, [
    'use reqwest::Client;',
  ]);
  gen(
    'mobile/ios/Config.swift',
    'generic-secret',
    (v) => `    static let apiSecret = "${v}"`,
    ['enum Config {'],
    ['}'],
  );
  gen('config/rclone.conf', 'generic-secret', (v) => `secret_access_key = ${v}`, [
    '[wasabi]',
    'type = s3',
    'provider = Wasabi',
    'access_key_id = WASABIUSER01',
  ]);
  gen('services/ledger/.env.staging', 'generic-password', (v) => `SMTP_PASS="${v}"`, [
    'SMTP_HOST=smtp.mailprovider.net',
  ]);
  const k8sData = Buffer.from(g()).toString('base64');
  c.doc('k8s/payments-secret.yaml')
    .add('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: payments', 'type: Opaque', 'data:')
    .secret('k8s-secret-base64', `  api-key: ${k8sData}`, k8sData);
  const basicUrl = r.password();
  c.doc('scripts/mirror.sh').secret(
    'http-basic-auth-url',
    `wget -q "https://deploy:${basicUrl}@artifacts.acme.io/releases/latest.tar.gz"`,
    basicUrl,
  );
  const curlPw = r.password();
  c.doc('scripts/health.sh').secret(
    'curl-user-password',
    `curl -fsS -u admin:${curlPw} https://grafana.acme.io/api/health`,
    curlPw,
  );

  // Positions: first line, last line without newline, CRLF, after non-ASCII text, in a long minified line, deep in a big file.
  const ghpLine1 = g();
  c.doc('ops/token.txt').secret('generic-secret', `token=${ghpLine1}`, ghpLine1).add('(rotated monthly)');
  const last = r.alnum(28) + r.digits(4);
  c.doc('ops/last-line.env', '\n', false)
    .add('APP_ENV=production')
    .secret('generic-secret', `APP_SECRET=${last}`, last);
  const crlf = g();
  c.doc('win/service.ini', '\r\n')
    .add('[Service]', 'Name=AcmeSync')
    .secret('generic-password', `ServicePassword=${crlf}`, crlf)
    .add('Start=auto');
  const uni = g();
  c.doc('i18n/déploiement.md')
    .add('# Déploiement — clés', '')
    .secret('generic-password', `Mot de passe de l’équipe «ops» : password = "${uni}"`, uni);
  const minified = `${j('sk_', 'live_')}${r.alnum(24)}`;
  const pad = Array.from({ length: 300 }, (_, i) => `function a${i}(t){return t*${i}}`).join(';');
  c.doc('web/dist/assets/index-4f2a.js').secret(
    'stripe-live-secret-key',
    `${pad};var Xe={stripeKey:"${minified}"};${pad}`,
    minified,
  );
  const deep = `${j('gs', 'k_')}${r.alnum(52)}`;
  const big = c.doc('data/seed/large-fixture.sql');
  for (let i = 0; i < 3000; i++)
    big.add(`INSERT INTO events (id, kind, payload) VALUES (${i}, 'click', '{"x": ${i % 97}, "token": "t${i}"}');`);
  big.secret('groq-api-key', `-- groq: ${deep}`, deep);
}
