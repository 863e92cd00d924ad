import type { RepoRecord } from '../model.js';

/**
 * Stars and forks of a repository, deterministic from its id: the data set models no stargazers or
 * fork networks, yet metrics-collect needs varied counts. Public repositories get 0–199 stars and
 * 0–29 forks; private and internal ones get none, as their stars come only from members.
 * REST (`views.ts`) reports the same counts as `stargazers_count` and `forks_count`.
 */
export function repositoryCounts(repo: RepoRecord): { stargazerCount: number; forkCount: number } {
  if (repo.visibility !== 'public') return { stargazerCount: 0, forkCount: 0 };
  let hash = 2166136261;
  for (const ch of `${repo.owner}/${repo.name}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return { stargazerCount: hash % 200, forkCount: (hash >>> 8) % 30 };
}
