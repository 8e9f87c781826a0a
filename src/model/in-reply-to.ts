import { z } from 'zod';
import { IsoDateSchema } from './iso-date.js';
import { LineTextSchema } from './text-fields.js';

/**
 * The communication being answered.
 *
 * @example
 * ```ts
 * InReplyToSchema.parse({ reference: 'AL KHM 2/2022', date: '2022-09-20', joint: true });
 * ```
 */
export const InReplyToSchema = z.strictObject({
  /** The communication's reference, such as `AL KHM 2/2022`. */
  reference: LineTextSchema,
  /** The date the communication bears. */
  date: IsoDateSchema,
  /** Whether several mandate holders sent it together (a "Joint Communication"). */
  joint: z.boolean().default(false),
});

/** The communication being answered. */
export type InReplyTo = z.infer<typeof InReplyToSchema>;
