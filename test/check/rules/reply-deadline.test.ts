import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'reply_deadline')!;

describe('reply_deadline', () => {
  it('warns of a reply dated more than 60 days after the communication', () => {
    const findings = findingsOf(rule, (input) => {
      noteOf(input).date = '2024-05-01';
      letterOf(input).date = '2024-05-01';
    });
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: ['documents', 0, 'date'] });
    expect(findings[0]?.message).toContain('by 2024-04-30, 60 days after');
  });

  it('counts the delay the draft gives', () => {
    const findings = findingsOf(rule, (input) => {
      input.inReplyTo = { reference: 'UA UTO 1/2024', date: '2024-03-01', replyWithinDays: 30 };
    });
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain('by 2024-03-31, 30 days after');
  });

  it('stays quiet on a reply in time, and on a draft that answers nothing', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(
      findingsOf(rule, (input) => {
        delete input.inReplyTo;
      }),
    ).toEqual([]);
  });
});
