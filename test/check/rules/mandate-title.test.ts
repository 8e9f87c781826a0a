import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'mandate_title')!;

function withAddressee(addressee: Record<string, unknown>, date?: string) {
  return findingsOf(rule, (input) => {
    letterOf(input).addressees = [{ honorific: 'Ms.', name: 'A', ...addressee }];
    if (date !== undefined) letterOf(input).date = date;
  });
}

describe('mandate_title', () => {
  it('warns of a misspelt title, with the word and the suggestion', () => {
    const findings = withAddressee({
      title:
        'Chair-Rapporteur of the Working Group on the issue of human rights and transitional corporations and other business enterprises',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      path: ['documents', 1, 'addressees', 0, 'title'],
      suggestion:
        'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
    });
    expect(findings[0]?.message).toContain('"transitional" where the title has "transnational"');
  });

  it('warns of an unknown title that reads like a mandate', () => {
    const findings = withAddressee({
      title: 'Special Rapporteur on the situation of human rights in Nicaragua',
    });
    expect(findings[0]?.message).toContain(
      'not a Special Procedures mandate title that chancery knows',
    );
    expect(findings[0]?.suggestion).toBeUndefined();
  });

  it('warns of a former title after the renaming, not before', () => {
    const former =
      'Special Rapporteur on the sale and sexual exploitation of children, including child prostitution, child pornography and other child sexual abuse material';
    expect(withAddressee({ title: former }, '2024-04-02')[0]?.suggestion).toBe(
      'Special Rapporteur on the sale, sexual exploitation and sexual abuse of children',
    );
    expect(withAddressee({ title: former }, '2022-04-02')).toEqual([]);
  });

  it('warns of a title that is not that of the mandate given beside it', () => {
    const findings = withAddressee({
      mandate: 'trafficking',
      title: 'Special Rapporteur on the right to food',
    });
    expect(findings[0]?.message).toContain('not that of the mandate "trafficking"');
    expect(findings[0]?.suggestion).toBe(
      'Special Rapporteur on trafficking in persons, especially women and children',
    );
  });

  it('stays quiet on known titles, on titles from a shorthand and on titles of no mandate', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(withAddressee({ mandate: 'business' })).toEqual([]);
    expect(withAddressee({ title: 'Member of the Working Group on Arbitrary Detention' })).toEqual(
      [],
    );
    expect(withAddressee({ title: 'United Nations High Commissioner for Human Rights' })).toEqual(
      [],
    );
  });
});
