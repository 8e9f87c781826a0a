import * as z from 'zod';
import { ResolvedPlacementSchema } from '../format/placement.js';
import { GenderSchema } from '../model/addressee.js';
import type { DocumentKind } from '../model/draft.js';
import { LetterSchema } from '../model/letter.js';
import { MandateRoleSchema } from '../model/mandate-role.js';
import { NoteVerbaleSchema } from '../model/note-verbale.js';
import { SenderSchema } from '../model/sender.js';
export { isDocumentKind, SLOT_NAMES } from './slot-names.js';

/**
 * An addressee as templates see it: the draft's fields once validated, with the `title` always
 * written (the mandate's title when the draft gives only `mandate: trafficking`).
 *
 * @example
 * ```ts
 * AddresseeDataSchema.parse({ honorific: 'Ms.', name: 'Siobhan Mullally', title: 'Special Rapporteur on trafficking in persons, especially women and children', mandate: 'trafficking' });
 * ```
 */
export const AddresseeDataSchema = z.strictObject({
  honorific: z.string(),
  name: z.string(),
  /** The mandate's full title, as given or derived from `mandate`. */
  title: z.string(),
  /** The mandate's shorthand, when the draft gives it (`trafficking`). */
  mandate: z.string().optional(),
  /** The gender the draft states, where the honorific does not show it. */
  gender: GenderSchema.optional(),
  /** The kind of mandate the draft states, where the title does not show it. */
  role: MandateRoleSchema.optional(),
});

/**
 * The communication answered, as a layout sees it: the draft's fields once validated, `joint`
 * always known (from the reference when the draft does not say) and the date as ISO.
 *
 * @example
 * ```ts
 * InReplyToDataSchema.parse({ reference: 'AL KHM 2/2022', date: '2022-09-20', joint: true });
 * ```
 */
export const InReplyToDataSchema = z.strictObject({
  reference: z.string(),
  /** The communication's date, `YYYY-MM-DD`. */
  date: z.string(),
  joint: z.boolean(),
  /** The days the communication gives for a reply, when the draft states them. */
  replyWithinDays: z.number().optional(),
});

// The letter as templates see it: its addressees validated (the model's schema transforms them).
const LetterDataSchema = LetterSchema.extend({ addressees: z.array(AddresseeDataSchema) });

/**
 * The formulas a layout places (`formulas.*`): derived from the draft, or taken from its
 * overrides.
 *
 * @example
 * ```ts
 * FormulasSchema.parse({ closing: 'Please accept ...', placeAndDate: 'Geneva, 15 November 2022', place: 'Geneva', date: '15 November 2022' });
 * ```
 */
export const FormulasSchema = z.strictObject({
  /** The note verbale's opening, up to "has the honour to". */
  opening: z.string().optional(),
  /** The note verbale's closing formula, or the letter's complimentary close. */
  closing: z.string(),
  /** The letter's salutation. */
  salutation: z.string().optional(),
  /** The place and the date, as the language writes them together (`Geneva, 15 November 2022`). */
  placeAndDate: z.string(),
  /** The place alone. */
  place: z.string(),
  /** The date alone, written out (`15 November 2022`). */
  date: z.string(),
  /** The label over the list of enclosures, when there are any. */
  enclosures: z.string().optional(),
});

/** The formulas a layout places. */
export type Formulas = z.infer<typeof FormulasSchema>;

function layoutContextSchema<Document extends z.ZodType>(document: Document) {
  return z.strictObject({
    /** The draft's language tag. */
    language: z.string(),
    /** The name of the format rendering it. */
    format: z.string(),
    /** Who writes, as the draft gives it, with the grammar of its name (`article`, `gender`, `forms`). */
    sender: SenderSchema,
    inReplyTo: InReplyToDataSchema.nullable(),
    /** This document, as the draft gives it. */
    document,
    /** Its place among the draft's documents, from 0. */
    index: z.number(),
    formulas: FormulasSchema,
    /** Where the format places things. */
    placement: ResolvedPlacementSchema,
    /** The letterhead's image: the draft's `sender.emblem`, else the format's `emblem`, else null. */
    emblem: z.string().nullable(),
  });
}

/**
 * The data each layout sees, by document kind; a partial sees the data of the layout (or block)
 * it stands in.
 *
 * @example
 * ```ts
 * LAYOUT_CONTEXTS.letter.shape.document.shape.addressees; // the addressees as templates see them
 * ```
 */
export const LAYOUT_CONTEXTS = {
  'note-verbale': layoutContextSchema(NoteVerbaleSchema),
  letter: layoutContextSchema(LetterDataSchema),
} as const satisfies Record<DocumentKind, z.ZodType>;

/**
 * The data of a layout for any document kind (a layout for a kind the input format does not
 * know is checked against it).
 *
 * @example
 * ```ts
 * const context: LayoutContext = ANY_LAYOUT_CONTEXT.parse(data);
 * ```
 */
export const ANY_LAYOUT_CONTEXT = layoutContextSchema(
  z.discriminatedUnion('type', [NoteVerbaleSchema, LetterDataSchema]),
);

/** The data a layout sees. */
export type LayoutContext = z.infer<typeof ANY_LAYOUT_CONTEXT>;
