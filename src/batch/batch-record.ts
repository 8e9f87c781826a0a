/** The fields a batch record may set, one per CSV column or YAML key. */
export const BATCH_FIELDS = ['recipient', 'city', 'salutation', 'number', 'file'] as const;

/** A field of a batch record. */
export type BatchField = (typeof BATCH_FIELDS)[number];

/** One recipient of a batch: its own fields, and where it stands in the records file. */
export interface BatchRecord {
  /** The record's row: the CSV line, or the YAML item's line. */
  readonly row: number;
  readonly fields: Readonly<Partial<Record<BatchField, string>>>;
}

const SERIAL = /\{serial(?::(\d{1,2}))?\}/g;

/**
 * Writes a serial number into a reference number: `{serial}` as it is, `{serial:4}` padded
 * with zeros to four digits.
 *
 * @example
 * ```ts
 * expandSerial('2024/11/{serial:3}', 7); // '2024/11/007'
 * ```
 */
export function expandSerial(template: string, serial: number): string {
  return template.replace(SERIAL, (_, width: string | undefined) =>
    String(serial).padStart(Number(width ?? 0), '0'),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The draft data for one record: the batch's draft with the record's fields written into every
 * note verbale (recipient, city, number) and letter (salutation), and `{serial}` in a number
 * replaced by the record's serial. The result is validated like any draft.
 *
 * @example
 * ```ts
 * const data = draftForRecord(draftData, { row: 2, fields: { recipient: 'Permanent Mission of Chile' } }, 1);
 * parseDraft(data);
 * ```
 */
export function draftForRecord(draft: unknown, record: BatchRecord, serial: number): unknown {
  if (!isRecord(draft) || !Array.isArray(draft.documents)) return draft;
  const { recipient, city, salutation, number } = record.fields;
  const documents = draft.documents.map((document: unknown) => {
    if (!isRecord(document)) return document;
    if (document.type === 'note-verbale') {
      const previous = isRecord(document.recipient) ? document.recipient : {};
      const template = number ?? document.number;
      return {
        ...document,
        ...(template === undefined
          ? {}
          : { number: typeof template === 'string' ? expandSerial(template, serial) : template }),
        recipient: {
          ...previous,
          ...(recipient === undefined ? {} : { name: recipient }),
          ...(city === undefined ? {} : { city }),
        },
      };
    }
    if (document.type === 'letter' && salutation !== undefined) return { ...document, salutation };
    return document;
  });
  return { ...draft, documents };
}

/**
 * The file name of a record's document: its `file` field, or its serial and recipient, made
 * safe for any file system (`007-permanent-mission-of-chile.docx`).
 *
 * @example
 * ```ts
 * recordFileName({ row: 2, fields: { recipient: 'Mission of Chile' } }, 7, 3); // '007-mission-of-chile.docx'
 * ```
 */
export function recordFileName(record: BatchRecord, serial: number, digits: number): string {
  const named = record.fields.file;
  const base =
    named ??
    `${String(serial).padStart(digits, '0')}-${(record.fields.recipient ?? 'note')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)}`;
  // eslint-disable-next-line no-control-regex -- control characters cannot stand in a file name
  const safe = base.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_');
  return safe.toLowerCase().endsWith('.docx') ? safe : `${safe}.docx`;
}
