import type { RouteTable } from '../route-kit.js';
import { actionsRoutes } from './actions.js';
import { appRoutes } from './apps.js';
import { archiveRoutes } from './archives.js';
import { branchRoutes } from './branches.js';
import { contentsRoutes } from './contents.js';
import { deliveryRoutes } from './delivery.js';
import { coreRoutes } from './core.js';
import { gitDataRoutes } from './git-data.js';
import { issueRoutes } from './issues.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoExtraRoutes } from './repo-extras.js';
import { securityRoutes } from './security.js';
import { teamRoutes } from './teams.js';

/** Every REST handler of the emulator, by operationId of the description. */
export const allRoutes: RouteTable = {
  ...coreRoutes,
  ...gitDataRoutes,
  ...contentsRoutes,
  ...branchRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...releaseRoutes,
  ...actionsRoutes,
  ...securityRoutes,
  ...appRoutes,
  ...archiveRoutes,
  ...teamRoutes,
  ...repoExtraRoutes,
  ...deliveryRoutes,
};
