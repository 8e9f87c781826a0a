import { beforeAll, describe, expect, it } from 'vitest';
import { createDrafter, renderDocx } from '../../src/index.js';
import { namedExample } from '../support/drafts.js';
import {
  convertAllToPdf,
  hasLibreOffice,
  type PdfLayout,
  type PdfWord,
} from '../support/libreoffice.js';
import { fill, phraseText, unGenevaManifest } from '../support/phrase-files.js';

const EXAMPLES = [
  'cambodia-reply',
  'cambodia-reply-fr',
  'cambodia-reply-ar',
  'note-verbale-es',
  'note-verbale-ru',
  'note-verbale-zh',
];

// pdftotext writes bidirectional text with embedding marks, joins a word hyphenated at the end
// of a line without its hyphen, and reads the kashidas and spaces with which LibreOffice
// stretches justified Arabic as gaps: compare text without them.
function bare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640-]/g, '')
    .replace(/\s+/g, '');
}

// The words of one line: those at the height of a word found on it.
function lineOf(words: readonly PdfWord[], anchor: PdfWord): PdfWord[] {
  return words.filter((word) => word.page === anchor.page && Math.abs(word.yMin - anchor.yMin) < 2);
}

const page = createDrafter().formats.get('un-geneva')!.page;

describe.skipIf(!hasLibreOffice)(
  'the examples in other languages and scripts, as LibreOffice lays them out (needs soffice and pdftotext)',
  () => {
    let pdfs: Record<string, PdfLayout>;
    beforeAll(async () => {
      const documents: Record<string, Uint8Array> = {};
      for (const name of EXAMPLES) {
        const draft = namedExample(name);
        documents[name] = (await renderDocx(draft)).bytes;
      }
      pdfs = convertAllToPdf(documents);
    });

    it('gives back the Arabic of the Arabic note verbale, its date in UN style', () => {
      const draft = namedExample('cambodia-reply-ar');
      const text = bare(pdfs['cambodia-reply-ar']!.text);
      for (const line of draft.sender.missionLines ?? []) expect(text).toContain(bare(line));
      expect(text).toContain(bare(draft.sender.state));
      // pdftotext cannot tell where the comma between place and date stood: take the line apart.
      const month = phraseText('ar', 'months.11');
      const line = pdfs['cambodia-reply-ar']!.text.split('\n').find((row) =>
        bare(row).includes(bare(month)),
      )!;
      for (const part of ['جنيف', '15', bare(month), '2022']) expect(bare(line)).toContain(part);
      expect(text).toContain(bare(`${phraseText('ar', 'consideration.highest')}.`));
    });

    it('keeps the Latin reference in its own order inside the Arabic text', () => {
      expect(pdfs['cambodia-reply-ar']!.text).toContain('AL KHM 2/2022');
    });

    it('gives back the Khmer motto of the letterhead, shaped from the Khmer font', () => {
      const layout = pdfs['cambodia-reply-ar']!;
      expect(bare(layout.text)).toContain(bare('ជាតិ សាសនា ព្រះមហាក្សត្រ'));
    });

    it('gives back the Chinese of the Chinese note verbale, date before place', () => {
      const draft = namedExample('note-verbale-zh');
      const text = bare(pdfs['note-verbale-zh']!.text);
      expect(text).toContain(
        bare(fill(phraseText('zh', 'placeAndDate'), { place: '日内瓦', date: '2024年5月15日' })),
      );
      expect(text).toContain(
        bare(`${draft.sender.mission}向联合国人权事务高级专员办事处致意，并谨`),
      );
      expect(text).toContain(bare(phraseText('zh', 'consideration.highest')));
    });

    it('embeds the fonts the manifest names for Arabic, Khmer and Chinese: they exist here', () => {
      const family = (font: string): string =>
        font.replace(/\s+(SC|TC|JP|KR)$/, '').replace(/\s+/g, '');
      const { scripts } = unGenevaManifest.fonts;
      expect(
        pdfs['cambodia-reply-ar']!.fonts.some((font) => font.startsWith(family(scripts.Arab!))),
      ).toBe(true);
      expect(
        pdfs['cambodia-reply-ar']!.fonts.some((font) => font.startsWith(family(scripts.Khmr!))),
      ).toBe(true);
      expect(
        pdfs['note-verbale-zh']!.fonts.some((font) => font.startsWith(family(scripts.Hans!))),
      ).toBe(true);
    });

    it('mirrors the Arabic page: the reference at the right, place and date at the left, the recipient at the right', () => {
      const { words, pageWidth } = pdfs['cambodia-reply-ar']!;
      const right = pageWidth - page.margins.right;
      const left = page.margins.left;
      const reference = lineOf(
        words,
        words.find((word) => word.text === '657')!,
      );
      expect(Math.max(...reference.map((word) => word.xMax))).toBeCloseTo(right, -1);
      expect(Math.min(...reference.map((word) => word.xMin))).toBeGreaterThan(pageWidth / 2);
      const placeAndDate = lineOf(
        words,
        words.find((word) => word.text === '15')!,
      );
      expect(Math.min(...placeAndDate.map((word) => word.xMin))).toBeCloseTo(left, -1);
      expect(Math.max(...placeAndDate.map((word) => word.xMax))).toBeLessThan(pageWidth / 2);
      const lowest = Math.max(...words.map((word) => word.yMin));
      const footer = words.filter((word) => word.yMin === lowest);
      expect(Math.max(...footer.map((word) => word.xMax))).toBeCloseTo(right, -1);
    });

    it('lays the English original out left to right, for comparison', () => {
      const { words, pageWidth } = pdfs['cambodia-reply']!;
      const reference = lineOf(
        words,
        words.find((word) => word.text === '2022/11/657')!,
      );
      expect(Math.min(...reference.map((word) => word.xMin))).toBeCloseTo(page.margins.left, -1);
      expect(Math.max(...reference.map((word) => word.xMax))).toBeLessThan(pageWidth / 2);
    });

    it('writes the French, Spanish and Russian openings with their contractions and cases', () => {
      expect(bare(pdfs['cambodia-reply-fr']!.text)).toContain(
        bare(
          "présente ses compliments au Haut-Commissariat aux droits de l'homme et, se référant à la communication conjointe",
        ),
      );
      expect(bare(pdfs['note-verbale-es']!.text)).toContain(
        bare(
          'saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el honor de remitir',
        ),
      );
      expect(bare(pdfs['note-verbale-ru']!.text)).toContain(
        bare(
          'свидетельствует свое уважение Управлению Верховного комиссара Организации Объединенных Наций по правам человека и, ссылаясь на сообщение',
        ),
      );
    });
  },
);
