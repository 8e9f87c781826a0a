import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/index.js';
import {
  attribute,
  findElements,
  readDocxParts,
  wordText,
  type DocxParts,
} from '../../support/docx-parts.js';
import { exampleDraft, namedExample } from '../../support/drafts.js';
import { unGenevaManifest } from '../../support/phrase-files.js';

type Node = ReturnType<typeof findElements>[number];

const ARABIC = /\p{Script=Arabic}/u;
const KHMER = /\p{Script=Khmer}/u;
const HAN = /\p{Script=Han}/u;

async function partsOf(name: string): Promise<DocxParts> {
  const draft = name === 'cambodia-reply' ? exampleDraft() : namedExample(name);
  return readDocxParts((await renderDocx(draft)).bytes);
}

// The parts that hold text: the body and the footers.
function textParts(parts: DocxParts): unknown[][] {
  return parts.names
    .filter((name) => /^word\/(document|footer\d*)\.xml$/.test(name))
    .map((name) => parts.parsed(name));
}

function has(node: Node, key: string, name: string): boolean {
  return findElements(node[key], name).length > 0;
}

// A run's own properties (w:rPr), as one node to search.
function runProperties(run: Node): Node[] {
  return findElements(run['w:r'], 'w:rPr');
}

function runFonts(run: Node): Node | undefined {
  return runProperties(run).flatMap((properties) =>
    findElements(properties['w:rPr'], 'w:rFonts'),
  )[0];
}

describe('the Arabic note verbale', async () => {
  const parts = await partsOf('cambodia-reply-ar');
  const paragraphs = textParts(parts).flatMap((part) => findElements(part, 'w:p'));
  const runs = textParts(parts).flatMap((part) => findElements(part, 'w:r'));

  it('sets every paragraph, of the body and of the footers, right to left', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    for (const paragraph of paragraphs) {
      expect(has(paragraph, 'w:p', 'w:bidi'), wordText(paragraph['w:p'])).toBe(true);
    }
  });

  it('sets every run of Arabic text right to left, in the Arabic font of the manifest', () => {
    const arabic = runs.filter((run) => ARABIC.test(wordText(run['w:r'])));
    expect(arabic.length).toBeGreaterThan(5);
    for (const run of arabic) expect(has(run, 'w:r', 'w:rtl')).toBe(true);
    const defaults = findElements(parts.parsed('word/styles.xml'), 'w:rPrDefault')[0]!;
    const fonts = findElements(defaults['w:rPrDefault'], 'w:rFonts')[0]!;
    expect(attribute(fonts, 'w:cs')).toBe(unGenevaManifest.fonts.scripts.Arab);
    expect(attribute(fonts, 'w:ascii')).toBe(unGenevaManifest.fonts.latin);
    const language = findElements(defaults['w:rPrDefault'], 'w:lang')[0]!;
    expect(attribute(language, 'w:bidi')).toMatch(/^ar-[A-Z]{2}$/);
  });

  it('keeps the Latin reference AL KHM 2/2022 in a left-to-right run of its own, in order', () => {
    const reference = runs.filter((run) => wordText(run['w:r']) === 'AL KHM 2/2022');
    expect(reference).toHaveLength(1);
    expect(has(reference[0]!, 'w:r', 'w:rtl')).toBe(false);
    // The Arabic around it stays right to left.
    const index = runs.indexOf(reference[0]!);
    expect(has(runs[index - 1]!, 'w:r', 'w:rtl')).toBe(true);
    expect(has(runs[index + 1]!, 'w:r', 'w:rtl')).toBe(true);
  });

  it('writes the Khmer motto in a left-to-right run in the Khmer font, not in all four slots alike', () => {
    const khmer = runs.filter((run) => KHMER.test(wordText(run['w:r'])));
    expect(khmer.map((run) => wordText(run['w:r']))).toEqual(['ជាតិ សាសនា ព្រះមហាក្សត្រ']);
    expect(has(khmer[0]!, 'w:r', 'w:rtl')).toBe(false);
    const fonts = runFonts(khmer[0]!)!;
    expect(attribute(fonts, 'w:cs')).toBe(unGenevaManifest.fonts.scripts.Khmr);
    expect(attribute(fonts, 'w:ascii')).toBeUndefined();
  });

  it('sets each section right to left, w:bidi where the schema puts it', () => {
    const sections = findElements(parts.parsed('word/document.xml'), 'w:sectPr');
    expect(sections).toHaveLength(1);
    const children = (sections[0]!['w:sectPr'] as Record<string, unknown>[]).map((child) =>
      Object.keys(child).find((key) => key !== ':@'),
    );
    expect(children.indexOf('w:bidi')).toBeGreaterThan(children.indexOf('w:titlePg'));
    expect(children.indexOf('w:bidi')).toBe(children.indexOf('w:docGrid') - 1);
  });

  it('aligns place and date to the end, which Word reads as the left of a right-to-left paragraph', () => {
    const style = findElements(parts.parsed('word/styles.xml'), 'w:style').find(
      (node) => attribute(node, 'w:styleId') === 'Chancery-place-date',
    )!;
    expect(attribute(findElements(style['w:style'], 'w:jc')[0]!, 'w:val')).toBe('right');
  });
});

