import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  findMandate,
  holderTitle,
  mandateCatalogue,
  mandateRoleOf,
  titlesOfMandate,
} from '../../src/index.js';

const KIND_TITLES = {
  specialRapporteur: /^Special Rapporteur (on|in) /,
  independentExpert: /^Independent Expert on /,
  workingGroup: /^Working Group (on|of) /,
  expert: /Expert on /,
};

const KIND_ROLES = {
  specialRapporteur: 'specialRapporteur',
  independentExpert: 'independentExpert',
  workingGroup: 'chairRapporteur',
  expert: 'other',
};

describe('the list of mandates', () => {
  const catalogue = mandateCatalogue();

  it('says when it was last checked', () => {
    expect(catalogue.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DateTime.fromISO(catalogue.lastChecked).isValid).toBe(true);
    expect(catalogue.checkedAgainst).toContain('verified');
  });

  it('holds the mandates of the reference list, each key and title once', () => {
    const keys = catalogue.mandates.map((mandate) => mandate.key);
    const titles = catalogue.mandates.map((mandate) => mandate.title.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect(keys.length).toBeGreaterThanOrEqual(55);
    for (const key of ['trafficking', 'cambodia', 'business', 'slavery', 'indigenous-peoples']) {
      expect(findMandate(key), key).toBeDefined();
    }
  });

  it("gives each mandate a title that reads as its kind's, and a role the letter derives", () => {
    for (const mandate of catalogue.mandates) {
      expect(mandate.title, mandate.key).toMatch(KIND_TITLES[mandate.kind]);
      expect(mandateRoleOf(holderTitle(mandate)), mandate.key).toBe(KIND_ROLES[mandate.kind]);
    }
  });

  it("addresses a working group's letters to its Chair-Rapporteur", () => {
    expect(holderTitle(findMandate('business')!)).toBe(
      'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
    );
    expect(holderTitle(findMandate('trafficking')!)).toBe(
      'Special Rapporteur on trafficking in persons, especially women and children',
    );
  });

  it('knows the titles of every role and the former titles with the day they ended', () => {
    const titles = titlesOfMandate(findMandate('arbitrary-detention')!).map((title) => title.title);
    expect(titles).toContain('Member of the Working Group on Arbitrary Detention');
    expect(titles).toContain('Working Group on Arbitrary Detention');
    const former = titlesOfMandate(findMandate('sale-of-children')!).filter(
      (title) => !title.current,
    );
    expect(former.map((title) => title.until)).toEqual(['2023-04-04', '2017-03-24']);
  });
});
