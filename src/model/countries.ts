import worldCountriesModule, { type Countries } from 'world-countries';

// The package's typings describe an ES module, but it is CommonJS (`module.exports = [...]`):
// under Node's ESM loader, as in bundlers, the default import is the array itself.
const worldCountries = worldCountriesModule as unknown as Countries;

/** A State as the reference of a communication names it, with its names. */
export interface Country {
  /** ISO 3166-1 alpha-3: `KHM`. */
  readonly alpha3: string;
  /** The name in short: `Cambodia`. */
  readonly name: string;
  /** The long form: `Kingdom of Cambodia`. */
  readonly longName: string;
  /** Whether the State is a Member of the United Nations. */
  readonly unMember: boolean;
  /** Short and long names in other languages, by ISO 639-3 code (`fra`, `spa`, `rus`, `ara`, `zho`). */
  readonly translations: Readonly<
    Record<string, { readonly name: string; readonly longName: string }>
  >;
}

/**
 * The code that communications to non-State actors (companies, organizations) carry in place of
 * a State's.
 *
 * @example
 * ```ts
 * parseCommunicationReference(`OL ${NON_STATE_ACTOR_CODE} 12/2024`).ok; // true
 * ```
 */
export const NON_STATE_ACTOR_CODE = 'OTH';

let byAlpha3: ReadonlyMap<string, Country> | undefined;

function countries(): ReadonlyMap<string, Country> {
  byAlpha3 ??= new Map(
    worldCountries.map((entry) => [
      entry.cca3,
      {
        alpha3: entry.cca3,
        name: entry.name.common,
        longName: entry.name.official,
        unMember: entry.unMember,
        translations: Object.fromEntries(
          Object.entries(entry.translations).map(([language, names]) => [
            language,
            { name: names.common, longName: names.official },
          ]),
        ),
      },
    ]),
  );
  return byAlpha3;
}

/**
 * Finds a State by its ISO 3166-1 alpha-3 code, in the list kept by the `world-countries`
 * package.
 *
 * @example
 * ```ts
 * countryByAlpha3('KHM')?.longName; // 'Kingdom of Cambodia'
 * countryByAlpha3('XYZ'); // undefined
 * ```
 */
export function countryByAlpha3(code: string): Country | undefined {
  return countries().get(code);
}

/**
 * Every ISO 3166-1 alpha-3 code the country list knows.
 *
 * @example
 * ```ts
 * knownAlpha3Codes().includes('CHN'); // true
 * ```
 */
export function knownAlpha3Codes(): string[] {
  return [...countries().keys()];
}
