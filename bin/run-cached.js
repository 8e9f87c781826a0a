// Runs a CommonJS bundle with V8's code cache, kept beside it. Node 20 has no compile cache for
// modules, and compiling a megabyte of JavaScript is most of the command line's start-up time.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// A command that drafts one document keeps most of what it allocates to its end: V8 doubles its
// young generation after each collection that finds most of it alive, and each doubling touches
// fresh memory, which on a machine slow to fault pages in costs more than the collections it
// saves (measured: 1,000 page faults, about 10 ms of a render). A batch, which allocates for
// seconds, lets it grow (its flags are below). Most of a short command's functions run a few
// times only: V8 gives a function its type feedback later (after 128 times its size in bytecode
// run, rather than 8), which spares those the feedback and the baseline code they would never
// repay. Measured: a render of the seed reply 6 ms faster, one of a 4.6 MB draft no slower.
const SHORT_COMMAND_V8_FLAGS = [
  '--semi-space-growth-factor=1',
  '--interrupt-budget-factor-for-feedback-allocation=128',
];

// A batch spends as much time compiling as rendering: V8's optimizing compiler runs beside each
// thread, and with a thread per core it takes the cores from the threads. Optimizing fewer
// functions, later, and inlining less into each (a cumulative 100 bytes of bytecode instead of
// 920) leaves the threads more of the machine. Measured on 2 cores, in interleaved runs: 1,000
// notes 15% faster with both threads and no slower with one, 4,000 notes 8% faster.
const BATCH_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=100', '--interrupt-budget=150000'];

/**
 * Loads the bundle at `file` (a function expression taking a CommonJS module's variables, as
 * scripts/bundle-cli.js writes it) and returns its exports, with `save` to call once it has run:
 * the cache then holds the functions that the run compiled, not only the top level. `cached`
 * tells whether its code came from the cache.
 *
 * V8 flags given are set first, unless `setFlags` is false: in a worker thread, whose flags are its
 * process's, set by the thread that started it. V8 refuses a code cache made under other flags,
 * so each set of flags has a cache of its own, named after them.
 * @param {string} file
 * @param {{ v8Flags?: readonly string[], setFlags?: boolean }} [options]
 */
function runCached(file, options = {}) {
  const v8Flags = options.v8Flags ?? [];
  if (options.setFlags !== false) for (const flag of v8Flags) setFlagsFromString(flag);
  const flagsTag = v8Flags.map((flag) => `.${flag.replace(/^-+/, '').replace(/[^\w-]/g, '-')}`);
  const cacheFile = `${file}.${process.version}${flagsTag.join('')}.cache`;
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
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  return { exports: module.exports, save, cached };
}

exports.runCached = runCached;
exports.SHORT_COMMAND_V8_FLAGS = SHORT_COMMAND_V8_FLAGS;
exports.BATCH_V8_FLAGS = BATCH_V8_FLAGS;
