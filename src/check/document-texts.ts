import type { PathSegment } from '../errors/diagnostic.js';
import type { Draft } from '../model/draft.js';

/** A text field of a document: its path and its value. */
export interface DocumentText {
  readonly path: readonly PathSegment[];
  readonly value: string;
  readonly documentIndex: number;
}

const FIELDS = ['honourTo', 'body', 'opening', 'salutation', 'closing'] as const;

/**
 * The drafter's texts in a draft's documents: the Markdown (`honourTo`, `body`) and the
 * overridden formulas (`opening`, `salutation`, `closing`), in order.
 *
 * @example
 * ```ts
 * documentTexts(draft).map((text) => text.path.join('.')); // ['documents.0.honourTo', 'documents.0.body', ...]
 * ```
 */
export function documentTexts(draft: Draft): DocumentText[] {
  const texts: DocumentText[] = [];
  for (const [documentIndex, document] of draft.documents.entries()) {
    for (const field of FIELDS) {
      const value = (document as Readonly<Record<string, unknown>>)[field];
      if (typeof value === 'string' && value.trim() !== '') {
        texts.push({ path: ['documents', documentIndex, field], value, documentIndex });
      }
    }
  }
  return texts;
}
