import { SaxesParser } from 'saxes';
import { chanceryError } from '../errors/chancery-error.js';
import { readSourcePosition, SOURCE_ATTRIBUTE } from './source-positions.js';

/** An element of the layout vocabulary, as written by an expanded layout template. */
export interface MarkupElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly MarkupContent[];
  /**
   * Where the element was written: in its template (`file` set) when the template carried source
   * positions, else in the expanded text (1-based).
   */
  readonly line: number;
  readonly column: number;
  readonly file?: string;
}

/** An element or a run of text. */
export type MarkupContent = MarkupElement | string;

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: MarkupContent[];
  line: number;
  column: number;
  file?: string;
}

/**
 * Parses the markup that an expanded layout template writes (`<document>`, `<p>`, `<slot/>` ...)
 * with a real XML parser. Entities are decoded here, which undoes handlebars' escaping: text
 * comes out exactly as the data held it. Elements that carry their place in a template (see
 * {@link SOURCE_ATTRIBUTE}) report it, with the file taken from `files`.
 *
 * @example
 * ```ts
 * const root = parseLayoutMarkup('<document><p style="body">A &amp; B</p></document>', 'letter.hbs');
 * root.children[0]; // { name: 'p', attributes: { style: 'body' }, children: ['A & B'], ... }
 * ```
 */
export function parseLayoutMarkup(
  markup: string,
  file: string,
  files: readonly string[] = [],
): MarkupElement {
  const parser = new SaxesParser({ position: true });
  const stack: OpenElement[] = [];
  let root: OpenElement | undefined;
  let tagLine = 1;
  let tagColumn = 1;
  let failure:
    { message: string; line: number; column: number; near: OpenElement | undefined } | undefined;

  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    // saxes has read "<name" and the character after it: step back to the "<" (1-based).
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    const { [SOURCE_ATTRIBUTE]: at, ...attributes } = tag.attributes as Record<string, string>;
    const source = readSourcePosition(at, files);
    const element: OpenElement = {
      name: tag.name,
      attributes,
      children: [],
      ...(source ?? { line: tagLine, column: tagColumn }),
    };
    const parent = stack.at(-1);
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const parent = stack.at(-1);
    if (parent === undefined) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  });
  parser.on('error', (error) => {
    failure ??= {
      message: error.message.replace(/^[^:]*:\d+:\d+: /, ''),
      line: parser.line,
      column: parser.column,
      near: stack.findLast((element) => element.file !== undefined),
    };
  });
  parser.write(markup).close();

  if (failure !== undefined) {
    const near = failure.near;
    throw chanceryError({
      code: 'layout_markup',
      message:
        near?.file === undefined
          ? `the expanded layout is not well-formed markup: ${failure.message} (at line ${failure.line}, column ${failure.column} of the expanded text)`
          : `the expanded layout is not well-formed markup inside the <${near.name}> written here: ${failure.message}`,
      file: near?.file ?? file,
      ...(near?.file === undefined ? {} : { line: near.line, column: near.column }),
    });
  }
  if (root === undefined) {
    throw chanceryError({
      code: 'layout_markup',
      message: 'the layout wrote no <document> element',
      file,
    });
  }
  return root;
}
