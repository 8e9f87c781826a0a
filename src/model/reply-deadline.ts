import { DateTime } from 'luxon';
import type { InReplyTo } from './in-reply-to.js';
import { isoDateNumbers } from './iso-date.js';

/**
 * How many days a State has to reply, unless the communication or the draft says otherwise.
 *
 * @example
 * ```ts
 * replyDeadline({ date: '2022-09-20', replyWithinDays: DEFAULT_REPLY_DAYS }); // '2022-11-19'
 * ```
 */
export const DEFAULT_REPLY_DAYS = 60;

/**
 * The date by which a reply is expected: the communication's date plus `replyWithinDays`
 * (60 days by default), as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * replyDeadline({ reference: 'AL KHM 2/2022', date: '2022-09-20', joint: true }); // '2022-11-19'
 * ```
 */
export function replyDeadline(inReplyTo: Pick<InReplyTo, 'date' | 'replyWithinDays'>): string {
  const days = inReplyTo.replyWithinDays ?? DEFAULT_REPLY_DAYS;
  return addDays(inReplyTo.date, days);
}

// Calendar arithmetic on the UTC day: luxon's own asks Intl for the system's locale on first
// use, which costs a cold start more than the whole note's formulas. Years past 9999 are left
// to luxon.
function addDays(isoDate: string, days: number): string {
  const { year, month, day } = isoDateNumbers(isoDate);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  const written = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  if (/^\d{4}-/.test(written)) return written.slice(0, 10);
  return (
    DateTime.fromISO(isoDate, { zone: 'utc', locale: 'en-US' }).plus({ days }).toISODate() ??
    isoDate
  );
}
