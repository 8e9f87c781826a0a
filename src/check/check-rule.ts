import type { PathSegment, Severity } from '../errors/diagnostic.js';
import type { Draft } from '../model/draft.js';
import type { ProseSegment } from './prose.js';

/** What a rule is given: the validated draft, and its texts read as prose. */
export interface CheckContext {
  readonly draft: Draft;
  /** The drafter's own words in a Markdown text ({@link proseSegments}), read once per check. */
  readonly prose: (markdown: string) => readonly ProseSegment[];
}

/** What a rule reports; `checkDraft` adds the rule's id, severity and the place in the file. */
export interface RuleFinding {
  readonly message: string;
  /** The field the finding is about. */
  readonly path: readonly PathSegment[];
  /** Where in the field's text (an offset into the value the draft holds), for words in a body. */
  readonly offset?: number;
  readonly suggestion?: string;
  /** Only where a rule reports something less or more serious than it usually does. */
  readonly severity?: Severity;
}

/**
 * A check of drafting practice: a pure function of the draft, with a stable id.
 *
 * @example
 * ```ts
 * const noEmptyBody: CheckRule = {
 *   id: 'empty_body',
 *   severity: 'warning',
 *   description: 'A letter whose body is empty.',
 *   check: ({ draft, prose }) => [],
 * };
 * ```
 */
export interface CheckRule {
  /** A stable identifier in snake_case, printed with each finding. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence: what the rule finds. */
  readonly description: string;
  readonly check: (context: CheckContext) => readonly RuleFinding[];
}
