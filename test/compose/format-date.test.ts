import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIsoDate, isoDateParts } from '../../src/compose/format-date.js';

describe('isoDateParts and formatIsoDate', () => {
  it('name the month in the language, in the form it takes beside a day', () => {
    expect(isoDateParts('2022-11-15', 'ru').monthName).toBe('ноября');
    expect(formatIsoDate('2022-11-15', 'en', 'd MMMM yyyy')).toBe('15 November 2022');
  });

  it('agree with the English month names of the default format, which spare Intl', () => {
    const phrases = parse(
      readFileSync(new URL('../../templates/un-geneva/phrases/en.yaml', import.meta.url), 'utf8'),
    ) as { months: Record<number, string> };
    for (let month = 1; month <= 12; month++) {
      const iso = `2022-${String(month).padStart(2, '0')}-15`;
      expect(phrases.months[month]).toBe(isoDateParts(iso, 'en').monthName);
    }
  });
});
