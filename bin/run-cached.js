// Runs a CommonJS bundle with V8's code cache, kept beside it. Node 20 has no compile cache for
// modules, and compiling a megabyte of JavaScript is most of the command line's start-up time.
'use strict';
const { closeSync, fstatSync, openSync, readSync, renameSync, writeFileSync } = require('node:fs');
const { Buffer } = require('node:buffer');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// A command that drafts one document keeps most of what it allocates to its end: V8 doubles its
// young generation after each collection that finds most of it alive, and each doubling touches
// fresh memory, which on a machine slow to fault pages in costs more than the collections it
// saves (measured: 1,000 page faults, about 10 ms of a render). A batch, which allocates for
// seconds, runs with V8's defaults.
const SHORT_COMMAND_V8_FLAGS = ['--semi-space-growth-factor=1'];

/**
 * Reads `size` bytes of the open file `fd` into the start of `buffer`, and returns how many
 * there were (fewer if the file is shorter now).
 * @param {number} fd
 * @param {Buffer} buffer
 * @param {number} size
 */
function readWhole(fd, buffer, size) {
  let read = 0;
  while (read < size) {
    const count = readSync(fd, buffer, read, size - read, read);
    if (count === 0) break;
    read += count;
  }
  return read;
}

/**
 * Loads the bundle at `file` (a function expression taking a CommonJS module's variables, as
 * scripts/bundle-cli.js writes it) and returns its exports, with `save` to call once it has run:
 * the cache then holds the functions that the run compiled, not only the top level. `cached`
 * tells whether its code came from the cache.
 *
 * V8 flags given are set first. V8 refuses a code cache made under other flags, so each set of
 * flags has a cache of its own, named after them.
 * @param {string} file
 * @param {{ v8Flags?: readonly string[] }} [options]
 */
function runCached(file, options = {}) {
  const v8Flags = options.v8Flags ?? [];
  for (const flag of v8Flags) setFlagsFromString(flag);
  const flagsTag = v8Flags.map((flag) => `.${flag.replace(/^-+/, '').replace(/[^\w-]/g, '-')}`);
  const cacheFile = `${file}.${process.version}${flagsTag.join('')}.cache`;
  // One buffer for both files, read in turn: the source is copied into a string before the cache
  // is read over it. Fresh memory costs a page fault for every 4 kB, and this spares 1.3 MB of it
  // (measured: 330 faults, 6 ms of a render).
  const sourceFile = openSync(file, 'r');
  let cacheFd;
  try {
    cacheFd = openSync(cacheFile, 'r');
  } catch {
    cacheFd = undefined;
  }
  let source;
  let cachedData;
  try {
    const sourceSize = fstatSync(sourceFile).size;
    const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(sourceSize, cacheSize));
    // The bundle is a function expression (scripts/bundle-cli.js writes it so) and ASCII (its
    // build checks): read as Latin-1, the fastest decoding of it.
    source = buffer.toString('latin1', 0, readWhole(sourceFile, buffer, sourceSize));
    if (cacheFd !== undefined)
      cachedData = buffer.subarray(0, readWhole(cacheFd, buffer, cacheSize));
  } finally {
    closeSync(sourceFile);
    if (cacheFd !== undefined) closeSync(cacheFd);
  }
  const script = new Script(source, {
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
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  return { exports: module.exports, save, cached };
}

exports.runCached = runCached;
exports.SHORT_COMMAND_V8_FLAGS = SHORT_COMMAND_V8_FLAGS;
