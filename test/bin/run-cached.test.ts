import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from '../support/cli.js';

const runCachedFile = new URL('../../bin/run-cached.js', import.meta.url).pathname;
const { runCached } = createRequire(import.meta.url)(runCachedFile) as {
  runCached: (file: string) => {
    exports: Record<string, unknown>;
    save: () => void;
    cached: boolean;
  };
};

// Runs the bundle in a process of its own (V8's flags are the whole process's), and says whether
// its code came from the cache.
function runInProcess(bundle: string, v8Flags: readonly string[]): boolean {
  const script = `const run = require(${JSON.stringify(runCachedFile)}).runCached(${JSON.stringify(bundle)}, { v8Flags: ${JSON.stringify(v8Flags)} });
run.save();
process.stdout.write(String(run.cached));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout === 'true';
}

// A bundle as scripts/bundle-cli.js writes one, with `body` as its code, in a folder of its own.
function writeBundle(name: string, body: string): { folder: string; bundle: string } {
  const folder = workspace();
  const bundle = join(folder, name);
  writeFileSync(bundle, `(function (exports, require, module, __filename, __dirname) {${body}\n})`);
  return { folder, bundle };
}

describe('runCached', () => {
  it('runs a bundle written as a function of the module variables, then keeps its code cache', () => {
    const { folder, bundle } = writeBundle(
      'bundle.cjs',
      'exports.twice = (n) => 2 * n; exports.where = __dirname;',
    );
    const first = runCached(bundle);
    expect(first.cached).toBe(false);
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    expect(first.exports.where).toBe(folder);
    first.save();
    const cache = readdirSync(folder).find((name) => name.endsWith('.cache'));
    expect(cache).toBe(`bundle.cjs.${process.version}.cache`);
    // Run again, the cache is read and kept as it is.
    const again = runCached(bundle);
    expect(again.cached).toBe(true);
    expect((again.exports.twice as (n: number) => number)(2)).toBe(4);
    again.save();
    expect(existsSync(join(folder, cache ?? ''))).toBe(true);
  });

  it('reads a source longer than its cache as well as a shorter one', () => {
    // A long comment: the source outgrows its cache, which both are read into in turn.
    const { bundle } = writeBundle(
      'long.cjs',
      `/* ${'x'.repeat(200_000)} */ exports.text = 'end';`,
    );
    const first = runCached(bundle);
    first.save();
    const again = runCached(bundle);
    expect(again.cached).toBe(true);
    expect(again.exports.text).toBe('end');
  });

  it('sets the V8 flags given, with a cache of their own that runs with other flags leave alone', () => {
    const { folder, bundle } = writeBundle('bundle.cjs', 'exports.twice = (n) => 2 * n;');
    const flags = ['--semi-space-growth-factor=1'];
    expect(runInProcess(bundle, flags)).toBe(false);
    expect(readdirSync(folder)).toContain(
      `bundle.cjs.${process.version}.semi-space-growth-factor-1.cache`,
    );
    expect(runInProcess(bundle, flags)).toBe(true);
    // Without the flags, V8 would refuse that cache: the run makes its own, and the flagged one
    // is still taken after it.
    expect(runInProcess(bundle, [])).toBe(false);
    expect(runInProcess(bundle, [])).toBe(true);
    expect(runInProcess(bundle, flags)).toBe(true);
  });

  it('names the cache after flags that it leaves to be set by others, as a worker thread does', () => {
    // A context made after `--expose-gc` is set has `gc`: the bundle says whether it was.
    const { folder, bundle } = writeBundle(
      'bundle.cjs',
      "process.stderr.write(require('node:vm').runInNewContext('typeof gc'));",
    );
    const flags = ['--expose-gc'];
    const exposed = (setFlags: boolean): string => {
      const script = `require(${JSON.stringify(runCachedFile)}).runCached(${JSON.stringify(bundle)}, { v8Flags: ${JSON.stringify(flags)}, setFlags: ${String(setFlags)} }).save();`;
      const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
      return result.stderr;
    };
    expect(exposed(true)).toBe('function');
    expect(exposed(false)).toBe('undefined');
    expect(readdirSync(folder).filter((name) => name.endsWith('.cache'))).toEqual([
      `bundle.cjs.${process.version}.expose-gc.cache`,
    ]);
  });

  it('refuses a file that is not such a function, saying to rebuild', () => {
    const folder = workspace();
    const bundle = join(folder, 'old.cjs');
    writeFileSync(bundle, 'exports.twice = (n) => 2 * n;\n');
    expect(() => runCached(bundle)).toThrow(
      /\(exports is not defined\): rebuild it with npm run build/,
    );
    const value = join(folder, 'value.cjs');
    writeFileSync(value, '42\n');
    expect(() => runCached(value)).toThrow(
      /value\.cjs is not a bundle that this command runs: rebuild/,
    );
  });
});
