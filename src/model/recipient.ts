import { z } from 'zod';
import { LineTextSchema } from './text-fields.js';

/**
 * The institution a note verbale is addressed to.
 *
 * @example
 * ```ts
 * RecipientSchema.parse({ name: 'Office of the High Commissioner for Human Rights', city: 'Geneva' });
 * ```
 */
export const RecipientSchema = z.strictObject({
  name: LineTextSchema,
  city: LineTextSchema.optional(),
});

/** The institution a note verbale is addressed to. */
export type Recipient = z.infer<typeof RecipientSchema>;
