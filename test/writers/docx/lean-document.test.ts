import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import {
  leanDocumentMaker,
  type DocumentOptions,
} from '../../../src/writers/docx/lean-document.js';
import { readDocxParts } from '../../support/docx-parts.js';

// A 2x1 PNG.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyZGBgAI8kC/0cxZy8AAAAASUVORK5CYII=',
    'base64',
  ),
);

// Built afresh for each call: docx objects belong to the document that holds them.
function options(title: string): DocumentOptions {
  const section = (text: string) => ({
    properties: { titlePage: true },
    footers: {
      first: new Footer({ children: [new Paragraph(`first page of ${text}`)] }),
      default: new Footer({ children: [new Paragraph(`other pages of ${text}`)] }),
    },
    children: [
      new Paragraph({ children: [new TextRun({ text, size: 24 })] }),
      new Paragraph({ text: 'a numbered item', numbering: { reference: 'items', level: 0 } }),
      new Paragraph({
        children: [
          new ImageRun({ type: 'png', data: png, transformation: { width: 2, height: 1 } }),
        ],
      }),
    ],
  });
  return {
    creator: 'chancery',
    title,
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [section('the note'), section('the letter')],
  };
}

// Every part as text, less what differs between any two writings: the time and drawing ids.
async function partsOf(file: Document): Promise<Record<string, string>> {
  const parts = readDocxParts(new Uint8Array(await Packer.toArrayBuffer(file)));
  return Object.fromEntries(
    parts.names.map((name) => [
      name,
      (/\.(xml|rels)$/.test(name) ? parts.text(name) : `(${name})`)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…')
        .replace(/(<wp:docPr id=")\d+/g, '$1…')
        .replace(/(<pic:cNvPr id=")\d+/g, '$1…'),
    ]),
  );
}

describe('leanDocumentMaker', () => {
  it('makes documents whose every part is what docx’s own constructor gives', async () => {
    const make = leanDocumentMaker();
    const first = make(options('note-verbale, letter'));
    const second = make(options('another'));
    expect(await partsOf(first)).toEqual(
      await partsOf(new Document(options('note-verbale, letter'))),
    );
    expect(await partsOf(second)).toEqual(await partsOf(new Document(options('another'))));
    const names = Object.keys(await partsOf(second));
    expect(names).toEqual(expect.arrayContaining(['word/footer4.xml', 'word/numbering.xml']));
    expect(names.some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('shares the parts written once per format, and nothing a document writes of its own', () => {
    const make = leanDocumentMaker();
    const first = make(options('one'));
    const second = make(options('two'));
    expect(second.Styles).toBe(first.Styles);
    expect(second.Settings).toBe(first.Settings);
    expect(second.Document).not.toBe(first.Document);
    expect(second.Numbering).not.toBe(first.Numbering);
    expect(second.Media).not.toBe(first.Media);
    expect(second.ContentTypes).not.toBe(first.ContentTypes);
    expect(second.CoreProperties).not.toBe(first.CoreProperties);
    expect(second.Footers).toHaveLength(4);
    expect(second.Footers[0]).not.toBe(first.Footers[0]);
  });

  it('builds a document whole when its options give parts that others share', async () => {
    const make = leanDocumentMaker();
    const plain = make(options('plain'));
    const styled = make({
      ...options('styled'),
      styles: { default: { document: { run: { font: 'Arial' } } } },
    });
    expect(styled.Styles).not.toBe(plain.Styles);
    const styles = (await partsOf(styled))['word/styles.xml'];
    expect(styles).toContain('w:ascii="Arial"');
  });
});
