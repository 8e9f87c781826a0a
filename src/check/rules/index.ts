import type { CheckRule } from '../check-rule.js';
import { datesOutOfOrder } from './dates-out-of-order.js';
import { herewithWithoutEnclosure } from './herewith-without-enclosure.js';
import { letterSignatory } from './letter-signatory.js';
import { mandateTitle } from './mandate-title.js';
import { noteVerbaleFirstPerson } from './note-verbale-first-person.js';
import { placeholderLeft } from './placeholder-left.js';
import { referenceCountry } from './reference-country.js';
import { referenceMismatch } from './reference-mismatch.js';
import { replyDeadlineRule } from './reply-deadline.js';
import { salutationHonorifics } from './salutation-honorifics.js';
import { spellingVariant } from './spelling-variant.js';

/**
 * Every rule `chancery check` runs, in the order of their ids.
 *
 * @example
 * ```ts
 * checkRules.map((rule) => rule.id); // ['dates_out_of_order', 'herewith_without_enclosure', ...]
 * ```
 */
export const checkRules: readonly CheckRule[] = [
  datesOutOfOrder,
  herewithWithoutEnclosure,
  letterSignatory,
  mandateTitle,
  noteVerbaleFirstPerson,
  placeholderLeft,
  referenceCountry,
  referenceMismatch,
  replyDeadlineRule,
  salutationHonorifics,
  spellingVariant,
];
