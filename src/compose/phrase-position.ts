import type { Phrase } from '../format/phrase-book.js';

/**
 * Turns a position inside a phrase's text (as handlebars reports it: line from 1, column from 0)
 * into one in its YAML file. Exact for phrases written plain, quoted without escapes, or as a
 * literal block (`|`); otherwise the phrase's own start.
 *
 * @example
 * ```ts
 * // opening: 'The {{sendr.mission}} ...'  (the phrase starts at line 4, column 10)
 * phrasePosition(phrase, { line: 1, column: 4 }); // { file: 'phrases/en.yaml', line: 4, column: 15 }
 * ```
 */
export function phrasePosition(
  phrase: Phrase,
  position: hbs.AST.Position,
): { file: string; line: number; column: number } {
  const start = { file: phrase.file, line: phrase.line, column: phrase.column };
  const raw = phrase.raw;
  if (raw === undefined) return start;
  const oneLine = !phrase.source.includes('\n') && !raw.includes('\n');
  if (oneLine && position.line === 1) {
    if (raw === phrase.source) return { ...start, column: phrase.column + position.column };
    if (raw === `'${phrase.source}'` || raw === `"${phrase.source}"`)
      return { ...start, column: phrase.column + 1 + position.column };
    return start;
  }
  const literal = /^\|[-+]?\d*[ \t]*\r?\n/.exec(raw);
  if (literal !== null) {
    const body = raw.slice(literal[0].length);
    const indent = /^[ ]*/.exec(body)?.[0].length ?? 0;
    return {
      file: phrase.file,
      line: phrase.line + position.line,
      column: indent + position.column + 1,
    };
  }
  return start;
}
