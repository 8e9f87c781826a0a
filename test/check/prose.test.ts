import { describe, expect, it } from 'vitest';
import { proseSegments, proseWords } from '../../src/index.js';

function wordsOf(markdown: string): string[] {
  return proseWords(proseSegments(markdown)).map((word) => word.word);
}

describe('proseSegments', () => {
  it('keeps paragraphs, headings and list items, and their offsets in the source', () => {
    const markdown = 'First **bold** words.\n\n## A heading\n\n- an item';
    expect(wordsOf(markdown)).toEqual(['First', 'bold', 'words', 'A', 'heading', 'an', 'item']);
    for (const word of proseWords(proseSegments(markdown))) {
      expect(markdown.slice(word.offset, word.offset + word.word.length)).toBe(word.word);
    }
  });

  it('leaves out block quotations, code and quoted passages', () => {
    expect(
      wordsOf(
        [
          'Said “we act” and "we go" and «nous agissons» here.',
          '',
          '> quoted block',
          '',
          '    code block',
          '',
          'And `inline code` too.',
        ].join('\n'),
      ),
    ).toEqual(['Said', 'and', 'and', 'here', 'And', 'too']);
  });

  it('treats a lone straight quote as no quotation, and an open curly one as quoting the rest', () => {
    expect(wordsOf('A 12" screen stays.')).toEqual(['A', '12', 'screen', 'stays']);
    expect(wordsOf('Before “the rest is quoted')).toEqual(['Before']);
  });
});
