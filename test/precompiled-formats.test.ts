import { readdirSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type * as DrafterModule from '../src/drafter.js';
import type { Draft } from '../src/model/draft.js';
import type * as ParseModule from '../src/model/parse-draft-yaml.js';
import type * as BuiltinModule from '../src/node/builtin-formats.js';
import type * as DeflateModule from '../src/node/node-deflate.js';
import type * as BuiltModule from '../src/node/precompiled-builtins.js';
import type * as PrecompiledModule from '../src/precompiled-formats.js';
import type * as DocxWriterModule from '../src/writers/docx/docx-writer.js';
import { readDocxParts } from './support/docx-parts.js';

// The formats as the build compiled them (`npm test` builds first), against the same files
// compiled when a drafter is created: both from the built code, so that they share their classes.
const built = (path: string): string => new URL(`../dist/${path}`, import.meta.url).href;
const { builtinDocxParts, precompiledBuiltins } = (await import(
  built('node/precompiled-builtins.js')
)) as typeof BuiltModule;
const { precompiledDrafter, precompileFormats } = (await import(
  built('precompiled-formats.js')
)) as typeof PrecompiledModule;
const { createDrafter } = (await import(built('drafter.js'))) as typeof DrafterModule;
const { builtinFormats } = (await import(built('node/builtin-formats.js'))) as typeof BuiltinModule;
const { nodeDeflate } = (await import(built('node/node-deflate.js'))) as typeof DeflateModule;
const { writeDocxFormatParts } = (await import(
  built('writers/docx/docx-writer.js')
)) as typeof DocxWriterModule;
const { parseDraftYaml } = (await import(built('model/parse-draft-yaml.js'))) as typeof ParseModule;

const decoder = new TextDecoder();

function example(name: string): Draft {
  const file = `examples/${name}`;
  const parsed = parseDraftYaml(readFileSync(file, 'utf8'), { file });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.value;
}

const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, draft: example(name) }))
  .filter(({ draft }) => draft.format === 'un-geneva');

if (precompiledBuiltins === undefined) throw new Error('the build wrote no precompiled formats');
const ahead = precompiledDrafter(precompiledBuiltins, { deflate: nodeDeflate });
const compiled = createDrafter({ formats: builtinFormats(), deflate: nodeDeflate });

describe('the built-in formats compiled by the build', () => {
  it('cover every built-in format, with the warnings a drafter gives', () => {
    expect([...ahead.formats.keys()]).toEqual([...compiled.formats.keys()]);
    expect(ahead.warnings).toEqual(compiled.warnings);
    expect(ahead.formats.get('un-geneva')).toEqual(compiled.formats.get('un-geneva'));
  });

  it.each(examples.map(({ name }) => name))(
    'render %s as the formats compiled from their files do: text, HTML and every .docx part',
    async (name) => {
      const draft = examples.find((entry) => entry.name === name)?.draft as Draft;
      expect(ahead.renderText(draft)).toEqual(compiled.renderText(draft));
      expect(ahead.renderHtml(draft)).toEqual(compiled.renderHtml(draft));
      const one = readDocxParts((await ahead.renderDocx(draft)).bytes);
      const other = readDocxParts((await compiled.renderDocx(draft)).bytes);
      expect(one.names).toEqual(other.names);
      // Only the properties differ, by the time they were written at.
      for (const part of one.names.filter((entry) => entry !== 'docProps/core.xml'))
        expect(one.text(part), part).toBe(other.text(part));
    },
  );

  it('serve a language the format has no file for from the nearest it has', () => {
    const source = examples.find(({ name }) => name === 'cambodia-reply.yaml')?.draft as Draft;
    const draft = { ...source, language: 'en-GB' };
    const text = ahead.renderText(draft).text;
    expect(text).toBe(compiled.renderText(draft).text);
    expect(text).toContain('honour');
  });

  it('refuse a language the format does not speak, as a drafter does', () => {
    const source = examples[0]?.draft as Draft;
    const draft = { ...source, language: 'de' };
    expect(() => ahead.renderText(draft)).toThrow(/no phrases for "de"/);
  });

  it('are written again from the files: compiling them now gives the same forms', () => {
    const now = precompileFormats(builtinFormats());
    const [format] = precompiledBuiltins.formats;
    const [again] = now.formats;
    expect(again?.layouts.map(([kind, layer]) => [kind, layer])).toEqual(
      format?.layouts.map(([kind, layer]) => [kind, layer]),
    );
    expect(again?.phrases.length).toBe(format?.phrases.length);
    expect(again?.files).toEqual(format?.files);
  });
});

describe('the .docx parts that the build wrote', () => {
  const formats = [...compiled.formats.values()].filter(
    (format) => format.referenceStyles === undefined,
  );
  const cases = formats.flatMap((format) =>
    format.languages.map((language): [string, string] => [format.name, language]),
  );

  it.each(cases)('hold those of %s in %s, as a writer writes them now', (name, language) => {
    const format = compiled.formats.get(name);
    if (format === undefined) throw new Error(`no format ${name}`);
    const now = writeDocxFormatParts(format.styles, format.fonts, language, nodeDeflate);
    const ahead = builtinDocxParts.find(({ key }) => key === now.key);
    expect(ahead, 'written by the build').toBeDefined();
    const text = (entry: (typeof now.entries)[number]): [string, string] => [
      decoder.decode(entry.name),
      decoder.decode(entry.stored ? entry.compressed : inflateRawSync(entry.compressed)),
    ];
    const texts = ahead?.entries.map(text) ?? [];
    expect(texts).toEqual(now.entries.map(text));
    for (const [[, xml], entry] of texts.map(
      (pair, index) => [pair, ahead?.entries[index]] as const,
    )) {
      expect(entry?.size).toBe(new TextEncoder().encode(xml).length);
    }
  });

  it('are all for a language of a built-in format', () => {
    expect(builtinDocxParts).toHaveLength(cases.length);
  });
});

describe('precompileFormats', () => {
  it('refuses a format with an error, naming its file and line', () => {
    const broken = {
      origin: 'broken',
      files: {
        'format.yaml': 'name: broken\nextends: un-geneva\n',
        'letter.hbs': '<document>\n<p>{{document.nosuch}}</p>\n</document>\n',
      },
    };
    expect(() => precompileFormats([...builtinFormats(), broken])).toThrow(
      expect.objectContaining({
        diagnostics: expect.arrayContaining([
          expect.objectContaining({ file: 'broken/letter.hbs', line: 2 }),
        ]) as unknown,
      }),
    );
  });
});