describe('a letter in Arabic', async () => {
  const draft = namedExample('cambodia-reply-ar');
  const input = {
    ...draft,
    documents: [
      {
        type: 'letter' as const,
        date: '2022-11-15',
        addressees: [
          {
            honorific: 'السيدة',
            name: 'سيوبان مولالي',
            title: 'المقررة الخاصة المعنية بالاتجار بالأشخاص',
          },
        ],
        body: 'نص.\n\n## التدابير\n\n- بند أول\n- بند ثان\n\n## النهج\n\nنص.',
        signatory: { name: 'سوكخورن آن' },
      },
    ],
  };
  const parts = readDocxParts((await renderDocx(input)).bytes);

  it('numbers its sections and lists in right-to-left paragraphs, so the numbers stand at the right', () => {
    const numbered = findElements(parts.parsed('word/document.xml'), 'w:p').filter((paragraph) =>
      has(paragraph, 'w:p', 'w:numPr'),
    );
    expect(numbered).toHaveLength(4);
    for (const paragraph of numbered) expect(has(paragraph, 'w:p', 'w:bidi')).toBe(true);
  });
});

describe('the Chinese note verbale', async () => {
  const parts = await partsOf('note-verbale-zh');
  const runs = textParts(parts).flatMap((part) => findElements(part, 'w:r'));

  it('sets Chinese in the East Asian slot with the manifest’s font and language', () => {
    const defaults = findElements(parts.parsed('word/styles.xml'), 'w:rPrDefault')[0]!;
    const fonts = findElements(defaults['w:rPrDefault'], 'w:rFonts')[0]!;
    expect(attribute(fonts, 'w:eastAsia')).toBe(unGenevaManifest.fonts.scripts.Hans);
    expect(attribute(fonts, 'w:ascii')).not.toBe(attribute(fonts, 'w:eastAsia'));
    const language = findElements(defaults['w:rPrDefault'], 'w:lang')[0]!;
    expect(attribute(language, 'w:eastAsia')).toBe('zh-CN');
  });

  it('hints its Chinese runs to the East Asian slot and marks nothing right to left', () => {
    const chinese = runs.filter((run) => HAN.test(wordText(run['w:r'])));
    expect(chinese.length).toBeGreaterThan(5);
    for (const run of chinese) expect(attribute(runFonts(run)!, 'w:hint')).toBe('eastAsia');
    expect(parts.text('word/document.xml')).not.toMatch(/<w:(bidi|rtl)\b/);
  });
});

describe('the English example', async () => {
  const parts = await partsOf('cambodia-reply');

  it('stays left to right, with no right-to-left mark anywhere', () => {
    for (const name of parts.names.filter((part) => part.endsWith('.xml'))) {
      expect(parts.text(name), name).not.toMatch(/<w:(bidi|rtl)\b/);
    }
  });
});
