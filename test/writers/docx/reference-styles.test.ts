import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { createDrafter, type FormatSource } from '../../../src/index.js';
import {
  attribute,
  findElements,
  paragraphTexts,
  readDocxParts,
} from '../../support/docx-parts.js';
import { exampleDraft } from '../../support/drafts.js';

// A reference document as Word would save one: a "Place Date" style of its own, red and 15 pt,
// and Arial as the document's default font.
async function referenceDocx(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      default: { document: { run: { font: 'Arial' } } },
      paragraphStyles: [
        { id: 'PlaceDate', name: 'Place Date', run: { color: 'C00000', size: 30 } },
      ],
    },
    sections: [{ children: [new Paragraph('reference')] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

describe('Word styles from a reference .docx', () => {
  it('takes the styles and defaults the reference defines, and the format’s for the rest', async () => {
    const styled: FormatSource = {
      origin: 'formats/styled',
      files: {
        'format.yaml': 'name: styled\nextends: un-geneva\nreferenceDocx: styles.docx\n',
        'styles.docx': await referenceDocx(),
      },
    };
    const drafter = createDrafter({ formats: [styled] });
    const { bytes } = await drafter.renderDocx({ ...exampleDraft(), format: 'styled' });
    const parts = readDocxParts(bytes);
    const styles = parts.parsed('word/styles.xml');
    const byId = new Map(
      findElements(styles, 'w:style').map((style) => [attribute(style, 'w:styleId'), style]),
    );
    const placeDate = byId.get('PlaceDate');
    expect(placeDate).toBeDefined();
    expect(
      findElements(placeDate!['w:style'], 'w:color').map((color) => attribute(color, 'w:val')),
    ).toEqual(['C00000']);
    // The format's own styles that the reference lacks are still there.
    expect(byId.has('Chancery-body')).toBe(true);
    expect(byId.has('Chancery-place-date')).toBe(false);
    // The reference's document defaults win: Arial, not the manifest's Times New Roman.
    const defaults = findElements(styles, 'w:rPrDefault');
    expect(findElements(defaults, 'w:rFonts').map((fonts) => attribute(fonts, 'w:ascii'))).toEqual([
      'Arial',
    ]);

    const document = parts.parsed('word/document.xml');
    const dated = findElements(document, 'w:p').filter((paragraph) =>
      paragraphTexts([paragraph]).includes('Geneva, 15 November 2022'),
    );
    expect(dated).toHaveLength(2);
    for (const paragraph of dated) {
      expect(
        findElements(paragraph['w:p'], 'w:pStyle').map((style) => attribute(style, 'w:val')),
      ).toEqual(['PlaceDate']);
    }
  });

  it('leaves documents without a reference to the manifest’s styles', async () => {
    const { bytes } = await createDrafter().renderDocx(exampleDraft());
    const styles = readDocxParts(bytes).parsed('word/styles.xml');
    const ids = findElements(styles, 'w:style').map((style) => attribute(style, 'w:styleId'));
    expect(ids).toContain('Chancery-place-date');
    expect(ids).not.toContain('PlaceDate');
  });
});
