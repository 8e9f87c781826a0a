import { describe, expect, it } from 'vitest';
import { base64 } from '../../../src/writers/html/base64.js';

describe('base64', () => {
  it("encodes as Node's own encoder does, for every length of padding", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => (index * 37) % 256);
    for (let length = 0; length <= 9; length++) {
      const part = bytes.slice(0, length);
      expect(base64(part)).toBe(Buffer.from(part).toString('base64'));
    }
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
