import type { GraphqlCall } from '../server.js';
import type { EmulatorState } from '../state.js';

/** Validates and executes a GraphQL request against GitHub's public schema. */
export async function handleGraphql(
  _state: EmulatorState,
  _call: GraphqlCall,
): Promise<{ body: unknown; rootFields: string[]; operationName?: string; mutation: boolean }> {
  return { body: { errors: [{ message: 'GraphQL not yet implemented' }] }, rootFields: [], mutation: false };
}
