import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from '../support/cli.js';

const { runCached } = createRequire(import.meta.url)('../../bin/run-cached.js') as {
  runCached: (file: string) => { exports: Record<string, unknown>; save: () => void };
};

describe('runCached', () => {
  it('runs a bundle written as a function of the module variables, then keeps its code cache', () => {
    const folder = workspace();
    const bundle = join(folder, 'bundle.cjs');
    writeFileSync(
      bundle,
      '(function (exports, require, module, __filename, __dirname) {exports.twice = (n) => 2 * n; exports.where = __dirname;\n})',
    );
    const first = runCached(bundle);
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    expect(first.exports.where).toBe(folder);
    first.save();
    const cache = readdirSync(folder).find((name) => name.endsWith('.cache'));
    expect(cache).toBe(`bundle.cjs.${process.version}.cache`);
    // Run again, the cache is read and kept as it is.
    const again = runCached(bundle);
    expect((again.exports.twice as (n: number) => number)(2)).toBe(4);
    again.save();
    expect(existsSync(join(folder, cache ?? ''))).toBe(true);
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
