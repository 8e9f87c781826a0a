/**
 * A language's name in English, for messages: `fr` is "French". Falls back to the tag itself
 * where `Intl` does not know it.
 *
 * @example
 * ```ts
 * languageName('ar'); // 'Arabic'
 * ```
 */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
