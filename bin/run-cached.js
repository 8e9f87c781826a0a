// Runs a CommonJS bundle with V8's code cache, kept beside it. Node 20 has no compile cache for
// modules, and compiling a megabyte of JavaScript is most of the command line's start-up time.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * Loads the bundle at `file` (a function expression taking a CommonJS module's variables, as
 * scripts/bundle-cli.js writes it) and returns its exports, with `save` to call once it has run:
 * the cache then holds the functions that the run compiled, not only the top level.
 * @param {string} file
 */
function runCached(file) {
  const cacheFile = `${file}.${process.version}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle is a function expression (scripts/bundle-cli.js writes it so) and ASCII (its build
  // checks): read as Latin-1, the fastest decoding of it.
  const script = new Script(readFileSync(file, 'latin1'), {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  // A bundle as scripts/bundle-cli.js writes it evaluates to a function and runs nothing yet; a
  // bundle left by an older build runs and fails, or gives something else.
  let run;
  let failure = '';
  try {
    run = script.runInThisContext();
  } catch (error) {
    run = error;
    failure = ` (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof run !== 'function') {
    throw new Error(
      `${file} is not a bundle that this command runs${failure}: rebuild it with npm run build`,
      { cause: run },
    );
  }
  const module = { exports: {} };
  run(module.exports, createRequire(file), module, file, dirname(file));
  const save = () => {
    if (cachedData !== undefined && script.cachedDataRejected !== true) return;
    try {
      // Written aside and renamed: another run never reads half a cache.
      const partial = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {
      // A read-only installation starts without the cache.
    }
  };
  return { exports: module.exports, save };
}

exports.runCached = runCached;
