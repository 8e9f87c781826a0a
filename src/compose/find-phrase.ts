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
  for (const tag of languageFallbacks(language)) {
    for (const layer of format.layers) {
      const phrase = layer.phrases.get(tag)?.get(key);
      if (phrase !== undefined) return phrase;
    }
  }
  return undefined;
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
