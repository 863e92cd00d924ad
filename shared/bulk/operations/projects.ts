import { gqlString } from '../api.js';
import { renderTemplate } from '../template.js';
import { templateValues } from './files.js';
import type { ProjectsOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

interface OrgProjects {
  organization: { id: string; projectsV2: { nodes: { id: string; title: string }[] } } | null;
}

/**
 * Ensure an organization project (Projects v2) per rendered title exists and link each target
 * repository to it (the roadmap's auto_create_org_projects). Projects are listed once per run; a missing
 * one is created on first need (createProjectV2), then linked (linkProjectV2ToRepository,
 * https://docs.github.com/graphql/reference/mutations#linkprojectv2torepository).
 */
export const projectsPlugin: OperationPlugin<ProjectsOperation> = {
  type: 'projects',
  async prepare(op, ctx) {
    const data = (await ctx.api.graphql(
      `query BulkProjects { organization(login: ${gqlString(ctx.org)}) { id projectsV2(first: 100) { nodes { id title } } } }`,
    )) as OrgProjects;
    const ownerId = data.organization?.id ?? '';
    const known = new Map((data.organization?.projectsV2.nodes ?? []).map((p) => [p.title, Promise.resolve(p.id)]));
    // One creation per title even when several repositories are written concurrently.
    const ensure = (title: string, apiCall: () => Promise<string>) => {
      let id = known.get(title);
      if (!id) {
        id = apiCall();
        known.set(title, id);
      }
      return id;
    };
    return {
      needs(n) {
        n.projects = true;
      },
      plan(repo, state) {
        const title = renderTemplate(op.title, templateValues(repo, state), 'projects.title');
        if ((state.projects ?? []).some((p) => p.title === title)) return {};
        const exists = known.has(title);
        return {
          writes: [
            {
              operation: 'projects',
              description: `${exists ? '' : `+ project "${title}"; `}+ link to project "${title}"`,
              contentCreating: true,
              apply: async (api) => {
                const projectId = await ensure(title, async () => {
                  const created = (await api.graphql(
                    'mutation BulkCreateProject($ownerId: ID!, $title: String!) { createProjectV2(input: { ownerId: $ownerId, title: $title }) { projectV2 { id } } }',
                    { ownerId, title },
                  )) as { createProjectV2: { projectV2: { id: string } } };
                  return created.createProjectV2.projectV2.id;
                });
                await api.graphql(
                  'mutation BulkLinkProject($projectId: ID!, $repositoryId: ID!) { linkProjectV2ToRepository(input: { projectId: $projectId, repositoryId: $repositoryId }) { repository { id } } }',
                  { projectId, repositoryId: state.id },
                );
              },
            },
          ],
        };
      },
    };
  },
};
