import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { inertParagraphs } from '../../src/compose/inert-markdown.js';

const seed = Number(process.env.CHANCERY_FC_SEED ?? 20221115);

// Pieces that Markdown reads as text and pieces it reads as syntax, mixed.
const piece = fc.constantFrom(
  'a',
  'Z',
  'é',
  '日',
  '😀',
  '0',
  '12',
  '.',
  ')',
  ',',
  ' ',
  '  ',
  '\n',
  '\n\n',
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
  '(',
  '!',
  '|',
  ':',
  '"',
  "'",
  'http://x.org',
);

const textPiece = fc.constantFrom('a', 'Z', 'é', '日', '😀', '0', '.', ',', ' ', '\n\n', '(', ':');
let inertCases = 0;

describe('inertParagraphs', () => {
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
          const inert = inertParagraphs(markdown);
          if (inert === undefined) return;
          inertCases++;
          const parsed = fromMarkdown(markdown).children.map((node) =>
            node.type === 'paragraph' &&
            node.children.length === 1 &&
            node.children[0]?.type === 'text'
              ? node.children[0].value
              : node,
          );
          expect(parsed).toEqual(inert);
        },
      ),
      { seed, numRuns: 3000 },
    );
    // The property must have compared many texts, not skipped them all.
    expect(inertCases).toBeGreaterThan(500);
  });

  it('takes plain lines, leaves anything with syntax or joined lines to the parser', () => {
    expect(inertParagraphs('The Mission will reopen.\n\nIt thanks the Office.')).toEqual([
      'The Mission will reopen.',
      'It thanks the Office.',
    ]);
    expect(inertParagraphs('')).toEqual([]);
    for (const markdown of ['*a*', '1. a', '- a', 'a\nb', ' a', '# a', 'a &amp; b', '---']) {
      expect(inertParagraphs(markdown)).toBeUndefined();
    }
  });
});
