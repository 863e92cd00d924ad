import type { Logger } from '../../../../shared/core/logger.js';
import type { BulkApi } from './api.js';
import type { BulkConfig } from './config.js';
import { listOrgRepos, type RepoInfo } from './repos.js';
import { selectRepos } from './selection.js';
import { inShard, type Shard } from './sharding.js';

/** The repositories of this shard, and those the selection left out. */
export interface Targets {
  /** Every selected repository of the organization (all shards). */
  selected: RepoInfo[];
  /** The selected repositories of this shard. */
  targets: RepoInfo[];
  excluded: { name: string; reason: string }[];
}

/** Lists the organization, applies the selection and the shard, and logs the selection before any write. */
export async function selectTargets(
  api: BulkApi,
  org: string,
  config: BulkConfig,
  shard: Shard,
  logger: Logger,
): Promise<Targets> {
  const all = await listOrgRepos(api, org);
  const { selected, excluded } = selectRepos(all, config.selection);
  const targets = inShard(selected, shard);
  logger.startGroup(
    `Selection: ${targets.length} of ${all.length} repositories of ${org} (shard ${shard.index}/${shard.count})`,
  );
  for (const r of targets) logger.info(`  ${r.name}`);
  if (excluded.length > 0) logger.info(`Left out: ${excluded.map((e) => `${e.name} (${e.reason})`).join(', ')}`);
  logger.endGroup();
  return { selected, targets, excluded };
}
