import { mandateRoleOf } from '../../model/addressee-group.js';
import {
  findMandate,
  holderTitle,
  mandateCatalogue,
  type MandateCatalogue,
} from '../../model/mandates.js';
import { matchMandateTitle, type TitleDifference } from '../../model/match-mandate-title.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';

const LOOKS_LIKE_A_MANDATE =
  /^(Special Rapporteur|Independent Expert|Working Group|(Designated )?Expert on)\b/i;

function describe(difference: TitleDifference): string {
  if (difference.written === '') return `"${difference.expected}" is missing`;
  if (difference.expected === '') return `"${difference.written}" is not in the title`;
  return `"${difference.written}" where the title has "${difference.expected}"`;
}

/**
 * `mandate_title`: an addressee's title should be a mandate's title, word for word. A title
 * close to a known one ("transitional corporations" for "transnational corporations") is
 * reported with the known title as the suggestion; a former title is reported with the current
 * one, unless the letter is dated before the renaming; a title that reads like a mandate's but
 * is not known is reported too (the list, `src/data/mandates.json`, may need updating).
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [mandateTitle] }); // [{ message: 'the title is not the mandate\'s: "transitional" where the title has "transnational"', suggestion: 'Chair-Rapporteur of ...', ... }]
 * ```
 */
export const mandateTitle: CheckRule = {
  id: 'mandate_title',
  severity: 'warning',
  description: "An addressee's title that is not a known mandate title, or is misspelt.",
  check: ({ draft }) => {
    const catalogue = mandateCatalogue();
    const findings: RuleFinding[] = [];
    for (const [index, document] of draft.documents.entries()) {
      if (document.type !== 'letter') continue;
      for (const [position, addressee] of document.addressees.entries()) {
        const path = ['documents', index, 'addressees', position, 'title'];
        const mandate =
          addressee.mandate === undefined ? undefined : findMandate(addressee.mandate);
        const within: MandateCatalogue =
          mandate === undefined ? catalogue : { ...catalogue, mandates: [mandate] };
        const match = matchMandateTitle(addressee.title, within);
        if (match.kind === 'current') continue;
        if (match.kind === 'former') {
          if (match.until !== undefined && document.date <= match.until) continue;
          findings.push({
            message: `this is a former title of the mandate${match.until === undefined ? '' : `, used until ${match.until}`}; it is now "${match.suggestion}"`,
            path,
            suggestion: match.suggestion,
          });
        } else if (match.kind === 'close') {
          findings.push({
            message: `the title is not the mandate's: ${match.differences.map(describe).join('; ') || 'it differs in punctuation'}`,
            path,
            ...(match.differences[0] === undefined ? {} : { offset: match.differences[0].offset }),
            suggestion: match.suggestion,
          });
        } else if (mandate !== undefined) {
          findings.push({
            message: `the title is not that of the mandate "${mandate.key}"`,
            path,
            suggestion: holderTitle(mandate),
          });
        } else if (
          mandateRoleOf(addressee.title) !== 'other' ||
          LOOKS_LIKE_A_MANDATE.test(addressee.title)
        ) {
          findings.push({
            message: `not a Special Procedures mandate title that chancery knows (its list was last checked on ${catalogue.lastChecked}); check the title, or add the mandate to the list`,
            path,
          });
        }
      }
    }
    return findings;
  },
};
