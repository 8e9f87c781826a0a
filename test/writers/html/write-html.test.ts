import { describe, expect, it } from 'vitest';
import {
  renderHtml,
  renderText,
  writeHtml,
  type DocumentNode,
  type Draft,
  type RootNode,
} from '../../../src/index.js';
import { exampleDraft, namedExample, smallDraftInput, validDraft } from '../../support/drafts.js';
import { unGenevaManifest } from '../../support/phrase-files.js';
import {
  allElements,
  attr,
  elements,
  hasClass,
  parseHtml,
  textContent,
  type HtmlNode,
} from '../../support/html.js';
import { TINY_PNG } from '../../support/png.js';

function sheets(html: string): HtmlNode[] {
  return elements(parseHtml(html), 'article').filter((node) => hasClass(node, 'sheet'));
}

function blockTexts(node: HtmlNode | undefined): string[] {
  if (node === undefined) return [];
  return allElements(node)
    .filter((element) => ['p', 'h2', 'h3', 'h4'].includes(element.nodeName))
    .map(textContent);
}

// The non-blank lines of some texts: line wrapping aside, what a reader sees.
function lines(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');
}

// Each sheet holds the lines the text writer writes for its document.
function expectTextWriterLines(pages: readonly HtmlNode[], draft: Draft): void {
  const text = renderText(draft).text.split('\f');
  pages.forEach((page, index) => {
    expect(lines(blockTexts(page))).toEqual(lines([text[index] ?? '']));
  });
}

// A tree of one document on a small page, with the Latin font given.
function oneDocument(document: DocumentNode, latin = 'Times New Roman'): RootNode {
  return {
    type: 'root',
    page: {
      width: 500,
      height: 700,
      margins: { top: 10, right: 10, bottom: 10, left: 10, header: 5, footer: 5 },
    },
    fonts: { latin, eastAsian: 'SimSun', complex: 'Arial' },
    styles: { normal: { name: 'normal' } },
    children: [document],
  };
}

