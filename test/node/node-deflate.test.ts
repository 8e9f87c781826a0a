import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeDeflate } from '../../src/node/node-deflate.js';

// Text as a .docx part holds it: repeated markup, with words between.
const partText = fc
  .array(
    fc.constantFrom(
      '<w:p>',
      '<w:r><w:t>',
      'Mission',
      ' ',
      'note',
      '</w:t></w:r>',
      '</w:p>',
      'é',
      '\n',
    ),
    {
      maxLength: 12_000,
    },
  )
  .map((pieces) => new TextEncoder().encode(pieces.join('')));

describe('nodeDeflate', () => {
  it('gives the bytes of zlib level 6 with its largest window, for parts of every size', () => {
    fc.assert(
      fc.property(fc.oneof(partText, fc.uint8Array({ maxLength: 70_000 })), (bytes) => {
        const compressed = nodeDeflate(bytes);
        expect(Buffer.from(compressed).equals(deflateRawSync(bytes, { level: 6 }))).toBe(true);
        expect(Buffer.from(inflateRawSync(compressed)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same bytes on each side of every window size', () => {
    const text = new TextEncoder().encode(
      Array.from({ length: 4000 }, (_, index) => `<w:t>line ${(index * 7919) % 1009}</w:t>`).join(
        '',
      ),
    );
    for (let bits = 9; bits <= 16; bits++) {
      for (const length of [2 ** bits - 263, 2 ** bits - 262, 2 ** bits - 261, 2 ** bits]) {
        const bytes = text.subarray(0, length);
        expect(Buffer.from(nodeDeflate(bytes)).equals(deflateRawSync(bytes, { level: 6 }))).toBe(
          true,
        );
      }
    }
  });
});
