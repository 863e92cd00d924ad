import type { DirectWrite } from '../model.js';
import type { LabelsOperation } from './schemas.js';
import type { OperationPlugin } from './types.js';

/**
 * Ensure labels (REST https://docs.github.com/rest/issues/labels). Names compare case-insensitively as
 * GitHub does; a label whose colour, description or letter case differs is updated, a missing one created.
 */
export const labelsPlugin: OperationPlugin<LabelsOperation> = {
  type: 'labels',
  async prepare(op) {
    return {
      needs(n) {
        n.labels = true;
      },
      plan(repo, state) {
        const writes: DirectWrite[] = [];
        const current = new Map((state.labels ?? []).map((l) => [l.name.toLowerCase(), l]));
        const params = { owner: repo.owner, repo: repo.name };
        for (const want of op.labels) {
          const have = current.get(want.name.toLowerCase());
          current.delete(want.name.toLowerCase());
          const description = want.description ?? have?.description ?? '';
          if (!have) {
            writes.push({
              operation: 'labels',
              description: `+ label ${want.name} (#${want.color})`,
              contentCreating: true,
              apply: async (api) => {
                await api.request('POST /repos/{owner}/{repo}/labels', {
                  ...params,
                  name: want.name,
                  color: want.color,
                  description,
                });
              },
            });
          } else if (
            have.color.toLowerCase() !== want.color ||
            (have.description ?? '') !== description ||
            have.name !== want.name
          ) {
            writes.push({
              operation: 'labels',
              description: `~ label ${have.name} → ${want.name} (#${want.color})`,
              contentCreating: true,
              apply: async (api) => {
                await api.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
                  ...params,
                  name: have.name,
                  new_name: want.name,
                  color: want.color,
                  description,
                });
              },
            });
          }
        }
        if (op.deleteOthers) {
          for (const extra of current.values()) {
            writes.push({
              operation: 'labels',
              description: `- label ${extra.name}`,
              contentCreating: true,
              apply: async (api) => {
                await api.request('DELETE /repos/{owner}/{repo}/labels/{name}', { ...params, name: extra.name });
              },
            });
          }
        }
        return { writes };
      },
    };
  },
};
