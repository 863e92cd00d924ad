/** One entry of the emulator's request log. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** Template of the description (`/repos/{owner}/{repo}`), `/graphql`, or the internal path served. */
  route: string;
  status: number;
  operationId?: string;
  graphql?: { operationName?: string; rootFields: string[] };
  /** Fault injected into this request, if any. */
  fault?: string;
}

/** A request that GitHub would not accept or that the emulator could not serve faithfully. */
export interface Violation {
  kind: 'rest' | 'graphql' | 'unimplemented' | 'response';
  method: string;
  path: string;
  route?: string;
  operationId?: string;
  status: number;
  message: string;
}

/** A GitHub error body. */
export function errorBody(message: string, documentationUrl: string, status: number): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}
