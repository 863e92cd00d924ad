import { makeBadge } from 'badge-maker';
import type { HealthStatus } from '../types.js';

const COLORS: Record<HealthStatus, string> = { healthy: 'brightgreen', degraded: 'yellow', unhealthy: 'red' };

/** A Shields endpoint document (https://shields.io/badges/endpoint-badge): `schemaVersion` 1, label, message, color. */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/** The badge of a status: the Shields endpoint JSON and the same badge as SVG (badge-maker, Shields' renderer). */
export function healthBadge(status: HealthStatus, label = 'health'): { endpoint: ShieldsEndpoint; svg: string } {
  const endpoint: ShieldsEndpoint = { schemaVersion: 1, label, message: status, color: COLORS[status] };
  const svg = makeBadge({ label, message: status, color: COLORS[status] });
  return { endpoint, svg };
}
