/**
 * The fields a batch record may set, one per CSV column or YAML key; besides these, `forms.<name>`
 * gives the recipient's name in a grammatical form (`forms.dative`).
 */
export const BATCH_FIELDS = [
  'recipient',
  'city',
  'article',
  'gender',
  'salutation',
  'number',
  'file',
] as const;

/** A field of a batch record, other than a form. */
export type BatchField = (typeof BATCH_FIELDS)[number];

/** A record's field that gives a form of the recipient's name: `forms.dative`. */
export type BatchFormField = `forms.${string}`;

const KNOWN = new Set<string>(BATCH_FIELDS);
const FORM_FIELD = /^forms\.([a-z][A-Za-z]*)$/;

/**
 * Whether a CSV column or YAML key names a field of a batch record.
 *
 * @example
 * ```ts
 * isBatchField('forms.dative'); // true
 * isBatchField('colour'); // false
 * ```
 */
export function isBatchField(name: string): name is BatchField | BatchFormField {
  return KNOWN.has(name) || FORM_FIELD.test(name);
}

/** One recipient of a batch: its own fields, and where it stands in the records file. */
export interface BatchRecord {
  /** The record's row: the CSV line, or the YAML item's line. */
  readonly row: number;
  readonly fields: Readonly<Partial<Record<BatchField | BatchFormField, string>>>;
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

// The fields that describe a name, not the institution: they go with the name.
const NAME_GRAMMAR = new Set(['article', 'gender', 'forms']);

// What the record says of its recipient's name: its article, gender and forms.
function nameGrammar(fields: BatchRecord['fields']): Record<string, unknown> {
  const grammar: Record<string, unknown> = {};
  if (fields.article !== undefined) grammar.article = fields.article;
  if (fields.gender !== undefined) grammar.gender = fields.gender;
  const forms: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const form = FORM_FIELD.exec(name)?.[1];
    if (form !== undefined && value !== undefined) forms[form] = value;
  }
  if (Object.keys(forms).length > 0) grammar.forms = forms;
  return grammar;
}

/**
 * The draft data for one record: the batch's draft with the record's fields written into every
 * note verbale (recipient, city, the name's article, gender and forms, number) and letter
 * (salutation), and `{serial}` in a number replaced by the record's serial. The draft's article,
 * gender and forms of its recipient described that recipient's name: a record that names another
 * recipient gives its own, or none, and a language that needs one then says which field is
 * missing (see {@link recordColumnOf}). The result is validated like any draft.
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
  const grammar = nameGrammar(record.fields);
  const documents = draft.documents.map((document: unknown) => {
    if (!isRecord(document)) return document;
    if (document.type === 'note-verbale') {
      const previous = isRecord(document.recipient) ? document.recipient : {};
      const template = number ?? document.number;
      // A new name drops what described the old one; its city stays unless the record gives one.
      const place: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(previous))
        if (!NAME_GRAMMAR.has(key)) place[key] = value;
      return {
        ...document,
        ...(template === undefined
          ? {}
          : { number: typeof template === 'string' ? expandSerial(template, serial) : template }),
        recipient: {
          ...(recipient === undefined ? previous : { ...place, name: recipient }),
          ...(city === undefined ? {} : { city }),
          ...grammar,
        },
      };
    }
    if (document.type === 'letter' && salutation !== undefined) return { ...document, salutation };
    return document;
  });
  return { ...draft, documents };
}

/**
 * The file name of a record's document: its `file` field (unless empty), or its serial and
 * recipient, made safe for any file system (`007-permanent-mission-of-chile.docx`).
 *
 * @example
 * ```ts
 * recordFileName({ row: 2, fields: { recipient: 'Mission of Chile' } }, 7, 3); // '007-mission-of-chile.docx'
 * ```
 */
export function recordFileName(record: BatchRecord, serial: number, digits: number): string {
  // An empty cell names no file: it would leave a file called ".docx", hidden on most systems.
  const named = record.fields.file?.trim() === '' ? undefined : record.fields.file;
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

/**
 * The record's column that gives a field of the draft, for a message about that field: `article`
 * for `documents[0].recipient.article`, `forms.dative` for `documents[0].recipient.forms.dative`;
 * `undefined` for a field no column gives.
 *
 * @example
 * ```ts
 * recordColumnOf(['documents', 0, 'recipient', 'forms', 'dative']); // 'forms.dative'
 * ```
 */
export function recordColumnOf(path: readonly (string | number)[]): string | undefined {
  const [documents, , kind, field, form] = path;
  if (documents !== 'documents') return undefined;
  if (kind === 'recipient') {
    if (field === 'name') return 'recipient';
    if (field === 'city' || field === 'article' || field === 'gender') return field;
    if (field === 'forms' && typeof form === 'string') return `forms.${form}`;
    return undefined;
  }
  if (kind === 'number' || kind === 'salutation') return kind;
  return undefined;
}
