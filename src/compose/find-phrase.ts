import type { Format } from '../format/format.js';
import { languageFallbacks, type Phrase } from '../format/phrase-book.js';

/**
 * Looks a phrase up for a language: the exact language first in every format of the chain
 * (the derived format before the one it extends), then the same for each shorter tag
 * (`en-US`, then `en`).
 *
 * @example
 * ```ts
 * findPhrase(format, 'en-US', 'noteVerbale.closing')?.source;
 * ```
 */
export function findPhrase(format: Format, language: string, key: string): Phrase | undefined {
  return findFirstPhrase(format, language, [key])?.phrase;
}

/** A phrase found under one of several keys, with the key it was found under. */
export interface FoundPhrase {
  readonly key: string;
  readonly phrase: Phrase;
}

/**
 * Looks up the first of several keys in the same order as {@link findPhrase}: the most specific
 * source (language tag, then format of the chain) that defines any of them wins, and within it
 * the first key. So a format that redefines a phrase in any form takes the place of the forms
 * it extends.
 *
 * @example
 * ```ts
 * findFirstPhrase(format, 'en', ['date', 'dateFormat'])?.key; // 'date'
 * ```
 */
export function findFirstPhrase(
  format: Format,
  language: string,
  keys: readonly string[],
): FoundPhrase | undefined {
  for (const tag of languageFallbacks(language)) {
    for (const layer of format.layers) {
      const table = layer.phrases.get(tag);
      if (table === undefined) continue;
      for (const key of keys) {
        const phrase = table.get(key);
        if (phrase !== undefined) return { key, phrase };
      }
    }
  }
  return undefined;
}

/**
 * The keys a language has under a prefix, without the prefix, in the order first found:
 * `phraseKeysUnder(format, 'fr', 'articles.dative.')` gives the articles that French contracts
 * with "à".
 *
 * @example
 * ```ts
 * phraseKeysUnder(format, 'fr', 'articles.dative.'); // ['le', 'la', "l'", 'les']
 * ```
 */
export function phraseKeysUnder(format: Format, language: string, prefix: string): string[] {
  const keys = new Set<string>();
  for (const tag of languageFallbacks(language)) {
    for (const layer of format.layers) {
      for (const key of layer.phrases.get(tag)?.keys() ?? []) {
        if (key.startsWith(prefix)) keys.add(key.slice(prefix.length));
      }
    }
  }
  return [...keys];
}

/**
 * Whether a format has phrases for a language, directly or through a shorter tag.
 *
 * @example
 * ```ts
 * formatSpeaks(unGeneva, 'en-GB'); // true: falls back to en
 * ```
 */
export function formatSpeaks(format: Format, language: string): boolean {
  return languageFallbacks(language).some((tag) => format.languages.includes(tag));
}
