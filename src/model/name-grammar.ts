import * as z from 'zod';
import { LineTextSchema } from './text-fields.js';

/**
 * The grammatical gender of an institution's name, for languages whose formulas agree with it:
 * Arabic verbs agree with the mission that writes (`تهدي البعثة`, feminine; `يهدي الوفد`,
 * masculine).
 *
 * @example
 * ```ts
 * GrammaticalGenderSchema.parse('feminine');
 * ```
 */
export const GrammaticalGenderSchema = z.enum(['feminine', 'masculine', 'neuter']);

/** The grammatical gender of an institution's name. */
export type GrammaticalGender = z.infer<typeof GrammaticalGenderSchema>;

/**
 * The name of a grammatical form, such as `dative` or `genitive`.
 *
 * @example
 * ```ts
 * FormNameSchema.parse('dative');
 * ```
 */
export const FormNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z]*$/, { error: 'a form is named in letters, such as dative' });

/**
 * What the formulas of some languages need to know about an institution's name, beyond the name
 * itself. All optional: a language that needs one of them and does not find it says which field
 * to give, rather than guess.
 *
 * - `article`: the definite article the name takes in French (`le`, `la`, `l'`, `les`) or Spanish
 *   (`el`, `la`, `los`, `las`); the formulas contract it with their prepositions ("au
 *   Haut-Commissariat", "a la Oficina", never "à le" or "a el").
 * - `gender`: the name's grammatical gender, where the formulas agree with it (Arabic).
 * - `forms`: the name inflected, by form: `dative` in Russian ("Управлению Верховного комиссара
 *   ..."), and in Arabic with the preposition لـ joined to it ("للمفوضية السامية ...").
 *
 * @example
 * ```ts
 * z.strictObject(NameGrammarFields).parse({ article: 'le' });
 * ```
 */
export const NameGrammarFields = {
  /** The definite article the name takes (`le`, `la`, `l'`, `les`; `el`, `la`, `los`, `las`). */
  article: LineTextSchema.optional(),
  /** The name's grammatical gender, where the formulas agree with it. */
  gender: GrammaticalGenderSchema.optional(),
  /** The name inflected, by the name of the form (`dative`). */
  forms: z.record(FormNameSchema, LineTextSchema).optional(),
};
