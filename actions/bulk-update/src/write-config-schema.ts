// Regenerates docs/bulk-update-config.schema.json from the zod schema: `npx tsx actions/bulk-update/src/write-config-schema.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulkConfigJsonSchema, CONFIG_SCHEMA_PATH } from './engine/config-schema.js';

const root = new URL('../../..', import.meta.url).pathname;
writeFileSync(join(root, CONFIG_SCHEMA_PATH), bulkConfigJsonSchema());
console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
