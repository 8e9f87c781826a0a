#!/usr/bin/env node
// Runs the bundled command line (built by `npm run build`). Node 20 has no compile cache for
// modules, so the bundle is compiled here with V8's code cache, kept beside it: compiling a
// megabyte of JavaScript is most of the start-up time otherwise.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('../dist/bundle/chancery.cjs', import.meta.url));
const cacheFile = `${file}.${process.version}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const source = readFileSync(file, 'utf8');
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  { filename: file, ...(cachedData === undefined ? {} : { cachedData }) },
);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
process.exitCode = await module.exports.main(process.argv.slice(2));
if (cachedData === undefined || script.cachedDataRejected === true) {
  // After a run the cache holds the functions that run needed, not only the top level.
  try {
    // Written aside and renamed: another run never reads half a cache.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A read-only installation starts without the cache.
  }
}
