/** Word's font slots: a run has a font for Latin text, one for East Asian, one for complex scripts. */
export type FontSlot = 'latin' | 'eastAsian' | 'complex';

// The scripts Word sets in the complex-script slot (w:cs) and in the East Asian slot
// (w:eastAsia); every other script takes the Latin slots (w:ascii, w:hAnsi).
const COMPLEX_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Khmr',
  'Thai',
  'Laoo',
  'Mymr',
  'Tibt',
  'Deva',
  'Beng',
  'Guru',
  'Gujr',
  'Orya',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Sinh',
  'Mong',
]);
const EAST_ASIAN_SCRIPTS = new Set([
  'Hani',
  'Hans',
  'Hant',
  'Jpan',
  'Kore',
  'Hira',
  'Kana',
  'Hang',
  'Bopo',
]);

/**
 * The font slot in which Word sets text of a script.
 *
 * @example
 * ```ts
 * slotOfScript('Khmr'); // 'complex'
 * slotOfScript('Cyrl'); // 'latin'
 * ```
 */
export function slotOfScript(script: string): FontSlot {
  if (COMPLEX_SCRIPTS.has(script)) return 'complex';
  if (EAST_ASIAN_SCRIPTS.has(script)) return 'eastAsian';
  return 'latin';
}

/**
 * CLDR's likely script and region of the UN's six languages, and of the tags the built-in format
 * carries, by language tag as written. Other tags are maximized by `Intl.Locale`. Known here,
 * they spare a process the loading of Intl's locale data (about 7 ms of a single render); tests
 * compare every entry with Intl.
 *
 * @example
 * ```ts
 * LIKELY_SUBTAGS.get('zh'); // { script: 'Hans', region: 'CN' }
 * ```
 */
export const LIKELY_SUBTAGS: ReadonlyMap<
  string,
  { readonly script: string; readonly region: string }
> = new Map([
  ['ar', { script: 'Arab', region: 'EG' }],
  ['en', { script: 'Latn', region: 'US' }],
  ['en-US', { script: 'Latn', region: 'US' }],
  ['es', { script: 'Latn', region: 'ES' }],
  ['fr', { script: 'Latn', region: 'FR' }],
  ['ru', { script: 'Cyrl', region: 'RU' }],
  ['zh', { script: 'Hans', region: 'CN' }],
]);

/**
 * The script a language is usually written in, by ISO 15924 code: `ar` is `Arab`, `zh` is
 * `Hans`, `zh-TW` is `Hant`.
 *
 * @example
 * ```ts
 * scriptOfLanguage('zh'); // 'Hans'
 * ```
 */
export function scriptOfLanguage(language: string): string | undefined {
  const known = LIKELY_SUBTAGS.get(language);
  if (known !== undefined) return known.script;
  try {
    return new Intl.Locale(language).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * A language tag with the region it most likely means, as Word expects in `w:lang` for East
 * Asian and complex-script text: `zh` is `zh-CN`.
 *
 * @example
 * ```ts
 * withRegion('zh'); // 'zh-CN'
 * withRegion('ar-SA'); // 'ar-SA'
 * ```
 */
export function withRegion(language: string): string {
  const known = LIKELY_SUBTAGS.get(language);
  if (known !== undefined) return language.includes('-') ? language : `${language}-${known.region}`;
  try {
    const locale = new Intl.Locale(language);
    if (locale.region !== undefined) return language;
    const region = locale.maximize().region;
    return region === undefined ? language : `${locale.language}-${region}`;
  } catch {
    return language;
  }
}
