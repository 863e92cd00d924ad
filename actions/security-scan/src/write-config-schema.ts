// Regenerates docs/security-scan-config.schema.json from the zod schema:
//   npx tsx actions/security-scan/src/write-config-schema.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SCHEMA_PATH, configJsonSchemaText } from './engine/config-schema.js';

const root = join(import.meta.dirname, '..', '..', '..');
writeFileSync(join(root, CONFIG_SCHEMA_PATH), configJsonSchemaText());
console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
