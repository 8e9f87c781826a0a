import * as z from 'zod';
import spellingData from '../data/english-spelling.json' with { type: 'json' };
import firstPersonData from '../data/first-person-words.json' with { type: 'json' };
import transmittalData from '../data/transmittal-words.json' with { type: 'json' };
import { languageFallbacks } from '../format/phrase-book.js';

const FirstPersonSchema = z.strictObject({
  description: z.string(),
  languages: z.record(
    z.string(),
    z.strictObject({
      anyCase: z.array(z.string()),
      exactCase: z.array(z.string()),
      romanNumeralAfter: z.array(z.string()),
    }),
  ),
});

const TransmittalSchema = z.strictObject({
  description: z.string(),
  languages: z.record(z.string(), z.array(z.string().min(1))),
});

const SpellingSchema = z.strictObject({
  description: z.string(),
  pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
});

// The word lists are data that people update; a mistake in them fails here, at load.
const firstPerson = FirstPersonSchema.parse(firstPersonData);
const transmittal = TransmittalSchema.parse(transmittalData);
const spelling = SpellingSchema.parse(spellingData);

function forLanguage<T>(table: Readonly<Record<string, T>>, language: string): T | undefined {
  for (const tag of languageFallbacks(language)) {
    const entry = table[tag];
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** The words that show a first-person text in a language. */
export interface FirstPersonWords {
  readonly anyCase: ReadonlySet<string>;
  readonly exactCase: ReadonlySet<string>;
  readonly romanNumeralAfter: ReadonlySet<string>;
}

/**
 * The first-person words of a language (`src/data/first-person-words.json`), or `undefined` for a
 * language the list does not cover.
 *
 * @example
 * ```ts
 * firstPersonWords('en-US')?.exactCase.has('I'); // true
 * ```
 */
export function firstPersonWords(language: string): FirstPersonWords | undefined {
  const entry = forLanguage(firstPerson.languages, language);
  if (entry === undefined) return undefined;
  return {
    anyCase: new Set(entry.anyCase.map((word) => word.toLowerCase())),
    exactCase: new Set(entry.exactCase),
    romanNumeralAfter: new Set(entry.romanNumeralAfter.map((word) => word.toLowerCase())),
  };
}

/**
 * The words by which a document says it transmits something with it, in a language
 * (`src/data/transmittal-words.json`).
 *
 * @example
 * ```ts
 * transmittalWords('en'); // ['herewith', 'enclosed']
 * ```
 */
export function transmittalWords(language: string): readonly string[] {
  return forLanguage(transmittal.languages, language) ?? [];
}

/**
 * Pairs of words that UN English and US English spell differently, `[un, us]`
 * (`src/data/english-spelling.json`).
 *
 * @example
 * ```ts
 * spellingPairs().find(([un]) => un === 'honour'); // ['honour', 'honor']
 * ```
 */
export function spellingPairs(): readonly (readonly [string, string])[] {
  return spelling.pairs;
}
