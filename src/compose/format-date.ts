import { DateTime } from 'luxon';
import { remembered } from '../bounded-memo.js';

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
  return remembered(written, `${isoDate}\u0000${language}\u0000${pattern}`, () =>
    DateTime.fromISO(isoDate, { zone: 'utc', locale: language }).toFormat(pattern),
  );
}

// A few dates recur in every document (luxon is slow to take them apart): keep them, but never
// without bound.
const written = new Map<string, string>();
const takenApart = new Map<string, DateParts>();

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
  return remembered(takenApart, `${isoDate}\u0000${language}`, () => {
    const date = DateTime.fromISO(isoDate, { zone: 'utc', locale: language });
    return { day: date.day, month: date.month, year: date.year, monthName: date.toFormat('MMMM') };
  });
}
