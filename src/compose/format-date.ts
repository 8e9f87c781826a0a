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
