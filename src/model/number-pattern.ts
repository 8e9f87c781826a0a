/** A mission's pattern for its note numbers, read into a regular expression. */
export interface NumberPattern {
  readonly source: string;
  readonly regex: RegExp;
  /** The tokens the pattern holds, in order. */
  readonly tokens: readonly NumberToken[];
}

/** What a pattern may hold besides literal text. */
export type NumberToken = 'yyyy' | 'yy' | 'mm' | 'm' | 'serial';

const TOKEN_PATTERNS: Readonly<Record<NumberToken, string>> = {
  yyyy: '(\\d{4})',
  yy: '(\\d{2})',
  mm: '(0[1-9]|1[0-2])',
  m: '([1-9]|1[0-2])',
  serial: '(\\d+)',
};

const TOKEN = /\{([^{}]*)\}/g;

function isToken(name: string): name is NumberToken {
  return Object.hasOwn(TOKEN_PATTERNS, name);
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a number pattern such as `{yyyy}/{mm}/{serial}` (the Cambodian mission's `2022/11/657`).
 * Tokens: `{yyyy}` and `{yy}` the year, `{mm}` the month in two digits, `{m}` the month,
 * `{serial}` the running number; everything else is literal. Returns a message for an unknown
 * token or a pattern without any.
 *
 * @example
 * ```ts
 * const pattern = parseNumberPattern('{yyyy}/{mm}/{serial}');
 * typeof pattern !== 'string' && pattern.regex.test('2022/11/657'); // true
 * ```
 */
export function parseNumberPattern(source: string): NumberPattern | string {
  const tokens: NumberToken[] = [];
  let regex = '';
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    if (!isToken(name)) {
      return `unknown token {${name}} in the number pattern; use {yyyy}, {yy}, {mm}, {m} and {serial}`;
    }
    regex += escapeLiteral(source.slice(last, match.index)) + TOKEN_PATTERNS[name];
    tokens.push(name);
    last = match.index + match[0].length;
  }
  if (tokens.length === 0) {
    return 'the number pattern has no token; write it like {yyyy}/{mm}/{serial}';
  }
  regex += escapeLiteral(source.slice(last));
  return { source, regex: new RegExp(`^${regex}$`), tokens };
}

/**
 * Checks a note's number against the mission's pattern and the note's date: the number must
 * have the pattern's shape, and its year and month (where the pattern has them) must be those of
 * the date. Returns why not, or `undefined` when it agrees.
 *
 * @example
 * ```ts
 * checkNoteNumber(pattern, '2022/11/657', '2022-11-15'); // undefined
 * checkNoteNumber(pattern, '2022/10/657', '2022-11-15'); // 'the month in "2022/10/657" is 10, but the note is dated 2022-11-15'
 * ```
 */
export function checkNoteNumber(
  pattern: NumberPattern,
  number: string,
  isoDate: string,
): string | undefined {
  const match = pattern.regex.exec(number);
  if (match === null) {
    return `"${number}" does not follow the mission's number pattern ${pattern.source}`;
  }
  const [year = '', month = ''] = isoDate.split('-');
  for (const [index, token] of pattern.tokens.entries()) {
    const value = match[index + 1] ?? '';
    if ((token === 'yyyy' && value !== year) || (token === 'yy' && value !== year.slice(2))) {
      return `the year in "${number}" is ${value}, but the note is dated ${isoDate}`;
    }
    if ((token === 'mm' || token === 'm') && Number(value) !== Number(month)) {
      return `the month in "${number}" is ${value}, but the note is dated ${isoDate}`;
    }
  }
  return undefined;
}
