// The six UN languages (and US English), named as Intl names them but without asking it: its
// first use costs a start-up of the command line more than all of a note's formulas.
const UN_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'Arabic',
  en: 'English',
  'en-US': 'American English',
  es: 'Spanish',
  fr: 'French',
  ru: 'Russian',
  zh: 'Chinese',
};

const named = new Map<string, string>();

/**
 * A language's name in English, for messages: `fr` is "French". Falls back to the tag itself
 * where `Intl` does not know it.
 *
 * @example
 * ```ts
 * languageName('ar'); // 'Arabic'
 * languageName('en-US'); // 'American English'
 * ```
 */
export function languageName(tag: string): string {
  const own = UN_LANGUAGES[tag];
  if (own !== undefined) return own;
  let name = named.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    if (named.size < 64) named.set(tag, name);
  }
  return name;
}
