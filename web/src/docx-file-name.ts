import type { Draft } from '../../src/core.js';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name the downloaded Word file gets, from the draft: the communication it answers (or the
 * kind of its first document) and the date of its first document, in characters every file
 * system accepts.
 *
 * @example
 * ```ts
 * docxFileName(draft); // 'reply-AL-KHM-2-2022-2022-11-15.docx'
 * ```
 */
export function docxFileName(draft: Draft): string {
  const first = draft.documents[0];
  const subject =
    draft.inReplyTo === undefined ? (first?.type ?? 'draft') : `reply-${draft.inReplyTo.reference}`;
  const name = [slug(subject), first === undefined ? '' : slug(first.date)]
    .filter((part) => part !== '')
    .join('-');
  return `${name === '' ? 'draft' : name}.docx`;
}
