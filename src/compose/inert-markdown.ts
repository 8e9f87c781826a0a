import type { Heading, Paragraph } from 'mdast';

// Characters that Markdown may read as syntax inside a line, and white space it may trim or
// read as structure; a line with none of them is text, whatever else it holds.
// eslint-disable-next-line no-control-regex -- control characters are left to the parser
const SYNTAX_CHARACTER = /[\\`*_[\]!<>&#~|\u0000-\u001f\u007f\ufeff]/;
// What a block can start with: a list item's marker, a rule, a number and its dot.
const BLOCK_START = /^(?:[-+*=]|\d+[.)])/;
const EDGE_SPACE = /^\s|\s$/;

// An ATX heading: one to six "#", one space, then its text.
const HEADING = /^(#{1,6}) (.+)$/;

/** A block of Markdown whose reading is known without the parser. */
export type InertBlock = Paragraph | Heading;

/**
 * The blocks of Markdown text in which Markdown finds nothing to interpret but paragraphs and
 * headings: one line per block, blocks separated by blank lines, no character that opens,
 * escapes or references anything, no line that another block could start with. For such text
 * the Markdown parser's work is known in advance (each line is a paragraph or a heading holding
 * that text), and most of a note's fields and bodies are such text. Returns the blocks as the
 * parser gives them, without source positions, or `undefined` for anything else, which the
 * parser reads.
 *
 * @example
 * ```ts
 * inertBlocks('## Measures\n\nSecond.');
 * // [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Measures' }] },
 * //  { type: 'paragraph', children: [{ type: 'text', value: 'Second.' }] }]
 * inertBlocks('*First*'); // undefined
 * ```
 */
export function inertBlocks(markdown: string): InertBlock[] | undefined {
  const blocks: InertBlock[] = [];
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    // Two lines in a row make one paragraph, joined as Markdown joins them: left to the parser.
    if (!previousBlank) return undefined;
    const heading = HEADING.exec(line);
    const text = heading?.[2] ?? line;
    if (
      SYNTAX_CHARACTER.test(text) ||
      EDGE_SPACE.test(text) ||
      (heading === null && BLOCK_START.test(text))
    )
      return undefined;
    const children: Paragraph['children'] = [{ type: 'text', value: text }];
    const depth = heading?.[1]?.length;
    blocks.push(
      depth === undefined
        ? { type: 'paragraph', children }
        : { type: 'heading', depth: depth as Heading['depth'], children },
    );
    previousBlank = false;
  }
  return blocks;
}
