import * as z from 'zod';
import { AddresseeSchema } from './addressee.js';
import { ConsiderationSchema } from './consideration.js';
import { IsoDateSchema } from './iso-date.js';
import { SignatorySchema } from './signatory.js';
import { LineTextSchema, MarkdownTextSchema } from './text-fields.js';

/**
 * A first-person letter, such as the Ambassador's cover letter to the mandate holders.
 *
 * `salutation` and `closing` (the complimentary close) override what the format derives from the
 * addressees.
 *
 * @example
 * ```ts
 * LetterSchema.parse({
 *   type: 'letter',
 *   date: '2022-11-15',
 *   addressees: [{ honorific: 'Mr.', name: 'Tomoya Obokata', title: 'Special Rapporteur on contemporary forms of slavery, including its causes and consequences' }],
 *   body: 'I would like to refer to your communication.',
 *   signatory: { name: 'SOKKHOEURN AN', title: 'Ambassador and Permanent Representative' },
 * });
 * ```
 */
export const LetterSchema = z.strictObject({
  type: z.literal('letter'),
  date: IsoDateSchema,
  addressees: z.array(AddresseeSchema).min(1, { error: 'a letter needs at least one addressee' }),
  /** Markdown; `## Heading` starts a numbered section. */
  body: MarkdownTextSchema,
  signatory: SignatorySchema.optional(),
  salutation: LineTextSchema.optional(),
  /** The complimentary close in place of the derived one. */
  closing: LineTextSchema.optional(),
  consideration: ConsiderationSchema.optional(),
  enclosures: z.array(LineTextSchema).optional(),
  place: LineTextSchema.optional(),
});

/** A first-person letter. */
export type Letter = z.infer<typeof LetterSchema>;
