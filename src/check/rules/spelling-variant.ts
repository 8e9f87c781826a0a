import type { CheckRule, RuleFinding } from '../check-rule.js';
import { documentTexts } from '../document-texts.js';
import { proseWords } from '../prose.js';
import { spellingPairs } from '../wording-data.js';

function withCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase())
    return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
  return word;
}

/**
 * `spelling_variant`: the language says which English spelling the draft uses (`en` for UN
 * spelling, "honour"; `en-US` for US spelling, "honor") and the derived formulas follow it, so a
 * word of the other spelling makes the document disagree with itself. Quoted words do not count.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [spellingVariant] }); // [{ message: '"honor" is US spelling, but the draft is in en (UN spelling)', suggestion: 'honour', ... }]
 * ```
 */
export const spellingVariant: CheckRule = {
  id: 'spelling_variant',
  severity: 'error',
  description:
    'A word spelt the other way than the language says: "honor" under en (UN spelling), "honour" under en-US.',
  check: ({ draft, prose }) => {
    const [base] = draft.language.split('-');
    if (base !== 'en') return [];
    const american = draft.language === 'en-US';
    const wrong = new Map<string, string>();
    for (const [un, us] of spellingPairs()) {
      if (american) wrong.set(un, us);
      else wrong.set(us, un);
    }
    const findings: RuleFinding[] = [];
    for (const text of documentTexts(draft)) {
      for (const word of proseWords(prose(text.value))) {
        const right = wrong.get(word.word.toLowerCase());
        if (right === undefined) continue;
        const suggestion = withCaseOf(word.word, right);
        findings.push({
          message: american
            ? `"${word.word}" is UN spelling, but the draft is in en-US (US spelling)`
            : `"${word.word}" is US spelling, but the draft is in ${draft.language} (UN spelling)`,
          path: text.path,
          offset: word.offset,
          suggestion,
        });
      }
    }
    return findings;
  },
};
