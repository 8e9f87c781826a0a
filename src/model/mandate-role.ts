import * as z from 'zod';

/**
 * The kind of mandate an addressee holds. The salutation names it ("Special Rapporteurs",
 * "Rapporteuses spéciales"); `other` means none of these, and the salutation falls back to
 * "Madam", "Sir" and their equivalents.
 *
 * @example
 * ```ts
 * MandateRoleSchema.parse('specialRapporteur');
 * ```
 */
export const MandateRoleSchema = z.enum([
  'specialRapporteur',
  'independentExpert',
  'chairRapporteur',
  'workingGroupMember',
  'other',
]);

/** The kind of mandate an addressee holds. */
export type MandateRole = z.infer<typeof MandateRoleSchema>;
