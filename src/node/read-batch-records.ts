import { parse as parseCsv } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { BATCH_FIELDS, isBatchField, type BatchRecord } from '../batch/batch-record.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { ParseResult } from '../model/parse-draft.js';

function unknownField(file: string, name: string, line?: number): Diagnostic {
  return {
    severity: 'error',
    code: 'unknown_field',
    message: `unknown field "${name}" (a record has ${BATCH_FIELDS.join(', ')} and forms.<name>, such as forms.dative)`,
    file,
    ...(line === undefined ? {} : { line }),
  };
}

function fromCsv(text: string, file: string): ParseResult<BatchRecord[]> {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    rows = parseCsv<{ record: Record<string, string>; info: { lines: number } }>(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'csv_syntax',
          message: error instanceof Error ? error.message : String(error),
          file,
          ...(line === undefined ? {} : { line }),
        },
      ],
    };
  }
  const unknown = header.filter((name) => !isBatchField(name));
  // A record keeps the last of two cells with the same name: the other would be lost unsaid.
  const repeated = header.filter(
    (name, index) => isBatchField(name) && header.indexOf(name) !== index,
  );
  const [first, ...rest] = [
    ...unknown.map((name) => unknownField(file, name, 1)),
    ...[...new Set(repeated)].map((name): Diagnostic => ({
      severity: 'error',
      code: 'duplicate_field',
      message: `the header names the field "${name}" more than once`,
      file,
      line: 1,
    })),
  ];
  if (first !== undefined) return { ok: false, errors: [first, ...rest] };
  return {
    ok: true,
    warnings: [],
    value: rows.map(({ record, info }) => ({
      row: info.lines,
      // An empty cell is an empty value, refused where a value is needed: never a silent default.
      fields: record,
    })),
  };
}

function fromYaml(text: string, file: string): ParseResult<BatchRecord[]> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const fail = (message: string, offset?: number): ParseResult<BatchRecord[]> => ({
    ok: false,
    errors: [
      {
        severity: 'error',
        code: 'records_invalid',
        message,
        file,
        ...(offset === undefined ? {} : { line: lineCounter.linePos(offset).line }),
      },
    ],
  });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    return fail(error?.message.split('\n')[0] ?? 'the YAML does not parse', error?.pos[0]);
  }
  if (!isSeq(document.contents)) return fail('expected a list of records, one mapping each');
  const records: BatchRecord[] = [];
  for (const item of document.contents.items) {
    const offset = (item as { range?: readonly number[] } | null)?.range?.[0];
    if (!isMap(item)) return fail('each record is a mapping such as "recipient: ..."', offset);
    const fields: Record<string, string> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = isScalar(pair.key) ? lineCounter.linePos(pair.key.range[0]).line : undefined;
      if (!isBatchField(key)) return { ok: false, errors: [unknownField(file, key, line)] };
      const value: unknown = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'string' && typeof value !== 'number') {
        return fail(
          `"${key}" must be text`,
          pair.value !== null && 'range' in pair.value ? pair.value.range[0] : offset,
        );
      }
      // A number is taken as written: "number: 0042" is a reference number, not forty-two.
      const source = isScalar(pair.value) ? pair.value.source : undefined;
      fields[key] =
        typeof value === 'number' && typeof source === 'string' ? source : String(value);
    }
    records.push({
      row: offset === undefined ? records.length + 1 : lineCounter.linePos(offset).line,
      fields,
    });
  }
  return { ok: true, value: records, warnings: [] };
}

/**
 * Reads the records of a batch from a CSV file (a header row naming the fields) or a YAML list
 * of mappings. Each record keeps its row (the CSV line or the YAML line) for messages.
 *
 * @example
 * ```ts
 * const result = await readBatchRecords('missions.csv');
 * if (result.ok) console.log(result.value.length, 'recipients');
 * ```
 */
export async function readBatchRecords(file: string): Promise<ParseResult<BatchRecord[]>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'input_unreadable',
          message:
            (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error),
          file,
        },
      ],
    };
  }
  return /^\.ya?ml$/i.test(extname(file)) ? fromYaml(text, file) : fromCsv(text, file);
}
