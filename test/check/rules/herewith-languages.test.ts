import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/index.js';
import { herewithWithoutEnclosure } from '../../../src/check/rules/herewith-without-enclosure.js';
import { smallDraftInput, validDraft } from '../../support/drafts.js';

function findingsFor(language: string, honourTo: string, enclosures?: string[]) {
  const input = smallDraftInput();
  input.language = language;
  input.documents = [
    { ...(input.documents[0] as object), honourTo, ...(enclosures ? { enclosures } : {}) } as never,
  ];
  return checkDraft(validDraft(input), { rules: [herewithWithoutEnclosure] });
}

describe('herewith_without_enclosure in Arabic and Russian', () => {
  it.each([
    ['ar', 'تحيل إليها طيه رسالة'],
    ['ru', 'препроводить прилагаемое письмо'],
  ])('fires in %s when nothing is listed', (language, text) => {
    expect(findingsFor(language, text).map((finding) => finding.code)).toEqual([
      'herewith_without_enclosure',
    ]);
  });

  it.each([
    ['ar', 'تحيل إليها طيه رسالة'],
    ['ru', 'препроводить прилагаемое письмо'],
  ])('stays quiet in %s when the enclosure is listed', (language, text) => {
    expect(findingsFor(language, text, ['Letter'])).toEqual([]);
  });
});
