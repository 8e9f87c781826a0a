import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoDateNumbers } from '../../src/model/iso-date.js';

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
