// Loaded with `node --import`: reports the process's peak memory (worker threads included) as
// the last line of standard error when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
});
