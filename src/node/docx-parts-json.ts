import type { DocxFormatParts } from '../writers/docx/docx-writer.js';
import type { ZipEntry } from '../writers/docx/zip-archive.js';

// An entry as JSON: its name, its bytes as stored (base64), whether stored or deflated, the CRC
// and the size of the bytes before compression.
type EncodedEntry = [name: string, bytes: string, stored: boolean, crc: number, size: number];

interface Encoded {
  readonly entries: EncodedEntry[];
  readonly parts: [key: string, entries: number[]][];
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Writes format parts as JSON text that {@link docxPartsFromJson} reads back. An entry that
 * several sets of parts share (the theme, the settings: all but the styles, between languages)
 * is written once.
 *
 * @example
 * ```ts
 * const json = docxPartsToJson([writeDocxFormatParts(format.styles, format.fonts, 'en', nodeDeflate)]);
 * ```
 */
export function docxPartsToJson(parts: readonly DocxFormatParts[]): string {
  const entries: EncodedEntry[] = [];
  const indexOf = new Map<string, number>();
  const encoded: Encoded = {
    entries,
    parts: parts.map((set) => [
      set.key,
      set.entries.map((entry) => {
        const row: EncodedEntry = [
          decoder.decode(entry.name),
          Buffer.from(entry.compressed).toString('base64'),
          entry.stored,
          entry.crc,
          entry.size,
        ];
        const text = JSON.stringify(row);
        let index = indexOf.get(text);
        if (index === undefined) {
          index = entries.push(row) - 1;
          indexOf.set(text, index);
        }
        return index;
      }),
    ]),
  };
  return JSON.stringify(encoded);
}

function malformed(what: string): never {
  throw new Error(`the prewritten .docx parts are malformed: ${what}`);
}

function entryOf(row: unknown): ZipEntry {
  if (!Array.isArray(row) || row.length !== 5) return malformed('an entry is not a row of five');
  const [name, bytes, stored, crc, size] = row as unknown[];
  if (
    typeof name !== 'string' ||
    typeof bytes !== 'string' ||
    typeof stored !== 'boolean' ||
    !Number.isInteger(crc) ||
    !Number.isInteger(size)
  )
    return malformed(`the entry "${String(name)}"`);
  const buffer = Buffer.from(bytes, 'base64');
  return {
    name: encoder.encode(name),
    compressed: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length),
    stored,
    crc: crc as number,
    size: size as number,
  };
}

/**
 * Reads back format parts written by {@link docxPartsToJson}.
 *
 * @example
 * ```ts
 * const write = createDocxWriter({ deflate: nodeDeflate, formatParts: docxPartsFromJson(json) });
 * ```
 */
export function docxPartsFromJson(json: string): DocxFormatParts[] {
  const { entries, parts } = JSON.parse(json) as Partial<Encoded>;
  if (!Array.isArray(entries) || !Array.isArray(parts)) return malformed('not entries and parts');
  const decoded = entries.map(entryOf);
  return parts.map((set) => {
    const [key, indices] = set;
    if (typeof key !== 'string' || !Array.isArray(indices)) return malformed('a set of parts');
    return {
      key,
      entries: indices.map(
        (index) => decoded[index] ?? malformed(`no entry ${String(index)} for ${key}`),
      ),
    };
  });
}
