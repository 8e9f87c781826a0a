import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'letter_signatory')!;

describe('letter_signatory', () => {
  it('fires on a letter without a signatory', () => {
    const findings = findingsOf(rule, (input) => {
      delete letterOf(input).signatory;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      path: ['documents', 1, 'signatory'],
    });
  });

  it('stays quiet on a signed letter and on a note verbale', () => {
    expect(findingsOf(rule)).toEqual([]);
  });
});
