import { genderOf, genderOfHonorific } from '../../model/addressee-group.js';
import type { Gender } from '../../model/addressee.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';

const PEOPLE: Readonly<Record<Gender, string>> = { female: 'women', male: 'men' };
const PERSON: Readonly<Record<Gender, string>> = { female: 'a woman', male: 'a man' };

/**
 * `salutation_honorifics`: a salutation (or complimentary close) written in place of the
 * derived one must address the people the letter goes to: "Dear Mr. Special Rapporteur" to a
 * woman, or "Dear Ms. and Mr. ..." to two women, is wrong.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [salutationHonorifics] }); // [{ message: 'the salutation says "Mr." but no addressee is a man ...', ... }]
 * ```
 */
export const salutationHonorifics: CheckRule = {
  id: 'salutation_honorifics',
  severity: 'error',
  description:
    "A salutation or complimentary close, written in place of the derived one, whose honorifics do not match the addressees'.",
  check: ({ draft }) => {
    const findings: RuleFinding[] = [];
    for (const [index, document] of draft.documents.entries()) {
      if (document.type !== 'letter') continue;
      const genders = document.addressees.map(genderOf);
      const known = new Set(genders.filter((gender) => gender !== undefined));
      const allKnown = genders.every((gender) => gender !== undefined);
      for (const field of ['salutation', 'closing'] as const) {
        const text = document[field];
        if (text === undefined) continue;
        const said = new Map<Gender, { word: string; offset: number }>();
        for (const match of text.matchAll(/\p{L}+\.?/gu)) {
          const gender = genderOfHonorific(match[0]);
          if (gender !== undefined && !said.has(gender)) {
            said.set(gender, { word: match[0], offset: match.index });
          }
        }
        if (said.size === 0) continue;
        const path = ['documents', index, field];
        for (const [gender, { word, offset }] of said) {
          if (allKnown && !known.has(gender)) {
            findings.push({
              message: `the ${field} says "${word}", but no addressee is ${PERSON[gender]} (${document.addressees.map((addressee) => `${addressee.honorific} ${addressee.name}`).join(', ')})`,
              path,
              offset,
            });
          }
        }
        for (const gender of known) {
          if (said.has(gender)) continue;
          const names = document.addressees
            .filter((addressee) => genderOf(addressee) === gender)
            .map((addressee) => `${addressee.honorific} ${addressee.name}`);
          findings.push({
            message: `the ${field} does not address the ${PEOPLE[gender]} among the addressees (${names.join(', ')})`,
            path,
          });
        }
      }
    }
    return findings;
  },
};
