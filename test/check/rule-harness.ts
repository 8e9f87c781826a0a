import { checkDraft, type CheckRule, type DraftInput, type Finding } from '../../src/index.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';

/** Runs one rule over a draft built from the small test draft, changed by `change`. */
export function findingsOf(
  rule: CheckRule,
  change: (input: DraftInput) => void = () => {},
): Finding[] {
  const input = smallDraftInput();
  change(input);
  return checkDraft(validDraft(input), { rules: [rule] });
}

/** The small draft's note verbale, to change in place. */
export function noteOf(input: DraftInput): Record<string, unknown> {
  return input.documents[0] as unknown as Record<string, unknown>;
}

/** The small draft's letter, to change in place. */
export function letterOf(input: DraftInput): Record<string, unknown> {
  return input.documents[1] as unknown as Record<string, unknown>;
}
