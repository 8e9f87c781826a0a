import { countryByAlpha3, NON_STATE_ACTOR_CODE } from './countries.js';

/** The kinds of Special Procedures communication: allegation letter, urgent appeal, other letter. */
export type CommunicationType = 'AL' | 'UA' | 'OL';

/**
 * A Special Procedures communication's reference, such as `AL KHM 2/2022`, in its parts.
 */
export interface CommunicationReference {
  readonly type: CommunicationType;
  /** Whether the reference itself says the communication is joint (`JAL`, `JUA`, `JOL`). */
  readonly joint: boolean;
  /** ISO 3166-1 alpha-3 of the State addressed, or `OTH` for a non-State actor. */
  readonly country: string;
  /** The communication's number within the year. */
  readonly serial: number;
  readonly year: number;
}

/** What reading a reference gives: its parts, or why it cannot be read. */
export type ReferenceReading =
  | { readonly ok: true; readonly value: CommunicationReference }
  | { readonly ok: false; readonly message: string };

const TYPES: readonly string[] = ['AL', 'UA', 'OL'];

// Loose on purpose: finds what a drafter meant, so the message can show the written form.
const LOOSE = /^\s*(J?)([A-Za-z]{2})\s+([A-Za-z]{3})\s+(\d+)\s*\/\s*(\d{4})\s*$/;

/** The pattern of a reference in running text. */
const IN_TEXT = /\b(J?(?:AL|UA|OL))\s+([A-Z]{3})\s+(\d+)\s*\/\s*(\d{4})\b/g;

const EXPECTED =
  'a reference such as AL KHM 2/2022: AL, UA or OL (JAL, JUA, JOL when joint), the ISO 3166-1 alpha-3 code of the State or OTH, then number/year';

/**
 * Writes a reference the way the Special Procedures do: `AL KHM 2/2022`.
 *
 * @example
 * ```ts
 * formatCommunicationReference({ type: 'UA', joint: false, country: 'CHN', serial: 5, year: 2023 }); // 'UA CHN 5/2023'
 * ```
 */
export function formatCommunicationReference(reference: CommunicationReference): string {
  return `${reference.joint ? 'J' : ''}${reference.type} ${reference.country} ${reference.serial}/${reference.year}`;
}

/**
 * Reads a reference in its written form (`AL KHM 2/2022`, `UA CHN 5/2023`, `OL OTH 12/2024`,
 * `JAL KHM 2/2022`). Anything else, including a lower-case or zero-padded form, is refused with a
 * message that shows the written form. The country code is not looked up here (see
 * {@link checkReferenceCountry}).
 *
 * @example
 * ```ts
 * const reading = parseCommunicationReference('AL KHM 2/2022');
 * if (reading.ok) reading.value.serial; // 2
 * parseCommunicationReference('AL-KHM-2-2022').ok; // false
 * ```
 */
export function parseCommunicationReference(text: string): ReferenceReading {
  const match = LOOSE.exec(text);
  if (match === null) return { ok: false, message: `expected ${EXPECTED}, found "${text}"` };
  const [, j = '', type = '', country = '', serial = '', year = ''] = match;
  if (!TYPES.includes(type.toUpperCase())) {
    return {
      ok: false,
      message: `"${type}" is not a kind of communication; expected AL (allegation letter), UA (urgent appeal) or OL (other letter)`,
    };
  }
  const value: CommunicationReference = {
    type: type.toUpperCase() as CommunicationType,
    joint: j === 'J',
    country: country.toUpperCase(),
    serial: Number(serial),
    year: Number(year),
  };
  if (value.serial < 1) return { ok: false, message: `the number in "${text}" must be 1 or more` };
  const written = formatCommunicationReference(value);
  if (written !== text) {
    return { ok: false, message: `write the reference as "${written}", found "${text}"` };
  }
  return { ok: true, value };
}

/**
 * Checks the country code of a reference against the ISO 3166-1 list: returns why it is not a
 * State's code (nor `OTH`), or `undefined` when it is.
 *
 * @example
 * ```ts
 * checkReferenceCountry('KHM'); // undefined
 * checkReferenceCountry('KHN'); // '"KHN" is not an ISO 3166-1 alpha-3 country code ...'
 * ```
 */
export function checkReferenceCountry(code: string): string | undefined {
  if (code === NON_STATE_ACTOR_CODE || countryByAlpha3(code) !== undefined) return undefined;
  return `"${code}" is not an ISO 3166-1 alpha-3 country code, nor ${NON_STATE_ACTOR_CODE} for a communication to a non-State actor`;
}

/** A reference found in running text, with where it starts. */
export interface ReferenceInText {
  readonly text: string;
  readonly offset: number;
  readonly reference: CommunicationReference;
}

/**
 * Finds the communication references cited in a text (`... No. AL KHM 2/2022 dated ...`).
 *
 * @example
 * ```ts
 * findCommunicationReferences('your letter AL KHM 2/2022')[0]?.offset; // 12
 * ```
 */
export function findCommunicationReferences(text: string): ReferenceInText[] {
  const found: ReferenceInText[] = [];
  for (const match of text.matchAll(IN_TEXT)) {
    const [whole, typeWithJ = '', country = '', serial = '', year = ''] = match;
    const joint = typeWithJ.startsWith('J');
    found.push({
      text: whole,
      offset: match.index,
      reference: {
        type: (joint ? typeWithJ.slice(1) : typeWithJ) as CommunicationType,
        joint,
        country,
        serial: Number(serial),
        year: Number(year),
      },
    });
  }
  return found;
}

/**
 * Whether two references name the same communication. A joint prefix does not make a different
 * communication: `JAL KHM 2/2022` and `AL KHM 2/2022` are the same.
 *
 * @example
 * ```ts
 * const answered = parseCommunicationReference('AL KHM 2/2022');
 * const cited = parseCommunicationReference('JAL KHM 2/2022');
 * answered.ok && cited.ok && sameCommunication(answered.value, cited.value); // true
 * ```
 */
export function sameCommunication(a: CommunicationReference, b: CommunicationReference): boolean {
  return a.type === b.type && a.country === b.country && a.serial === b.serial && a.year === b.year;
}
