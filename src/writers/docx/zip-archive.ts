import { crc32 } from './crc32.js';

/** Compresses bytes with raw deflate (RFC 1951), as a zip entry holds them. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** One file of a zip archive, already compressed: it can be reused in many archives. */
export interface ZipEntry {
  readonly name: Uint8Array;
  /** The bytes as stored: deflated, or as they are when `stored`. */
  readonly compressed: Uint8Array;
  readonly stored: boolean;
  readonly crc: number;
  readonly size: number;
}

// Deflating a part this small saves a few hundred bytes and costs more than writing the rest.
const STORE_BELOW = 1024;

const encoder = new TextEncoder();

/**
 * Compresses one file for a zip archive. A part that is the same in many documents is
 * compressed once and its entry reused.
 *
 * @example
 * ```ts
 * const entry = zipEntry('word/styles.xml', new TextEncoder().encode(xml), deflate);
 * ```
 */
export function zipEntry(name: string, bytes: Uint8Array, deflate: Deflate): ZipEntry {
  const stored = bytes.length < STORE_BELOW;
  return {
    name: encoder.encode(name),
    compressed: stored ? bytes : deflate(bytes),
    stored,
    crc: crc32(bytes),
    size: bytes.length,
  };
}

// 1980-01-01 00:00, the earliest time zip can write: archives do not change with the clock.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes a zip archive (stored or deflated entries, no zip64: parts are far below 4 GB) from entries
 * compressed beforehand.
 *
 * @example
 * ```ts
 * const bytes = zipArchive([zipEntry('a.xml', data, deflate)]);
 * ```
 */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  let total = 22;
  for (const entry of entries) total += 30 + 46 + 2 * entry.name.length + entry.compressed.length;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  const offsets: number[] = [];
  let position = 0;
  const header = (signature: number, entry: ZipEntry, central: boolean): void => {
    view.setUint32(position, signature, true);
    position += 4;
    if (central) {
      view.setUint16(position, 20, true); // made by: version 2.0
      position += 2;
    }
    view.setUint16(position, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(position + 2, 0x0800, true); // names are UTF-8
    view.setUint16(position + 4, entry.stored ? 0 : 8, true); // stored or deflated
    view.setUint16(position + 6, DOS_TIME, true);
    view.setUint16(position + 8, DOS_DATE, true);
    view.setUint32(position + 10, entry.crc, true);
    view.setUint32(position + 14, entry.compressed.length, true);
    view.setUint32(position + 18, entry.size, true);
    view.setUint16(position + 22, entry.name.length, true);
    view.setUint16(position + 24, 0, true); // no extra field
    position += 26;
  };
  for (const entry of entries) {
    offsets.push(position);
    header(0x04034b50, entry, false);
    bytes.set(entry.name, position);
    position += entry.name.length;
    bytes.set(entry.compressed, position);
    position += entry.compressed.length;
  }
  const directory = position;
  entries.forEach((entry, index) => {
    header(0x02014b50, entry, true);
    view.setUint16(position, 0, true); // no comment
    view.setUint16(position + 2, 0, true); // disk 0
    view.setUint16(position + 4, 0, true); // internal attributes
    view.setUint32(position + 6, 0, true); // external attributes
    view.setUint32(position + 10, offsets[index] ?? 0, true);
    position += 14;
    bytes.set(entry.name, position);
    position += entry.name.length;
  });
  view.setUint32(position, 0x06054b50, true);
  view.setUint16(position + 4, 0, true);
  view.setUint16(position + 6, 0, true);
  view.setUint16(position + 8, entries.length, true);
  view.setUint16(position + 10, entries.length, true);
  view.setUint32(position + 12, position - directory, true);
  view.setUint32(position + 16, directory, true);
  view.setUint16(position + 20, 0, true);
  return bytes;
}
