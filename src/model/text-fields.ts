import * as z from 'zod';

// XML 1.0 forbids these outright; Word refuses a file that contains them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\u2028\u2029\t]/;

function describeCodePoint(text: string): string {
  const codePoint = text.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Finds the first character of `text` that a Word document cannot hold, and says why.
 * Returns `undefined` when every character can be written.
 *
 * @example
 * ```ts
 * findUnwritableCharacter('Geneva\u0007'); // 'contains U+0007, a control character that a Word document cannot hold'
 * findUnwritableCharacter('Genève'); // undefined
 * ```
 */
export function findUnwritableCharacter(text: string): string | undefined {
  const forbidden = FORBIDDEN_IN_XML.exec(text);
  if (forbidden) {
    return `contains ${describeCodePoint(forbidden[0])}, a control character that a Word document cannot hold`;
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return `contains ${describeCodePoint(surrogate[0])}, half of a character (a lone surrogate) that a Word document cannot hold`;
  }
  return undefined;
}

function refineWritable(text: string, context: z.RefinementCtx): void {
  const problem = findUnwritableCharacter(text);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
}

/**
 * A short text on one line (a name, a title, a city). Leading and trailing spaces are trimmed;
 * line breaks, tabs and characters a Word document cannot hold are refused. A number is accepted
 * and written as it reads (`657` becomes `"657"`), since YAML reads bare digits as numbers.
 *
 * @example
 * ```ts
 * LineTextSchema.parse('  Geneva '); // 'Geneva'
 * ```
 */
export const LineTextSchema = z.union([z.string(), z.number().transform(String)]).pipe(
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((text, context) => {
      refineWritable(text, context);
      const lineBreak = LINE_BREAK.exec(text);
      if (lineBreak) {
        context.addIssue({
          code: 'custom',
          message: `must be on one line (it contains ${describeCodePoint(lineBreak[0])})`,
        });
      }
    }),
);

/** How deep lists and quotations may nest in Markdown text; a letter needs two or three. */
export const MAX_MARKDOWN_NESTING = 32;
/** The longest run of `*` and `_` that may open or close emphasis. */
export const MAX_EMPHASIS_RUN = 64;

// What opens a container at the start of a line: a quotation mark or a list item's marker.
const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
// A run of emphasis marks that touches text; lines of marks alone (rules, decoration) are not.
const EMPHASIS_RUN = new RegExp(`[*_]{${MAX_EMPHASIS_RUN + 1},}`);

function nestingOfLine(line: string): number {
  let depth = 0;
  let columns = 0;
  let position = 0;
  for (;;) {
    while (line[position] === ' ' || line[position] === '\t') {
      // Only the line's own indentation counts; the space after a marker is part of it.
      if (depth === 0) columns += line[position] === '\t' ? 4 : 1;
      position++;
    }
    const marker = CONTAINER_MARKER.exec(line.slice(position, position + 12));
    if (marker === null) break;
    depth++;
    position += marker[0].length;
  }
  // Each level of a list nested by indentation takes at least two columns; four is generous.
  return depth + Math.floor(columns / 4);
}

/**
 * Finds Markdown nesting that no document needs and that would make the Markdown parser work for
 * minutes or exhaust its stack: lists and quotations nested more than
 * {@link MAX_MARKDOWN_NESTING} deep, or a run of more than {@link MAX_EMPHASIS_RUN} emphasis marks
 * against text. Returns why, or `undefined` when the text is fine.
 *
 * @example
 * ```ts
 * findExcessiveNesting('> '.repeat(100) + 'deep'); // 'nests lists or quotations 100 deep ...'
 * findExcessiveNesting('- a\n  - b'); // undefined
 * ```
 */
export function findExcessiveNesting(markdown: string): string | undefined {
  let lineNumber = 0;
  for (const line of markdown.split(/\r\n?|\n/)) {
    lineNumber++;
    const depth = nestingOfLine(line);
    if (depth > MAX_MARKDOWN_NESTING) {
      return `nests lists or quotations ${depth} deep on its line ${lineNumber} (at most ${MAX_MARKDOWN_NESTING} levels)`;
    }
    const run = EMPHASIS_RUN.exec(line);
    if (run !== null && line.replace(/[*_ \t]/g, '') !== '') {
      return `has a run of ${run[0].length} emphasis marks (* or _) on its line ${lineNumber} (at most ${MAX_EMPHASIS_RUN})`;
    }
  }
  return undefined;
}

/**
 * Markdown text that may run over several paragraphs. Characters a Word document cannot hold are
 * refused, and so is nesting deeper than any document needs ({@link findExcessiveNesting});
 * everything else is kept as written.
 *
 * @example
 * ```ts
 * MarkdownTextSchema.parse('First paragraph.\n\n## A section');
 * ```
 */
export const MarkdownTextSchema = z.string().superRefine((text, context) => {
  refineWritable(text, context);
  const nesting = findExcessiveNesting(text);
  if (nesting !== undefined) context.addIssue({ code: 'custom', message: nesting });
});
