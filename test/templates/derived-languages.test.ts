import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDrafter,
  type DocumentNode,
  type Draft,
  type FormatSource,
} from '../../src/index.js';
import { attribute, findElements, readDocxParts } from '../support/docx-parts.js';
import { namedExample } from '../support/drafts.js';
import { attr, elements, hasClass, parseHtml, textContent } from '../support/html.js';
import { convertAllToPdf, hasLibreOffice, type PdfLayout } from '../support/libreoffice.js';
import { phraseText } from '../support/phrase-files.js';
import { TINY_PNG } from '../support/png.js';
import { blockTexts } from '../support/tree-text.js';

// A mission's house style derived from un-geneva: its emblem at the start, the date at the top,
// the recipient before the opening, initials under the note, and its own label before the
// number in French and in Arabic. Nothing else.
const maison: FormatSource = {
  origin: 'formats/maison',
  files: {
    'format.yaml': [
      'name: maison',
      'extends: un-geneva',
      'emblem: seal.png',
      'placement:',
      '  letterhead: { emblem: start }',
      '  noteVerbale: { date: top, recipient: top, initials: end }',
      '  letter: { addressees: top, date: end }',
      '',
    ].join('\n'),
    'seal.png': TINY_PNG,
    'phrases/fr.yaml': "numberLabel: 'Réf.'\n",
    'phrases/ar.yaml': "numberLabel: 'المرجع:'\n",
  },
};

const drafter = createDrafter({ formats: [maison] });

// The example's note verbale with the drafter's initials, in a format.
function note(name: string, format: string): { draft: Draft; document: DocumentNode } {
  const example = namedExample(name);
  const [first, ...rest] = example.documents;
  const draft: Draft = {
    ...example,
    format,
    documents: [
      { ...first!, ...(first?.type === 'note-verbale' ? { initials: 'KS/mv' } : {}) },
      ...rest,
    ],
  };
  return { draft, document: drafter.compose(draft).tree.children[0]! };
}

