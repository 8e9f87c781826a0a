#!/usr/bin/env node
// Runs the bundled command line (built by `npm run build`) with V8's code cache. CommonJS
// (bin/package.json), so that Node starts it without setting up its module loader.
'use strict';
const { join } = require('node:path');
const { runCached, SHORT_COMMAND_V8_FLAGS } = require('./run-cached.js');

const cli = runCached(join(__dirname, '..', 'dist', 'bundle', 'chancery.cjs'), {
  v8Flags: process.argv[2] === 'batch' ? [] : SHORT_COMMAND_V8_FLAGS,
});
cli.exports.main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
  cli.save();
});
