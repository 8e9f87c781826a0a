import * as z from 'zod';
import { ConsiderationSchema } from './consideration.js';
import { IsoDateSchema } from './iso-date.js';
import { RecipientSchema } from './recipient.js';
import { LineTextSchema, MarkdownTextSchema } from './text-fields.js';

/**
 * A note verbale: a third-person note from the mission to an institution.
 *
 * `honourTo` completes the opening sentence after "... has the honour to"; `body` holds the
 * paragraphs that follow it. `opening`, `closing`, `consideration` and `place` override what
 * the format would derive.
 *
 * @example
 * ```ts
 * NoteVerbaleSchema.parse({
 *   type: 'note-verbale',
 *   number: '2022/11/657',
 *   date: '2022-11-15',
 *   recipient: { name: 'Office of the High Commissioner for Human Rights', city: 'Geneva' },
 *   honourTo: 'transmit herewith its reply.',
 * });
 * ```
 */
export const NoteVerbaleSchema = z.strictObject({
  type: z.literal('note-verbale'),
  /** The mission's reference number for this note. */
  number: LineTextSchema,
  date: IsoDateSchema,
  recipient: RecipientSchema,
  /** Markdown that completes "... has the honour to". */
  honourTo: MarkdownTextSchema.optional(),
  /** Markdown paragraphs after the opening sentence. */
  body: MarkdownTextSchema.optional(),
  /** The whole opening, up to and including "has the honour to", in place of the derived one. */
  opening: LineTextSchema.optional(),
  /** The closing formula in place of the derived one. */
  closing: LineTextSchema.optional(),
  consideration: ConsiderationSchema.optional(),
  enclosures: z.array(LineTextSchema).optional(),
  place: LineTextSchema.optional(),
  /** The drafter's initials (`SA/vk`), printed under the note by formats that place them. */
  initials: LineTextSchema.optional(),
});

/** A note verbale. */
export type NoteVerbale = z.infer<typeof NoteVerbaleSchema>;
