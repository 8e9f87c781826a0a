import { Lexer } from 'yaml';

/** How deep a draft's YAML may nest; a draft itself nests five levels. */
export const MAX_YAML_NESTING = 32;

/** Where YAML nests too deep, and how deep it goes there. */
export interface YamlNesting {
  readonly depth: number;
  /** The line (1-based) where the limit is passed. */
  readonly line: number;
}

const WHITESPACE = /^[ \t]+$/;
const BLOCK_INDICATORS = new Set(['-', '?']);

/**
 * Finds nesting deeper than {@link MAX_YAML_NESTING} in a YAML text, with YAML's own lexer and
 * before it is parsed: the parser builds nested collections by recursion, so a few hundred
 * kilobytes of `[[[[...` would exhaust its stack or its memory and end the process.
 * Block scalars (a Markdown body) are single tokens, so brackets in their text do not count.
 *
 * @example
 * ```ts
 * findDeepYamlNesting('sender: ' + '['.repeat(100) + ']'.repeat(100)); // { depth: 33, line: 1 }
 * findDeepYamlNesting('sender:\n  state: Utopia\n'); // undefined
 * ```
 */
export function findDeepYamlNesting(text: string): YamlNesting | undefined {
  let line = 1;
  let flowDepth = 0;
  const indents: number[] = [];
  let lineIndicators = 0;
  let atLineStart = true;
  for (const token of new Lexer().lex(text)) {
    if (token === '\n' || token === '\r\n') {
      line++;
      atLineStart = true;
      lineIndicators = 0;
      continue;
    }
    if (flowDepth === 0 && atLineStart) {
      atLineStart = false;
      const indent = WHITESPACE.test(token) ? token.length : 0;
      while (indents.length > 0 && (indents.at(-1) ?? 0) > indent) indents.pop();
      if (indents.length === 0 || (indents.at(-1) ?? 0) < indent) indents.push(indent);
    }
    if (token === '[' || token === '{') flowDepth++;
    else if (token === ']' || token === '}') flowDepth = Math.max(0, flowDepth - 1);
    else if (flowDepth === 0 && BLOCK_INDICATORS.has(token)) lineIndicators++;
    const depth = indents.length + lineIndicators + flowDepth;
    if (depth > MAX_YAML_NESTING) return { depth, line };
    // Scalars, comments and block scalars may hold line breaks of their own.
    if (token.length > 1) {
      for (const character of token) if (character === '\n') line++;
      if (token.endsWith('\n')) {
        atLineStart = true;
        lineIndicators = 0;
      }
    }
  }
  return undefined;
}
