import type { SettingsOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

const SECURITY = ['secret_scanning', 'secret_scanning_push_protection', 'dependabot_security_updates'] as const;

function listedSecurity(listed: Record<string, unknown>, key: string): string | undefined {
  const sa = listed.security_and_analysis;
  if (typeof sa !== 'object' || sa === null) return undefined;
  const entry = (sa as Record<string, { status?: string } | undefined>)[key];
  return entry?.status;
}

/**
 * Ensure repository settings with one PATCH holding only the differences
 * (https://docs.github.com/rest/repos/repos#update-a-repository). Booleans are read in the batched
 * GraphQL read; security features from the organization listing's `security_and_analysis`
 * (present for admins; when absent the value is written, as it cannot be compared).
 */
export const settingsPlugin: OperationPlugin<SettingsOperation> = {
  type: 'settings',
  async prepare(op) {
    return {
      needs(n) {
        n.settings = true;
      },
      plan(repo, state) {
        const body: Record<string, unknown> = {};
        const lines: string[] = [];
        for (const [key, want] of Object.entries(op.settings)) {
          if ((SECURITY as readonly string[]).includes(key)) continue;
          const have = state.settings?.[key];
          if (have !== want) {
            body[key] = want;
            lines.push(`${key}: ${String(have)} → ${String(want)}`);
          }
        }
        const security: Record<string, { status: string }> = {};
        for (const key of SECURITY) {
          const want = op.settings[key];
          if (want === undefined) continue;
          const have = listedSecurity(repo.listed, key);
          if (have !== want) {
            security[key] = { status: want };
            lines.push(`${key}: ${have ?? 'unknown'} → ${want}`);
          }
        }
        if (Object.keys(security).length > 0) body.security_and_analysis = security;
        if (lines.length === 0) return {};
        return {
          writes: [
            {
              operation: 'settings',
              description: `~ settings ${lines.join(', ')}`,
              contentCreating: true,
              apply: async (api) => {
                await api.request('PATCH /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.name, ...body });
              },
            },
          ],
        };
      },
    };
  },
};
