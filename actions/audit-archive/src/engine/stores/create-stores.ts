import type { Logger } from '../../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import type { RepoRef } from '../collect.js';
import { type ArtifactUpload, ArtifactStore } from './artifact-store.js';
import { BranchStore } from './branch-store.js';
import { ReleaseStore } from './release-store.js';
import { type ArchiveStore, STORE_KINDS, type StoreKind } from './store.js';

/** What the stores are built from. */
export interface StoreOptions {
  github: GitHubClient;
  logger: Logger;
  home: RepoRef;
  kinds: readonly StoreKind[];
  branch: string;
  releaseTag: string;
  retentionDays: number;
  upload: ArtifactUpload;
  stagingDir: string;
}

/**
 * The configured stores in the order given, and the one the index is read from: the first of branch,
 * release, artifact that is configured (a branch is read in a few requests and cannot expire).
 */
export function createStores(o: StoreOptions): { stores: ArchiveStore[]; index?: ArchiveStore } {
  const { owner, repo } = o.home;
  const branch = new BranchStore(o.github, owner, repo, o.branch, o.logger);
  const make = (kind: StoreKind): ArchiveStore => {
    switch (kind) {
      case 'branch':
        return branch;
      case 'release':
        // The release's tag points at the archive branch when there is one, else the default branch.
        return new ReleaseStore(
          o.github,
          owner,
          repo,
          o.releaseTag,
          async () => (o.kinds.includes('branch') && (await branch.head()) ? o.branch : undefined),
          o.logger,
        );
      case 'artifact':
        return new ArtifactStore(o.github, owner, repo, o.retentionDays, o.upload, o.stagingDir, o.logger);
    }
  };
  const stores = o.kinds.map(make);
  const index = STORE_KINDS.map((k) => stores.find((s) => s.kind === k)).find((s) => s !== undefined);
  return index ? { stores, index } : { stores };
}
