import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDrafter,
  parseDraftYaml,
  readFormatDir,
  type BlockNode,
  type Draft,
} from '../../src/index.js';
import { attribute, findElements, paragraphTexts, readDocxParts } from '../support/docx-parts.js';
import { convertToPdf, foldSpace, hasLibreOffice, type PdfPages } from '../support/libreoffice.js';

const yaml = readFileSync('examples/embassy-reply.yaml', 'utf8');
const parsed = parseDraftYaml(yaml, { file: 'examples/embassy-reply.yaml' });
if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
const draft: Draft = parsed.value;
const drafter = createDrafter({ formats: [readFormatDir('examples/formats/embassy')] });

function firstTexts(blocks: readonly BlockNode[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [block.children.map((node) => ('value' in node ? node.value : ' / ')).join('')]
      : [`<${block.type}>`],
  );
}

describe('the embassy example format', () => {
  it('is a derived format: un-geneva with its own placement, emblem, styles and one phrase', () => {
    const format = drafter.formats.get('embassy');
    expect(format?.layers.map((layer) => layer.name)).toEqual(['embassy', 'un-geneva']);
    expect(format?.layers[0]?.layouts.size).toBe(0);
    expect(format?.layers[0]?.partials.size).toBe(0);
    expect(format?.placement.letterhead.emblem).toBe('start');
  });

  it('puts its emblem first at the left, then the letterhead, the date, and the reference', () => {
    const [note] = drafter.compose(draft).tree.children;
    const texts = firstTexts(note?.children ?? []);
    expect(texts.slice(0, 6)).toEqual([
      '<image>',
      'REPUBLIC OF ARCADIA',
      'Unity, Work, Progress',
      'Permanent Mission of the Republic of Arcadia / to the United Nations Office at Geneva',
      'Geneva, 8 April 2024',
      'Ref.: GVA/2024/118',
    ]);
    expect(note?.children[0]).toMatchObject({ type: 'image', align: 'start' });
    const initials = texts.indexOf('EM/jl');
    expect(initials).toBeGreaterThan(texts.findIndex((text) => text.includes('avails itself')));
  });

  it('writes the emblem into the .docx, left-aligned, and the date right-aligned above the reference', async () => {
    const { bytes } = await drafter.renderDocx(draft);
    const parts = readDocxParts(bytes);
    const emblem = new Uint8Array(readFileSync('examples/formats/embassy/emblem.png'));
    const media = Object.entries(unzipSync(bytes)).filter(([name]) =>
      name.startsWith('word/media/'),
    );
    expect(media).toHaveLength(1);
    expect([...(media[0]?.[1] ?? [])]).toEqual([...emblem]);
    const document = parts.parsed('word/document.xml');
    const paragraphs = findElements(document, 'w:p');
    const first = paragraphs[0]!;
    expect(findElements(first['w:p'], 'w:drawing')).toHaveLength(1);
    expect(findElements(first['w:p'], 'w:jc').map((jc) => attribute(jc, 'w:val'))).toEqual([
      'left',
    ]);
    const texts = paragraphTexts(document);
    expect(texts.indexOf('Geneva, 8 April 2024')).toBeLessThan(texts.indexOf('Ref.: GVA/2024/118'));
  });

  describe.skipIf(!hasLibreOffice)('as LibreOffice lays it out', () => {
    let pdf: PdfPages;
    beforeAll(async () => {
      pdf = convertToPdf((await drafter.renderDocx(draft)).bytes);
    });

    it('has the note on page 1 with the date before the reference and the initials under it', () => {
      const page = foldSpace(pdf.pages[0] ?? '');
      expect(page.startsWith('REPUBLIC OF ARCADIA Unity, Work, Progress')).toBe(true);
      expect(page.indexOf('Geneva, 8 April 2024')).toBeLessThan(page.indexOf('Ref.: GVA/2024/118'));
      expect(page.indexOf('EM/jl')).toBeGreaterThan(page.indexOf('highest consideration'));
      expect(page).toMatch(
        /Office of the United Nations High Commissioner for Human Rights Geneva$/,
      );
    });

    it('has the letter on page 2 with its addressee before the salutation', () => {
      const page = foldSpace(pdf.pages[1] ?? '');
      expect(page.indexOf('Ms. Alice Example')).toBeLessThan(
        page.indexOf('Dear Ms. Special Rapporteur,'),
      );
      expect(page).toMatch(/1\. Measures taken/);
    });
  });
});
