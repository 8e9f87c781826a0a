import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/index.js';
import { paragraphTexts, readDocxParts } from '../support/docx-parts.js';
import { exampleDraft } from '../support/drafts.js';
import { convertToPdf, foldSpace, hasLibreOffice, type PdfPages } from '../support/libreoffice.js';

// The original reply, as text: paragraphs separated by blank lines.
const seed = readFileSync(
  new URL('../fixtures/seed/cambodia-reply-2022-11-15.txt', import.meta.url),
  'utf8',
);
const seedParagraphs = seed
  .split(/\n\s*\n/)
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph !== '')
  // The bold letterhead is marked up in the seed, and its signature is a picture description.
  .filter(
    (paragraph) => !paragraph.startsWith('**') && !paragraph.startsWith('A handwritten signature'),
  );
const letterStart = seed.indexOf('KINGDOM OF CAMBODIA', seed.indexOf('KINGDOM OF CAMBODIA') + 1);
const noteVerbaleSeed = seed.slice(0, letterStart);
const letterSeed = seed.slice(letterStart);

const { bytes } = await renderDocx(exampleDraft());
const parts = readDocxParts(bytes);
const allParagraphs = parts.names
  .filter((name) => /^word\/(document|footer\d*)\.xml$/.test(name))
  .flatMap((name) => paragraphTexts(parts.parsed(name)));

describe('the example reproduces the Cambodian reply of 15 November 2022', () => {
  it('has every paragraph of the original, word for word, as a paragraph of the .docx', () => {
    const headings = /^(\d)\. (.*)$/;
    for (const paragraph of seedParagraphs) {
      if (paragraph.includes('\n')) {
        // The letterhead: each of its lines is a paragraph.
        for (const line of paragraph.split('\n')) expect(allParagraphs).toContain(line);
        continue;
      }
      // Word numbers the section headings itself: the paragraph holds the title alone.
      const heading = headings.exec(paragraph);
      expect(allParagraphs).toContain(heading === null ? paragraph : heading[2]);
    }
    expect(seedParagraphs.length).toBe(40);
  });

  it("keeps the original's curly quotes, its straight apostrophe and its own wording", () => {
    const text = allParagraphs.join('\n');
    expect(text).toContain('“seriousness”');
    expect(text).toContain('Cambodia’s image');
    expect(text).toContain("Cambodia's repatriation process");
    expect(text).toContain('transitional corporations');
    expect(text).toContain('Sub-degree');
    expect(text).toContain('has the honor to');
    expect(text).not.toContain('has the honour to');
  });

  it('reads the same through mammoth, an independent .docx reader', async () => {
    // mammoth reads the body, not the footers that hold the recipient and addressee blocks.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const footerText = new Set(
      parts.names
        .filter((name) => name.startsWith('word/footer'))
        .flatMap((name) => paragraphTexts(parts.parsed(name))),
    );
    for (const paragraph of seedParagraphs.filter(
      (text) => !text.includes('\n') && !footerText.has(text),
    )) {
      expect(foldSpace(value)).toContain(foldSpace(paragraph.replace(/^\d\. /, '')));
    }
  });

  it('splits the original into its note verbale and its letter', () => {
    expect(noteVerbaleSeed).toContain('No: 2022/11/657');
    expect(letterSeed).toContain('Dear Ms. and Mr. Special Rapporteurs,');
  });
});

describe.skipIf(!hasLibreOffice)(
  'the example as LibreOffice lays it out (needs soffice and pdftotext)',
  () => {
    let pdf: PdfPages;
    beforeAll(() => {
      pdf = convertToPdf(bytes);
    });

    it('has every paragraph of the original in the PDF text, headings numbered 1 to 4', () => {
      const text = foldSpace(pdf.text);
      for (const paragraph of seedParagraphs) expect(text).toContain(foldSpace(paragraph));
      for (const number of [1, 2, 3, 4]) expect(text).toMatch(new RegExp(`${number}\\. [A-Z]`));
      expect(text).toContain('No: 2022/11/657');
      expect(text).toContain('Geneva, 15 November 2022');
    });

    it('puts the note verbale and its recipient block on page 1', () => {
      const page = foldSpace(pdf.pages[0] ?? '');
      expect(page).toContain('No: 2022/11/657');
      expect(page).toContain('assurances of its highest consideration.');
      expect(page).toContain('Geneva, 15 November 2022');
      expect(page).toMatch(/Office of the High Commissioner for Human Rights Geneva$/);
      expect(page).not.toContain('Dear Ms. and Mr.');
    });

    it('starts the letter on page 2, with the addressee block on that page', () => {
      const page = foldSpace(pdf.pages[1] ?? '');
      expect(page.startsWith('KINGDOM OF CAMBODIA Nation Religion King')).toBe(true);
      expect(page).toContain('Dear Ms. and Mr. Special Rapporteurs,');
      for (const name of [
        'Ms. Siobhan Mullally',
        'Ms. Fernanda Hopenhaym',
        'Mr. Vitit Muntarbhorn',
        'Mr. Jose Francisco Cali Tzay',
        'Mr. Tomoya Obokata',
      ]) {
        expect(page).toContain(name);
      }
      expect(foldSpace(pdf.pages.slice(2).join(' '))).not.toContain('Ms. Siobhan Mullally');
    });

    it('ends with the complimentary close and the signatory', () => {
      const last = foldSpace(pdf.pages.at(-1) ?? '');
      expect(last).toContain(
        'Please accept, Ms. and Mr. Special Rapporteurs, the renewed assurances of my highest consideration.',
      );
      expect(last).toMatch(/SOKKHOEURN AN Ambassador and Permanent Representative$/);
    });
  },
);
