import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDrafter, createDocxWriter, nodeDeflate, type RootNode } from '../../../src/index.js';
import { crc32 } from '../../../src/writers/docx/crc32.js';
import { writeDocxWithPacker } from '../../../src/writers/docx/write-docx.js';
import { readDocxParts } from '../../support/docx-parts.js';
import { exampleDraft, smallDraftInput, validDraft } from '../../support/drafts.js';

const drafter = createDrafter();
const decoder = new TextDecoder();

// A 2x1 PNG, for the emblem.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyZGBgAI8kC/0cxZy8AAAAASUVORK5CYII=',
    'base64',
  ),
);

// What may differ between two writings of the same tree: the time in the properties, and the
// drawing ids that docx counts across the whole process.
function comparable(name: string, bytes: Uint8Array): string {
  const text = /\.(xml|rels)$/.test(name) ? decoder.decode(bytes) : String(crc32(bytes));
  return text
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…')
    .replace(/(<wp:docPr id=")\d+/g, '$1…');
}

function partsOf(bytes: Uint8Array): Record<string, string> {
  readDocxParts(bytes);
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, content]) => [name, comparable(name, content)]),
  );
}

function trees(): [string, RootNode][] {
  const withEmblem = exampleDraft();
  const emblemDraft = { ...withEmblem, sender: { ...withEmblem.sender, emblem: 'emblem.png' } };
  const small = smallDraftInput();
  const lists = validDraft({
    ...small,
    documents: [
      small.documents[0],
      {
        ...small.documents[1],
        body: '## One\n\n- a\n- b\n\n3. c\n4. d\n\n> quoted\n\n### Sub\n\n7. e\n\n\ttabbed {chancery-bullets-1}',
      },
    ],
  });
  return [
    ['the example reply', drafter.compose(exampleDraft()).tree],
    [
      'the reply with an emblem',
      drafter.compose(emblemDraft, { assets: { 'emblem.png': png } }).tree,
    ],
    ['lists, quotations and numbered sections', drafter.compose(lists).tree],
    [
      'a single note verbale',
      drafter.compose(validDraft({ ...small, documents: [small.documents[0]] })).tree,
    ],
  ];
}

describe('createDocxWriter', () => {
  it.each(trees())(
    'writes the same parts as docx Packer for %s, from one writer or a fresh one',
    async (_, tree) => {
      const expected = partsOf(await writeDocxWithPacker(tree));
      const shared = createDocxWriter({ deflate: nodeDeflate });
      for (const tree2 of trees()) await shared(tree2[1]);
      expect(partsOf(await shared(tree))).toEqual(expected);
      expect(partsOf(await createDocxWriter()(tree))).toEqual(expected);
    },
  );

  it.each(trees())(
    'writes the same parts as docx Packer for %s when paragraphs are shared with a batch',
    async (_, tree) => {
      const expected = partsOf(await writeDocxWithPacker(tree));
      const write = createDocxWriter({ deflate: nodeDeflate });
      const cache = new Map<string, unknown>();
      // Every tree once, so that this one finds its paragraphs and parts already written.
      for (const [, other] of trees()) await write(other, { cache });
      expect(cache.size).toBeGreaterThan(0);
      expect(partsOf(await write(tree, { cache }))).toEqual(expected);
      expect(partsOf(await write(tree, { cache }))).toEqual(expected);
    },
  );

  it('checksums parts with the CRC-32 that zip readers verify', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
