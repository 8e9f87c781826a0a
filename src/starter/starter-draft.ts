import * as z from 'zod';
import stateNamesData from '../data/un-state-names.json' with { type: 'json' };
import { chanceryError } from '../errors/chancery-error.js';
import { MandateKeySchema } from '../model/addressee.js';
import { parseCommunicationReference } from '../model/communication-reference.js';
import { countryByAlpha3, NON_STATE_ACTOR_CODE } from '../model/countries.js';
import { IsoDateSchema } from '../model/iso-date.js';
import { findMandate, holderTitle, type Mandate } from '../model/mandates.js';
import { DEFAULT_REPLY_DAYS, replyDeadline } from '../model/reply-deadline.js';
import { formatIsoDate } from '../compose/format-date.js';
import { stringify } from 'yaml';

/** What a starter draft is made from. */
export interface StarterOptions {
  /** The reference of the communication answered: `AL KHM 2/2022`. */
  readonly reference: string;
  /** The communication's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The date the reply will bear, `YYYY-MM-DD` (the day it is drafted, say). */
  readonly replyDate: string;
  /** Shorthands of the mandates that sent the communication: `['trafficking', 'cambodia']`. */
  readonly mandates?: readonly string[];
  /** The draft's language; English (`en`, `en-US`) gets the names written in. */
  readonly language?: string;
}

const StateNamesSchema = z.strictObject({
  description: z.string(),
  names: z.record(z.string(), z.strictObject({ name: z.string(), longName: z.string() })),
});

const unStateNames = StateNamesSchema.parse(stateNamesData).names;

// Long forms such as "Republic of ..." and a few plain names take "the" after "Mission of".
const TAKES_THE =
  /^(United|Republic|Kingdom|State|Federal|Federated|Democratic|Islamic|Plurinational|Bolivarian|Russian|Syrian|Lao|Czech Republic|Holy See|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Congo|Sudan|Niger|Central African|Dominican|Solomon|Marshall|Principality|Grand Duchy|Sultanate|Commonwealth|Union|Socialist|Swiss|French|Hashemite|Oriental|Argentine|Co-operative|Independent|Plurinational)\b/;

