// Loaded into each bundled action with NODE_OPTIONS=--import: appends the process's peak resident
// memory to MOKO_RSS_FILE when it exits, so the scale bench can report memory per process.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.MOKO_RSS_FILE;
  if (file)
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
});
