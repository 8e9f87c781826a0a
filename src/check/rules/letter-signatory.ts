import type { CheckRule, RuleFinding } from '../check-rule.js';

/**
 * `letter_signatory`: a letter is signed, so it needs a signatory (the name under the
 * signature, and usually a title).
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [letterSignatory] }); // [{ message: 'the letter has no signatory ...', path: ['documents', 1] }]
 * ```
 */
export const letterSignatory: CheckRule = {
  id: 'letter_signatory',
  severity: 'error',
  description: 'A letter without a signatory.',
  check: ({ draft }) => {
    const findings: RuleFinding[] = [];
    for (const [index, document] of draft.documents.entries()) {
      if (document.type === 'letter' && document.signatory === undefined) {
        findings.push({
          message:
            'the letter has no signatory; add signatory: { name: ..., title: Ambassador and Permanent Representative }',
          path: ['documents', index, 'signatory'],
        });
      }
    }
    return findings;
  },
};
