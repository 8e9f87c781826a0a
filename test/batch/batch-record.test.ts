import { describe, expect, it } from 'vitest';
import {
  draftForRecord,
  expandSerial,
  isBatchField,
  recordColumnOf,
  recordFileName,
} from '../../src/batch/batch-record.js';
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

describe('draftForRecord and the recipient’s name', () => {
  const frenchNote = {
    language: 'fr',
    documents: [
      {
        type: 'note-verbale',
        recipient: { name: 'Haut-Commissariat', city: 'Genève', article: 'le', forms: { x: 'y' } },
      },
    ],
  };

  it('drops what described the draft’s recipient when a record names another, keeping the city', () => {
    const result = draftForRecord(
      frenchNote,
      { row: 2, fields: { recipient: 'Mission du Chili' } },
      1,
    );
    expect(result).toMatchObject({
      documents: [{ recipient: { name: 'Mission du Chili', city: 'Genève' } }],
    });
    const recipient = (result as typeof frenchNote).documents[0]!.recipient;
    expect(Object.keys(recipient).sort()).toEqual(['city', 'name']);
  });

  it('takes the article, gender and forms a record gives', () => {
    const result = draftForRecord(
      frenchNote,
      {
        row: 2,
        fields: {
          recipient: 'Mission du Chili',
          article: 'la',
          gender: 'feminine',
          'forms.dative': 'à la Mission du Chili',
        },
      },
      1,
    );
    expect((result as typeof frenchNote).documents[0]!.recipient).toEqual({
      name: 'Mission du Chili',
      city: 'Genève',
      article: 'la',
      gender: 'feminine',
      forms: { dative: 'à la Mission du Chili' },
    });
  });

  it('keeps the draft’s recipient whole when a record names none', () => {
    const result = draftForRecord(frenchNote, { row: 2, fields: { number: '7' } }, 1);
    expect((result as typeof frenchNote).documents[0]!.recipient).toEqual(
      frenchNote.documents[0]!.recipient,
    );
  });
});

describe('recordColumnOf', () => {
  it('names the column that gives a field of the recipient, and no other', () => {
    expect(recordColumnOf(['documents', 0, 'recipient', 'article'])).toBe('article');
    expect(recordColumnOf(['documents', 2, 'recipient', 'forms', 'dative'])).toBe('forms.dative');
    expect(recordColumnOf(['documents', 0, 'recipient', 'name'])).toBe('recipient');
    expect(recordColumnOf(['documents', 1, 'salutation'])).toBe('salutation');
    expect(recordColumnOf(['sender', 'article'])).toBeUndefined();
    expect(recordColumnOf(['documents', 0, 'body'])).toBeUndefined();
  });
});

describe('isBatchField', () => {
  it('knows the fields and forms.<name>', () => {
    expect(isBatchField('recipient')).toBe(true);
    expect(isBatchField('forms.dative')).toBe(true);
    expect(isBatchField('forms.')).toBe(false);
    expect(isBatchField('forms.__proto__')).toBe(false);
    expect(isBatchField('colour')).toBe(false);
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

  it('names a record whose file cell is empty by serial and recipient, never ".docx"', () => {
    for (const file of ['', '   ']) {
      expect(recordFileName({ row: 3, fields: { recipient: 'Mission A', file } }, 4, 1)).toBe(
        '4-mission-a.docx',
      );
    }
  });
});
