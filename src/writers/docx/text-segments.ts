/** A stretch of text written as one run: one direction, one script for its fonts. */
export interface TextSegment {
  readonly text: string;
  /** Whether the run is right to left (Word's `w:rtl`). */
  readonly rightToLeft: boolean;
  /**
   * The script whose font the run takes, by ISO 15924 code: one of the scripts asked about, or
   * `Hani` for Chinese, Japanese and Korean characters; `undefined` for the default fonts.
   */
  readonly script: string | undefined;
}

/** How to cut text into segments. */
export interface SegmentOptions {
  /** Whether the paragraph is right to left: then Latin text inside it gets runs of its own. */
  readonly rightToLeft: boolean;
  /** The scripts that have fonts of their own (ISO 15924 codes). */
  readonly scripts: readonly string[];
}

const STRONG_RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const HAN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;

type Kind = 'rtl' | 'ltr' | 'digit' | 'neutral';

function kindOf(char: string): Kind {
  if (DIGIT.test(char)) return 'digit';
  if (LETTER.test(char)) return STRONG_RIGHT_TO_LEFT.test(char) ? 'rtl' : 'ltr';
  return 'neutral';
}

const matcherCache = new Map<string, readonly (readonly [string, RegExp])[]>();

function scriptMatchers(scripts: readonly string[]): readonly (readonly [string, RegExp])[] {
  const key = scripts.join(',');
  let matchers = matcherCache.get(key);
  if (matchers === undefined) {
    matchers = scripts.flatMap((script) => {
      try {
        return [[script, new RegExp(`\\p{Script=${script}}`, 'u')] as const];
      } catch {
        // Hans, Hant, Jpan and Kore name varieties of Han text, not scripts of characters.
        return [];
      }
    });
    matcherCache.set(key, matchers);
  }
  return matchers;
}

// Which characters of a right-to-left paragraph belong to left-to-right runs: from a Latin (or
// other left-to-right) letter up to the next right-to-left letter, less the spaces and
// punctuation at its end, which belong to the right-to-left text around it. Digits after Latin
// letters stay with them, so "AL KHM 2/2022" is one run, in its own order.
function leftToRightMask(chars: readonly string[]): boolean[] {
  const kinds = chars.map(kindOf);
  const mask = kinds.map(() => false);
  let start = -1;
  const close = (end: number): void => {
    let last = end - 1;
    while (last >= start && kinds[last] === 'neutral') last--;
    for (let index = start; index <= last; index++) mask[index] = true;
    start = -1;
  };
  kinds.forEach((kind, index) => {
    if (kind === 'ltr' && start < 0) start = index;
    else if (kind === 'rtl' && start >= 0) close(index);
  });
  if (start >= 0) close(kinds.length);
  return mask;
}

/**
 * Cuts text into runs by direction and by script, so that each run gets the right direction
 * and the font of its script. In a right-to-left paragraph, Arabic text is written in runs
 * marked right to left and a Latin reference inside it ("AL KHM 2/2022") in a run of its own
 * that is not; a Khmer motto in any paragraph gets a run in the Khmer font. Spaces,
 * punctuation, digits and combining marks go with the letters before them.
 *
 * @example
 * ```ts
 * segmentText('رقم AL KHM 2/2022 المؤرخة', { rightToLeft: true, scripts: ['Arab'] });
 * // [{ text: 'رقم ', rightToLeft: true, script: 'Arab' },
 * //  { text: 'AL KHM 2/2022', rightToLeft: false, script: undefined },
 * //  { text: ' المؤرخة', rightToLeft: true, script: 'Arab' }]
 * ```
 */
export function segmentText(text: string, options: SegmentOptions): TextSegment[] {
  const matchers = scriptMatchers(options.scripts);
  // Most text has no letter of a script with a font of its own: then it is one run.
  if (
    !options.rightToLeft &&
    !HAN.test(text) &&
    matchers.every(([, pattern]) => !pattern.test(text))
  )
    return text === '' ? [] : [{ text, rightToLeft: false, script: undefined }];
  const chars = Array.from(text);
  const scriptOf = (char: string): string | undefined => {
    if (HAN.test(char)) return 'Hani';
    return matchers.find(([, pattern]) => pattern.test(char))?.[0];
  };
  const leftToRight = options.rightToLeft ? leftToRightMask(chars) : chars.map(() => true);
  // The script of each character: its own for letters, the one before it for the rest.
  const scripts: (string | undefined)[] = [];
  const own = chars.map((char) => (LETTER.test(char) ? scriptOf(char) : null));
  chars.forEach((char, index) => {
    const script = own[index];
    if (script !== null && !MARK.test(char)) {
      scripts.push(script);
      return;
    }
    const sameRun = index > 0 && leftToRight[index - 1] === leftToRight[index];
    if (sameRun) {
      scripts.push(scripts[index - 1]);
      return;
    }
    // At the start of a run, take the script of the first letter that follows in it.
    let next: string | undefined;
    for (
      let ahead = index + 1;
      ahead < chars.length && leftToRight[ahead] === leftToRight[index];
      ahead++
    ) {
      const found = own[ahead];
      if (found !== null && found !== undefined) {
        next = found;
        break;
      }
      if (found === undefined) break;
    }
    scripts.push(next);
  });
  const segments: TextSegment[] = [];
  let start = 0;
  chars.forEach((_, index) => {
    const next = index + 1;
    const rightToLeft = options.rightToLeft && !leftToRight[index];
    const ends =
      next === chars.length ||
      scripts[next] !== scripts[index] ||
      (options.rightToLeft && leftToRight[next] !== leftToRight[index]);
    if (!ends) return;
    segments.push({ text: chars.slice(start, next).join(''), rightToLeft, script: scripts[index] });
    start = next;
  });
  return segments;
}
