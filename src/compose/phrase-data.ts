import * as z from 'zod';
import { RecipientSchema } from '../model/recipient.js';
import { SenderSchema } from '../model/sender.js';
import { phraseForm } from './agreement.js';

/**
 * The communication answered, as phrases see it: its fields, its dates written out in the
 * language (`date`, `replyBy`), the parts of its reference and the kind of communication in
 * words where the phrase file names it (`typeName`, from `communicationTypes.AL`).
 *
 * @example
 * ```ts
 * CommunicationPhraseDataSchema.parse({ reference: 'AL KHM 2/2022', date: '20 September 2022', joint: true, type: 'AL', country: 'KHM', serial: 2, year: 2022, typeName: 'allegation letter', replyBy: '19 November 2022' });
 * ```
 */
export const CommunicationPhraseDataSchema = z.strictObject({
  /** `AL KHM 2/2022`, as the draft writes it. */
  reference: z.string(),
  /** The communication's date, written out (`20 September 2022`). */
  date: z.string(),
  joint: z.boolean(),
  /** The days the communication gives for a reply, when the draft states them. */
  replyWithinDays: z.number().optional(),
  /** The kind of communication: allegation letter, urgent appeal, other letter. */
  type: z.enum(['AL', 'UA', 'OL']).optional(),
  /** The ISO 3166-1 alpha-3 code of the reference (`KHM`), or `OTH`. */
  country: z.string().optional(),
  /** The communication's number within its year (`2`). */
  serial: z.number().optional(),
  year: z.number().optional(),
  /** The kind in words, from the phrase `communicationTypes.<type>` where the language has it. */
  typeName: z.string().optional(),
  /** The date a reply is expected by, written out: 60 days after `date` unless stated. */
  replyBy: z.string(),
});

/** The communication answered, as phrases see it. */
export type CommunicationPhraseData = z.infer<typeof CommunicationPhraseDataSchema>;

/**
 * The data of the note verbale's opening and closing phrases. `sender` and `recipient` may be
 * written in a grammatical form with `{{inflect recipient "dative"}}`.
 *
 * @example
 * ```ts
 * const data: NoteVerbalePhraseData = { sender, recipient, inReplyTo: null, consideration: 'highest consideration' };
 * ```
 */
export const NoteVerbalePhraseDataSchema = z.strictObject({
  sender: SenderSchema,
  recipient: RecipientSchema,
  inReplyTo: CommunicationPhraseDataSchema.nullable(),
  /** The level of consideration, in words of the language (`highest consideration`). */
  consideration: z.string(),
});

/** The data of the note verbale's opening and closing phrases. */
export type NoteVerbalePhraseData = z.infer<typeof NoteVerbalePhraseDataSchema>;

/**
 * The data of the letter's salutation and complimentary close.
 *
 * @example
 * ```ts
 * const data: LetterPhraseData = { sender, inReplyTo: null, consideration: 'highest consideration', address: 'Ms. Special Rapporteur' };
 * ```
 */
export const LetterPhraseDataSchema = z.strictObject({
  sender: SenderSchema,
  inReplyTo: CommunicationPhraseDataSchema.nullable(),
  consideration: z.string(),
  /** How the addressees are addressed (`Ms. and Mr. Special Rapporteurs`). */
  address: z.string(),
});

/** The data of the letter's salutation and complimentary close. */
export type LetterPhraseData = z.infer<typeof LetterPhraseDataSchema>;

/**
 * The data of the `date` phrase: the parts of a date, the day and month's name already taken
 * from the phrase file's `days` and `months` where it has them (`1er`, `تشرين الثاني/نوفمبر`).
 *
 * @example
 * ```ts
 * DatePhraseDataSchema.parse({ day: '15', month: 11, year: 2022, monthName: 'November' });
 * ```
 */
export const DatePhraseDataSchema = z.strictObject({
  day: z.string(),
  month: z.number(),
  year: z.number(),
  monthName: z.string(),
});

const PlaceAndDateSchema = z.strictObject({ place: z.string(), date: z.string() });
const AddressSchema = z.strictObject({
  /** The addressees' honorifics joined (`Ms. and Mr.`). */
  honorifics: z.string(),
  /** The courtesy titles in the number of each gender, joined (`Mesdames et Messieurs`). */
  courtesy: z.string(),
  /** The role they hold, in their gender and number (`les Rapporteurs spéciaux`). */
  role: z.string(),
});
const AddressWithoutRoleSchema = z.strictObject({ courtesy: z.string() });
const NoDataSchema = z.strictObject({});

