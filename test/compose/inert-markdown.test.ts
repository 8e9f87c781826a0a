import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { inertBlocks } from '../../src/compose/inert-markdown.js';

const seed = Number(process.env.CHANCERY_FC_SEED ?? 20221115);

// Pieces that Markdown reads as text (and the blank line and heading marker that separate
// them), and pieces it may read as syntax.
const TEXT_PIECES = ['a', 'Z', 'é', '日', '😀', '0', '.', ',', ' ', '\n\n', '\n\n## ', '(', ':'];
const SYNTAX_PIECES = [
  '12',
  ')',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '-',
  '+',
  '*',
  '_',
  '=',
  '#',
  '>',
  '<',
  '&',
  '&amp;',
  '\\',
  '`',
  '~',
  '[',
  ']',
  '!',
  '|',
  '"',
  "'",
  'http://x.org',
  '# ',
  '## ',
  '\n## ',
  '\n\n### ',
  '####### ',
];
const piece = fc.constantFrom(...TEXT_PIECES, ...SYNTAX_PIECES);
const textPiece = fc.constantFrom(...TEXT_PIECES);

// The parser's tree as inertBlocks gives it: without source positions.
function withoutPositions(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key === 'position' ? undefined : inner)),
  );
}
let inertCases = 0;
let headingCases = 0;

describe('inertBlocks', () => {
  it('reads text as the Markdown parser does, whenever it reads it at all', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.array(piece, { maxLength: 24 }),
            // Mostly text, with a line break, a space or one piece of syntax here and there.
            fc.array(
              fc.oneof({ weight: 8, arbitrary: textPiece }, { weight: 1, arbitrary: piece }),
              {
                maxLength: 24,
              },
            ),
          )
          .map((pieces) => pieces.join('')),
        (markdown) => {
          const inert = inertBlocks(markdown);
          if (inert === undefined) return;
          inertCases++;
          if (inert.some((block) => block.type === 'heading')) headingCases++;
          const parsed = withoutPositions(fromMarkdown(markdown).children);
          expect(parsed).toEqual(inert);
        },
      ),
      { seed, numRuns: 3000 },
    );
    // The property must have compared many texts, not skipped them all.
    expect(inertCases).toBeGreaterThan(500);
    expect(headingCases).toBeGreaterThan(100);
  });

  it('takes plain lines and headings, leaves anything with syntax or joined lines to the parser', () => {
    const text = (value: string) => [{ type: 'text', value }];
    expect(inertBlocks('The Mission will reopen.\n\nIt thanks the Office.')).toEqual([
      { type: 'paragraph', children: text('The Mission will reopen.') },
      { type: 'paragraph', children: text('It thanks the Office.') },
    ]);
    expect(inertBlocks('## 1. Measures\n\nText.')).toEqual([
      { type: 'heading', depth: 2, children: text('1. Measures') },
      { type: 'paragraph', children: text('Text.') },
    ]);
    expect(inertBlocks('')).toEqual([]);
    for (const markdown of [
      '*a*',
      '1. a',
      '- a',
      'a\nb',
      ' a',
      '#a',
      '## a\nb',
      '##  a',
      '## a ##',
      '####### a',
      'a &amp; b',
      '---',
    ]) {
      expect(inertBlocks(markdown)).toBeUndefined();
    }
  });
});
