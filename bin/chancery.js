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
  // Once all that the command wrote is in the system's hands, nothing is left to do: it exits
  // now, without Node's own teardown (about 5 ms of a render, 25 ms of a batch, whose threads
  // have ended by then). A stream still writing, as a pipe may be on some platforms, is left to
  // drain, and Node ends the process.
  if (cli.exports.processStreamsFlushed()) process.exit(status);
  process.exitCode = status;
});
