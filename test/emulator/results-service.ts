import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from './state.js';

/** Serves the emulator's internal paths (results service, blob uploads, downloads); false when not one. */
export async function handleInternal(
  _state: EmulatorState,
  _req: IncomingMessage,
  _res: ServerResponse,
  _url: URL,
  _body: Buffer,
): Promise<boolean> {
  return false;
}
