import { isCollection, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathSegment } from '../errors/diagnostic.js';

/** A place in a text: line and column, both counted from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a field of a YAML text stands: the line and column of its value or, given the
 * value as the draft holds it and an offset into it, of that character inside the value (in a
 * block scalar, on its own line). A path that is not in the text gives the place of the nearest
 * mapping or list that holds it; `undefined` when the text has none.
 */
export type YamlLocator = (
  path: readonly PathSegment[],
  within?: { readonly value: string; readonly offset: number },
) => TextPosition | undefined;

function deepestNode(root: Node | null, path: readonly PathSegment[]): Node | null {
  let node = root;
  for (const segment of path) {
    if (!isCollection(node)) return node;
    let next: unknown;
    if (typeof segment === 'number') next = node.items[segment];
    else {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
      );
      if (pair !== undefined && isPair(pair)) next = pair.value;
    }
    if (next === undefined || next === null) return node;
    node = next as Node;
  }
  return node;
}

const WHITESPACE = /\s/;

/**
 * Where a character of a scalar's value stands in the source: its non-blank characters are
 * matched in order with the source's, so that line folding, indentation and a block scalar's
 * header are stepped over. An escape sequence the value does not show stops the walk; the start
 * of the scalar is given then.
 */
function sourceIndexOf(
  text: string,
  start: number,
  end: number,
  kind: string | undefined,
  value: string,
  offset: number,
): number {
  let index = start;
  if (kind === 'BLOCK_LITERAL' || kind === 'BLOCK_FOLDED') {
    const newline = text.indexOf('\n', start);
    index = newline === -1 ? end : newline + 1;
  } else if (kind === 'QUOTE_DOUBLE' || kind === 'QUOTE_SINGLE') {
    index += 1;
  }
  let target = Math.min(offset, value.length);
  while (target < value.length && WHITESPACE.test(value[target] ?? '')) target++;
  for (let position = 0; position <= target && position < value.length; position++) {
    const character = value[position] ?? '';
    if (WHITESPACE.test(character)) continue;
    while (index < end && WHITESPACE.test(text[index] ?? '')) index++;
    if (text[index] !== character) return start;
    if (position === target) return index;
    index++;
  }
  return start;
}

/**
 * Reads a YAML text once and returns a {@link YamlLocator} for it.
 *
 * @example
 * ```ts
 * const locate = createYamlLocator('body: |\n  First line.\n  Second line.\n');
 * locate(['body'], { value: 'First line.\nSecond line.\n', offset: 12 }); // { line: 3, column: 3 }
 * ```
 */
export function createYamlLocator(text: string): YamlLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPosition = (index: number): TextPosition => {
    const position = lineCounter.linePos(index);
    return { line: position.line, column: position.col };
  };
  return (path, within) => {
    const node = deepestNode(document.contents, path);
    if (node?.range === undefined || node.range === null) return undefined;
    const [start, end] = node.range;
    if (within === undefined || !isScalar(node)) return toPosition(start);
    const source = String(node.value);
    // The draft may hold the value trimmed (one-line fields are): shift the offset to match.
    const shift = Math.max(0, source.indexOf(within.value));
    return toPosition(sourceIndexOf(text, start, end, node.type, source, within.offset + shift));
  };
}
