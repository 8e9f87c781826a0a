import { describe, expect, it } from 'vitest';
import { draftForRecord, expandSerial, recordFileName } from '../../src/batch/batch-record.js';
import { smallDraftInput } from '../support/drafts.js';

describe('expandSerial', () => {
  it('writes the serial as it is, or padded to a width', () => {
    expect(expandSerial('NV/{serial}', 7)).toBe('NV/7');
    expect(expandSerial('NV/{serial:4}/{serial}', 42)).toBe('NV/0042/42');
    expect(expandSerial('NV/{serial:2}', 1234)).toBe('NV/1234');
    expect(expandSerial('no serial here', 3)).toBe('no serial here');
  });
});

describe('draftForRecord', () => {
  it('writes the record into every note verbale and the salutation into letters', () => {
    const input = smallDraftInput();
    const note = { ...input.documents[0], number: 'NV/{serial:3}' };
    const draft = { ...input, documents: [note, input.documents[1], note] };
    const result = draftForRecord(
      draft,
      { row: 2, fields: { recipient: 'Mission of Chile', city: 'Bern', salutation: 'Sir,' } },
      5,
    ) as typeof draft;
    expect(result.documents.map((document) => (document as { type: string }).type)).toEqual([
      'note-verbale',
      'letter',
      'note-verbale',
    ]);
    expect(result.documents[0]).toMatchObject({
      number: 'NV/005',
      recipient: { name: 'Mission of Chile', city: 'Bern' },
    });
    expect(result.documents[1]).toMatchObject({ salutation: 'Sir,' });
    expect(draft.documents[0]).toMatchObject({ number: 'NV/{serial:3}' });
  });
});

describe('recordFileName', () => {
  it('names a file by serial and recipient, safe on any file system', () => {
    expect(
      recordFileName({ row: 2, fields: { recipient: 'Mission of Côte d’Ivoire' } }, 7, 3),
    ).toBe('007-mission-of-cote-d-ivoire.docx');
    expect(recordFileName({ row: 2, fields: { file: '../../etc/passwd' } }, 1, 1)).toBe(
      '__.._etc_passwd.docx',
    );
    expect(recordFileName({ row: 2, fields: { file: 'Note.DOCX' } }, 1, 1)).toBe('Note.DOCX');
    expect(recordFileName({ row: 2, fields: {} }, 12, 2)).toBe('12-note.docx');
  });
});
