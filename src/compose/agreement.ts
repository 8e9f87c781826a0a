import type { GrammaticalNumber } from '../model/addressee-agreement.js';

/**
 * What a phrase agrees with: the gender and number of its subject. Letters agree with their
 * addressees (`female`, `male` or `mixed`); notes verbales with the mission that writes them
 * (`feminine`, `masculine` or `neuter`, the grammatical gender of its name).
 */
export interface Agreement {
  readonly gender?: string | undefined;
  readonly number: GrammaticalNumber;
}

/**
 * The genders a phrase file may name as forms of a phrase.
 *
 * @example
 * ```ts
 * GENDER_FORMS.includes('feminine'); // true
 * ```
 */
export const GENDER_FORMS: readonly string[] = [
  'female',
  'male',
  'mixed',
  'feminine',
  'masculine',
  'neuter',
];

/**
 * The keys to try for a phrase, most specific first: a phrase may be one text, or forms by
 * gender and number (`roles.specialRapporteur.female.many`), each falling back to the less
 * specific (`roles.specialRapporteur.many`, then `roles.specialRapporteur`).
 *
 * @example
 * ```ts
 * phraseCandidates('roles.specialRapporteur', { gender: 'female', number: 'many' });
 * // ['roles.specialRapporteur.female.many', 'roles.specialRapporteur.female',
 * //  'roles.specialRapporteur.many', 'roles.specialRapporteur']
 * ```
 */
export function phraseCandidates(key: string, agreement: Agreement): string[] {
  const { gender, number } = agreement;
  const byNumber = [`${key}.${number}`, key];
  return gender === undefined
    ? byNumber
    : [`${key}.${gender}.${number}`, `${key}.${gender}`, ...byNumber];
}

/**
 * The keys of a phrase's forms for a number in any gender: if one of them exists, the phrase
 * cannot be chosen without knowing the gender.
 *
 * @example
 * ```ts
 * genderedCandidates('letter.salutation', 'one'); // ['letter.salutation.female.one', 'letter.salutation.female', ...]
 * ```
 */
export function genderedCandidates(key: string, number: GrammaticalNumber): string[] {
  return GENDER_FORMS.flatMap((gender) => [`${key}.${gender}.${number}`, `${key}.${gender}`]);
}
