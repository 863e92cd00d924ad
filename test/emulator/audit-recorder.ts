import type { EmulatorState } from './state.js';

const AUDIT_AREAS: Record<string, string> = {
  repos: 'repo',
  pulls: 'pull_request',
  issues: 'issue',
  actions: 'workflows',
  'code-scanning': 'code_scanning',
};

/** Writes land in the owner organization's audit log, as GitHub records them (`repo.update`, `workflows.disable_workflow`). */
export function recordAudit(
  state: EmulatorState,
  operationId: string,
  params: Record<string, string>,
  actor: string,
): void {
  const org = state.org(params.owner ?? params.org ?? '');
  if (!org) return;
  const [area = '', name = ''] = operationId.split('/');
  const now = state.clock.now();
  org.auditLog.push({
    '@timestamp': now,
    _document_id: `${now}-${org.auditLog.length}`,
    action: `${AUDIT_AREAS[area] ?? area}.${name.replace(/-/g, '_')}`,
    actor,
    org: org.login,
    ...(params.repo ? { repo: `${org.login}/${params.repo}` } : {}),
    created_at: now,
  });
}
