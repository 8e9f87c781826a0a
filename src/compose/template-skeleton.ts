/** Stands, in a skeleton, for what a `{{value}}` writes: text known only from the data. */
export const VALUE_MARK = '\uE000';
/** Stands for what a helper writes, which may be layout markup as well as text. */
export const HELPER_MARK = '\uE001';
/** Stands for a block's `{{#if}}`, `{{else}}` or `{{/if}}`, which write nothing themselves. */
export const BLOCK_MARK = '\uE002';
/** The element a partial's `{{> name}}` is replaced with, to see where the partial stands. */
export const PARTIAL_ELEMENT = '_';

const MARKS = /[\uE000-\uE002]/;

/** A template's markup with every handlebars statement replaced, position for position. */
export interface Skeleton {
  /** As long as the source, with the same line breaks: a position in it is one in the source. */
  readonly text: string;
  /** The source's content statements, where they start in it, to add to their markup. */
  readonly contents: readonly { readonly node: hbs.AST.ContentStatement; readonly start: number }[];
  /** The offset at which each line starts. */
  readonly lineStarts: readonly number[];
  /** The partials the template includes, by the offset of their `{{>`. */
  readonly partials: ReadonlyMap<number, hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement>;
}

/**
 * Whether a value of the skeleton came, wholly or in part, from handlebars statements, so that
 * only rendering can tell what it will be.
 *
 * @example
 * ```ts
 * isDynamic(`${VALUE_MARK}${VALUE_MARK}`); // true
 * ```
 */
export function isDynamic(text: string): boolean {
  return MARKS.test(text);
}

/**
 * The line starts of a text, to turn offsets into lines and columns.
 *
 * @example
 * ```ts
 * lineStartsOf('a\nb'); // [0, 2]
 * ```
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

/**
 * The line and column (both from 1) of an offset.
 *
 * @example
 * ```ts
 * positionAt([0, 2], 3); // { line: 2, column: 2 }
 * ```
 */
export function positionAt(
  lineStarts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/**
 * The text of a content statement as written, before handlebars strips white space around
 * block tags (its typings call it a flag set; it is the text).
 *
 * @example
 * ```ts
 * originalText(contentStatement); // '\n  <p>'
 * ```
 */
export function originalText(node: hbs.AST.ContentStatement): string {
  return (node as unknown as { original: string }).original;
}

/**
 * The offset in a template's text of a handlebars position (line from 1, column from 0).
 *
 * @example
 * ```ts
 * offsetOf(lineStartsOf('a\nbc'), { line: 2, column: 1 }); // 3
 * ```
 */
export function offsetOf(lineStarts: readonly number[], position: hbs.AST.Position): number {
  return (lineStarts[position.line - 1] ?? 0) + position.column;
}

function isHelperCall(node: hbs.AST.MustacheStatement, helperNames: ReadonlySet<string>): boolean {
  if (node.params.length > 0 || ((node.hash as hbs.AST.Hash | undefined)?.pairs.length ?? 0) > 0)
    return true;
  const path = node.path;
  return (
    path.type === 'PathExpression' &&
    (path as hbs.AST.PathExpression).parts.length === 1 &&
    (path as hbs.AST.PathExpression).depth === 0 &&
    helperNames.has((path as hbs.AST.PathExpression).parts[0] ?? '')
  );
}

// Handlebars statements written between a tag's attributes (`<p {{#if x}}align="end"{{/if}}>`)
// write no text: blank their marks there, so that the tag still parses.
function blankMarksInTags(chars: string[]): void {
  let state: 'text' | 'tag' | 'quoted' | 'comment' = 'text';
  let quote = '';
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? '';
    if (state === 'text') {
      if (char === '<') {
        const next = chars[index + 1] ?? '';
        if (chars.slice(index, index + 4).join('') === '<!--') state = 'comment';
        else if (/[A-Za-z_:/]/.test(next)) state = 'tag';
      }
    } else if (state === 'comment') {
      if (chars.slice(index - 2, index + 1).join('') === '-->') state = 'text';
    } else if (state === 'tag') {
      if (char === '"' || char === "'") {
        state = 'quoted';
        quote = char;
      } else if (char === '>') state = 'text';
      else if (char === BLOCK_MARK) chars[index] = ' ';
    } else if (char === quote) state = 'tag';
  }
}

/**
 * Builds the skeleton of a template: its markup as written, with each `{{value}}` replaced by
 * {@link VALUE_MARK}s, each helper's output by {@link HELPER_MARK}s, each block tag by
 * {@link BLOCK_MARK}s and each `{{> partial}}` by an empty {@link PARTIAL_ELEMENT} element, every
 * character in its place. All branches of every block are kept, so an XML parser can read the
 * whole template and report a misspelt element at its line and column in the template.
 *
 * @example
 * ```ts
 * buildSkeleton('<p>{{name}}</p>', Handlebars.parse('<p>{{name}}</p>'), new Set()).text; // '<p>\uE000...</p>'
 * ```
 */
export function buildSkeleton(
  source: string,
  ast: hbs.AST.Program,
  helperNames: ReadonlySet<string>,
): Skeleton {
  const lineStarts = lineStartsOf(source);
  // One entry per code unit, so that offsets stay JavaScript string indexes.
  const chars: string[] = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? '';
    chars.push(char === '\n' || char === '\r' ? char : ' ');
  }
  const contents: { node: hbs.AST.ContentStatement; start: number }[] = [];
  const partials = new Map<number, hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement>();
  const fill = (node: hbs.AST.Node, mark: string): void => {
    const start = offsetOf(lineStarts, node.loc.start);
    const end = offsetOf(lineStarts, node.loc.end);
    for (let index = start; index < end; index++)
      if (chars[index] !== '\n' && chars[index] !== '\r') chars[index] = mark;
  };
  const visit = (program: hbs.AST.Program | undefined): void => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case 'ContentStatement': {
          const node = statement as hbs.AST.ContentStatement;
          const start = offsetOf(lineStarts, node.loc.start);
          contents.push({ node, start });
          const original = originalText(node);
          for (let index = 0; index < original.length; index++)
            chars[start + index] = original[index] ?? ' ';
          break;
        }
        case 'MustacheStatement': {
          const node = statement as hbs.AST.MustacheStatement;
          fill(node, isHelperCall(node, helperNames) ? HELPER_MARK : VALUE_MARK);
          break;
        }
        case 'BlockStatement':
        case 'DecoratorBlock': {
          const node = statement as hbs.AST.BlockStatement;
          fill(node, BLOCK_MARK);
          visit(node.program);
          visit(node.inverse);
          break;
        }
        case 'PartialStatement':
        case 'PartialBlockStatement': {
          const node = statement as hbs.AST.PartialStatement;
          const start = offsetOf(lineStarts, node.loc.start);
          fill(node, ' ');
          const marker = `<${PARTIAL_ELEMENT}/>`;
          for (let index = 0; index < marker.length; index++)
            chars[start + index] = marker[index] ?? ' ';
          partials.set(start, node);
          if (statement.type === 'PartialBlockStatement')
            visit((statement as hbs.AST.PartialBlockStatement).program);
          break;
        }
        default:
          fill(statement, ' ');
      }
    }
  };
  visit(ast);
  blankMarksInTags(chars);
  return { text: chars.join(''), contents, lineStarts, partials };
}