describe('writeHtml', () => {
  it('writes each document on its own sheet, with the same paragraphs as the text writer', () => {
    const draft = exampleDraft();
    const pages = sheets(renderHtml(draft).html);
    expect(pages.map((page) => attr(page, 'data-kind'))).toEqual(['note-verbale', 'letter']);
    expectTextWriterLines(pages, draft);
    expect(lines(blockTexts(pages[1])).length).toBeGreaterThan(30);
  });

  it('numbers the sections as Word does, and puts the first-page footer at the foot of the sheet', () => {
    const [, letter] = sheets(renderHtml(exampleDraft()).html);
    const headings = elements(letter!, 'h2');
    expect(headings.map((heading) => textContent(elements(heading, 'span')[0]))).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
    ]);
    const children = (letter?.childNodes ?? []).filter((node) => !node.nodeName.startsWith('#'));
    const foot = children.at(-1);
    expect(foot?.nodeName).toBe('footer');
    expect(attr(foot, 'data-page')).toBe('first');
    expect(blockTexts(foot)).toContain('Ms. Siobhan Mullally');
    expect(blockTexts(children[0])).not.toContain('Ms. Siobhan Mullally');
  });

  it('styles paragraphs with the format: a class per style, its look in the page CSS', () => {
    const html = renderHtml(exampleDraft()).html;
    const document = parseHtml(html);
    const state = elements(document, 'p').find(
      (node) => textContent(node) === 'KINGDOM OF CAMBODIA',
    );
    expect(attr(state, 'class')).toBe('style-state');
    const css = textContent(elements(document, 'style')[0]);
    expect(css).toMatch(
      /\.style-state \{[^}]*font-size: 13pt[^}]*font-weight: bold[^}]*text-align: center/,
    );
    expect(css).toMatch(/\.sheet \{[^}]*width: 595\.28pt[^}]*min-height: 841\.89pt/);
    const first = sheets(html)[0];
    expect(attr(first, 'style')).toBe('padding: 56.69pt 70.87pt 42.52pt 70.87pt');
  });

  it('escapes every character of the text, so that nothing in the data becomes markup', () => {
    const input = smallDraftInput();
    const hostile = `A & B <script>alert("x")</script> 'q' <img src=x onerror=alert(1)> &amp;`;
    (input.sender as { mission: string }).mission = hostile;
    (input.documents[1] as { body: string }).body = 'Text with <b>tags</b> & "quotes".';
    const html = renderHtml(validDraft(input)).html;
    const document = parseHtml(html);
    expect(elements(document, 'script')).toEqual([]);
    expect(elements(document, 'img')).toEqual([]);
    const paragraphs = elements(document, 'p').map(textContent);
    expect(paragraphs.some((text) => text.includes(`${hostile} presents its compliments`))).toBe(
      true,
    );
    expect(paragraphs).toContain('Text with <b>tags</b> & "quotes".');
  });

  it('escapes attribute values too: a description cannot leave its quotes', () => {
    const tree = oneDocument(
      {
        type: 'document',
        kind: 'letter"><script>x</script>',
        language: 'en"',
        direction: 'ltr',
        footers: {},
        children: [
          {
            type: 'image',
            data: TINY_PNG,
            format: 'png',
            width: 20,
            height: 10,
            align: 'center',
            description: `"><script>alert('x')</script>`,
          },
        ],
      },
      'Times"><script>',
    );
    const document = parseHtml(writeHtml(tree));
    expect(elements(document, 'script')).toEqual([]);
    const [image] = elements(document, 'img');
    expect(attr(image, 'alt')).toBe(`"><script>alert('x')</script>`);
    expect(attr(sheets(writeHtml(tree))[0], 'data-kind')).toBe('letter"><script>x</script>');
  });

  it('embeds images as data: URIs and loads nothing from elsewhere', () => {
    const input = smallDraftInput();
    (input.sender as { emblem?: string }).emblem = 'emblem.png';
    const html = renderHtml(validDraft(input), { assets: { 'emblem.png': TINY_PNG } }).html;
    const document = parseHtml(html);
    const [image] = elements(document, 'img');
    const src = attr(image, 'src') ?? '';
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    expect([...Buffer.from(src.slice('data:image/png;base64,'.length), 'base64')]).toEqual([
      ...TINY_PNG,
    ]);
    for (const element of allElements(document)) {
      for (const attribute of element.attrs ?? []) {
        if (['src', 'href', 'action', 'srcset'].includes(attribute.name))
          expect(attribute.value.startsWith('data:'), attribute.value).toBe(true);
      }
    }
    expect(elements(document, 'link')).toEqual([]);
    expect(textContent(elements(document, 'style')[0])).not.toMatch(/url\(|@import/);
    const policy = elements(document, 'meta').find(
      (meta) => attr(meta, 'http-equiv') === 'Content-Security-Policy',
    );
    expect(attr(policy, 'content')).toContain("default-src 'none'");
  });

  it('marks a right-to-left document with dir="rtl" and its language', () => {
    const tree = oneDocument({
      type: 'document',
      kind: 'note-verbale',
      language: 'ar',
      direction: 'rtl',
      footers: {},
      children: [
        {
          type: 'paragraph',
          style: 'normal',
          children: [{ type: 'text', value: 'تحية طيبة' }],
        },
      ],
    });
    const [sheet] = sheets(writeHtml(tree));
    expect(attr(sheet, 'dir')).toBe('rtl');
    expect(attr(sheet, 'lang')).toBe('ar');
    expect(blockTexts(sheet)).toEqual(['تحية طيبة']);
  });

  it.each([
    { name: 'cambodia-reply-ar', language: 'ar', direction: 'rtl', first: 'Times New Roman' },
    { name: 'note-verbale-zh', language: 'zh', direction: 'ltr', first: 'Noto Serif CJK SC' },
    { name: 'note-verbale-ru', language: 'ru', direction: 'ltr', first: 'Times New Roman' },
  ])(
    'previews the $language example with its language, direction, text and script fonts',
    ({ name, language, direction, first }) => {
      const draft = namedExample(name);
      const html = renderHtml(draft).html;
      const document = parseHtml(html);
      expect(attr(elements(document, 'html')[0], 'lang')).toBe(language);
      const pages = sheets(html);
      expect(pages.map((page) => attr(page, 'dir'))).toEqual(draft.documents.map(() => direction));
      expect(pages.map((page) => attr(page, 'lang'))).toEqual(draft.documents.map(() => language));
      expectTextWriterLines(pages, draft);
      // Every script's font is in the list, the language's own slot first where it is East Asian.
      const css = textContent(elements(document, 'style')[0]);
      const family = /\.sheet \{[^}]*font-family: ([^;]+);/.exec(css)?.[1] ?? '';
      const fonts = family.split(', ').map((font) => font.replace(/"/g, ''));
      expect(fonts[0]).toBe(first);
      for (const font of Object.values(unGenevaManifest.fonts.scripts))
        expect(fonts, font).toContain(font);
      expect(fonts.at(-1)).toBe('serif');
    },
  );
});
