import { describe, expect, it } from 'vitest';
import { markdownToBlocks, markdownToInline } from '../../src/compose/markdown-to-blocks.js';

const styles = { paragraph: 'body', heading: 'heading', list: 'list', quote: 'quote' };

describe('markdownToBlocks', () => {
  it('makes "##" headings numbered sections and keeps bold and italic', () => {
    const { blocks } = markdownToBlocks(
      '## Measures taken\n\nA **firm** and *prompt* reply.',
      styles,
      ['body'],
    );
    expect(blocks).toEqual([
      {
        type: 'heading',
        style: 'heading',
        depth: 1,
        numbered: true,
        children: [{ type: 'text', value: 'Measures taken' }],
      },
      {
        type: 'paragraph',
        style: 'body',
        children: [
          { type: 'text', value: 'A ' },
          { type: 'strong', children: [{ type: 'text', value: 'firm' }] },
          { type: 'text', value: ' and ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'prompt' }] },
          { type: 'text', value: ' reply.' },
        ],
      },
    ]);
  });

  it.each(['## 1. Measures', '## 2) Measures', '## IV. Measures', '## 3.2 Measures'])(
    'does not number %s a second time',
    (markdown) => {
      const [heading] = markdownToBlocks(markdown, styles, ['body']).blocks;
      expect(heading).toMatchObject({ type: 'heading', numbered: false });
    },
  );

  it('makes "###" a subsection', () => {
    const [heading] = markdownToBlocks('### Detail', styles, ['body']).blocks;
    expect(heading).toMatchObject({ type: 'heading', depth: 2, numbered: true });
  });

  it('joins the lines of a paragraph with spaces, as Markdown does', () => {
    const [paragraph] = markdownToBlocks('one\ntwo', styles, ['body']).blocks;
    expect(paragraph).toMatchObject({ children: [{ type: 'text', value: 'one two' }] });
  });

  it('keeps curly quotes, apostrophes and non-Latin text unchanged', () => {
    const text = 'the purported “seriousness” of Cambodia’s image — ជាតិ 日内瓦 جنيف';
    const [paragraph] = markdownToBlocks(text, styles, ['body']).blocks;
    expect(paragraph).toMatchObject({ children: [{ type: 'text', value: text }] });
  });

  it('makes lists, with their start number', () => {
    const [list] = markdownToBlocks('3. first\n4. second', styles, ['body']).blocks;
    expect(list).toMatchObject({
      type: 'list',
      ordered: true,
      start: 3,
      children: [{ type: 'listItem' }, { type: 'listItem' }],
    });
  });

  it('keeps a link as its text and address', () => {
    const [paragraph] = markdownToBlocks('See [the report](https://example.org/r).', styles, [
      'body',
    ]).blocks;
    expect(paragraph).toMatchObject({
      children: [
        { type: 'text', value: 'See ' },
        { type: 'text', value: 'the report' },
        { type: 'text', value: ' (https://example.org/r)' },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('warns when an image can only be kept as text', () => {
    const { warnings } = markdownToBlocks('![seal](seal.png)', styles, ['documents', 0, 'body']);
    expect(warnings[0]).toMatchObject({ severity: 'warning', path: ['documents', 0, 'body'] });
  });
});

describe('markdownToInline', () => {
  it('keeps inline formatting of a sentence fragment', () => {
    expect(markdownToInline('transmit *herewith* its reply', ['honourTo'])?.inline).toEqual([
      { type: 'text', value: 'transmit ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'herewith' }] },
      { type: 'text', value: ' its reply' },
    ]);
  });

  it('refuses more than one paragraph', () => {
    expect(markdownToInline('one\n\ntwo', ['honourTo'])).toBeUndefined();
  });
});

describe('markdownToBlocks and characters the parser decodes or keeps', () => {
  it('refuses a character reference that decodes to a control character, naming the field', () => {
    expect(() => markdownToBlocks('a&#12;b', styles, ['documents', 1, 'body'])).toThrow(
      expect.objectContaining({
        code: 'invalid_text',
        path: ['documents', 1, 'body'],
        message: expect.stringContaining('U+000C') as string,
      }),
    );
  });

  it('reads Windows and old Mac line endings as line endings, keeping no carriage return', () => {
    const { blocks } = markdownToBlocks('one\r\ntwo\rthree\r\n\r\nnext', styles, ['body']);
    expect(blocks).toEqual([
      { type: 'paragraph', style: 'body', children: [{ type: 'text', value: 'one two three' }] },
      { type: 'paragraph', style: 'body', children: [{ type: 'text', value: 'next' }] },
    ]);
  });

  it('splits code blocks on any line ending', () => {
    const { blocks } = markdownToBlocks('```\r\nline one\r\nline two\r\n```', styles, ['body']);
    expect(blocks.map((block) => (block.type === 'paragraph' ? block.children : []))).toEqual([
      [{ type: 'text', value: 'line one' }],
      [{ type: 'text', value: 'line two' }],
    ]);
  });

  it('writes a line ending inside a code span as a space, as Markdown defines it', () => {
    const [paragraph] = markdownToBlocks('see `a\r\nb`', styles, ['body']).blocks;
    expect(paragraph).toMatchObject({
      children: [
        { type: 'text', value: 'see ' },
        { type: 'text', value: 'a b' },
      ],
    });
  });

  it("keeps an image's description, with a warning, rather than dropping it", () => {
    const { blocks, warnings } = markdownToBlocks('Seal: ![the State seal](seal.png)', styles, [
      'body',
    ]);
    expect(blocks[0]).toMatchObject({
      children: [
        { type: 'text', value: 'Seal: ' },
        { type: 'text', value: 'the State seal' },
      ],
    });
    expect(warnings[0]?.message).toMatch(/image is written as its description/);
  });
});

describe('markdownToBlocks and a byte order mark', () => {
  it('keeps a byte order mark that starts the field, which the parser would drop', () => {
    const [paragraph] = markdownToBlocks('\uFEFFtext', styles, ['body']).blocks;
    expect(paragraph).toMatchObject({ children: [{ type: 'text', value: '\uFEFFtext' }] });
    expect(markdownToInline('\uFEFFto', ['honourTo'])?.inline).toEqual([
      { type: 'text', value: '\uFEFFto' },
    ]);
  });
});
