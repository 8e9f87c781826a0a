#!/usr/bin/env node
// Runs the bundled command line (built by `npm run build`) with V8's code cache. CommonJS
// (bin/package.json), so that Node starts it without setting up its module loader.
'use strict';
const { join } = require('node:path');
const { runCached, SHORT_COMMAND_V8_FLAGS, BATCH_V8_FLAGS } = require('./run-cached.js');

const batch = process.argv[2] === 'batch';
const cli = runCached(join(__dirname, '..', 'dist', 'bundle', 'chancery.cjs'), {
  v8Flags: batch ? BATCH_V8_FLAGS : SHORT_COMMAND_V8_FLAGS,
});
cli.exports.main(process.argv.slice(2)).then((status) => {
  cli.save();
  // A command that has written nothing to its streams has nothing left to flush, and exits now,
  // without Node's own teardown (about 5 ms of a render). One that has written lets its streams
  // drain, which on some platforms a pipe does after the last write returns. A batch, whose
  // threads and progress bar are its own, always ends as Node ends it.
  if (!batch && !cli.exports.wroteToProcessStreams()) process.exit(status);
  process.exitCode = status;
});
