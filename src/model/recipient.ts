import * as z from 'zod';
import { NameGrammarFields } from './name-grammar.js';
import { LineTextSchema } from './text-fields.js';

/**
 * The institution a note verbale is addressed to. `article`, `gender` and `forms` give what the
 * formulas of some languages need around its name (see {@link NameGrammarFields}).
 *
 * @example
 * ```ts
 * RecipientSchema.parse({ name: 'Office of the High Commissioner for Human Rights', city: 'Geneva' });
 * ```
 */
export const RecipientSchema = z.strictObject({
  name: LineTextSchema,
  city: LineTextSchema.optional(),
  ...NameGrammarFields,
});

/** The institution a note verbale is addressed to. */
export type Recipient = z.infer<typeof RecipientSchema>;
