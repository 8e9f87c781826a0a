import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'reference_mismatch')!;

describe('reference_mismatch', () => {
  it('fires on a reference in the text that is not the one answered', () => {
    const findings = findingsOf(rule, (input) => {
      letterOf(input).body = 'I refer to your communication UA UTO 2/2024 of 1 March 2024.';
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      path: ['documents', 1, 'body'],
      suggestion: 'UA UTO 1/2024',
    });
    expect(findings[0]?.message).toContain('cites UA UTO 2/2024');
  });

  it('stays quiet on the reference answered, joint prefix or not', () => {
    expect(
      findingsOf(rule, (input) => {
        letterOf(input).body = 'I refer to UA UTO 1/2024, the JUA UTO 1/2024 of the experts.';
      }),
    ).toEqual([]);
  });
});
