import { DateTime } from 'luxon';

/**
 * Writes an ISO date with a luxon pattern in a language: `d MMMM yyyy` gives the UN's English
 * `15 November 2022`. The date is read as a calendar day, in no time zone.
 *
 * @example
 * ```ts
 * formatIsoDate('2022-11-15', 'en', 'd MMMM yyyy'); // '15 November 2022'
 * ```
 */
export function formatIsoDate(isoDate: string, language: string, pattern: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc', locale: language }).toFormat(pattern);
}

/** The parts of a date that a phrase file's date pattern puts together. */
export interface DateParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /**
   * The month's name as luxon (through `Intl`) writes it in the language, in the form it takes
   * beside a day: `ноября`, the genitive, in Russian.
   */
  readonly monthName: string;
}

/**
 * Takes an ISO date apart with luxon. Numbers stay numbers: a phrase file writes them, so that
 * Arabic keeps the Western digits UN documents use rather than those `Intl` would choose.
 *
 * @example
 * ```ts
 * isoDateParts('2022-11-15', 'ru'); // { day: 15, month: 11, year: 2022, monthName: 'ноября' }
 * ```
 */
export function isoDateParts(isoDate: string, language: string): DateParts {
  const date = DateTime.fromISO(isoDate, { zone: 'utc', locale: language });
  return { day: date.day, month: date.month, year: date.year, monthName: date.toFormat('MMMM') };
}
