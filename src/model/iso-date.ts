import { DateTime } from 'luxon';
import * as z from 'zod';
import { remembered } from '../bounded-memo.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (`2022-02-30` is refused).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2022-11-15'); // '2022-11-15'
 * IsoDateSchema.safeParse('2022-13-45').success; // false
 * ```
 */
export const IsoDateSchema = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .check((context) => {
    const text = context.value;
    if (!ISO_DATE.test(text)) {
      context.issues.push({
        code: 'custom',
        input: text,
        message: `expected a date written YYYY-MM-DD, found "${text}"`,
      });
      return;
    }
    const problem = calendarProblem(text);
    if (problem !== undefined) {
      context.issues.push({
        code: 'custom',
        input: text,
        message: `${text} is not a calendar date (${problem})`,
      });
    }
  });

// The same few dates come back in every document of a batch, and luxon is slow to check one:
// what it said of each is kept, but never without bound.
const checked = new Map<string, string | null>();

// Why the text names no day (luxon's explanation), or `undefined` when it names one.
function calendarProblem(text: string): string | undefined {
  const problem = remembered(checked, text, () => {
    // A locale given, luxon does not ask Intl for the system's: checking a date needs none.
    const date = DateTime.fromISO(text, { zone: 'utc', locale: 'en-US' });
    return date.isValid ? null : (date.invalidExplanation ?? 'it does not exist');
  });
  return problem ?? undefined;
}

/** A date as the model holds it: text `YYYY-MM-DD` that names a real day. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * The day, month and year of an ISO date (`YYYY-MM-DD`, as the model has checked it), read from
 * its digits.
 *
 * @example
 * ```ts
 * isoDateNumbers('2022-11-05'); // { day: 5, month: 11, year: 2022 }
 * ```
 */
export function isoDateNumbers(isoDate: string): {
  day: number;
  month: number;
  year: number;
} {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = isoDate
    .split('-')
    .map((part) => Number.parseInt(part, 10));
  return { day, month, year };
}
