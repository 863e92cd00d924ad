import type { GitHubClient } from '../../../../shared/github/client.js';

/**
 * The permissions of the App installation on `owner`, read with the App's JWT
 * (`GET /orgs/{org}/installation`, https://docs.github.com/en/rest/apps/apps#get-an-organization-installation-for-the-authenticated-app);
 * the installation token itself cannot read them.
 */
export async function installationPermissions(jwtClient: GitHubClient, owner: string): Promise<Record<string, string>> {
  const { data } = await jwtClient.rest.apps.getOrgInstallation({ org: owner });
  const out: Record<string, string> = {};
  for (const [name, access] of Object.entries(data.permissions)) if (typeof access === 'string') out[name] = access;
  return out;
}
