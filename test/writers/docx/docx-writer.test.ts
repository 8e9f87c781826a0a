import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  createDrafter,
  createDocxWriter,
  nodeDeflate,
  type Draft,
  type DocxOptions,
  type FormatSource,
  type RootNode,
} from '../../../src/index.js';
import { crc32 } from '../../../src/writers/docx/crc32.js';
import {
  docxFormatPartsKey,
  writeDocxFormatParts,
  type DocxFormatParts,
} from '../../../src/writers/docx/docx-writer.js';
import { documentLanguage } from '../../../src/writers/docx/write-docx.js';
import { zipEntry } from '../../../src/writers/docx/zip-archive.js';
import { writeDocxWithPacker } from '../../../src/writers/docx/write-docx.js';
import { findElements, readDocxParts } from '../../support/docx-parts.js';
import { exampleDraft, namedExample, smallDraftInput, validDraft } from '../../support/drafts.js';
import { TINY_PNG } from '../../support/png.js';

// A derived format whose Word styles come from a reference .docx (its own "Place Date" style and
// Arial as the default font), as Word would save one.
async function styledFormat(): Promise<FormatSource> {
  const reference = new Document({
    styles: {
      default: { document: { run: { font: 'Arial' } } },
      paragraphStyles: [
        { id: 'PlaceDate', name: 'Place Date', run: { color: 'C00000', size: 30 } },
      ],
    },
    sections: [{ children: [new Paragraph('reference')] }],
  });
  return {
    origin: 'formats/styled',
    files: {
      'format.yaml': 'name: styled\nextends: un-geneva\nreferenceDocx: styles.docx\n',
      'styles.docx': new Uint8Array(await Packer.toArrayBuffer(reference)),
    },
  };
}

const drafter = createDrafter({ formats: [await styledFormat()] });
const styledReference = drafter.formats.get('styled')?.referenceStyles;
const decoder = new TextDecoder();

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

/** A tree to write, and the options its format gives the writer. */
type Case = [string, RootNode, DocxOptions];

function composed(name: string, draft: Draft): Case {
  return [
    name,
    drafter.compose(draft).tree,
    draft.format === 'styled' && styledReference !== undefined
      ? { referenceStyles: styledReference }
      : {},
  ];
}

function endingInNothing([name, tree, options]: Case): Case {
  const children = tree.children.map((document) => ({
    ...document,
    children: [...document.children, { type: 'space' as const, lines: 0 }],
  }));
  return [name, { ...tree, children }, options];
}

function trees(): Case[] {
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
    composed('the example reply', exampleDraft()),
    [
      'the reply with an emblem',
      drafter.compose(emblemDraft, { assets: { 'emblem.png': TINY_PNG } }).tree,
      {},
    ],
    composed('lists, quotations and numbered sections', lists),
    composed('a single note verbale', validDraft({ ...small, documents: [small.documents[0]] })),
    // A layout may end a document with blocks that write no paragraph (`<space lines="0"/>`):
    // the section's properties still go into its last paragraph.
    endingInNothing(
      composed(
        'a note ending in an empty space',
        validDraft({ ...small, documents: [small.documents[0]] }),
      ),
    ),
    // Both documents end so: the note's section properties still go into its last paragraph,
    // which a batch must not take from what it remembers.
    endingInNothing(composed('the seed reply ending in an empty space', exampleDraft())),
    // Right to left: the sections are marked so in the document part.
    composed('the Arabic reply', namedExample('cambodia-reply-ar')),
    composed('the French reply', namedExample('cambodia-reply-fr')),
    composed('the Chinese note verbale', namedExample('note-verbale-zh')),
    composed('the reply in a format with a reference .docx', {
      ...exampleDraft(),
      format: 'styled',
    }),
    composed('the Arabic reply in a format with a reference .docx', {
      ...namedExample('cambodia-reply-ar'),
      format: 'styled',
    }),
  ];
}

