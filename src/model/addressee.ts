import { z } from 'zod';
import { MandateRoleSchema } from './mandate-role.js';
import { LineTextSchema } from './text-fields.js';

/**
 * A grammatical gender, stated where the honorific does not show it (`Dr.`, `Prof.`).
 *
 * @example
 * ```ts
 * GenderSchema.parse('female');
 * ```
 */
export const GenderSchema = z.enum(['female', 'male']);

/** A grammatical gender. */
export type Gender = z.infer<typeof GenderSchema>;

/**
 * A person a letter is addressed to: a mandate holder, with the full title of the mandate.
 * `gender` states what the honorific does not show (`Dr.`); `role` states the kind of mandate
 * where the title does not show it in a way the format recognises.
 *
 * @example
 * ```ts
 * AddresseeSchema.parse({
 *   honorific: 'Ms.',
 *   name: 'Siobhan Mullally',
 *   title: 'Special Rapporteur on trafficking in persons, especially women and children',
 * });
 * ```
 */
export const AddresseeSchema = z.strictObject({
  honorific: LineTextSchema,
  name: LineTextSchema,
  title: LineTextSchema,
  gender: GenderSchema.optional(),
  role: MandateRoleSchema.optional(),
});

/** A person a letter is addressed to. */
export type Addressee = z.infer<typeof AddresseeSchema>;
