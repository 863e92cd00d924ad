import { readFile } from 'node:fs/promises';
import { errorCode, errorMessage } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import { type PreviousSnapshot, snapshotSchema } from './snapshot.js';

/**
 * The earlier snapshot at `file`, or undefined when there is none yet (the first run) or it cannot
 * be used (another format, unreadable): trends are a bonus and never fail the collection.
 */
export async function readPreviousSnapshot(file: string, logger: Logger): Promise<PreviousSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      logger.info(`No earlier snapshot at ${file}: this collection starts the trend.`);
      return undefined;
    }
    logger.warning(`Could not read the earlier snapshot ${file}: ${errorMessage(error)}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    logger.warning(`The earlier snapshot ${file} is not JSON (${errorMessage(error)}); no trends this time.`);
    return undefined;
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    logger.warning(`The earlier snapshot ${file} is not a metrics-collect snapshot; no trends this time.`);
    return undefined;
  }
  return parsed.data;
}
