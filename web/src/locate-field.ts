import { LineCounter, parseDocument } from 'yaml';
import type { PathSegment } from '../../src/core.js';

/**
 * Where a field stands in a YAML text (1-based line and column of its value), for problems that
 * name a field but no line, such as a format the draft names that does not exist.
 *
 * @example
 * ```ts
 * locateField('format: nowhere\n', ['format']); // { line: 1, column: 9 }
 * ```
 */
export function locateField(
  text: string,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  // The deepest part of the path that is there: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range !== undefined) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return undefined;
}
