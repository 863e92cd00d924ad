import { type BulkApi, gqlString } from '../api.js';
import { renderTemplate } from '../template.js';
import { templateValues } from './files.js';
import type { ProjectsOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface ProjectNode {
  id: string;
  title: string;
  repositories: Connection<{ name: string }>;
}
interface OrgProjects {
  organization: { id: string; projectsV2: Connection<ProjectNode> } | null;
}

const REPOS = 'repositories(first: 100) { nodes { name } pageInfo { hasNextPage endCursor } }';

/** Every repository linked to a project, following pagination. */
async function linkedRepos(api: BulkApi, project: ProjectNode): Promise<Set<string>> {
  const names = new Set(project.repositories.nodes.map((r) => r.name.toLowerCase()));
  let page = project.repositories.pageInfo;
  while (page.hasNextPage) {
    const data = (await api.graphql(
      `query BulkProjectRepos($id: ID!, $after: String) { node(id: $id) { ... on ProjectV2 { repositories(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } } } }`,
      { id: project.id, after: page.endCursor },
    )) as { node: { repositories: Connection<{ name: string }> } };
    for (const r of data.node.repositories.nodes) names.add(r.name.toLowerCase());
    page = data.node.repositories.pageInfo;
  }
  return names;
}

/**
 * Ensure an organization project (Projects v2) per rendered title exists and link each target
 * repository to it (the roadmap's auto_create_org_projects). The organization's projects and their
 * linked repositories are read once per run (not per repository); a missing project is created on first
 * need (createProjectV2), then each repository not yet linked is linked (linkProjectV2ToRepository,
 * https://docs.github.com/graphql/reference/mutations#linkprojectv2torepository).
 */
export const projectsPlugin: OperationPlugin<ProjectsOperation> = {
  type: 'projects',
  async prepare(op, ctx) {
    const known = new Map<string, Promise<string>>();
    const linked = new Map<string, Set<string>>();
    let ownerId = '';
    for (let after: string | null = null, more = true; more; ) {
      const data = (await ctx.api.graphql(
        `query BulkProjects($after: String) { organization(login: ${gqlString(ctx.org)}) { id projectsV2(first: 100, after: $after) { nodes { id title ${REPOS} } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      )) as OrgProjects;
      ownerId = data.organization?.id ?? '';
      for (const p of data.organization?.projectsV2.nodes ?? []) {
        if (known.has(p.title)) continue;
        known.set(p.title, Promise.resolve(p.id));
        linked.set(p.title, await linkedRepos(ctx.api, p));
      }
      more = data.organization?.projectsV2.pageInfo.hasNextPage ?? false;
      after = data.organization?.projectsV2.pageInfo.endCursor ?? null;
    }
    // One creation per title even when several repositories are written concurrently.
    const ensure = (title: string, create: () => Promise<string>) => {
      let id = known.get(title);
      if (!id) {
        id = create();
        known.set(title, id);
      }
      return id;
    };
    return {
      needs() {},
      plan(repo, state) {
        const title = renderTemplate(op.title, templateValues(repo, state), 'projects.title');
        if (linked.get(title)?.has(repo.name.toLowerCase())) return {};
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
