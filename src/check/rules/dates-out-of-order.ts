import { parseCommunicationReference } from '../../model/communication-reference.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';

/**
 * `dates_out_of_order`: a reply cannot be dated before the communication it answers, and a note
 * verbale cannot transmit a letter dated after it. A communication dated in another year than
 * its reference says is reported as a warning.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [datesOutOfOrder] }); // [{ message: 'dated 2022-09-01, before the communication it answers (2022-09-20)', ... }]
 * ```
 */
export const datesOutOfOrder: CheckRule = {
  id: 'dates_out_of_order',
  severity: 'error',
  description:
    'A document dated before the communication it answers, or a note verbale dated before a letter it transmits.',
  check: ({ draft }) => {
    const findings: RuleFinding[] = [];
    const communication = draft.inReplyTo;
    if (communication !== undefined) {
      const reading = parseCommunicationReference(communication.reference);
      const year = Number(communication.date.slice(0, 4));
      if (reading.ok && reading.value.year !== year) {
        findings.push({
          message: `the communication ${communication.reference} is dated ${communication.date}, in another year than its reference says (${reading.value.year})`,
          path: ['inReplyTo', 'date'],
          severity: 'warning',
        });
      }
      for (const [index, document] of draft.documents.entries()) {
        if (document.date < communication.date) {
          findings.push({
            message: `dated ${document.date}, before the communication it answers (${communication.reference} of ${communication.date})`,
            path: ['documents', index, 'date'],
          });
        }
      }
    }
    for (const [index, document] of draft.documents.entries()) {
      if (document.type !== 'note-verbale') continue;
      const laterLetter = draft.documents
        .slice(index + 1)
        .findIndex((other) => other.type === 'letter' && other.date > document.date);
      if (laterLetter !== -1) {
        const letter = draft.documents[index + 1 + laterLetter];
        findings.push({
          message: `the note verbale is dated ${document.date}, before the letter it transmits (${letter?.date ?? ''})`,
          path: ['documents', index, 'date'],
        });
      }
    }
    return findings;
  },
};
