import { z } from 'zod';
import { InReplyToSchema } from '../model/in-reply-to.js';
import { RecipientSchema } from '../model/recipient.js';
import { SenderSchema } from '../model/sender.js';

/** The communication answered, as phrases see it: its date already written out. */
const RepliedToSchema = InReplyToSchema.extend({ date: z.string() }).nullable();

/**
 * The data of the note verbale's opening and closing phrases.
 *
 * @example
 * ```ts
 * const data: NoteVerbalePhraseData = { sender, recipient, inReplyTo: null, consideration: 'highest' };
 * ```
 */
export const NoteVerbalePhraseDataSchema = z.strictObject({
  sender: SenderSchema,
  recipient: RecipientSchema,
  inReplyTo: RepliedToSchema,
  /** The level of consideration, in words of the language (`highest`). */
  consideration: z.string(),
});

/** The data of the note verbale's opening and closing phrases. */
export type NoteVerbalePhraseData = z.infer<typeof NoteVerbalePhraseDataSchema>;

/**
 * The data of the letter's salutation and complimentary close.
 *
 * @example
 * ```ts
 * const data: LetterPhraseData = { sender, inReplyTo: null, consideration: 'highest', address: 'Ms. Special Rapporteur' };
 * ```
 */
export const LetterPhraseDataSchema = z.strictObject({
  sender: SenderSchema,
  inReplyTo: RepliedToSchema,
  consideration: z.string(),
  /** How the addressees are addressed (`Ms. and Mr. Special Rapporteurs`). */
  address: z.string(),
});

/** The data of the letter's salutation and complimentary close. */
export type LetterPhraseData = z.infer<typeof LetterPhraseDataSchema>;

const PlaceAndDateSchema = z.strictObject({ place: z.string(), date: z.string() });
const AddressSchema = z.strictObject({ honorifics: z.string(), role: z.string() });
const AddressWithoutRoleSchema = z.strictObject({ courtesy: z.string() });
const NoDataSchema = z.strictObject({});

const EXACT: Readonly<Record<string, z.ZodType>> = {
  dateFormat: NoDataSchema,
  placeAndDate: PlaceAndDateSchema,
  'noteVerbale.opening': NoteVerbalePhraseDataSchema,
  'noteVerbale.closing': NoteVerbalePhraseDataSchema,
  'letter.salutation': LetterPhraseDataSchema,
  'letter.closing': LetterPhraseDataSchema,
  'letter.address': AddressSchema,
  'letter.addressWithoutRole': AddressWithoutRoleSchema,
};

// Families of phrases that chancery looks up by a computed key, all without data.
const WITHOUT_DATA = /^(list|consideration|courtesy|enclosures|roles\.[A-Za-z]+)\.[A-Za-z]+$/;

/**
 * The schema of the data chancery itself renders a phrase with, for the phrases it looks up while
 * composing (`noteVerbale.opening`, `placeAndDate` ...); `undefined` for a phrase that only
 * templates call, whose data is that of the template calling it.
 *
 * @example
 * ```ts
 * builtinPhraseData('placeAndDate'); // z.strictObject({ place, date })
 * ```
 */
export function builtinPhraseData(key: string): z.ZodType | undefined {
  if (Object.hasOwn(EXACT, key)) return EXACT[key];
  return WITHOUT_DATA.test(key) ? NoDataSchema : undefined;
}
