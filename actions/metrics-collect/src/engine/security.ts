import { errorMessage, errorStatus } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';

/** The three alert APIs, with the permission each needs (what the notice names on a 403). */
export const ALERT_TOOLS = {
  dependabot: {
    route: 'GET /orgs/{org}/dependabot/alerts',
    permission: 'Dependabot alerts: read (app permission vulnerability_alerts)',
  },
  code_scanning: {
    route: 'GET /orgs/{org}/code-scanning/alerts',
    permission: 'Code scanning alerts: read (security-events: read, app permission security_events)',
  },
  secret_scanning: {
    route: 'GET /orgs/{org}/secret-scanning/alerts',
    permission: 'Secret scanning alerts: read (app permission secret_scanning_alerts)',
  },
} as const;

/** A tool of {@link ALERT_TOOLS}. */
export type AlertTool = keyof typeof ALERT_TOOLS;
/** Severity labels: GitHub's four, and `unrated` for secret scanning (which has none). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unrated'] as const;

/** Open alerts of one tool, or why they could not be read. */
export interface AlertReading {
  tool: AlertTool;
  /** `read`; `forbidden` (403: the token lacks the permission, or the feature is off); `error`. */
  status: 'read' | 'forbidden' | 'error';
  /** Open alerts by severity (`read` only). */
  bySeverity: Record<string, number>;
  /** Open alerts by repository (`read` only). */
  byRepository: Record<string, number>;
  /** The notice for a 403 or an error: names the permission. */
  notice?: string;
  /** ETag of the first page, sent back as If-None-Match next time (a 304 is free and means no change). */
  etag?: string;
  /** True when the previous reading was reused after a 304. */
  unchanged?: boolean;
}

interface Alert {
  repository?: { name: string };
  security_advisory?: { severity?: string };
  security_vulnerability?: { severity?: string };
  rule?: { security_severity_level?: string | null; severity?: string | null };
}

function severityOf(tool: AlertTool, a: Alert): string {
  if (tool === 'dependabot') return a.security_advisory?.severity ?? a.security_vulnerability?.severity ?? 'unrated';
  if (tool === 'code_scanning') {
    if (a.rule?.security_severity_level) return a.rule.security_severity_level;
    // Non-security rules: GitHub's error/warning/note, mapped as its UI ranks them.
    return { error: 'high', warning: 'medium', note: 'low' }[a.rule?.severity ?? ''] ?? 'unrated';
  }
  return 'unrated';
}

/**
 * The organization's open alerts of one tool, 100 per request. The first page is a conditional
 * request when the previous reading left an ETag: a 304 (free, not counted against the rate limit)
 * reuses the previous counts. A 403 becomes a notice naming the permission, never a silent zero.
 */
export async function readAlerts(
  client: GitHubClient,
  org: string,
  tool: AlertTool,
  previous?: AlertReading,
): Promise<{ reading: AlertReading; requests: number }> {
  const bySeverity: Record<string, number> = {};
  const byRepository: Record<string, number> = {};
  let requests = 0;
  let url: string | undefined = ALERT_TOOLS[tool].route;
  let etag: string | undefined;
  try {
    let first = true;
    while (url) {
      const headers: Record<string, string> = {};
      if (first && previous?.status === 'read' && previous.etag) headers['if-none-match'] = previous.etag;
      const params = first ? { org, state: 'open', per_page: 100, headers } : { headers };
      let response: { data: unknown; headers: Record<string, string | number | undefined> };
      try {
        response = await client.request(url, params);
      } catch (error) {
        if (first && errorStatus(error) === 304 && previous) {
          return { reading: { ...previous, unchanged: true }, requests: requests + 1 };
        }
        throw error;
      }
      requests++;
      if (first) etag = response.headers.etag as string | undefined;
      for (const a of response.data as Alert[]) {
        const severity = severityOf(tool, a);
        bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
        const repo = a.repository?.name ?? 'unknown';
        byRepository[repo] = (byRepository[repo] ?? 0) + 1;
      }
      url = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1];
      first = false;
    }
  } catch (error) {
    const status = errorStatus(error);
    const reading: AlertReading = {
      tool,
      status: status === 403 ? 'forbidden' : 'error',
      bySeverity: {},
      byRepository: {},
      notice:
        status === 403
          ? `${tool.replace('_', ' ')} alerts not read: the token lacks ${ALERT_TOOLS[tool].permission} (GitHub: ${errorMessage(error)})`
          : `${tool.replace('_', ' ')} alerts not read: ${errorMessage(error)}`,
    };
    return { reading, requests: requests + 1 };
  }
  return { reading: { tool, status: 'read', bySeverity, byRepository, ...(etag ? { etag } : {}) }, requests };
}
