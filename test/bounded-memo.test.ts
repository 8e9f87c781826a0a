import { describe, expect, it } from 'vitest';
import { remembered } from '../src/bounded-memo.js';

describe('remembered', () => {
  it('makes a value once per key, and starts again past its bound', () => {
    const known = new Map<string, number>();
    let made = 0;
    const make = (): number => ++made;
    expect(remembered(known, 'a', make)).toBe(1);
    expect(remembered(known, 'a', make)).toBe(1);
    for (let index = 0; index < 600; index++) remembered(known, `key ${index}`, make);
    expect(known.size).toBeLessThanOrEqual(512);
    expect(remembered(known, 'a', make)).toBe(made);
  });
});
