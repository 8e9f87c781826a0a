import * as z from 'zod';
import { LineTextSchema } from './text-fields.js';

/**
 * Who signs a letter.
 *
 * @example
 * ```ts
 * SignatorySchema.parse({ name: 'SOKKHOEURN AN', title: 'Ambassador and Permanent Representative' });
 * ```
 */
export const SignatorySchema = z.strictObject({
  name: LineTextSchema,
  title: LineTextSchema.optional(),
});

/** Who signs a letter. */
export type Signatory = z.infer<typeof SignatorySchema>;
