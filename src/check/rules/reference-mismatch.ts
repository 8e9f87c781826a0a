import {
  findCommunicationReferences,
  formatCommunicationReference,
  parseCommunicationReference,
  sameCommunication,
} from '../../model/communication-reference.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';
import { documentTexts } from '../document-texts.js';

/**
 * `reference_mismatch`: a communication reference cited in the text (`your Joint Communication
 * No. AL KHM 2/2022`) must be that of the communication the draft answers (`inReplyTo`), so that
 * text copied from an earlier reply does not cite the wrong letter.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [referenceMismatch] }); // [{ message: 'the text cites AL KHM 3/2022, but the draft answers AL KHM 2/2022', ... }]
 * ```
 */
export const referenceMismatch: CheckRule = {
  id: 'reference_mismatch',
  severity: 'error',
  description: 'A communication reference in the text that is not the one in inReplyTo.',
  check: ({ draft }) => {
    const answered = draft.inReplyTo?.reference;
    if (answered === undefined) return [];
    const reading = parseCommunicationReference(answered);
    if (!reading.ok) return [];
    const findings: RuleFinding[] = [];
    for (const text of documentTexts(draft)) {
      for (const cited of findCommunicationReferences(text.value)) {
        if (sameCommunication(cited.reference, reading.value)) continue;
        findings.push({
          message: `the text cites ${formatCommunicationReference(cited.reference)}, but the draft answers ${answered}`,
          path: text.path,
          offset: cited.offset,
          suggestion: answered,
        });
      }
    }
    return findings;
  },
};
