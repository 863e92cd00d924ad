import type { GitHubClient } from '../../shared/github/client.js';

/**
 * The naive approach the bench compares against (what most sync scripts do): list the repositories,
 * then per repository and file GET the contents and PUT them when they differ, several repositories at
 * a time, with no pacing beyond the client's retry on secondary limits.
 */
export async function runNaive(
  client: GitHubClient,
  org: string,
  files: Record<string, string>,
  concurrency: number,
): Promise<{ changed: number; failed: number }> {
  const repos = (await client.paginate('GET /orgs/{org}/repos', { org, per_page: 100 })).filter(
    (r) => !r.archived && !r.fork,
  );
  let changed = 0;
  let failed = 0;
  const queue = [...repos];
  const worker = async () => {
    for (let repo = queue.shift(); repo; repo = queue.shift()) {
      let touched = false;
      try {
        for (const [path, content] of Object.entries(files)) {
          let sha: string | undefined;
          let current: string | undefined;
          try {
            const res = await client.rest.repos.getContent({ owner: org, repo: repo.name, path });
            const data = res.data as { sha: string; content?: string };
            sha = data.sha;
            current = Buffer.from(data.content ?? '', 'base64').toString('utf8');
          } catch {
            // 404: the file does not exist yet
          }
          if (current === content) continue;
          await client.rest.repos.createOrUpdateFileContents({
            owner: org,
            repo: repo.name,
            path,
            message: 'chore: apply organization standards',
            content: Buffer.from(content).toString('base64'),
            ...(sha ? { sha } : {}),
          });
          touched = true;
        }
        if (touched) changed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { changed, failed };
}
