import { describe, expect, it } from 'vitest';
import { matchMandateTitle } from '../../src/index.js';

describe('matchMandateTitle', () => {
  it('knows a current title, whatever its case, spacing or apostrophe', () => {
    expect(
      matchMandateTitle(
        'Special Rapporteur on trafficking in persons, especially women and children',
      ).kind,
    ).toBe('current');
    expect(
      matchMandateTitle(
        'Special Rapporteur on the situation of human rights in the Democratic People’s Republic of  Korea',
      ).kind,
    ).toBe('current');
    expect(matchMandateTitle('Working Group on arbitrary detention').kind).toBe('current');
  });

  it('suggests "transnational" for the seed\'s "transitional corporations", as Chair-Rapporteur', () => {
    const title =
      'Chair-Rapporteur of the Working Group on the issue of human rights and transitional corporations and other business enterprises';
    const match = matchMandateTitle(title);
    expect(match.kind).toBe('close');
    if (match.kind !== 'close') return;
    expect(match.mandate.key).toBe('business');
    expect(match.suggestion).toBe(
      'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
    );
    expect(match.differences).toEqual([
      { written: 'transitional', expected: 'transnational', offset: title.indexOf('transitional') },
    ]);
  });

  it('takes a missing word, a missing hyphen and a plural slip for slips', () => {
    const missing = matchMandateTitle('Special Rapporteur on right to food');
    expect(missing.kind === 'close' && missing.differences).toEqual([
      { written: '', expected: 'the', offset: 'Special Rapporteur on '.length },
    ]);
    const hyphen = matchMandateTitle(
      'Chair Rapporteur of the Working Group on Arbitrary Detention',
    );
    expect(hyphen.kind === 'close' && hyphen.suggestion).toBe(
      'Chair-Rapporteur of the Working Group on Arbitrary Detention',
    );
    const plural = matchMandateTitle('Special Rapporteur on the rights of indigenous people');
    expect(plural.kind === 'close' && plural.suggestion).toBe(
      'Special Rapporteur on the rights of Indigenous Peoples',
    );
  });

  it('does not take one country for another, nor an unrelated title for a slip', () => {
    expect(
      matchMandateTitle('Special Rapporteur on the situation of human rights in Nicaragua').kind,
    ).toBe('unknown');
    expect(matchMandateTitle('Ambassador and Permanent Representative').kind).toBe('unknown');
    expect(
      matchMandateTitle('Special Rapporteur on the situation of human rights in Burundi').kind,
    ).toBe('current');
  });

  it('knows a former title, with the day it ended and the title now', () => {
    const match = matchMandateTitle(
      'Special Rapporteur on the sale and sexual exploitation of children, including child prostitution, child pornography and other child sexual abuse material',
    );
    expect(match).toMatchObject({
      kind: 'former',
      until: '2023-04-04',
      suggestion:
        'Special Rapporteur on the sale, sexual exploitation and sexual abuse of children',
    });
  });
});
