import type { CheckRule, RuleFinding } from '../check-rule.js';
import { documentTexts } from '../document-texts.js';
import { proseWords, type ProseWord } from '../prose.js';
import { firstPersonWords, type FirstPersonWords } from '../wording-data.js';

function isFirstPerson(word: ProseWord, words: FirstPersonWords): boolean {
  if (words.exactCase.has(word.word)) {
    if (word.word !== 'I') return true;
    // "I" after "Annex", "Part", ... or before "." or ")" is a Roman numeral.
    const before = word.segment.text.slice(0, word.offset - word.segment.offset);
    const previous = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
    const next = word.segment.text[word.offset - word.segment.offset + 1];
    return !(
      (previous !== undefined && words.romanNumeralAfter.has(previous)) ||
      next === '.' ||
      next === ')'
    );
  }
  return words.anyCase.has(word.word.toLowerCase());
}

/**
 * `note_verbale_first_person`: a note verbale is written in the third person ("The Permanent
 * Mission ... has the honour"), so its own words must not say "I", "we", "my" or "our". Words
 * quoted (between quotation marks, in a block quotation) do not count.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [noteVerbaleFirstPerson] }); // [{ message: 'a note verbale is written in the third person, but it says "we"', ... }]
 * ```
 */
export const noteVerbaleFirstPerson: CheckRule = {
  id: 'note_verbale_first_person',
  severity: 'error',
  description: 'A note verbale whose own words are in the first person ("I", "we", "my", "our").',
  check: ({ draft, prose }) => {
    const words = firstPersonWords(draft.language);
    if (words === undefined) return [];
    const findings: RuleFinding[] = [];
    for (const text of documentTexts(draft)) {
      if (draft.documents[text.documentIndex]?.type !== 'note-verbale') continue;
      for (const word of proseWords(prose(text.value))) {
        if (!isFirstPerson(word, words)) continue;
        findings.push({
          message: `a note verbale is written in the third person, but it says "${word.word}"; name the mission instead`,
          path: text.path,
          offset: word.offset,
        });
      }
    }
    return findings;
  },
};
