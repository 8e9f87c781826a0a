import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema, isoDateNumbers } from '../../src/model/iso-date.js';

describe('isoDateNumbers', () => {
  it('reads the day, month and year of every day of a leap year as luxon does', () => {
    for (let day = 0; day < 366; day++) {
      const date = DateTime.utc(2024, 1, 1).plus({ days: day });
      const iso = date.toISODate() ?? '';
      expect(isoDateNumbers(iso)).toEqual({ day: date.day, month: date.month, year: date.year });
    }
    expect(isoDateNumbers('0999-01-09')).toEqual({ day: 9, month: 1, year: 999 });
  });
});

describe('IsoDateSchema', () => {
  it('says the same of a date checked again, valid or not, as luxon does', () => {
    for (const text of ['2024-02-29', '2023-02-29', '2022-13-45', '2024-02-29', '2023-02-29']) {
      const date = DateTime.fromISO(text, { zone: 'utc' });
      const result = IsoDateSchema.safeParse(text);
      expect(result.success).toBe(date.isValid);
      if (!result.success)
        expect(result.error.issues[0]?.message).toBe(
          `${text} is not a calendar date (${date.invalidExplanation ?? ''})`,
        );
    }
  });

  it('stays right past the number of dates it remembers', () => {
    const days = Array.from({ length: 600 }, (_, day) =>
      DateTime.utc(2000, 1, 1).plus({ days: day }).toISODate(),
    );
    for (const day of days) expect(IsoDateSchema.safeParse(day).success).toBe(true);
    for (const day of days) expect(IsoDateSchema.safeParse(day).success).toBe(true);
    expect(IsoDateSchema.safeParse('2001-02-29').success).toBe(false);
  });
});
