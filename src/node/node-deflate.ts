import { deflateRawSync } from 'node:zlib';

// Deflate's window is 2^windowBits bytes, of which all but 262 can be looked back into. A part
// that fits in a smaller window compresses to the same bytes in it, and zlib sets up a smaller
// window and hash chain faster: most parts of a note are a few kilobytes (measured: 84 against
// 60 microseconds for a note's body and properties).
const LOOKAHEAD = 262;

function windowBitsFor(length: number): number {
  let bits = 9;
  while (bits < 15 && 2 ** bits < length + LOOKAHEAD) bits++;
  return bits;
}

/**
 * Raw deflate by Node's zlib, which compresses .docx parts three to five times faster than the
 * portable default, small parts as well as large (measured in `npm run bench`'s setting). The
 * bytes are those of zlib's level 6 with its largest window, whatever the part's size.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats, deflate: nodeDeflate });
 * ```
 */
export function nodeDeflate(bytes: Uint8Array): Uint8Array {
  return deflateRawSync(bytes, { level: 6, windowBits: windowBitsFor(bytes.length) });
}
