import { describe, expect, it } from 'vitest';
import { createDrafter, nodeDeflate } from '../../src/index.js';
import { docxPartsFromJson, docxPartsToJson } from '../../src/node/docx-parts-json.js';
import { writeDocxFormatParts } from '../../src/writers/docx/docx-writer.js';

const format = createDrafter().formats.get('un-geneva');
if (format === undefined) throw new Error('no un-geneva format');
const parts = ['en', 'fr', 'ar'].map((language) =>
  writeDocxFormatParts(format.styles, format.fonts, language, nodeDeflate),
);

describe('docxPartsToJson and docxPartsFromJson', () => {
  it('read back what they wrote: keys, names, bytes, CRCs and sizes', () => {
    const again = docxPartsFromJson(docxPartsToJson(parts));
    expect(again.map(({ key }) => key)).toEqual(parts.map(({ key }) => key));
    again.forEach((set, index) => {
      const original = parts[index]?.entries ?? [];
      expect(set.entries).toHaveLength(original.length);
      set.entries.forEach((entry, at) => {
        const expected = original[at];
        expect(Array.from(entry.name)).toEqual(Array.from(expected?.name ?? []));
        expect(Array.from(entry.compressed)).toEqual(Array.from(expected?.compressed ?? []));
        expect([entry.stored, entry.crc, entry.size]).toEqual([
          expected?.stored,
          expected?.crc,
          expected?.size,
        ]);
      });
    });
  });

  it('write an entry that several languages share once', () => {
    const { entries } = JSON.parse(docxPartsToJson(parts)) as { entries: unknown[] };
    const perLanguage = parts[0]?.entries.length ?? 0;
    // The styles differ by language; the theme, settings and the rest are shared.
    expect(entries).toHaveLength(perLanguage + parts.length - 1);
  });

  it.each([
    ['not entries and parts', '{}'],
    ['an entry that is not a row of five', '{"entries":[["a.xml"]],"parts":[]}'],
    ['an entry of the wrong types', '{"entries":[["a.xml","",1,0,0]],"parts":[]}'],
    ['a part naming no entry', '{"entries":[],"parts":[["key",[0]]]}'],
    ['a part without its key', '{"entries":[],"parts":[[1,[]]]}'],
  ])('refuse %s', (_, json) => {
    expect(() => docxPartsFromJson(json)).toThrow(/prewritten \.docx parts are malformed/);
  });
});
