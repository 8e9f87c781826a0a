import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/writers/docx/crc32.js';

describe('crc32', () => {
  it('gives the check value of the standard test string and of no bytes', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("agrees with zlib's CRC-32 on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });

  it('reads only the bytes of a view, not the rest of its buffer', () => {
    const buffer = new TextEncoder().encode('xx123456789yy');
    expect(crc32(buffer.subarray(2, 11))).toBe(0xcbf43926);
  });
});
