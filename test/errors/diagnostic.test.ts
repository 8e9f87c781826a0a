import { describe, expect, it } from 'vitest';
import { distinctDiagnostics, type Diagnostic } from '../../src/errors/diagnostic.js';

describe('distinctDiagnostics', () => {
  it('keeps each diagnostic once, in the order first found', () => {
    const one: Diagnostic = { severity: 'error', code: 'a', message: 'first', file: 'f', line: 1 };
    const two: Diagnostic = { severity: 'warning', code: 'b', message: 'second' };
    expect(distinctDiagnostics([one, two, { ...one }, two])).toEqual([one, two]);
    expect(distinctDiagnostics([one, { ...one, line: 2 }])).toHaveLength(2);
  });
});