function withArticle(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

const TRANSLATION_CODES: Readonly<Record<string, string>> = {
  fr: 'fra',
  es: 'spa',
  ru: 'rus',
  ar: 'ara',
  zh: 'zho',
};

/** A YAML scalar for a value, quoted only when YAML needs it. */
function scalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function stateNames(
  alpha3: string,
  language: string,
): { name: string; longName: string; english: boolean } | undefined {
  const country = countryByAlpha3(alpha3);
  if (country === undefined) return undefined;
  const base = language.split('-')[0] ?? language;
  if (base === 'en') {
    const un = unStateNames[alpha3];
    return {
      name: un?.name ?? country.name,
      longName: un?.longName ?? country.longName,
      english: true,
    };
  }
  const code = TRANSLATION_CODES[base];
  const translated = code === undefined ? undefined : country.translations[code];
  if (translated === undefined) return undefined;
  return { ...translated, english: false };
}

function addresseeLines(mandates: readonly Mandate[]): string[] {
  if (mandates.length === 0) {
    return [
      '      - honorific: TODO # Ms. or Mr.',
      '        name: TODO',
      '        title: TODO # the full title of the mandate, or mandate: <shorthand> instead',
    ];
  }
  return mandates.flatMap((mandate) => [
    '      - honorific: TODO # Ms. or Mr.',
    '        name: TODO',
    `        mandate: ${scalar(mandate.key)} # ${holderTitle(mandate)}`,
  ]);
}

/**
 * Writes a starter draft (YAML, with comments) for the reply to a communication: the State's
 * name and long form, the communication and the date a reply is expected, a note verbale to the
 * Office of the High Commissioner and the Ambassador's letter to the mandates named by
 * shorthand. What only the drafter knows is left as `TODO`, which `chancery check` reports until
 * it is filled in; the draft renders as soon as it is written, so filling in the texts is enough
 * to get a document.
 *
 * @example
 * ```ts
 * const yaml = starterDraftYaml({ reference: 'AL KHM 2/2022', date: '2022-09-20', replyDate: '2022-11-15', mandates: ['trafficking', 'cambodia'] });
 * ```
 */
export function starterDraftYaml(options: StarterOptions): string {
  const reading = parseCommunicationReference(options.reference);
  if (!reading.ok) {
    throw chanceryError({
      code: 'invalid_reference',
      message: reading.message,
      path: ['reference'],
    });
  }
  for (const [field, value] of [
    ['date', options.date],
    ['replyDate', options.replyDate],
  ] as const) {
    const checked = IsoDateSchema.safeParse(value);
    if (!checked.success) {
      throw chanceryError({
        code: 'invalid_date',
        message: checked.error.issues[0]?.message ?? `${value} is not a date`,
        path: [field],
      });
    }
  }
  const mandates = (options.mandates ?? []).map((key) => {
    const mandate = findMandate(key);
    if (mandate === undefined) {
      const checked = MandateKeySchema.safeParse(key);
      throw chanceryError({
        code: 'unknown_mandate',
        message: checked.error?.issues[0]?.message ?? `unknown mandate "${key}"`,
        path: ['mandates'],
      });
    }
    return mandate;
  });
  const reference = reading.value;
  const language = options.language ?? 'en';
  const nonState = reference.country === NON_STATE_ACTOR_CODE;
  const names = nonState ? undefined : stateNames(reference.country, language);
  if (!nonState && countryByAlpha3(reference.country) === undefined) {
    throw chanceryError({
      code: 'reference_country',
      message: `"${reference.country}" is not an ISO 3166-1 alpha-3 country code, nor ${NON_STATE_ACTOR_CODE}`,
      path: ['reference'],
    });
  }
  const joint = reference.joint || mandates.length > 1;
  const deadline = replyDeadline({ date: options.date });
  const readable = (isoDate: string): string => formatIsoDate(isoDate, 'en', 'd MMMM yyyy');
  const english = names?.english === true;

  const lines = [
    `# Reply to the ${joint ? 'joint ' : ''}communication ${options.reference} of ${readable(options.date)}${names === undefined ? '' : ` (${names.name})`}.`,
    `# A reply is expected by ${readable(deadline)}, ${DEFAULT_REPLY_DAYS} days after the communication;`,
    '# if the communication gives another delay, set inReplyTo.replyWithinDays.',
    '# Fill in every TODO (chancery check lists those left), then render:',
    '#   chancery check <this file> && chancery render <this file>',
    'format: un-geneva',
    `language: ${scalar(language)}`,
    'sender:',
  ];
  if (names !== undefined) {
    lines.push(
      "  # Check the names against your mission's own usage.",
      `  state: ${scalar(names.longName)}`,
      english
        ? `  mission: ${scalar(`Permanent Mission of ${withArticle(names.longName)} to the United Nations Office at Geneva`)}`
        : "  mission: TODO # the mission's full name, as the formulas write it",
      ...(english
        ? [`  shortName: ${scalar(`Permanent Mission of ${withArticle(names.name)}`)}`]
        : []),
    );
  } else {
    lines.push('  state: TODO', '  mission: TODO # who writes, as the formulas name it');
  }
  lines.push(
    `  city: ${english ? 'Geneva' : names === undefined ? 'TODO # where the sender is' : 'TODO # Geneva, in the language of the draft'}`,
    'inReplyTo:',
    `  reference: ${scalar(options.reference)}`,
    `  date: ${options.date}`,
    `  joint: ${joint}`,
    'documents:',
  );
  if (!nonState) {
    lines.push(
      '  - type: note-verbale',
      "    number: TODO # the note's number in the mission's register",
      `    date: ${options.replyDate}`,
      '    recipient:',
      `      name: ${english ? 'Office of the High Commissioner for Human Rights' : 'TODO'}`,
      `      city: ${english ? 'Geneva' : 'TODO'}`,
      '    # Completes the opening sentence after "... has the honour to": what the note transmits.',
      '    honourTo: TODO',
      '    # Paragraphs after the opening sentence (Markdown); remove if there are none.',
      '    body: TODO',
    );
  }
  lines.push(
    '  - type: letter',
    `    date: ${options.replyDate}`,
    '    addressees:',
    ...addresseeLines(mandates),
    '    # The letter, in Markdown: "## Heading" starts a numbered section.',
    '    body: TODO',
    '    signatory:',
    '      name: TODO',
    `      title: ${nonState ? "TODO # the signatory's title" : 'Ambassador and Permanent Representative'}`,
    '',
  );
  return lines.join('\n');
}
