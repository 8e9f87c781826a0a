import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'salutation_honorifics')!;

const two = [
  { honorific: 'Ms.', name: 'Ada Lovelace', title: 'Special Rapporteur on the right to food' },
  { honorific: 'Mr.', name: 'Alan Turing', title: 'Special Rapporteur on the right to privacy' },
];

describe('salutation_honorifics', () => {
  it('fires on a salutation to a man when the addressee is a woman', () => {
    const findings = findingsOf(rule, (input) => {
      letterOf(input).salutation = 'Dear Mr. Special Rapporteur,';
    });
    expect(findings).toHaveLength(2);
    expect(findings.map((finding) => finding.message).join('\n')).toMatch(
      /says "Mr\.", but no addressee is a man[\s\S]*does not address the women/,
    );
    expect(findings[0]).toMatchObject({ severity: 'error', path: ['documents', 1, 'salutation'] });
  });

  it('fires on a closing that leaves out one of two addressees', () => {
    const findings = findingsOf(rule, (input) => {
      Object.assign(letterOf(input), {
        addressees: two,
        closing:
          'Please accept, Madam Special Rapporteur, the assurances of my highest consideration.',
      });
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'does not address the men among the addressees (Mr. Alan Turing)',
    );
  });

  it('stays quiet on a salutation that matches, or names no one', () => {
    expect(
      findingsOf(rule, (input) => {
        Object.assign(letterOf(input), {
          addressees: two,
          salutation: 'Dear Ms. and Mr. Special Rapporteurs,',
        });
      }),
    ).toEqual([]);
    expect(
      findingsOf(rule, (input) => {
        letterOf(input).salutation = 'Excellency,';
      }),
    ).toEqual([]);
    expect(findingsOf(rule)).toEqual([]);
  });
});
