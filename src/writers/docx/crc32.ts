// Four tables, so that the loop takes four bytes a turn ("slicing by 4"): a render's cold code
// runs each turn of a loop slowly, and most of a document's bytes are checksummed before the
// optimiser reaches the loop.
const TABLES = new Int32Array(4 * 256);
for (let index = 0; index < 256; index++) {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  TABLES[index] = value;
}
for (let index = 256; index < TABLES.length; index++) {
  const previous = TABLES[index - 256] ?? 0;
  TABLES[index] = (previous >>> 8) ^ (TABLES[previous & 0xff] ?? 0);
}

/**
 * The CRC-32 (the zip format's checksum) of some bytes.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')); // 0xcbf43926
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  const whole = bytes.length - (bytes.length % 4);
  let index = 0;
  for (; index < whole; index += 4) {
    crc ^=
      (bytes[index] ?? 0) |
      ((bytes[index + 1] ?? 0) << 8) |
      ((bytes[index + 2] ?? 0) << 16) |
      ((bytes[index + 3] ?? 0) << 24);
    crc =
      (TABLES[768 + (crc & 0xff)] ?? 0) ^
      (TABLES[512 + ((crc >>> 8) & 0xff)] ?? 0) ^
      (TABLES[256 + ((crc >>> 16) & 0xff)] ?? 0) ^
      (TABLES[crc >>> 24] ?? 0);
  }
  for (; index < bytes.length; index++) {
    crc = (TABLES[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}
