import type {
  CodeScanningAlertRecord,
  DependabotAlertRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  RepoRecord,
  SecretScanningAlertRecord,
} from '../model.js';
import {
  HttpError,
  type HandlerContext,
  type HandlerResult,
  notFound,
  okPage,
  repoFor,
  type RouteTable,
} from '../route-kit.js';
import { userJson, repoJson } from '../views.js';
import { repoApi, repoHtml } from '../views-git.js';

/**
 * The app permission each alert API needs (https://docs.github.com/rest/dependabot/alerts,
 * https://docs.github.com/rest/code-scanning/code-scanning, https://docs.github.com/rest/secret-scanning/secret-scanning).
 */
const PERMISSION = {
  dependabot: 'vulnerability_alerts',
  codeScanning: 'security_events',
  secretScanning: 'secret_scanning_alerts',
} as const;

function requirePermission(ctx: HandlerContext, kind: keyof typeof PERMISSION): void {
  if (ctx.grant.withoutPermissions?.includes(PERMISSION[kind]))
    throw new HttpError(403, 'Resource not accessible by integration');
}

function deploymentJson(ctx: HandlerContext, repo: RepoRecord, d: DeploymentRecord) {
  const url = `${repoApi(ctx.state, repo)}/deployments/${d.id}`;
  return {
    id: d.id,
    node_id: d.node_id,
    url,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: userJson(ctx.state, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(ctx.state, repo),
    transient_environment: false,
    production_environment: d.environment === 'production',
  };
}

function statusJson(ctx: HandlerContext, repo: RepoRecord, d: DeploymentRecord, s: DeploymentStatusRecord) {
  const url = `${repoApi(ctx.state, repo)}/deployments/${d.id}`;
  return {
    id: s.id,
    node_id: s.node_id,
    url: `${url}/statuses/${s.id}`,
    state: s.state,
    creator: userJson(ctx.state, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: `${repoHtml(ctx.state, repo)}/deployments/${d.id}`,
    log_url: `${repoHtml(ctx.state, repo)}/deployments/${d.id}`,
    environment_url: `${repoHtml(ctx.state, repo)}/deployments/${encodeURIComponent(d.environment)}`,
    created_at: s.created_at,
    updated_at: s.created_at,
    deployment_url: url,
    repository_url: repoApi(ctx.state, repo),
  };
}

function dependabotJson(ctx: HandlerContext, repo: RepoRecord, a: DependabotAlertRecord) {
  const pkg = { ecosystem: a.ecosystem, name: a.package };
  const vulnerability = {
    package: pkg,
    severity: a.severity,
    vulnerable_version_range: '< 9.9.9',
    first_patched_version: { identifier: '9.9.9' },
  };
  return {
    number: a.number,
    state: a.state,
    dependency: { package: pkg, manifest_path: a.manifest, scope: 'runtime', relationship: 'direct' },
    security_advisory: {
      ghsa_id: a.ghsa,
      cve_id: null,
      summary: `Vulnerability in ${a.package}`,
      description: `Generated advisory for ${a.package}.`,
      vulnerabilities: [vulnerability],
      severity: a.severity,
      cvss: { vector_string: null, score: 0 },
      cwes: [],
      identifiers: [{ type: 'GHSA', value: a.ghsa }],
      references: [],
      published_at: a.created_at,
      updated_at: a.updated_at,
      withdrawn_at: null,
    },
    security_vulnerability: vulnerability,
    url: `${repoApi(ctx.state, repo)}/dependabot/alerts/${a.number}`,
    html_url: `${repoHtml(ctx.state, repo)}/security/dependabot/${a.number}`,
    created_at: a.created_at,
    updated_at: a.updated_at,
    dismissed_at: a.state === 'dismissed' ? a.closed_at : null,
    dismissed_by: null,
    dismissed_reason: null,
    dismissed_comment: null,
    fixed_at: a.state === 'fixed' ? a.closed_at : null,
    auto_dismissed_at: null,
    repository: repoJson(ctx.state, repo),
  };
}

function codeScanningJson(ctx: HandlerContext, repo: RepoRecord, a: CodeScanningAlertRecord) {
  return {
    number: a.number,
    created_at: a.created_at,
    updated_at: a.updated_at,
    url: `${repoApi(ctx.state, repo)}/code-scanning/alerts/${a.number}`,
    html_url: `${repoHtml(ctx.state, repo)}/security/code-scanning/${a.number}`,
    instances_url: `${repoApi(ctx.state, repo)}/code-scanning/alerts/${a.number}/instances`,
    state: a.state,
    fixed_at: a.state === 'fixed' ? a.closed_at : null,
    dismissed_by: null,
    dismissed_at: null,
    dismissed_reason: null,
    dismissed_comment: null,
    rule: {
      id: a.rule,
      name: a.rule,
      severity: a.severity,
      security_severity_level: a.security_severity,
      description: `Rule ${a.rule}`,
      tags: ['security'],
    },
    tool: { name: a.tool, guid: null, version: '2.20.0' },
    most_recent_instance: {
      ref: `refs/heads/${repo.default_branch}`,
      analysis_key: '.github/workflows/codeql.yml:analyze',
      environment: '{}',
      category: 'language:javascript',
      state: a.state,
      commit_sha: '0'.repeat(40),
      message: { text: `Finding of ${a.rule}` },
      location: { path: 'src/index.js', start_line: 1, end_line: 1, start_column: 1, end_column: 10 },
      classifications: [],
    },
    repository: repoJson(ctx.state, repo),
  };
}

function secretScanningJson(ctx: HandlerContext, repo: RepoRecord, a: SecretScanningAlertRecord) {
  return {
    number: a.number,
    created_at: a.created_at,
    updated_at: a.updated_at,
    url: `${repoApi(ctx.state, repo)}/secret-scanning/alerts/${a.number}`,
    html_url: `${repoHtml(ctx.state, repo)}/security/secret-scanning/${a.number}`,
    locations_url: `${repoApi(ctx.state, repo)}/secret-scanning/alerts/${a.number}/locations`,
    state: a.state,
    resolution: a.state === 'resolved' ? 'revoked' : null,
    resolved_at: a.closed_at,
    resolved_by: null,
    secret_type: a.secret_type,
    secret_type_display_name: a.secret_type_display_name,
    validity: 'active',
    publicly_leaked: false,
    multi_repo: false,
    repository: repoJson(ctx.state, repo),
  };
}

function states(ctx: HandlerContext): string[] | undefined {
  return (
    ctx.query
      .get('state')
      ?.split(',')
      .map((s) => s.trim()) || undefined
  );
}

/** Dependabot uses cursor pagination (`after`, `before`, `per_page`); the cursor is an opaque index here. */
function cursorPage<T>(ctx: HandlerContext, items: T[], view: (item: T) => unknown): HandlerResult {
  if (ctx.query.has('page')) throw new HttpError(400, 'Pagination using the `page` parameter is not supported.');
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
  const decode = (c: string | null) => (c ? Number(Buffer.from(c, 'base64url').toString('utf8')) : undefined);
  const start = decode(ctx.query.get('after')) ?? 0;
  if (!Number.isInteger(start) || start < 0) throw new HttpError(400, 'Invalid cursor');
  const end = Math.min(items.length, start + perPage);
  const headers: Record<string, string> = {};
  if (end < items.length) {
    const u = new URL(ctx.url.href);
    u.searchParams.set('after', Buffer.from(String(end)).toString('base64url'));
    headers.link = `<${u.href}>; rel="next"`;
  }
  return { status: 200, body: items.slice(start, end).map(view), headers };
}

/** Repositories of the organization the token may read, for the org-wide alert lists. */
function readableRepos(ctx: HandlerContext): RepoRecord[] {
  const org = ctx.state.org(ctx.params.org ?? '');
  if (!org) notFound();
  return ctx.state.reposOf(org.login).filter((r) => ctx.state.covers(ctx.grant, r));
}

function alertsOf<K extends 'dependabot' | 'codeScanning' | 'secretScanning'>(
  repos: RepoRecord[],
  kind: K,
  wanted: string[] | undefined,
): { repo: RepoRecord; alert: NonNullable<RepoRecord['alerts']>[K][number] }[] {
  return repos
    .flatMap((repo) => (repo.alerts?.[kind] ?? []).map((alert) => ({ repo, alert })))
    .filter((x) => !wanted || wanted.includes(x.alert.state))
    .sort((a, b) => b.alert.created_at.localeCompare(a.alert.created_at));
}

/** Deployments with statuses, and the three security alert APIs (repository and organization lists). */
export const deliveryRoutes: RouteTable = {
  'repos/list-deployments': (ctx) => {
    const repo = repoFor(ctx);
    const q = ctx.query;
    const list = (repo.deployments ?? [])
      .filter(
        (d) =>
          (!q.get('sha') || d.sha === q.get('sha')) &&
          (!q.get('ref') || d.ref === q.get('ref')) &&
          (!q.get('task') || d.task === q.get('task')) &&
          (!q.get('environment') || d.environment === q.get('environment')),
      )
      .sort((a, b) => b.id - a.id);
    return okPage(ctx, list, (d) => deploymentJson(ctx, repo, d));
  },
  'repos/list-deployment-statuses': (ctx) => {
    const repo = repoFor(ctx);
    const d = (repo.deployments ?? []).find((x) => x.id === Number(ctx.params.deployment_id));
    if (!d) notFound();
    return okPage(ctx, [...d.statuses].reverse(), (s) => statusJson(ctx, repo, d, s));
  },
  'dependabot/list-alerts-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    requirePermission(ctx, 'dependabot');
    const list = alertsOf([repo], 'dependabot', states(ctx));
    return cursorPage(ctx, list, (x) => dependabotJson(ctx, x.repo, x.alert));
  },
  'dependabot/list-alerts-for-org': (ctx) => {
    requirePermission(ctx, 'dependabot');
    const list = alertsOf(readableRepos(ctx), 'dependabot', states(ctx));
    return cursorPage(ctx, list, (x) => dependabotJson(ctx, x.repo, x.alert));
  },
  'code-scanning/list-alerts-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    requirePermission(ctx, 'codeScanning');
    const list = alertsOf([repo], 'codeScanning', states(ctx));
    return okPage(ctx, list, (x) => codeScanningJson(ctx, x.repo, x.alert));
  },
  'code-scanning/list-alerts-for-org': (ctx) => {
    requirePermission(ctx, 'codeScanning');
    const list = alertsOf(readableRepos(ctx), 'codeScanning', states(ctx));
    return okPage(ctx, list, (x) => codeScanningJson(ctx, x.repo, x.alert));
  },
  'secret-scanning/list-alerts-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    requirePermission(ctx, 'secretScanning');
    const list = alertsOf([repo], 'secretScanning', states(ctx));
    return okPage(ctx, list, (x) => secretScanningJson(ctx, x.repo, x.alert));
  },
  'secret-scanning/list-alerts-for-org': (ctx) => {
    requirePermission(ctx, 'secretScanning');
    const list = alertsOf(readableRepos(ctx), 'secretScanning', states(ctx));
    return okPage(ctx, list, (x) => secretScanningJson(ctx, x.repo, x.alert));
  },
};
