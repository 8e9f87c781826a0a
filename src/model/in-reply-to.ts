import * as z from 'zod';
import { parseCommunicationReference } from './communication-reference.js';
import { IsoDateSchema } from './iso-date.js';
import { LineTextSchema } from './text-fields.js';

/**
 * A Special Procedures communication reference in its written form (`AL KHM 2/2022`); a
 * malformed one is refused with the form it should take. Whether the country code names a
 * State is a finding of `chancery check` (rule `reference_country`), not a reason to refuse.
 *
 * @example
 * ```ts
 * CommunicationReferenceTextSchema.parse('UA CHN 5/2023');
 * CommunicationReferenceTextSchema.safeParse('al khm 2/2022').success; // false
 * ```
 */
export const CommunicationReferenceTextSchema = LineTextSchema.check((context) => {
  const reading = parseCommunicationReference(context.value);
  if (!reading.ok) {
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: reading.message,
      params: { code: 'invalid_reference' },
    });
  }
});

/**
 * The communication being answered. `joint` defaults to what the reference says (`JAL ...` is
 * joint); `replyWithinDays` is the delay the communication gives for a reply, 60 days unless
 * stated.
 *
 * @example
 * ```ts
 * InReplyToSchema.parse({ reference: 'AL KHM 2/2022', date: '2022-09-20', joint: true });
 * ```
 */
export const InReplyToSchema = z
  .strictObject({
    /** The communication's reference, such as `AL KHM 2/2022`. */
    reference: CommunicationReferenceTextSchema,
    /** The date the communication bears. */
    date: IsoDateSchema,
    /** Whether several mandate holders sent it together (a "Joint Communication"). */
    joint: z.boolean().optional(),
    /** The days the communication gives for a reply; 60 when not given. */
    replyWithinDays: z.number().int().min(1).max(366).optional(),
  })
  .check((context) => {
    const reading = parseCommunicationReference(context.value.reference);
    if (reading.ok && reading.value.joint && context.value.joint === false) {
      context.issues.push({
        code: 'custom',
        input: context.value.joint,
        message: `the reference ${context.value.reference} is that of a joint communication, but joint is false`,
        path: ['joint'],
        params: { code: 'invalid_reference' },
      });
    }
  })
  .transform(({ joint, ...rest }) => {
    const reading = parseCommunicationReference(rest.reference);
    return { ...rest, joint: joint ?? (reading.ok && reading.value.joint) };
  });

/** The communication being answered. */
export type InReplyTo = z.infer<typeof InReplyToSchema>;
