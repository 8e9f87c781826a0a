import { distance } from 'fastest-levenshtein';
import {
  mandateCatalogue,
  titlesOfMandate,
  type Mandate,
  type MandateCatalogue,
  type MandateTitle,
} from './mandates.js';

/** A word of a title and where it starts. */
interface Word {
  readonly text: string;
  readonly folded: string;
  readonly offset: number;
}

/** Words written where the known title has others: `transitional` for `transnational`. */
export interface TitleDifference {
  /** The words as written, empty when a word is missing. */
  readonly written: string;
  /** The words of the known title, empty when a word is extra. */
  readonly expected: string;
  /** Where the written words start in the title (or where the missing ones belong). */
  readonly offset: number;
}

/** How a title compares with the known mandate titles. */
export type TitleMatch =
  | { readonly kind: 'current'; readonly mandate: Mandate; readonly title: string }
  | {
      readonly kind: 'former';
      readonly mandate: Mandate;
      readonly title: string;
      /** The last day the title was used, where known. */
      readonly until?: string;
      /** The title now. */
      readonly suggestion: string;
    }
  | {
      readonly kind: 'close';
      readonly mandate: Mandate;
      readonly suggestion: string;
      readonly differences: readonly TitleDifference[];
    }
  | { readonly kind: 'unknown' };

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}'\u2019]+/gu)) {
    words.push({ text: match[0], folded: fold(match[0]), offset: match.index });
  }
  return words;
}

/** Two words are close when one could be a slip of the pen for the other. */
function closeWords(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return distance(a, b) <= Math.max(1, Math.floor(longest / 3));
}

interface Hunk {
  readonly removed: readonly Word[];
  readonly added: readonly Word[];
  readonly at: number;
}

/** The runs of words that differ, between the longest common subsequence of words. */
function differingRuns(written: readonly Word[], known: readonly Word[], end: number): Hunk[] {
  const rows = written.length;
  const columns = known.length;
  // common[i][j]: the length of the longest common subsequence of written[i..] and known[j..].
  const common: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(columns + 1).fill(0),
  );
  const at = (i: number, j: number): number => common[i]?.[j] ?? 0;
  const same = (i: number, j: number): boolean =>
    written[i] !== undefined && written[i].folded === known[j]?.folded;
  for (let i = rows - 1; i >= 0; i--) {
    const row = common[i] ?? [];
    for (let j = columns - 1; j >= 0; j--) {
      row[j] = same(i, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const hunks: Hunk[] = [];
  let removed: Word[] = [];
  let added: Word[] = [];
  const flush = (offset: number): void => {
    if (removed.length > 0 || added.length > 0) hunks.push({ removed, added, at: offset });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    const writtenWord = written[i];
    const knownWord = known[j];
    if (writtenWord !== undefined && knownWord !== undefined && same(i, j)) {
      flush(writtenWord.offset);
      i++;
      j++;
    } else if (
      writtenWord !== undefined &&
      (knownWord === undefined || at(i + 1, j) >= at(i, j + 1))
    ) {
      removed.push(writtenWord);
      i++;
    } else if (knownWord !== undefined) {
      added.push(knownWord);
      j++;
    }
  }
  flush(end);
  return hunks;
}

function acceptable(hunk: Hunk): boolean {
  const { removed, added } = hunk;
  // A short word left out or slipped in ("the", "of").
  const [only] = [...removed, ...added];
  if (removed.length + added.length === 1) return only !== undefined && only.folded.length <= 4;
  if (removed.length === added.length) {
    return removed.every((word, index) => closeWords(word.folded, added[index]?.folded ?? ''));
  }
  // A word split in two or two run together.
  return closeWords(
    removed.map((word) => word.folded).join(''),
    added.map((word) => word.folded).join(''),
  );
}

/** A known title, read once: its words and their folded form. */
interface KnownTitle {
  readonly mandate: Mandate;
  readonly entry: MandateTitle;
  readonly folded: string;
  readonly words: readonly Word[];
  readonly joined: string;
}

function compare(
  title: string,
  written: readonly Word[],
  joined: string,
  known: KnownTitle,
): { differences: TitleDifference[]; cost: number } | undefined {
  const limit = Math.max(3, Math.round(0.15 * Math.max(joined.length, known.joined.length)));
  // The distance is at least the difference in length: most titles are ruled out without it.
  if (Math.abs(joined.length - known.joined.length) > limit) return undefined;
  const cost = distance(joined, known.joined);
  if (cost > limit) return undefined;
  const hunks = differingRuns(written, known.words, title.length);
  if (!hunks.every(acceptable)) return undefined;
  const differences = hunks.map((hunk) => ({
    written: hunk.removed.map((word) => word.text).join(' '),
    expected: hunk.added.map((word) => word.text).join(' '),
    offset: hunk.removed[0]?.offset ?? hunk.at,
  }));
  return { differences, cost };
}

const knownTitlesOf = new WeakMap<MandateCatalogue, readonly KnownTitle[]>();

// The catalogue's titles are read into words once, not at every comparison.
function knownTitles(catalogue: MandateCatalogue): readonly KnownTitle[] {
  let titles = knownTitlesOf.get(catalogue);
  if (titles === undefined) {
    titles = catalogue.mandates.flatMap((mandate) =>
      titlesOfMandate(mandate).map((entry) => {
        const words = wordsOf(entry.title);
        return {
          mandate,
          entry,
          folded: fold(entry.title),
          words,
          joined: words.map((word) => word.folded).join(' '),
        };
      }),
    );
    knownTitlesOf.set(catalogue, titles);
  }
  return titles;
}

/**
 * Compares a title with the known mandate titles. An equal title (ignoring case, spacing and
 * the kind of apostrophe) is `current`, or `former` if the mandate has since been renamed; a
 * title that differs only by slips in a few words ("transitional corporations") is `close`,
 * with the known title as the suggestion; anything else is `unknown`. Titles of working groups
 * are matched in the forms "Chair-Rapporteur of the ...", "Chair of the ...", "Vice-Chair of
 * the ...", "Member of the ..." and the group's own.
 *
 * @example
 * ```ts
 * const match = matchMandateTitle('Special Rapporteur on the rights of indigenous people');
 * match.kind === 'close' && match.suggestion; // 'Special Rapporteur on the rights of Indigenous Peoples'
 * ```
 */
export function matchMandateTitle(
  title: string,
  catalogue: MandateCatalogue = mandateCatalogue(),
): TitleMatch {
  const folded = fold(title);
  const titles = knownTitles(catalogue);
  const exact = titles.find((known) => known.folded === folded);
  if (exact !== undefined) {
    const { mandate, entry } = exact;
    if (entry.current) return { kind: 'current', mandate, title: entry.title };
    return {
      kind: 'former',
      mandate,
      title: entry.title,
      suggestion: `${entry.role}${mandate.title}`,
      ...(entry.until === undefined ? {} : { until: entry.until }),
    };
  }
  const written = wordsOf(title);
  const joined = written.map((word) => word.folded).join(' ');
  let best:
    | { mandate: Mandate; suggestion: string; differences: TitleDifference[]; cost: number }
    | undefined;
  for (const known of titles) {
    if (!known.entry.current) continue;
    const compared = compare(title, written, joined, known);
    if (compared !== undefined && (best === undefined || compared.cost < best.cost)) {
      best = { mandate: known.mandate, suggestion: known.entry.title, ...compared };
    }
  }
  if (best === undefined) return { kind: 'unknown' };
  return {
    kind: 'close',
    mandate: best.mandate,
    suggestion: best.suggestion,
    differences: best.differences,
  };
}
