import { LineCounter, parseDocument } from 'yaml';
import type { PathSegment } from '../errors/diagnostic.js';

/**
 * Finds where a field stands in a YAML text: the line and column (1-based) of its value, or
 * `undefined` if the path is not there.
 *
 * @example
 * ```ts
 * locateInYaml('sender:\n  emblem: x.png\n', ['sender', 'emblem']); // { line: 2, column: 11 }
 * ```
 */
export function locateInYaml(
  text: string,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (node?.range === undefined) return undefined;
  const position = lineCounter.linePos(node.range[0]);
  return { line: position.line, column: position.col };
}
