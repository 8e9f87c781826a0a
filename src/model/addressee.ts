import { closest, distance } from 'fastest-levenshtein';
import * as z from 'zod';
import { MandateRoleSchema } from './mandate-role.js';
import { findMandate, holderTitle, mandateCatalogue } from './mandates.js';
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
 * The shorthand of a Special Procedures mandate that chancery knows (`trafficking`,
 * `cambodia`, `business`); an unknown one is refused with the nearest known shorthand.
 *
 * @example
 * ```ts
 * MandateKeySchema.parse('trafficking');
 * ```
 */
export const MandateKeySchema = LineTextSchema.check((context) => {
  if (findMandate(context.value) !== undefined) return;
  const keys = mandateCatalogue().mandates.map((mandate) => mandate.key);
  const nearest = closest(context.value, keys);
  const hint =
    distance(context.value, nearest) <= 3
      ? `; did you mean "${nearest}"?`
      : ` (known: ${keys.join(', ')})`;
  context.issues.push({
    code: 'custom',
    input: context.value,
    message: `unknown mandate "${context.value}"${hint}`,
    params: { code: 'unknown_mandate' },
  });
});

/**
 * A person a letter is addressed to: a mandate holder, with the full title of the mandate.
 * Instead of the title a drafter may give the mandate's shorthand (`mandate: trafficking`); the
 * title is then the mandate's (for a working group, its Chair-Rapporteur's). When both are
 * given, the title is written as given and `chancery check` compares it with the mandate's.
 * `gender` states what the honorific does not show (`Dr.`); `role` states the kind of mandate
 * where the title does not show it in a way the format recognises.
 *
 * @example
 * ```ts
 * AddresseeSchema.parse({ honorific: 'Ms.', name: 'Siobhan Mullally', mandate: 'trafficking' }).title;
 * // 'Special Rapporteur on trafficking in persons, especially women and children'
 * ```
 */
export const AddresseeSchema = z
  .strictObject({
    honorific: LineTextSchema,
    name: LineTextSchema,
    title: LineTextSchema.optional(),
    mandate: MandateKeySchema.optional(),
    gender: GenderSchema.optional(),
    role: MandateRoleSchema.optional(),
  })
  .check((context) => {
    if (context.value.title === undefined && context.value.mandate === undefined) {
      context.issues.push({
        code: 'custom',
        input: undefined,
        message: 'is required, unless a mandate is given (such as mandate: trafficking)',
        path: ['title'],
      });
    }
  })
  .transform(({ title, mandate, ...rest }) => {
    const known = mandate === undefined ? undefined : findMandate(mandate);
    return {
      ...rest,
      title: title ?? (known === undefined ? '' : holderTitle(known)),
      ...(mandate === undefined ? {} : { mandate }),
    };
  });

/** A person a letter is addressed to. */
export type Addressee = z.infer<typeof AddresseeSchema>;