const EXACT: Readonly<Record<string, z.ZodType>> = {
  date: DatePhraseDataSchema,
  placeAndDate: PlaceAndDateSchema,
  'noteVerbale.opening': NoteVerbalePhraseDataSchema,
  'noteVerbale.closing': NoteVerbalePhraseDataSchema,
  'letter.salutation': LetterPhraseDataSchema,
  'letter.closing': LetterPhraseDataSchema,
  'letter.address': AddressSchema,
  'letter.addressWithoutRole': AddressWithoutRoleSchema,
};

// Families of phrases that chancery looks up by a computed key, all without data.
const WITHOUT_DATA =
  /^(list\.(separator|lastSeparator)|consideration\.[A-Za-z]+|courtesy\.(female|male)|enclosures\.(one|many)|roles\.[A-Za-z]+|days\.\d+|months\.\d+|articles\.[A-Za-z]+\.[^.]+|communicationTypes\.[A-Z]+)$/;

// Phrases read as they are written, never rendered: a luxon pattern, a direction, patterns.
const NOT_TEMPLATES = /^(dateFormat|direction|titles\.[A-Za-z]+)$/;

// Phrases a language may leave out: chancery then does without (luxon's month names, the
// left-to-right direction, the English title patterns) or the language has no such thing
// (articles).
const OPTIONAL =
  /^(dateFormat|direction|days\.\d+|months\.\d+|titles\.[A-Za-z]+|articles\..+|communicationTypes\.[A-Z]+)$/;

// The keys a form of a phrase is looked up under: itself, without its number, without its gender.
function formBases(key: string): string[] {
  const { base, gender } = phraseForm(key);
  return [...new Set([key, ...(gender === undefined ? [] : [`${base}.${gender}`]), base])];
}

/**
 * The schema of the data chancery itself renders a phrase with, for the phrases it looks up while
 * composing (`noteVerbale.opening`, `placeAndDate`, and their forms by gender and number such as
 * `noteVerbale.opening.feminine`); `undefined` for a phrase that only templates call, whose data
 * is that of the template calling it.
 *
 * @example
 * ```ts
 * builtinPhraseData('placeAndDate'); // z.strictObject({ place, date })
 * builtinPhraseData('roles.specialRapporteur.female.many'); // z.strictObject({})
 * ```
 */
export function builtinPhraseData(key: string): z.ZodType | undefined {
  for (const candidate of formBases(key)) {
    if (Object.hasOwn(EXACT, candidate)) return EXACT[candidate];
    if (WITHOUT_DATA.test(candidate)) return NoDataSchema;
  }
  return undefined;
}

/**
 * Whether a phrase is a handlebars template. `dateFormat` (a luxon pattern), `direction` and the
 * `titles.*` patterns are read as they are written.
 *
 * @example
 * ```ts
 * phraseIsTemplate('titles.specialRapporteur'); // false
 * ```
 */
export function phraseIsTemplate(key: string): boolean {
  return !NOT_TEMPLATES.test(key);
}

/**
 * Whether a language may leave a phrase out that another language of the format has: month and
 * day names, articles, title patterns, the kinds of communication, the direction.
 *
 * @example
 * ```ts
 * phraseIsOptional('articles.dative.le'); // true
 * phraseIsOptional('noteVerbale.opening'); // false
 * ```
 */
export function phraseIsOptional(key: string): boolean {
  return OPTIONAL.test(key);
}

/**
 * The phrases that stand in for a phrase in a language that lacks it: a date is written from
 * `date`, or else from the luxon pattern `dateFormat`.
 *
 * @example
 * ```ts
 * phraseAlternatives('date'); // ['dateFormat']
 * ```
 */
export function phraseAlternatives(key: string): readonly string[] {
  return key === 'date' ? ['dateFormat'] : [];
}

/**
 * What is wrong with a phrase read as it is written (see {@link phraseIsTemplate}), or
 * `undefined`: a direction must be `ltr` or `rtl`, a title pattern a regular expression.
 *
 * @example
 * ```ts
 * sourcePhraseProblem('direction', 'down'); // 'direction must be ltr or rtl, not "down"'
 * ```
 */
export function sourcePhraseProblem(key: string, source: string): string | undefined {
  if (key === 'direction') {
    const direction = source.trim();
    return direction === 'ltr' || direction === 'rtl'
      ? undefined
      : `direction must be ltr or rtl, not "${direction}"`;
  }
  if (key.startsWith('titles.')) {
    try {
      new RegExp(`^(?:${source})`, 'iu');
    } catch (error) {
      return `a title pattern must be a regular expression: ${(error as Error).message}`;
    }
  }
  return undefined;
}
