// Regenerates the rule tables of actions/security-scan/README.md from the rule list:
//   npx tsx actions/security-scan/src/write-readme-rules.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRuleTable } from './rules-table.js';

const file = join(import.meta.dirname, '..', 'README.md');
writeFileSync(file, withRuleTable(readFileSync(file, 'utf8')));
console.log(`updated ${file}`);
