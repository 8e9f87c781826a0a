import { describe, expect, it } from 'vitest';
import { builtinFormats } from '../../src/node/builtin-formats.js';
import { currentPrecompiled } from '../../src/node/current-precompiled.js';
import { precompileFormats } from '../../src/precompiled-formats.js';

const sources = builtinFormats();
const precompiled = precompileFormats(sources);

describe('currentPrecompiled', () => {
  it('takes formats precompiled from the very files given', () => {
    expect(currentPrecompiled(precompiled, sources)).toBe(precompiled);
  });

  it('refuses them when a file has changed, been added or removed', () => {
    const [source] = sources;
    if (source === undefined) throw new Error('no built-in format');
    const edited = (files: Record<string, string | Uint8Array>) => [{ ...source, files }];
    const changed = {
      ...source.files,
      'phrases/en.yaml': `${String(source.files['phrases/en.yaml'])}\n# edited\n`,
    };
    expect(currentPrecompiled(precompiled, edited(changed))).toBeUndefined();
    expect(
      currentPrecompiled(
        precompiled,
        edited({ ...source.files, 'extra.png': new Uint8Array([1]) }),
      ),
    ).toBeUndefined();
    const fewer = Object.fromEntries(
      Object.entries(source.files).filter(([name]) => name !== 'letter.hbs'),
    );
    expect(currentPrecompiled(precompiled, edited(fewer))).toBeUndefined();
  });

  it('refuses them for other sources: another origin, or one format more', () => {
    const [source] = sources;
    if (source === undefined) throw new Error('no built-in format');
    expect(currentPrecompiled(precompiled, [{ ...source, origin: 'elsewhere' }])).toBeUndefined();
    const mine = { origin: 'mine', files: { 'format.yaml': 'name: mine\nextends: un-geneva\n' } };
    expect(currentPrecompiled(precompiled, [...sources, mine])).toBeUndefined();
  });
});
