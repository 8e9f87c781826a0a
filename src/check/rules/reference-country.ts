import {
  checkReferenceCountry,
  parseCommunicationReference,
} from '../../model/communication-reference.js';
import type { CheckRule } from '../check-rule.js';

/**
 * `reference_country`: the country code in the reference of the communication answered must be
 * an ISO 3166-1 alpha-3 code (checked against the `world-countries` list), or `OTH` for a
 * communication to a non-State actor.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [referenceCountry] }); // [{ message: '"KHN" is not an ISO 3166-1 alpha-3 country code ...', path: ['inReplyTo', 'reference'] }]
 * ```
 */
export const referenceCountry: CheckRule = {
  id: 'reference_country',
  severity: 'error',
  description:
    'A communication reference whose country code is not an ISO 3166-1 alpha-3 code, nor OTH.',
  check: ({ draft }) => {
    const reference = draft.inReplyTo?.reference;
    if (reference === undefined) return [];
    const reading = parseCommunicationReference(reference);
    if (!reading.ok) return [];
    const problem = checkReferenceCountry(reading.value.country);
    if (problem === undefined) return [];
    return [
      {
        message: problem,
        path: ['inReplyTo', 'reference'],
        offset: reference.indexOf(reading.value.country),
      },
    ];
  },
};