describe.each([
  { name: 'cambodia-reply-fr', language: 'fr', label: 'Réf.', direction: 'ltr' },
  { name: 'cambodia-reply-ar', language: 'ar', label: 'المرجع:', direction: 'rtl' },
])('a derived format with the $language note verbale', ({ name, language, label, direction }) => {
  const base = note(name, 'un-geneva');
  const derived = note(name, 'maison');
  const baseTexts = blockTexts(base.document.children);
  const derivedTexts = blockTexts(derived.document.children);
  const number = '2022/11/657';
  const reference = (text: string) => text.includes(number);

  it("keeps the language's formulas, agreement and direction as un-geneva writes them", () => {
    expect(derived.document.direction).toBe(direction);
    expect(derived.document.language).toBe(language);
    // The opening (with honourTo), the body and the closing.
    const body = (document: DocumentNode) =>
      blockTexts(
        document.children.filter((block) => block.type === 'paragraph' && block.style === 'body'),
      );
    expect(body(derived.document)).toEqual(body(base.document));
    expect(body(derived.document)).toHaveLength(3);
  });

  it('changes only the label before the number, and says the rest in a new order', () => {
    const baseReference = baseTexts.find(reference);
    const derivedReference = derivedTexts.find(reference);
    expect(baseReference).toBe(
      phraseText(language, 'reference')
        .replace('{{phrase "numberLabel"}}', phraseText(language, 'numberLabel'))
        .replace('{{number}}', number),
    );
    expect(derivedReference).toBe(
      baseReference?.replace(phraseText(language, 'numberLabel'), label),
    );
    const moved = [...derivedTexts.filter((text) => !reference(text) && text !== 'KS/mv')].sort();
    const kept = [
      ...baseTexts.filter((text) => !reference(text) && text !== '<image>'),
      ...blockTexts(base.document.footers.first),
    ].sort();
    expect(moved.filter((text) => text !== '<image>')).toEqual(kept);
  });

  it('puts the emblem first at the start, the date above the number, the recipient before the opening and the initials under the note', () => {
    expect(derived.document.children[0]).toMatchObject({ type: 'image', align: 'start' });
    const date = derivedTexts.findIndex((text) => text.includes('2022') && text.includes('15'));
    const numberAt = derivedTexts.findIndex(reference);
    expect(date).toBeGreaterThan(0);
    expect(date).toBeLessThan(numberAt);
    const [first] = derived.draft.documents;
    const recipient = first?.type === 'note-verbale' ? first.recipient.name : undefined;
    expect(derivedTexts.indexOf(recipient ?? '')).toBe(numberAt + 1);
    expect(derivedTexts.indexOf('KS/mv')).toBeGreaterThan(derivedTexts.length - 5);
    expect(derived.document.footers.first).toBeUndefined();
  });

  it('writes the .docx in its direction, the emblem paragraph included', async () => {
    const { bytes } = await drafter.renderDocx(derived.draft);
    const document = readDocxParts(bytes).parsed('word/document.xml');
    const paragraphs = findElements(document, 'w:p');
    const bidi = paragraphs.filter(
      (paragraph) => findElements(paragraph['w:p'], 'w:bidi').length > 0,
    );
    if (direction === 'rtl') {
      expect(bidi).toHaveLength(paragraphs.length);
      expect(
        findElements(document, 'w:sectPr').every(
          (section) => findElements(section['w:sectPr'], 'w:bidi').length > 0,
        ),
      ).toBe(true);
    } else {
      expect(bidi).toHaveLength(0);
    }
    expect(findElements(paragraphs[0]!['w:p'], 'w:drawing')).toHaveLength(1);
    // Word reads left as the start of the line in either direction (see the LibreOffice test).
    expect(findElements(paragraphs[0]!['w:p'], 'w:jc').map((jc) => attribute(jc, 'w:val'))).toEqual(
      ['left'],
    );
  });

  it('previews it in HTML with its language and direction', () => {
    const html = drafter.renderHtml(derived.draft).html;
    const root = parseHtml(html);
    const [sheet] = elements(root, 'article').filter((node) => hasClass(node, 'sheet'));
    expect(attr(elements(root, 'html')[0], 'lang')).toBe(language);
    expect(attr(sheet, 'lang')).toBe(language);
    expect(attr(sheet, 'dir')).toBe(direction);
    const paragraphs = elements(sheet!, 'p').map(textContent);
    expect(paragraphs.filter((text) => text.length > 120)).toEqual(
      derivedTexts.filter((text) => text.length > 120),
    );
  });
});

describe.skipIf(!hasLibreOffice)(
  'the derived format in French and in Arabic, as LibreOffice lays it out (needs soffice and poppler)',
  () => {
    let pdfs: Record<string, PdfLayout>;
    beforeAll(async () => {
      pdfs = convertAllToPdf({
        fr: (await drafter.renderDocx(note('cambodia-reply-fr', 'maison').draft)).bytes,
        ar: (await drafter.renderDocx(note('cambodia-reply-ar', 'maison').draft)).bytes,
      });
    });

    it('puts the emblem at the start of the line: the left in French, the right in Arabic', () => {
      const [fr] = pdfs.fr!.images;
      const [ar] = pdfs.ar!.images;
      const { pageWidth } = pdfs.fr!;
      expect(fr?.xMax).toBeLessThan(pageWidth / 2);
      expect(ar?.xMin).toBeGreaterThan(pageWidth / 2);
      expect(pdfs.fr!.images).toHaveLength(1);
      expect(pdfs.ar!.images).toHaveLength(1);
    });

    it('has the Arabic date above the number, at the left, and the number at the right', () => {
      const { words, pageWidth } = pdfs.ar!;
      const numberWord = words.find((word) => word.text.endsWith('657'))!;
      const dateWord = words.find((word) => word.text === '15' && word.yMin < numberWord.yMin);
      expect(dateWord).toBeDefined();
      expect(dateWord!.xMax).toBeLessThan(pageWidth / 2);
      expect(numberWord.xMin).toBeGreaterThan(pageWidth / 2);
    });
  },
);
