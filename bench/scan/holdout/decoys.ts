// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the corpus writes literal ${VAR} references (shell, Spring, Helm) on purpose
import { createHash } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { badCrcToken, j, jwt, privateKeyPem, type Rand, wrap } from './fake.js';
import type { Corpus } from './labels.js';

/** Lines that look like credentials but are not; each must produce no secret finding. */
export function plantDecoys(c: Corpus, r: Rand): void {
  const sha = (alg: string, s: string) => createHash(alg).update(s).digest('hex');

  // Documented example keys (published by the vendor for docs; they grant nothing).
  c.doc('docs/aws-setup.md')
    .add('# AWS setup', '', 'Put this in `~/.aws/credentials` (values from the AWS docs):', '', '```ini', '[default]')
    .decoy('aws-doc-example-id', `aws_access_key_id = ${j('AKIAIOSFODNN7', 'EXAMPLE')}`)
    .decoy('aws-doc-example-secret', `aws_secret_access_key = ${j('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')}`)
    .add('```');
  c.doc('src/test/java/com/acme/S3ClientTest.java')
    .add('class S3ClientTest {')
    .decoy('aws-doc-example-id', `  static final String KEY = "${j('AKIAIOSFODNN7', 'EXAMPLE')}";`)
    .decoy(
      'aws-doc-example-secret',
      `  static final String SECRET = "${j('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')}";`,
    )
    .add('}');
  // Stripe's docs key is published on stripe.com for everyone; it only reaches Stripe's demo account.
  c.doc('docs/payments.md')
    .add('```ruby')
    .decoy('stripe-docs-test-key', `Stripe.api_key = '${j('sk_', 'test_')}4eC39HqLyjWDarjtT1zdp7dc'`)
    .add('```');
  c.doc('docs/github-auth.md').decoy(
    'github-docs-example',
    `export GH_TOKEN=${j('gh', 'p_')}16C7e42F292c6912E7710c838347Ae178B4a`,
  );
  c.doc('docs/alerts.md')
    .decoy(
      'slack-docs-webhook',
      `url: https://${j('hooks.sl', 'ack.com')}/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`,
    )
    .decoy('telegram-docs-token', 'TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11');
  // Azurite's well-known development storage key, published in Microsoft's docs.
  c.doc('docker-compose.azurite.yml')
    .add('services:', '  functions:', '    environment:')
    .decoy(
      'azurite-dev-key',
      '      AzureWebJobsStorage: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"',
    );

  // Placeholders and references.
  const ph = c.doc('config/config.template.yaml').add('# Copy to config.yaml and fill in');
  ph.decoy('placeholder', 'github_token: <your-token>')
    .decoy('placeholder', 'slack_token: xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx')
    .decoy('placeholder', 'db_password: changeme')
    .decoy('placeholder', 'api_key: REPLACE_WITH_YOUR_API_KEY')
    .decoy('placeholder', 'openai_key: sk-...')
    .decoy('placeholder', 'stripe_secret: sk_live_********************')
    .decoy('placeholder', 'smtp_password: "********"')
    .decoy('placeholder', 'jwt_secret: your-256-bit-secret')
    .decoy('placeholder', `aws_access_key_id: ${j('AK', 'IA')}XXXXXXXXXXXXXXXX`);
  const refs = c.doc('config/refs.yaml');
  refs
    .decoy('reference', 'password: ${DB_PASSWORD}')
    .decoy('reference', 'api_key: ${{ secrets.PARTNER_API_KEY }}')
    .decoy('reference', 'token: "{{ .Values.slack.token }}"')
    .decoy('reference', 'client_secret: "{{ vault_oauth_client_secret }}"')
    .decoy('reference', 'secret: !vault |')
    .decoy('reference', 'password: ${SPRING_DATASOURCE_PASSWORD:}')
    .decoy('reference', 'access_token: "%(ACCESS_TOKEN)s"');
  c.doc('services/api/settings_ref.py')
    .add('import os', '')
    .decoy('reference', 'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY")')
    .decoy('reference', 'DB_PASSWORD = os.environ.get("DB_PASSWORD", "")')
    .decoy('reference', 'API_TOKEN = settings.PARTNER_TOKEN')
    .decoy('reference', 'password = getpass.getpass("Password: ")');
  c.doc('web/src/env.ts')
    .decoy('reference', 'export const apiKey = process.env.NEXT_PUBLIC_API_KEY ?? "";')
    .decoy('reference', 'const secret = import.meta.env.VITE_SESSION_SECRET;')
    .decoy('reference', 'const token = await secretsClient.getSecretValue({ SecretId: "prod/api/token" });');
  c.doc('services/billing/src/main/java/com/acme/Db.java')
    .decoy('reference', '    @Value("${billing.datasource.password}") private String password;')
    .decoy('reference', '    String apiKey = System.getenv("PARTNER_API_KEY");');
  c.doc('services/gateway/env.go')
    .decoy('reference', '\tpassword := os.Getenv("GATEWAY_DB_PASSWORD")')
    .decoy('reference', '\tapiKey := viper.GetString("partner.api_key")');
  c.doc('infra/rds.tf')
    .decoy('reference', '  password = var.db_password')
    .decoy('reference', '  master_password = data.aws_secretsmanager_secret_version.db.secret_string');
  c.doc('scripts/login.ps1').decoy(
    'reference',
    '$password = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
  );
  c.doc('scripts/win-login.bat').decoy('reference', 'set DB_PASSWORD=%DB_PASSWORD%');
  c.doc('scripts/load-secret.sh').decoy('reference', 'export API_TOKEN="$(cat /run/secrets/api_token)"');
  c.doc('.github/workflows/deploy.yml')
    .add('jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:')
    .decoy('reference', '      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}')
    .decoy('reference', '      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}');
  c.doc('deploy/chart/templates/secret.yaml')
    .add('stringData:')
    .decoy('reference', '  password: {{ .Values.postgresql.auth.password | quote }}')
    .decoy('reference', '  api-key: {{ required "apiKey" .Values.apiKey | b64enc }}');

  // Look-alikes with a wrong checksum.
  const bad = c.doc('tests/tokens_test.go').add('package tokens', '', 'var lookalikes = []string{');
  for (const p of [j('gh', 'p_'), j('gh', 'o_'), j('gh', 's_'), j('gh', 'u_'), j('np', 'm_')]) {
    const t = badCrcToken(r, p);
    bad.decoy('bad-checksum', `\t"${t}",`, t);
  }
  bad.add('}');

  // Hashes, digests, ids.
  const h = c.doc('release/checksums.txt');
  for (const f of ['acme-linux-amd64.tar.gz', 'acme-darwin-arm64.tar.gz'])
    h.decoy('sha256', `${sha('sha256', f)}  ${f}`);
  c.doc('config/versions.yml')
    .decoy('git-sha', `commit: ${sha('sha1', 'v1')}`)
    .decoy('git-sha', `base_sha: ${sha('sha1', 'v2')}`)
    .decoy('md5', `asset_md5: ${sha('md5', 'logo')}`)
    .decoy('sha256-named-secret', `api_key_sha256: ${sha('sha256', 'k')}`)
    .decoy('sha1-named-token', `token_fingerprint: ${sha('sha1', 'fp')}`)
    .decoy('image-digest', `image: ghcr.io/acme/api@sha256:${sha('sha256', 'img')}`);
  c.doc('services/api/ids.json')
    .add('{')
    .decoy('uuid', `  "tenant_id": "${r.uuid()}",`)
    .decoy('uuid', `  "subscription_id": "${r.uuid()}",`)
    .decoy('uuid', `  "client_id": "${r.uuid()}",`)
    .decoy('uuid', `  "request_id": "${r.uuid()}"`)
    .add('}');
  c.doc('go.sum')
    .decoy('go-sum', `github.com/spf13/cobra v1.8.0 h1:${r.b64(43)}=`)
    .decoy('go-sum', `github.com/spf13/cobra v1.8.0/go.mod h1:${r.b64(43)}=`);
  c.doc('Cargo.lock')
    .add('[[package]]', 'name = "serde"', 'version = "1.0.197"')
    .decoy('cargo-checksum', `checksum = "${sha('sha256', 'serde')}"`);
  c.doc('Pipfile.lock')
    .add('{"default": {"requests": {"hashes": [')
    .decoy('pip-hash', `  "sha256:${sha('sha256', 'req')}",`)
    .add(']}}}');
  c.doc('web/package-lock.json')
    .add('{', '  "packages": {', '    "node_modules/left-pad": {')
    .decoy('integrity', `      "integrity": "sha512-${r.b64(86)}=="`)
    .add('    }', '  }', '}');
  c.doc('web/yarn.lock')
    .add('left-pad@^1.3.0:', '  version "1.3.0"')
    .decoy('integrity', `  integrity sha1-${r.b64(27)}=`);
  c.doc('web/public/index.html')
    .add('<!doctype html>', '<head>')
    .decoy(
      'sri',
      `<script src="https://cdn.example.net/lib.js" integrity="sha384-${r.b64(64)}" crossorigin="anonymous"></script>`,
    )
    .decoy('csp-hash', `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${r.b64(43)}='">`)
    .decoy('csp-nonce', `<script nonce="${r.b64(22)}==">window.__boot()</script>`)
    .add('</head>');
  c.doc('web/src/styles/brand.css').decoy('data-uri', `.logo{background:url("data:image/png;base64,${r.b64(400)}")}`);
  c.doc('docs/diagram.md').decoy('data-uri', `![arch](data:image/svg+xml;base64,${r.b64(300)})`);
  c.doc('web/src/fonts.css').decoy(
    'data-uri',
    `@font-face{font-family:Icons;src:url(data:font/woff2;base64,${r.b64(500)}) format("woff2")}`,
  );

  // Public keys and certificates.
  c.doc('deploy/certs/server.pub').decoy('public-key', privateKeyPem('public'));
  const cert = rootCertificates[0] ?? '';
  c.doc('deploy/certs/ca.crt').decoy('certificate', cert.trimEnd());
  c.doc('home/.ssh/authorized_keys').decoy(
    'ssh-public-key',
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} deploy@ci`,
  );
  const pgpPub = j('PGP PUBLIC', ' KEY BLOCK');
  c.doc('release/signing/KEYS.asc').decoy(
    'pgp-public-key',
    [`-----BEGIN ${pgpPub}-----`, '', ...wrap(r.b64(640)), '=Ab3x', `-----END ${pgpPub}-----`].join('\n'),
  );
  c.doc('docs/tls.md').decoy(
    'elided-key',
    [
      `-----BEGIN ${j('RSA PRIVATE', ' KEY')}-----`,
      'MIIEpAIBAAKCAQEA...',
      '...',
      `-----END ${j('RSA PRIVATE', ' KEY')}-----`,
    ].join('\n'),
  );

  // Public-by-design client identifiers.
  c.doc('web/src/maps.ts').decoy(
    'mapbox-public-token',
    `mapboxgl.accessToken = '${j('p', 'k.')}${Buffer.from('{"u":"acme-maps","a":"clx1"}').toString('base64url')}.${r.url(22)}';`,
  );
  c.doc('web/src/checkout.ts').decoy(
    'stripe-publishable-key',
    `const stripe = loadStripe('${j('pk_', 'live_')}51${r.alnum(97)}');`,
  );
  c.doc('web/src/search.ts')
    .add('docsearch({')
    .decoy('algolia-search-only-key', `  appId: '${r.upnum(10)}', apiKey: '${r.hex(32)}', indexName: 'acme-docs',`)
    .add('});');
  c.doc('web/src/sentry.ts').decoy(
    'sentry-dsn',
    `Sentry.init({ dsn: "https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}" });`,
  );
  c.doc('web/src/recaptcha.ts').decoy('recaptcha-site-key', `const siteKey = '6Lc${r.url(37)}';`);

  // Minified code and source maps.
  const ids = Array.from({ length: 40 }, () => `${r.letters(2)}${r.alnum(6)}`);
  c.doc('web/dist/vendor.min.js')
    .decoy(
      'minified',
      `!function(e){var ${ids.map((id, i) => `${id}=e[${i}]`).join(',')};e.token=t.token,e.secret=n.secret}(window);`,
    )
    .decoy('minified', 'var Ke="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";')
    .decoy('minified', `var Jt={apiKey:o.apiKey,password:i.password||"",accessToken:r.accessToken};`);
  c.doc('web/dist/vendor.min.js.map').decoy(
    'sourcemap',
    `{"version":3,"sources":["a.ts"],"mappings":"AAAA,SAASA,${r.b64(200).replace(/[+/]/g, 'C')};AACA"}`,
  );

  // Test fixtures named obviously fake, nonces, words.
  c.doc('tests/auth.test.ts')
    .decoy('fake-fixture', "const token = 'fake-token-for-tests';")
    .decoy('fake-fixture', "const password = 'dummy-password-123';")
    .decoy('fake-fixture', "const apiKey = 'test-api-key-not-real';")
    .decoy('test-nonce', `const nonce = '${r.b64(24)}'; // random per run`)
    .decoy('unsigned-jwt', `const unsigned = '${jwt(r, { sub: 'x' }, 'none').split('.').slice(0, 2).join('.')}.';`);
  c.doc('services/api/i18n/fr.json')
    .decoy('ui-string', '  "password": "Mot de passe",')
    .decoy('ui-string', '  "password_hint": "Au moins 12 caractères, dont un chiffre",')
    .decoy('ui-string', '  "forgot_password": "Mot de passe oublié ?",');
  c.doc('services/api/auth/policy.py')
    .decoy('setting', 'PASSWORD_MIN_LENGTH = 12')
    .decoy('setting', 'PASSWORD_REGEX = r"^(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{12,}$"')
    .decoy('setting', 'TOKEN_URL = "https://oauth2.googleapis.com/token"')
    .decoy('setting', 'API_KEY_HEADER = "X-Api-Key"')
    .decoy('setting', 'ACCESS_TOKEN_TTL_SECONDS = 3600')
    .decoy('setting', 'SECRET_NAME = "prod/billing/stripe-secret-key"')
    .decoy('setting', 'TOKENIZER = "bert-base-multilingual-cased"')
    .decoy('password-hash', `ADMIN_PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$${r.b64(22)}$${r.b64(43)}"`);
  c.doc('db/local.env')
    .decoy('local-default', 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_dev')
    .decoy('local-default', 'AMQP_URL=amqp://guest:guest@localhost:5672/')
    .decoy('no-credentials', 'REDIS_URL=redis://localhost:6379/0')
    .decoy('no-credentials', 'MONGO_URL=mongodb://mongo:27017/app')
    .decoy('reference', 'DATABASE_URL_CI=postgres://ci:${PGPASSWORD}@postgres:5432/ci')
    .decoy('placeholder', 'MYSQL_URL=mysql://user:password@host:3306/dbname');
  c.doc('src/Acme.Api/appsettings.Development.json')
    .decoy('no-credentials', '  "Default": "Server=(localdb)\\\\mssqllocaldb;Database=Acme;Trusted_Connection=True;",')
    .decoy('placeholder', '  "Prod": "Server=sql-prod;Database=Acme;User Id=acme;Password=<password>;"')
    .decoy('reference', '  "Jdbc": "jdbc:postgresql://db:5432/acme?user=acme&password=${DB_PASSWORD}"');
  c.doc('docs/api.md')
    .decoy('prose', 'Tokens start with `ghp_`, `gho_` or `github_pat_`; keys with `AKIA` or `sk_live_`.')
    .decoy('truncated', 'Your key looks like `sk-ant-api03-…` and is shown once.')
    .decoy('placeholder', 'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io/v2/me')
    .decoy('placeholder', 'curl -u "$USER:$PASSWORD" https://api.acme.io/v2/me');
}
