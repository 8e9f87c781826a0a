import { deflateSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';

// Below this size, setting up a zlib stream costs more than fflate's whole run.
const ZLIB_FROM = 4096;

/**
 * Raw deflate by Node's zlib, which compresses the large .docx parts (the body, the styles)
 * faster than the portable default; the small parts go through fflate, which starts faster.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats, deflate: nodeDeflate });
 * ```
 */
export function nodeDeflate(bytes: Uint8Array): Uint8Array {
  return bytes.length >= ZLIB_FROM
    ? deflateRawSync(bytes, { level: 6 })
    : deflateSync(bytes, { level: 6 });
}
