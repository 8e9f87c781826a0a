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
