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

const NUMBER_FORMS: readonly string[] = ['one', 'many'];

/** A phrase key read as a form of another: `roles.specialRapporteur.female.many`. */
export interface PhraseForm {
  /** The key the forms belong to: `roles.specialRapporteur`. */
  readonly base: string;
  readonly gender?: string;
  readonly number?: GrammaticalNumber;
}

/**
 * Reads a phrase key as a form by gender and number of a shorter key, from its last segments.
 * A key without such segments is its own base.
 *
 * @example
 * ```ts
 * phraseForm('roles.specialRapporteur.female.many');
 * // { base: 'roles.specialRapporteur', gender: 'female', number: 'many' }
 * phraseForm('noteVerbale.opening'); // { base: 'noteVerbale.opening' }
 * ```
 */
export function phraseForm(key: string): PhraseForm {
  let base = key;
  let number: GrammaticalNumber | undefined;
  let gender: string | undefined;
  const last = (): string => base.slice(base.lastIndexOf('.') + 1);
  if (base.includes('.') && NUMBER_FORMS.includes(last())) {
    number = last() as GrammaticalNumber;
    base = base.slice(0, base.lastIndexOf('.'));
  }
  if (base.includes('.') && GENDER_FORMS.includes(last())) {
    gender = last();
    base = base.slice(0, base.lastIndexOf('.'));
  }
  return {
    base,
    ...(gender === undefined ? {} : { gender }),
    ...(number === undefined ? {} : { number }),
  };
}

/**
 * The keys a phrase key falls back to, most specific first, as looking it up for its gender and
 * number would try them: the key itself, then the less specific forms.
 *
 * @example
 * ```ts
 * phraseFallbacks('courtesy.female.many'); // ['courtesy.female.many', 'courtesy.female', 'courtesy.many', 'courtesy']
 * phraseFallbacks('numberLabel'); // ['numberLabel']
 * ```
 */
export function phraseFallbacks(key: string): string[] {
  const { base, gender, number } = phraseForm(key);
  const byNumber = number === undefined ? [base] : [`${base}.${number}`, base];
  const keys = gender === undefined ? byNumber : [`${base}.${gender}`, ...byNumber];
  if (gender !== undefined && number !== undefined) keys.unshift(`${base}.${gender}.${number}`);
  return [...new Set(keys)];
}

/**
 * Every key under which a phrase file may give a phrase or one of its forms.
 *
 * @example
 * ```ts
 * phraseFormKeys('noteVerbale.hasTheHonourTo').includes('noteVerbale.hasTheHonourTo.feminine'); // true
 * ```
 */
export function phraseFormKeys(key: string): string[] {
  const forms = (stem: string): string[] => [
    stem,
    ...NUMBER_FORMS.map((number) => `${stem}.${number}`),
  ];
  return [...forms(key), ...GENDER_FORMS.flatMap((gender) => forms(`${key}.${gender}`))];
}

/**
 * Every key a language may give a phrase under and still serve where `key` is looked up, for
 * some gender and number: its own forms, the less specific ones, and, where the key names no
 * gender or no number, the forms by gender or number of its base. A language that has none of
 * them lacks the phrase.
 *
 * @example
 * ```ts
 * phraseStandIns('courtesy.male'); // ['courtesy.male', 'courtesy.male.one', 'courtesy.male.many', 'courtesy', ...]
 * phraseStandIns('noteVerbale.hasTheHonourTo').includes('noteVerbale.hasTheHonourTo.feminine'); // true
 * ```
 */
export function phraseStandIns(key: string): string[] {
  const { base, gender, number } = phraseForm(key);
  const numbers = number === undefined ? NUMBER_FORMS : [number];
  const stems = [
    ...(gender === undefined
      ? GENDER_FORMS.map((form) => `${base}.${form}`)
      : [`${base}.${gender}`]),
    base,
  ];
  return stems.flatMap((stem) => [stem, ...numbers.map((form) => `${stem}.${form}`)]);
}
