import type { PathSegment } from '../../errors/diagnostic.js';
import type { CheckRule, RuleFinding } from '../check-rule.js';

const PLACEHOLDER = /\bTODO\b/;

function visit(value: unknown, path: PathSegment[], findings: RuleFinding[]): void {
  if (typeof value === 'string') {
    const match = PLACEHOLDER.exec(value);
    if (match !== null) {
      findings.push({ message: 'still holds a TODO to fill in', path, offset: match.index });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      visit(item, [...path, index], findings);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) visit(item, [...path, key], findings);
  }
}

/**
 * `placeholder_left`: a field that still says `TODO`, as the drafts `chancery new` writes do
 * until they are filled in.
 *
 * @example
 * ```ts
 * checkDraft(draft, { rules: [placeholderLeft] }); // [{ message: 'still holds a TODO to fill in', path: ['documents', 0, 'number'] }]
 * ```
 */
export const placeholderLeft: CheckRule = {
  id: 'placeholder_left',
  severity: 'error',
  description: 'A field that still says TODO.',
  check: ({ draft }) => {
    const findings: RuleFinding[] = [];
    visit(draft, [], findings);
    return findings;
  },
};
