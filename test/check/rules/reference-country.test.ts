import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'reference_country')!;

describe('reference_country', () => {
  it('fires on a country code that names no State', () => {
    const findings = findingsOf(rule);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', path: ['inReplyTo', 'reference'] });
    expect(findings[0]?.message).toContain('"UTO" is not an ISO 3166-1 alpha-3 country code');
  });

  it("stays quiet on a State's code and on OTH", () => {
    for (const reference of ['UA KHM 1/2024', 'OL OTH 12/2024']) {
      expect(
        findingsOf(rule, (input) => {
          input.inReplyTo = { reference, date: '2024-03-01' };
        }),
      ).toEqual([]);
    }
  });
});
