import type { RouteTable } from '../route-kit.js';
import { coreRoutes } from './core.js';

/** Every REST handler of the emulator, by operationId of the description. */
export const allRoutes: RouteTable = {
  ...coreRoutes,
};
