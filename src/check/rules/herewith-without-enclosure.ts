import type { CheckRule, RuleFinding } from '../check-rule.js';
import { documentTexts } from '../document-texts.js';
import { transmittalWords } from '../wording-data.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `herewith_without_enclosure`: a document that transmits something "herewith" must say what:
 * list it under `enclosures`, or let a letter that follows it in the draft (the Ambassador's
 * letter after the note verbale) be what it transmits.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [herewithWithoutEnclosure] }); // [{ message: 'the note verbale transmits something "herewith", but lists no enclosure ...', ... }]
 * ```
 */
export const herewithWithoutEnclosure: CheckRule = {
  id: 'herewith_without_enclosure',
  severity: 'error',
  description:
    'A note verbale that transmits something "herewith" with no enclosure listed and no letter following it.',
  check: ({ draft, prose }) => {
    const words = transmittalWords(draft.language);
    if (words.length === 0) return [];
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    );
    const findings: RuleFinding[] = [];
    const reported = new Set<number>();
    for (const text of documentTexts(draft)) {
      const document = draft.documents[text.documentIndex];
      if (document?.type !== 'note-verbale' || reported.has(text.documentIndex)) continue;
      if ((document.enclosures?.length ?? 0) > 0) continue;
      const letterFollows = draft.documents
        .slice(text.documentIndex + 1)
        .some((other) => other.type === 'letter');
      if (letterFollows) continue;
      for (const segment of prose(text.value)) {
        const match = pattern.exec(segment.text);
        if (match === null) continue;
        reported.add(text.documentIndex);
        findings.push({
          message: `the note verbale transmits something "${match[0]}", but lists no enclosure and no letter follows it; add enclosures: [...]`,
          path: text.path,
          offset: segment.offset + match.index,
        });
        break;
      }
    }
    return findings;
  },
};
