import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'dates_out_of_order')!;

describe('dates_out_of_order', () => {
  it('fires on a reply dated before the communication', () => {
    const findings = findingsOf(rule, (input) => {
      noteOf(input).date = '2024-02-01';
      letterOf(input).date = '2024-02-01';
    });
    expect(findings.map((finding) => finding.path)).toEqual([
      ['documents', 0, 'date'],
      ['documents', 1, 'date'],
    ]);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toContain('before the communication');
  });

  it('fires on a note verbale dated before the letter it transmits', () => {
    const findings = findingsOf(rule, (input) => {
      letterOf(input).date = '2024-04-05';
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('before the letter it transmits');
  });

  it('warns of a communication dated in another year than its reference', () => {
    const findings = findingsOf(rule, (input) => {
      input.inReplyTo = { reference: 'UA UTO 1/2023', date: '2024-03-01' };
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: ['inReplyTo', 'date'] });
  });

  it('stays quiet on dates in order', () => {
    expect(findingsOf(rule)).toEqual([]);
  });
});
