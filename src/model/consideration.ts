import * as z from 'zod';

/**
 * The level of consideration in the closing formula, highest first. Replies to the Special
 * Procedures and to the Office of the High Commissioner use `highest`.
 *
 * @example
 * ```ts
 * ConsiderationSchema.parse('high');
 * ```
 */
export const ConsiderationSchema = z.enum(['highest', 'high', 'distinguished']);

/** The level of consideration in the closing formula. */
export type Consideration = z.infer<typeof ConsiderationSchema>;
