import type { DocumentKind } from '../model/draft.js';

/**
 * The Markdown fields of each document kind, which layouts place with `<slot name="..."/>`.
 *
 * @example
 * ```ts
 * SLOT_NAMES['note-verbale']; // ['honourTo', 'body']
 * ```
 */
export const SLOT_NAMES: Readonly<Record<DocumentKind, readonly string[]>> = {
  'note-verbale': ['honourTo', 'body'],
  letter: ['body'],
};

/**
 * Whether a layout's name is a document kind of the input format.
 *
 * @example
 * ```ts
 * isDocumentKind('letter'); // true
 * ```
 */
export function isDocumentKind(kind: string): kind is DocumentKind {
  return Object.hasOwn(SLOT_NAMES, kind);
}
