// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the corpus writes literal ${VAR} references (shell, Spring, Helm) on purpose
import { crcToken, j, jwt, opensshKey, pypiToken, type Rand } from './fake.js';
import type { Corpus } from './labels.js';

/** Source control, CI, registry and cloud credentials in realistic files. */
export function plantDevCloud(c: Corpus, r: Rand): void {
  const ghp = crcToken(r, j('gh', 'p_'));
  const ghp2 = crcToken(r, j('gh', 'p_'));
  const gho = crcToken(r, j('gh', 'o_'));
  const ghs = crcToken(r, j('gh', 's_'));
  const ghu = crcToken(r, j('gh', 'u_'));
  const ghr = crcToken(r, j('gh', 'r_'));
  const fine = `${j('github', '_pat_')}11${r.upnum(20)}_${r.alnum(59)}`;
  c.doc('home/.git-credentials')
    .secret('github-pat', `https://x-access-token:${ghp}@github.com`, ghp)
    .add('https://gitlab.example.org');
  c.doc('home/.config/gh/hosts.yml')
    .add('github.com:', '    user: octo-release-bot', '    git_protocol: https')
    .secret('github-oauth-token', `    oauth_token: ${gho}`, gho);
  c.doc('tools/release/internal/ghclient_test.go')
    .add('package ghclient', '', 'import "testing"', '', 'func TestListReleases(t *testing.T) {')
    .secret('github-app-installation-token', `\tc := New("${ghs}")`, ghs)
    .add('\tif _, err := c.ListReleases("acme", "api"); err != nil {', '\t\tt.Fatal(err)', '\t}', '}');
  c.doc('scripts/oauth_callback.rb')
    .add('# Exchanges the code for a user token, then caches it', 'def cached_session')
    .secret('github-user-to-server-token', `  @session ||= { access: "${ghu}",`, ghu)
    .secret('github-refresh-token', `                 refresh: "${ghr}" }`, ghr)
    .add('end');
  c.doc('Jenkinsfile')
    .add('pipeline {', '  agent any', '  stages {', "    stage('Publish') {", '      steps {')
    .secret('github-fine-grained-pat', `        withEnv(["GITHUB_TOKEN=${fine}"]) {`, fine)
    .add("          sh 'gh release upload v$VERSION dist/*'", '        }', '      }', '    }', '  }', '}');
  c.doc('notes/incident-2024-03.md')
    .add('# Incident review', '', 'The token below was pasted in chat and has been revoked:', '', '```')
    .secret('github-pat', `git clone https://${ghp2}@github.com/acme/payments.git`, ghp2)
    .add('```');

  const npm = crcToken(r, j('np', 'm_'));
  const npmLegacy = r.uuid();
  c.doc('packages/ui/.npmrc')
    .add('@acme:registry=https://npm.pkg.github.com', 'always-auth=true')
    .secret('npm-token', `//registry.npmjs.org/:_authToken=${npm}`, npm);
  c.doc('legacy/.npmrc').secret('npm-legacy-uuid-token', `//registry.npmjs.org/:_authToken=${npmLegacy}`, npmLegacy);
  const yarn = crcToken(r, j('np', 'm_'));
  c.doc('.yarnrc.yml')
    .add('nodeLinker: node-modules', 'npmScopes:', '  acme:', '    npmRegistryServer: "https://registry.npmjs.org"')
    .secret('npm-token', `    npmAuthToken: "${yarn}"`, yarn);

  const glpat = `${j('glp', 'at-')}${r.url(20)}`;
  const glrt = `${j('gl', 'rt-')}${r.url(20)}`;
  c.doc('ci/runner/config.toml')
    .add('concurrent = 4', '', '[[runners]]', '  name = "docker-ci-01"', '  url = "https://gitlab.acme.io/"')
    .secret('gitlab-runner-token', `  token = "${glrt}"`, glrt)
    .add('  executor = "docker"');
  c.doc('ci/.gitlab-ci.yml')
    .add('variables:', '  DOCKER_DRIVER: overlay2')
    .secret('gitlab-pat', `  RENOVATE_TOKEN: "${glpat}"`, glpat)
    .add('renovate:', '  image: renovate/renovate:37', '  script: renovate');
  const atbb = `${j('AT', 'BB')}${r.alnum(32)}`;
  c.doc('deploy/bitbucket_mirror.py')
    .add('import requests', '', 'def mirror(repo):')
    .secret('bitbucket-app-password', `    auth = ("deploy-bot", "${atbb}")`, atbb)
    .add('    return requests.get(f"https://api.bitbucket.org/2.0/repositories/acme/{repo}", auth=auth)');
  const atatt = `${j('ATAT', 'T3')}xFfGF0${r.url(171)}=${r.HEX(8)}`;
  c.doc('tools/jira/sync.ts')
    .add(
      "import { Version3Client } from 'jira.js';",
      '',
      'export const jira = new Version3Client({',
      "  host: 'https://acme.atlassian.net',",
    )
    .secret(
      'atlassian-api-token',
      `  authentication: { basic: { email: 'ops@acme.io', apiToken: '${atatt}' } },`,
      atatt,
    )
    .add('});');

  const pypi = pypiToken(r);
  c.doc('home/.pypirc')
    .add('[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__')
    .secret('pypi-token', `password = ${pypi}`, pypi);
  const dckr = `${j('dckr', '_pat_')}${r.url(27)}`;
  c.doc('.github/actions/push-image/push.sh')
    .add('#!/usr/bin/env bash', 'set -euo pipefail')
    .secret('docker-hub-token', `docker login --username acmebot --password ${dckr}`, dckr)
    .add('docker push "acme/api:${GIT_SHA}"');
  const dockerAuth = Buffer.from(`acmebot:${r.password()}`).toString('base64');
  c.doc('home/.docker/config.json')
    .add('{', '  "auths": {', '    "registry.acme.io": {')
    .secret('docker-config-auth', `      "auth": "${dockerAuth}"`, dockerAuth)
    .add('    }', '  }', '}');
  const squ = `${j('sq', 'u_')}${r.hex(40)}`;
  c.doc('sonar-project.properties')
    .add('sonar.projectKey=acme_api', 'sonar.sources=src')
    .secret('sonarqube-token', `sonar.token=${squ}`, squ);
  const ccip = `${j('CCIP', 'AT_')}${r.alnum(22)}_${r.hex(40)}`;
  c.doc('scripts/trigger-pipeline.sh').secret(
    'circleci-token',
    `curl -s -X POST -H "Circle-Token: ${ccip}" https://circleci.com/api/v2/project/gh/acme/api/pipeline`,
    ccip,
  );
  const bkua = `${j('bk', 'ua_')}${r.hex(40)}`;
  c.doc('infra/buildkite.tf')
    .add('provider "buildkite" {', '  organization = "acme"')
    .secret('buildkite-token', `  api_token    = "${bkua}"`, bkua)
    .add('}');
  const akcp = `${j('AK', 'Cp')}${r.alnum(69)}`;
  c.doc('gradle.properties')
    .add('org.gradle.jvmargs=-Xmx2g', 'artifactory_user=ci')
    .secret('jfrog-api-key', `artifactory_password=${akcp}`, akcp);
  const rubygems = `${j('rubyg', 'ems_')}${r.hex(48)}`;
  c.doc('home/.gem/credentials').add('---').secret('rubygems-api-key', `:rubygems_api_key: ${rubygems}`, rubygems);
  const nuget = `${j('oy', '2')}${r.lownum(43)}`;
  c.doc('build/publish.ps1').secret(
    'nuget-api-key',
    `dotnet nuget push .\\out\\*.nupkg --api-key ${nuget} --source https://api.nuget.org/v3/index.json`,
    nuget,
  );
  const ado = r.base32(52);
  c.doc('pipelines/.env.ado').secret('azure-devops-pat', `AZURE_DEVOPS_EXT_PAT=${ado}`, ado);

  // Cloud.
  const akia = `${j('AK', 'IA')}${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const awsSecret = r.b64(40);
  c.doc('home/.aws/credentials')
    .add('[default]', 'region = eu-west-1', '')
    .add('[deploy]')
    .secret('aws-access-key-id', `aws_access_key_id = ${akia}`, akia)
    .secret('aws-secret-access-key', `aws_secret_access_key = ${awsSecret}`, awsSecret);
  const asia = `${j('AS', 'IA')}${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const sessSecret = r.b64(40);
  const sessToken = `IQoJb3JpZ2luX2Vj${r.b64(300)}`;
  c.doc('scripts/assume-role-output.json')
    .add('{', '  "Credentials": {')
    .secret('aws-access-key-id', `    "AccessKeyId": "${asia}",`, asia)
    .secret('aws-secret-access-key', `    "SecretAccessKey": "${sessSecret}",`, sessSecret)
    .secret('aws-session-token', `    "SessionToken": "${sessToken}",`, sessToken)
    .add('    "Expiration": "2024-05-01T12:00:00Z"', '  }', '}');
  const akia2 = `${j('AK', 'IA')}${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const awsSecret2 = r.b64(40);
  c.doc('src/main/java/com/acme/storage/S3Config.java')
    .add('package com.acme.storage;', '', 'public class S3Config {')
    .secret('aws-access-key-id', `    private static final String ACCESS = "${akia2}";`, akia2)
    .secret('aws-secret-access-key', `    private static final String SECRET = "${awsSecret2}";`, awsSecret2)
    .add('    AmazonS3 client() { return S3.build(ACCESS, SECRET); }', '}');
  const gocspx = `${j('GOC', 'SPX-')}${r.url(28)}`;
  const refresh = `1//0${r.url(60)}`;
  c.doc('home/.config/gcloud/application_default_credentials.json')
    .add('{', `  "client_id": "${r.digits(12)}-${r.lownum(32)}.apps.googleusercontent.com",`)
    .secret('gcp-oauth-client-secret', `  "client_secret": "${gocspx}",`, gocspx)
    .secret('google-refresh-token', `  "refresh_token": "${refresh}",`, refresh)
    .add('  "type": "authorized_user"', '}');
  const aiza = `${j('AI', 'za')}Sy${r.url(33)}`;
  c.doc('services/geocode/geocode.go')
    .add('package geocode', '', 'const endpoint = "https://maps.googleapis.com/maps/api/geocode/json"')
    .secret('gcp-api-key', `var key = "${aiza}"`, aiza);
  const azKey = `${r.b64(86)}==`;
  c.doc('src/Acme.Web/appsettings.Production.json', '\r\n')
    .add('{', '  "Storage": {')
    .secret(
      'azure-storage-key',
      `    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=acmeprodfiles;AccountKey=${azKey};EndpointSuffix=core.windows.net"`,
      azKey,
    )
    .add('  }', '}');
  const sas = `${r.b64(43)}%3D`;
  c.doc('scripts/upload-backup.sh').secret(
    'azure-sas-token',
    `azcopy copy ./backup.tar "https://acmebackups.blob.core.windows.net/nightly?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-12-31T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${sas}"`,
    sas,
  );
  const entra = `${r.alnum(3)}8${j('Q', '~')}${r.url(34)}`;
  c.doc('terraform/envs/prod/terraform.tfvars')
    .add('tenant_id = "contoso.onmicrosoft.com"', 'location  = "westeurope"')
    .secret('azure-ad-client-secret', `sp_password = "${entra}"`, entra);
  const sbKey = `${r.b64(43)}=`;
  c.doc('src/Acme.Worker/local.settings.json')
    .add('{', '  "IsEncrypted": false,', '  "Values": {')
    .secret(
      'azure-servicebus-key',
      `    "ServiceBus": "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sbKey}"`,
      sbKey,
    )
    .add('  }', '}');
  const dop = `${j('dop', '_v1_')}${r.hex(64)}`;
  c.doc('home/.config/doctl/config.yaml')
    .add('context: default')
    .secret('digitalocean-pat', `access-token: ${dop}`, dop);
  const heroku = r.uuid();
  const hrku = `${j('HRK', 'U-AA')}${r.url(58)}`;
  c.doc('home/.netrc')
    .add('machine api.heroku.com')
    .add('  login ops@acme.io')
    .secret('heroku-api-key', `  password ${heroku}`, heroku)
    .add('machine git.heroku.com', '  login ops@acme.io')
    .secret('heroku-api-key', `  password ${hrku}`, hrku);
  const tfc = `${r.alnum(14)}${j('.atlas', 'v1.')}${r.alnum(67)}`;
  c.doc('home/.terraform.d/credentials.tfrc.json')
    .add('{', '  "credentials": {', '    "app.terraform.io": {')
    .secret('terraform-cloud-token', `      "token": "${tfc}"`, tfc)
    .add('    }', '  }', '}');
  const hvsShort = `${j('hv', 's.')}${r.alnum(24)}`;
  const hvsLong = `${j('hv', 's.')}CAESI${r.url(90)}`;
  c.doc('ops/vault/README.md')
    .add('## Unseal', '', 'After `vault operator init` the root token was:', '')
    .secret('vault-token', `    Initial Root Token: ${hvsShort}`, hvsShort);
  c.doc('ops/vault/agent.env').secret('vault-token', `VAULT_TOKEN=${hvsLong}`, hvsLong);
  const dapi = `${j('da', 'pi')}${r.hex(32)}`;
  c.doc('notebooks/etl.ipynb')
    .add('{', ' "cells": [', '  {', '   "cell_type": "code",', '   "source": [')
    .secret(
      'databricks-token',
      `    "spark = connect(host=\\"adb-123.azuredatabricks.net\\", token=\\"${dapi}\\")\\n"`,
      dapi,
    )
    .add('   ]', '  }', ' ]', '}');
  const ddApi = r.hex(32);
  const ddApp = r.hex(40);
  c.doc('deploy/datadog-values.yaml')
    .add('datadog:', '  site: datadoghq.eu')
    .secret('datadog-api-key', `  apiKey: ${ddApi}`, ddApi)
    .secret('datadog-app-key', `  appKey: ${ddApp}`, ddApp)
    .add('  logs:', '    enabled: true');
  const nrak = `${j('NR', 'AK-')}${r.upnum(27)}`;
  c.doc('monitoring/newrelic.tf')
    .add('provider "newrelic" {', '  account_id = 3141592')
    .secret('newrelic-user-api-key', `  api_key    = "${nrak}"`, nrak)
    .add('  region     = "EU"', '}');
  const sntrys = `${j('sntr', 'ys_')}${Buffer.from(
    JSON.stringify({ iat: 1700000000.1, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'acme' }),
  )
    .toString('base64')
    .replace(/=+$/, '')}_${r.url(43)}`;
  const sntryu = `${j('sntr', 'yu_')}${r.hex(64)}`;
  c.doc('web/.sentryclirc')
    .add('[defaults]', 'org = acme', '', '[auth]')
    .secret('sentry-org-token', `token=${sntrys}`, sntrys);
  c.doc('web/next.config.mjs')
    .add("import { withSentryConfig } from '@sentry/nextjs';", '', 'export default withSentryConfig({}, {')
    .secret('sentry-user-token', `  authToken: "${sntryu}",`, sntryu)
    .add("  org: 'acme',", '});');
  const glc = `${j('gl', 'c_')}${Buffer.from(JSON.stringify({ o: r.digits(6), n: 'stack-123-hm-write', k: r.alnum(24), m: { r: 'prod-eu-west-0' } })).toString('base64')}`;
  const glsa = `${j('gl', 'sa_')}${r.alnum(32)}_${r.hex(8)}`;
  c.doc('monitoring/alloy/config.alloy')
    .add(
      'prometheus.remote_write "cloud" {',
      '  endpoint {',
      '    url = "https://prometheus-prod-24.grafana.net/api/prom/push"',
      '    basic_auth {',
      '      username = "1234567"',
    )
    .secret('grafana-cloud-token', `      password = "${glc}"`, glc)
    .add('    }', '  }', '}');
  c.doc('monitoring/dashboards/sync.py')
    .add('import requests', '')
    .secret('grafana-service-account-token', `HEADERS = {"Authorization": "Bearer ${glsa}"}`, glsa);
  const supabase = jwt(r, {
    iss: 'supabase',
    ref: r.lownum(20),
    role: 'service_role',
    iat: 1700000000,
    exp: 2015576000,
  });
  c.doc('apps/admin/.env.local')
    .add('NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnopqrst.supabase.co')
    .secret('jwt', `SUPABASE_SERVICE_ROLE_KEY=${supabase}`, supabase);
  const ssh = opensshKey();
  c.doc('deploy/keys/id_ed25519').secret('private-key-openssh', ssh, ssh.split('\n')[1] ?? '');
}
