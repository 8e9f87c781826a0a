import type { PathSegment } from '../errors/diagnostic.js';
import type { Addressee } from '../model/addressee.js';
import { addresseeAgreement } from '../model/addressee-agreement.js';
import { describeAddressees, genderOf } from '../model/addressee-group.js';
import type { AgreementScope, DraftPhrases } from './draft-phrases.js';

/**
 * Joins items with the language's separators: `Ms. and Mr.`, `Mesdames et Messieurs`,
 * `السيدات والسادة`.
 *
 * @example
 * ```ts
 * joinList(['Ms.', 'Mr.'], phrases); // 'Ms. and Mr.'
 * ```
 */
export function joinList(items: readonly string[], phrases: DraftPhrases): string {
  if (items.length <= 1) return items.join('');
  const separator = phrases.phrase('list.separator', {});
  const last = phrases.phrase('list.lastSeparator', {});
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1) ?? ''}`;
}

/** How a letter addresses its addressees, and what its other phrases agree with. */
export interface FormsOfAddress {
  /** "Ms. and Mr. Special Rapporteurs", "Mesdames et Messieurs les Rapporteurs spéciaux". */
  readonly address: string;
  /** The addressees' gender and number, for the salutation and the complimentary close. */
  readonly scope: AgreementScope;
}

/**
 * Works out how a letter addresses its addressees, from their honorifics, genders and
 * mandates and the phrases of the draft's language:
 *
 * - `courtesy.<gender>` in the number of the addressees of that gender ("Mesdames" for two
 *   women), joined as a list;
 * - `roles.<role>` in the group's gender and number ("Rapporteuses spéciales" for women only,
 *   "Rapporteurs spéciaux" for a mixed group);
 * - put together by `letter.address` (or `letter.addressWithoutRole` when no role is known).
 *
 * Where a language gives forms by gender and someone's gender is unknown, the error names that
 * addressee's `gender` field.
 *
 * @example
 * ```ts
 * formsOfAddress(letter.addressees, ['documents', 1], frenchPhrases).address;
 * // 'Mesdames et Messieurs les Rapporteurs spéciaux'
 * ```
 */
export function formsOfAddress(
  addressees: readonly Addressee[],
  path: readonly PathSegment[],
  phrases: DraftPhrases,
): FormsOfAddress {
  const group = describeAddressees(addressees, (addressee) => phrases.roleOf(addressee));
  const agreement = addresseeAgreement(addressees);
  const unknown = agreement.unknownGender;
  const scope: AgreementScope = {
    agreement: { gender: agreement.gender, number: agreement.number },
    ...(unknown === undefined
      ? {}
      : {
          genderPath: [...path, 'addressees', unknown, 'gender'],
          genderReason: `the ${phrases.languageName} forms of address agree with the addressee's gender (female or male), which the honorific "${addressees[unknown]?.honorific ?? ''}" does not show`,
        }),
  };
  // Where a gender is unknown, the courtesy titles of both stand for it: "Madam and Sir".
  const counts = new Map(agreement.genderCounts);
  const courtesyGenders = [
    ...new Set(
      addressees.flatMap((addressee) => {
        const gender = genderOf(addressee);
        return gender === undefined ? (['female', 'male'] as const) : [gender];
      }),
    ),
  ];
  const courtesy = joinList(
    courtesyGenders.map((gender) =>
      phrases.withAgreement(
        { agreement: { number: (counts.get(gender) ?? 1) > 1 ? 'many' : 'one' } },
        () => phrases.phrase(`courtesy.${gender}`, {}),
      ),
    ),
    phrases,
  );
  const address = phrases.withAgreement(scope, () => {
    if (group.role === 'other') return phrases.phrase('letter.addressWithoutRole', { courtesy });
    const role = phrases.phrase(`roles.${group.role}`, {});
    const honorifics = joinList(group.honorifics, phrases);
    return phrases.phrase('letter.address', { honorifics, courtesy, role });
  });
  return { address, scope };
}
