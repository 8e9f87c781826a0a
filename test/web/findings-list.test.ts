import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core.js';
import { problemSummary } from '../../web/src/findings-list.js';

const error = (line: number, message: string): Diagnostic => ({
  severity: 'error',
  code: 'invalid_text',
  message,
  line,
});
const warning: Diagnostic = { severity: 'warning', code: 'odd', message: 'looks odd' };

describe('problemSummary', () => {
  it('says there is nothing when there is nothing', () => {
    expect(problemSummary([])).toBe('No problems.');
    expect(problemSummary([warning])).toBe('No errors; 1 warning.');
  });

  it('names the count and the first error with its line', () => {
    expect(problemSummary([error(24, 'not a date')])).toBe('1 error at line 24: not a date.');
    expect(problemSummary([error(3, 'first'), error(9, 'second'), warning, warning])).toBe(
      '2 errors, the first at line 3: first. 2 warnings.',
    );
  });
});