describe('createDocxWriter', () => {
  it.each(trees())(
    'writes the same parts as docx Packer for %s, from one writer or a fresh one',
    async (_, tree, options) => {
      const expected = partsOf(await writeDocxWithPacker(tree, options));
      const shared = createDocxWriter({ deflate: nodeDeflate });
      for (const [, other, otherOptions] of trees()) await shared(other, otherOptions);
      expect(partsOf(await shared(tree, options))).toEqual(expected);
      expect(partsOf(await createDocxWriter()(tree, options))).toEqual(expected);
    },
  );

  it.each(trees())(
    'writes the same parts as docx Packer for %s when paragraphs are shared with a batch',
    async (_, tree, options) => {
      const expected = partsOf(await writeDocxWithPacker(tree, options));
      const write = createDocxWriter({ deflate: nodeDeflate });
      const cache = new Map<string, unknown>();
      // Every tree once, so that this one finds its paragraphs and parts already written.
      for (const [, other, otherOptions] of trees()) await write(other, { ...otherOptions, cache });
      expect(cache.size).toBeGreaterThan(0);
      expect(partsOf(await write(tree, { ...options, cache }))).toEqual(expected);
      expect(partsOf(await write(tree, { ...options, cache }))).toEqual(expected);
    },
  );

  it('writes each note of a batch to other recipients as Packer writes that note alone', async () => {
    const small = smallDraftInput();
    // A note alone, and one with a letter whose lists and numbered sections need numbering.
    const batches = [
      { ...small, documents: [small.documents[0]] },
      {
        ...small,
        documents: [
          small.documents[0],
          { ...small.documents[1], body: '## One\n\n- a\n- b\n\n3. c\n\n## Two\n\n1. d' },
        ],
      },
    ];
    const write = createDocxWriter({ deflate: nodeDeflate });
    const cache = new Map<string, unknown>();
    for (const [index, recipient] of [
      'Permanent Mission of Chile',
      'Permanent Mission of France',
      'Office of the High Commissioner for Human Rights',
      'Permanent Mission of Chile',
    ].entries()) {
      for (const input of batches) {
        const [note, ...rest] = input.documents;
        const draft = validDraft({
          ...input,
          documents: [
            { ...note, number: `NV-2024-${index + 1}`, recipient: { name: recipient } },
            ...rest,
          ],
        });
        const tree = drafter.compose(draft).tree;
        const written = partsOf(await write(tree, { cache }));
        expect(written).toEqual(partsOf(await writeDocxWithPacker(tree)));
        expect(written['word/document.xml']).toContain(recipient);
      }
    }
  });

  it('marks the sections of a right-to-left document so, and no others', async () => {
    const write = createDocxWriter({ deflate: nodeDeflate });
    const sectionsOf = async (draft: Draft): Promise<boolean[]> => {
      const document = readDocxParts(await write(drafter.compose(draft).tree)).parsed(
        'word/document.xml',
      );
      return findElements(document, 'w:sectPr').map(
        (section) => findElements(section['w:sectPr'], 'w:bidi').length > 0,
      );
    };
    const arabic = namedExample('cambodia-reply-ar');
    expect(await sectionsOf(arabic)).toEqual(arabic.documents.map(() => true));
    expect(await sectionsOf(exampleDraft())).toEqual([false, false]);
  });

  it('writes the reference .docx styles of a derived format, not the format’s own', async () => {
    const write = createDocxWriter({ deflate: nodeDeflate });
    const [, tree, options] = composed('styled', { ...exampleDraft(), format: 'styled' });
    expect(options.referenceStyles).toBeDefined();
    const styles = readDocxParts(await write(tree, options)).text('word/styles.xml');
    expect(styles).toContain('w:styleId="PlaceDate"');
    const plain = readDocxParts(await write(drafter.compose(exampleDraft()).tree)).text(
      'word/styles.xml',
    );
    expect(plain).not.toContain('w:styleId="PlaceDate"');
  });
});

describe('parts written ahead', () => {
  const partsFor = (tree: RootNode): DocxFormatParts =>
    writeDocxFormatParts(tree.styles, tree.fonts, documentLanguage(tree), nodeDeflate);
  // The parts for a tree, with the theme swapped for one that no writer would write.
  const marked = (tree: RootNode, key = partsFor(tree).key): DocxFormatParts => ({
    key,
    entries: partsFor(tree).entries.map((entry) =>
      decoder.decode(entry.name) === 'word/theme/theme1.xml'
        ? zipEntry('word/theme/theme1.xml', new TextEncoder().encode('<marked/>'), nodeDeflate)
        : entry,
    ),
  });
  const theme = async (bytes: Promise<Uint8Array>): Promise<string> =>
    readDocxParts(await bytes).text('word/theme/theme1.xml');

  it.each(trees().filter(([, , options]) => options.referenceStyles === undefined))(
    'are the parts a writer writes itself, for %s',
    async (_, tree, options) => {
      const ahead = createDocxWriter({ deflate: nodeDeflate, formatParts: [partsFor(tree)] });
      expect(partsOf(await ahead(tree, options))).toEqual(
        partsOf(await createDocxWriter({ deflate: nodeDeflate })(tree, options)),
      );
    },
  );

  it('are taken by a document with the styles, fonts and language they were written from', async () => {
    const [, tree] = composed('the example reply', exampleDraft());
    const write = createDocxWriter({ deflate: nodeDeflate, formatParts: [marked(tree)] });
    expect(await theme(write(tree))).toBe('<marked/>');
  });

  it('are not taken by a document in another language, with other styles or other fonts', async () => {
    const [, tree] = composed('the example reply', exampleDraft());
    const [, french] = composed('the French reply', namedExample('cambodia-reply-fr'));
    const normal = tree.styles['normal'];
    const otherStyles = { ...tree.styles, normal: { name: 'Normal', ...normal, size: 17 } };
    const others: RootNode[] = [
      french,
      { ...tree, styles: otherStyles },
      { ...tree, fonts: { ...tree.fonts, latin: 'Arial' } },
    ];
    const write = createDocxWriter({ deflate: nodeDeflate, formatParts: [marked(tree)] });
    for (const other of others) {
      expect(docxFormatPartsKey(other.styles, other.fonts, documentLanguage(other))).not.toBe(
        partsFor(tree).key,
      );
      expect(await theme(write(other))).toContain('<a:theme');
    }
  });

  it('are not taken by a format whose styles come from a reference .docx', async () => {
    const [, tree, options] = composed('styled', { ...exampleDraft(), format: 'styled' });
    expect(options.referenceStyles).toBeDefined();
    const write = createDocxWriter({ deflate: nodeDeflate, formatParts: [marked(tree)] });
    expect(await theme(write(tree, options))).toContain('<a:theme');
  });
});
