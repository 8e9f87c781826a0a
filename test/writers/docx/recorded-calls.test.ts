import { describe, expect, it } from 'vitest';
import { recordCalls, recordedCalls } from '../../../src/writers/docx/recorded-calls.js';

class Base {
  readonly items: unknown[] = [];
  add(item: unknown): number {
    return this.items.push(item);
  }
}

class Counter extends Base {
  constructor(readonly start: number) {
    super();
  }
  twice(item: unknown): void {
    this.add(item);
    this.add(item);
  }
  get size(): number {
    return this.items.length;
  }
  prepForXml(): unknown {
    return this.items;
  }
}

describe('recordCalls', () => {
  it('records how an object was built and each call on its methods, its own and inherited', () => {
    const counter = recordCalls(new Counter(3), 3);
    expect(counter.add('a')).toBe(1);
    counter.twice({ b: [1, 'c'] });
    expect(counter.size).toBe(3);
    counter.prepForXml();
    expect(counter.items).toEqual(['a', { b: [1, 'c'] }, { b: [1, 'c'] }]);
    expect(JSON.parse(recordedCalls(counter) ?? '')).toEqual([
      ['new', [3]],
      ['add', ['a']],
      ['twice', [{ b: [1, 'c'] }]],
      ['add', [{ b: [1, 'c'] }]],
      ['add', [{ b: [1, 'c'] }]],
    ]);
  });

  it('gives equal records for equal calls and different ones for different calls', () => {
    const calls = (items: unknown[]): string | undefined => {
      const counter = recordCalls(new Counter(0), 0);
      for (const item of items) counter.add(item);
      return recordedCalls(counter);
    };
    expect(calls(['a', 1])).toBe(calls(['a', 1]));
    expect(calls(['a', 1])).not.toBe(calls(['a', '1']));
    expect(calls([undefined])).not.toBe(calls([[]]));
  });

  it('gives no record for an object never recorded, or given what is not plain data', () => {
    expect(recordedCalls(new Counter(0))).toBeUndefined();
    const spoiled = [
      new Counter(0),
      null,
      { value: undefined },
      [undefined],
      Number.NaN,
      () => 1,
      new Map(),
    ];
    for (const argument of spoiled) {
      const counter = recordCalls(new Counter(0), 0);
      counter.add('fine');
      counter.add(argument);
      counter.add('fine again');
      expect(recordedCalls(counter)).toBeUndefined();
    }
    expect(recordedCalls(recordCalls(new Counter(0), new Counter(1)))).toBeUndefined();
  });
});
