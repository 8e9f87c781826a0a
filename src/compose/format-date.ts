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
  const key = `${isoDate}\u0000${language}\u0000${pattern}`;
  let formatted = written.get(key);
  if (formatted === undefined) {
    formatted = DateTime.fromISO(isoDate, { zone: 'utc', locale: language }).toFormat(pattern);
    // A few dates recur in every document: keep them, but never without bound.
    if (written.size >= MAX_REMEMBERED) written.clear();
    written.set(key, formatted);
  }
  return formatted;
}

const MAX_REMEMBERED = 512;
const written = new Map<string, string>();

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
  const key = `${isoDate}\u0000${language}`;
  let parts = takenApart.get(key);
  if (parts === undefined) {
    const date = DateTime.fromISO(isoDate, { zone: 'utc', locale: language });
    parts = { day: date.day, month: date.month, year: date.year, monthName: date.toFormat('MMMM') };
    if (takenApart.size >= MAX_REMEMBERED) takenApart.clear();
    takenApart.set(key, parts);
  }
  return parts;
}

const takenApart = new Map<string, DateParts>();

/**
 * The day, month and year of an ISO date (`YYYY-MM-DD`, as the model has checked it), read from
 * its digits.
 *
 * @example
 * ```ts
 * isoDateNumbers('2022-11-05'); // { day: 5, month: 11, year: 2022 }
 * ```
 */
export function isoDateNumbers(isoDate: string): Pick<DateParts, 'day' | 'month' | 'year'> {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = isoDate
    .split('-')
    .map((part) => Number.parseInt(part, 10));
  return { day, month, year };
}
