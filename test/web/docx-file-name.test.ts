import { describe, expect, it } from 'vitest';
import { docxFileName } from '../../web/src/docx-file-name.js';
import { exampleDraft, smallDraftInput, validDraft } from '../support/drafts.js';

describe('docxFileName', () => {
  it('names a reply after the communication it answers and its date', () => {
    // Letters, digits and hyphens only: the reference's slash and spaces are no file name's.
    expect(docxFileName(exampleDraft())).toBe('reply-AL-KHM-2-2022-2022-11-15.docx');
  });

  it('names a draft that answers nothing after its first document', () => {
    const input = smallDraftInput();
    delete input.inReplyTo;
    expect(docxFileName(validDraft(input))).toBe('note-verbale-2024-04-02.docx');
  });
});
