import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_DAYS, replyDeadline } from '../../src/index.js';

describe('replyDeadline', () => {
  it('expects a reply 60 days after the communication by default', () => {
    expect(DEFAULT_REPLY_DAYS).toBe(60);
    expect(replyDeadline({ date: '2022-09-20' })).toBe('2022-11-19');
  });

  it('counts the days the draft gives, across months and leap days', () => {
    expect(replyDeadline({ date: '2024-02-01', replyWithinDays: 30 })).toBe('2024-03-02');
    expect(replyDeadline({ date: '2023-02-01', replyWithinDays: 30 })).toBe('2023-03-03');
    expect(replyDeadline({ date: '2023-12-15', replyWithinDays: 20 })).toBe('2024-01-04');
  });
});

describe('replyDeadline against luxon', () => {
  it('gives the day luxon counts, for any day from year 1 to 9999 and any delay a draft may give', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 366 }),
        (date, days) => {
          const iso = date.toISOString().slice(0, 10);
          const expected = DateTime.fromISO(iso, { zone: 'utc' }).plus({ days }).toISODate();
          expect(replyDeadline({ date: iso, replyWithinDays: days })).toBe(expected);
        },
      ),
      { seed: 20221115, numRuns: 2000 },
    );
  });
});
