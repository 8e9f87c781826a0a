// Characters that Markdown may read as syntax inside a line, and white space it may trim or
// read as structure; a line with none of them is text, whatever else it holds.
// eslint-disable-next-line no-control-regex -- control characters are left to the parser
const SYNTAX_CHARACTER = /[\\`*_[\]!<>&#~|\u0000-\u001f\u007f\ufeff]/;
// What a block can start with: a list item's marker, a rule, a number and its dot.
const BLOCK_START = /^(?:[-+*=]|\d+[.)])/;
const EDGE_SPACE = /^\s|\s$/;

/**
 * The paragraphs of Markdown text in which Markdown finds nothing to interpret: one line per
 * paragraph, paragraphs separated by blank lines, no character that opens, escapes or
 * references anything, no line that a block could start with. For such text the Markdown
 * parser's work is known in advance (each line is a paragraph holding that text), and most of
 * a note's fields are such text. Returns `undefined` for anything else, which the parser reads.
 *
 * @example
 * ```ts
 * inertParagraphs('First.\n\nSecond.'); // ['First.', 'Second.']
 * inertParagraphs('*First*'); // undefined
 * ```
 */
export function inertParagraphs(markdown: string): string[] | undefined {
  const paragraphs: string[] = [];
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    // Two lines in a row make one paragraph, joined as Markdown joins them: left to the parser.
    if (!previousBlank) return undefined;
    if (SYNTAX_CHARACTER.test(line) || BLOCK_START.test(line) || EDGE_SPACE.test(line))
      return undefined;
    paragraphs.push(line);
    previousBlank = false;
  }
  return paragraphs;
}
