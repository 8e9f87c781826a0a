import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/index.js';
import {
  attribute,
  findElements,
  paragraphTexts,
  readDocxParts,
} from '../../support/docx-parts.js';
import { exampleDraft, smallDraftInput, validDraft } from '../../support/drafts.js';

const example = await renderDocx(exampleDraft());
const parts = readDocxParts(example.bytes);
const body = parts.parsed('word/document.xml');

describe('writeDocx', () => {
  it('writes well-formed XML in every part, read back by an independent unzip and parser', () => {
    expect(parts.names).toContain('word/document.xml');
    expect(parts.names).toContain('word/numbering.xml');
    expect(parts.names).toContain('word/styles.xml');
    expect(
      parts.names.filter((name) => name.startsWith('word/footer')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('gives each document its own section with a distinct first-page footer', () => {
    const sections = findElements(body, 'w:sectPr');
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(findElements(section['w:sectPr'], 'w:titlePg')).toHaveLength(1);
      const references = findElements(section['w:sectPr'], 'w:footerReference').map((node) =>
        attribute(node, 'w:type'),
      );
      expect(references.sort()).toEqual(['default', 'first']);
    }
  });

  it("puts the recipient in the note verbale's first-page footer and the addressees in the letter's", () => {
    const relationships = parts.text('word/_rels/document.xml.rels');
    const sections = findElements(body, 'w:sectPr');
    const firstFooterText = sections.map((section) => {
      const reference = findElements(section['w:sectPr'], 'w:footerReference').find(
        (node) => attribute(node, 'w:type') === 'first',
      );
      const id = reference === undefined ? '' : attribute(reference, 'r:id');
      const target = new RegExp(
        `Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`,
      ).exec(relationships);
      const file = `word/${target?.[1] ?? target?.[2] ?? ''}`;
      return paragraphTexts(parts.parsed(file)).join('\n');
    });
    expect(firstFooterText[0]).toBe('Office of the High Commissioner for Human Rights\nGeneva');
    expect(firstFooterText[1]).toContain(
      'Ms. Siobhan Mullally\nSpecial Rapporteur on trafficking in persons, especially women and children',
    );
    expect(firstFooterText[1]).toContain('Mr. Tomoya Obokata');
  });

  it('numbers the sections with Word numbering, restarted for each document, without writing the numbers as text', () => {
    const paragraphs = findElements(body, 'w:p');
    const numbered = paragraphs.filter(
      (paragraph) => findElements(paragraph['w:p'], 'w:numPr').length > 0,
    );
    expect(numbered).toHaveLength(4);
    const texts = paragraphTexts(body);
    expect(texts).toContain('Measures against online scams and human trafficking');
    expect(texts.some((text) => text.startsWith('1.'))).toBe(false);
    const numbering = parts.text('word/numbering.xml');
    expect(numbering).toContain('w:val="%1."');
    expect(numbering).toContain('w:val="decimal"');
  });

  it('sets a font for each script rather than one Latin font in all four slots', () => {
    const fonts = findElements(parts.parsed('word/styles.xml'), 'w:rFonts');
    const defaults = fonts.find((node) => attribute(node, 'w:eastAsia') !== undefined);
    expect(defaults).toBeDefined();
    expect(attribute(defaults!, 'w:ascii')).toBe('Times New Roman');
    expect(attribute(defaults!, 'w:eastAsia')).toBe('SimSun');
    expect(attribute(defaults!, 'w:cs')).toBeDefined();
  });

  it('takes page size and margins from the format (A4, in twips)', () => {
    const size = findElements(body, 'w:pgSz')[0];
    expect(Number(attribute(size!, 'w:w'))).toBe(11906);
    expect(Number(attribute(size!, 'w:h'))).toBe(16838);
  });

  it('keeps text exactly: curly quotes, apostrophes, ampersands and angle brackets', () => {
    const input = smallDraftInput();
    (input.documents[1] as { body: string }).body =
      "A “quoted” word, Cambodia’s & <Geneva> 'plain'.";
    return renderDocx(validDraft(input)).then(({ bytes }) => {
      const texts = paragraphTexts(readDocxParts(bytes).parsed('word/document.xml'));
      expect(texts).toContain("A “quoted” word, Cambodia’s & <Geneva> 'plain'.");
    });
  });

  it('writes a tab in body text as a Word tab', async () => {
    const input = smallDraftInput();
    (input.documents[0] as { body: string }).body = 'Item\tValue';
    const { bytes } = await renderDocx(validDraft(input));
    const parsed = readDocxParts(bytes).parsed('word/document.xml');
    expect(paragraphTexts(parsed)).toContain('Item\tValue');
    expect(findElements(parsed, 'w:tab').length).toBeGreaterThan(0);
  });
});
