import type { Addressee, Gender } from './addressee.js';
import { genderOf } from './addressee-group.js';

/** Whether a form speaks of one person or institution, or of several. */
export type GrammaticalNumber = 'one' | 'many';

/**
 * What the forms of address agree with, for a group of addressees: their gender (`mixed` when
 * there are women and men, `undefined` when someone's gender is unknown) and their number.
 */
export interface AddresseeAgreement {
  readonly gender: Gender | 'mixed' | undefined;
  readonly number: GrammaticalNumber;
  /** How many addressees there are of each known gender, in the order they first appear. */
  readonly genderCounts: readonly (readonly [Gender, number])[];
  /** The index of the first addressee whose gender is unknown, if any. */
  readonly unknownGender?: number;
}

/**
 * Works out what the salutation must agree with: two women and three men are `mixed` and
 * `many`, and French addresses them as "Mesdames et Messieurs".
 *
 * @example
 * ```ts
 * addresseeAgreement(seed.addressees);
 * // { gender: 'mixed', number: 'many', genderCounts: [['female', 2], ['male', 3]] }
 * ```
 */
export function addresseeAgreement(addressees: readonly Addressee[]): AddresseeAgreement {
  const counts = new Map<Gender, number>();
  let unknownGender: number | undefined;
  addressees.forEach((addressee, index) => {
    const gender = genderOf(addressee);
    if (gender === undefined) unknownGender ??= index;
    else counts.set(gender, (counts.get(gender) ?? 0) + 1);
  });
  const genders = [...counts.keys()];
  const gender =
    unknownGender !== undefined ? undefined : genders.length === 1 ? genders[0] : 'mixed';
  return {
    gender,
    number: addressees.length > 1 ? 'many' : 'one',
    genderCounts: [...counts.entries()],
    ...(unknownGender === undefined ? {} : { unknownGender }),
  };
}
