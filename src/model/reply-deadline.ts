import { DateTime } from 'luxon';
import type { InReplyTo } from './in-reply-to.js';

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
  const key = `${inReplyTo.date}+${days}`;
  let deadline = deadlines.get(key);
  if (deadline === undefined) {
    deadline =
      DateTime.fromISO(inReplyTo.date, { zone: 'utc' }).plus({ days }).toISODate() ??
      inReplyTo.date;
    // Every document of a batch answers the same communication: keep a few, never without bound.
    if (deadlines.size >= MAX_REMEMBERED) deadlines.clear();
    deadlines.set(key, deadline);
  }
  return deadline;
}

const MAX_REMEMBERED = 64;
const deadlines = new Map<string, string>();
