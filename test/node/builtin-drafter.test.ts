import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtinDrafter, nodeWriterOptions } from '../../src/node/builtin-drafter.js';
import { nodeDeflate } from '../../src/node/node-deflate.js';
import { builtinDocxParts } from '../../src/node/precompiled-builtins.js';

describe('nodeWriterOptions', () => {
  it("takes zlib's deflate, with the parts the build wrote, unless given another deflate", () => {
    expect(nodeWriterOptions({})).toEqual({ deflate: nodeDeflate, formatParts: builtinDocxParts });
    const deflate = (bytes: Uint8Array): Uint8Array => nodeDeflate(bytes);
    expect(nodeWriterOptions({ deflate })).toEqual({ deflate });
    expect(nodeWriterOptions({ deflate, formatParts: [] })).toEqual({ deflate, formatParts: [] });
  });
});

describe('builtinDrafter', () => {
  it('has nothing to give when run from the sources, which the build has not compiled', () => {
    expect(builtinDrafter()).toBeUndefined();
  });

  // The built code (`npm test` builds first), in a process of its own: what it loads is its own.
  it('renders the example with handlebars’ runtime alone, without loading its compiler', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      const { builtinDrafter } = await import('./dist/node/builtin-drafter.js');
      const { parseDraftYaml } = await import('./dist/model/parse-draft-yaml.js');
      const parsed = parseDraftYaml(readFileSync('examples/cambodia-reply.yaml', 'utf8'));
      const drafter = builtinDrafter();
      const { bytes } = await drafter.renderDocx(parsed.value);
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify({ size: bytes.length, loaded }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const { size, loaded } = JSON.parse(result.stdout) as { size: number; loaded: string[] };
    expect(size).toBeGreaterThan(10_000);
    const handlebars = loaded.filter((file) => file.includes('/handlebars/'));
    expect(handlebars.some((file) => file.endsWith('handlebars.runtime.js'))).toBe(true);
    expect(handlebars.filter((file) => file.includes('/compiler/'))).toEqual([]);
  });
});
