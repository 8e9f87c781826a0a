#!/usr/bin/env node
// Runs the bundled command line (built by `npm run build`) with V8's code cache.
import { fileURLToPath } from 'node:url';
import { runCached } from './run-cached.js';

const cli = runCached(fileURLToPath(new URL('../dist/bundle/chancery.cjs', import.meta.url)));
process.exitCode = await cli.exports.main(process.argv.slice(2));
cli.save();
