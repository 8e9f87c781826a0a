import type { Addressee, Gender } from './addressee.js';
import type { MandateRole } from './mandate-role.js';

export type { MandateRole } from './mandate-role.js';

const ROLE_PATTERNS: readonly (readonly [RegExp, MandateRole])[] = [
  [/^Special Rapporteur\b/i, 'specialRapporteur'],
  [/^Independent Expert\b/i, 'independentExpert'],
  [
    /^Chair(?:-|\s)?(?:person-)?Rapporteur\b|^Chair(?:person)? of the Working Group\b/i,
    'chairRapporteur',
  ],
  [/^(?:Vice-Chair|Member)s? of the Working Group\b/i, 'workingGroupMember'],
];

/**
 * Reads the kind of mandate from its title in English, the language of the mandates' official
 * titles.
 *
 * @example
 * ```ts
 * mandateRoleOf('Special Rapporteur on the right to food'); // 'specialRapporteur'
 * mandateRoleOf('Chair-Rapporteur of the Working Group on Arbitrary Detention'); // 'chairRapporteur'
 * ```
 */
export function mandateRoleOf(title: string): MandateRole {
  for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(title)) return role;
  return 'other';
}

// The honorifics of the six UN languages that show a gender. Built from strings, which a
// bundler writes in ASCII escapes, so that the bundled code stays one-byte text.
function honorifics(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})\\.?$`, 'iu');
}
const FEMALE_HONORIFICS = honorifics([
  'Ms',
  'Mrs',
  'Miss',
  'Madam',
  'Madame',
  'Mme',
  'Mlle',
  'Sra',
  'Srta',
  'Señora',
  'Dame',
  'Lady',
  'г-жа',
  'госпожа',
  'السيدة',
  '女士',
]);
const MALE_HONORIFICS = honorifics([
  'Mr',
  'Sir',
  'Monsieur',
  'M',
  'Sr',
  'Señor',
  'Lord',
  'г-н',
  'господин',
  'السيد',
  '先生',
]);

/**
 * The gender an honorific shows (`Ms.`, `Madam`, `Mme` are female; `Mr.`, `Sir`, `M.` male), or
 * `undefined` for one that shows none (`Dr.`, `Excellency`).
 *
 * @example
 * ```ts
 * genderOfHonorific('Ms.'); // 'female'
 * genderOfHonorific('Dr.'); // undefined
 * ```
 */
export function genderOfHonorific(honorific: string): Gender | undefined {
  if (FEMALE_HONORIFICS.test(honorific)) return 'female';
  if (MALE_HONORIFICS.test(honorific)) return 'male';
  return undefined;
}

/**
 * The addressee's gender: stated, or shown by the honorific (`Ms.`, `Mr.`); `undefined` when
 * neither tells (`Dr.` with no gender given).
 *
 * @example
 * ```ts
 * genderOf({ honorific: 'Ms.', name: 'Siobhan Mullally', title: '...' }); // 'female'
 * ```
 */
export function genderOf(addressee: Addressee): Gender | undefined {
  return addressee.gender ?? genderOfHonorific(addressee.honorific);
}

/**
 * What a salutation needs to know about a group of addressees.
 */
export interface AddresseeGroup {
  /** The distinct honorifics, in the order they first appear: `['Ms.', 'Mr.']`. */
  readonly honorifics: readonly string[];
  /** The distinct genders, in the order they first appear; `undefined` where unknown. */
  readonly genders: readonly (Gender | undefined)[];
  /** The role most of the addressees hold; on a tie, the one named first. */
  readonly role: MandateRole;
  /** Whether there is more than one addressee. */
  readonly plural: boolean;
}

/**
 * The addressee's kind of mandate: stated in `role`, or else read from the title in English.
 *
 * @example
 * ```ts
 * roleOf({ honorific: 'Ms.', name: 'A', title: 'Special Rapporteur on the right to food' }); // 'specialRapporteur'
 * ```
 */
export function roleOf(addressee: Addressee): MandateRole {
  return addressee.role ?? mandateRoleOf(addressee.title);
}

/**
 * Describes a group of addressees for the salutation and complimentary close. Five mandate
 * holders, four Special Rapporteurs and a Working Group's Chair-Rapporteur, are addressed
 * together as "Special Rapporteurs". `readRole` reads each addressee's kind of mandate; a
 * composer passes one that also knows titles in the draft's language.
 *
 * @example
 * ```ts
 * describeAddressees(seed.addressees); // { honorifics: ['Ms.', 'Mr.'], role: 'specialRapporteur', plural: true, ... }
 * ```
 */
export function describeAddressees(
  addressees: readonly Addressee[],
  readRole: (addressee: Addressee) => MandateRole = roleOf,
): AddresseeGroup {
  const honorifics = [...new Set(addressees.map((addressee) => addressee.honorific))];
  const genders = [...new Set(addressees.map(genderOf))];
  const counts = new Map<MandateRole, number>();
  for (const addressee of addressees) {
    const role = readRole(addressee);
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  let role: MandateRole = 'other';
  let best = 0;
  for (const [candidate, count] of counts) {
    if (count > best) {
      role = candidate;
      best = count;
    }
  }
  return { honorifics, genders, role, plural: addressees.length > 1 };
}
