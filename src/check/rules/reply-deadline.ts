import { DEFAULT_REPLY_DAYS, replyDeadline } from '../../model/reply-deadline.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';

/**
 * `reply_deadline`: a reply is expected within 60 days of the communication (or the
 * `replyWithinDays` the draft gives); a document dated later is late.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [replyDeadlineRule] }); // [{ message: 'dated 2022-12-01, after the reply was expected (by 2022-11-19, ...)', ... }]
 * ```
 */
export const replyDeadlineRule: CheckRule = {
  id: 'reply_deadline',
  severity: 'warning',
  description: 'A reply dated after the date by which it was expected (60 days by default).',
  check: ({ draft }) => {
    const communication = draft.inReplyTo;
    if (communication === undefined) return [];
    const deadline = replyDeadline(communication);
    const days = communication.replyWithinDays ?? DEFAULT_REPLY_DAYS;
    const findings: RuleFinding[] = [];
    for (const [index, document] of draft.documents.entries()) {
      if (document.date > deadline) {
        findings.push({
          message: `dated ${document.date}, after the reply was expected (by ${deadline}, ${days} days after the communication of ${communication.date})`,
          path: ['documents', index, 'date'],
        });
      }
    }
    return findings;
  },
};
