import { describe, expect, it } from 'vitest';
import {
  checkNoteNumber,
  parseDraftYaml,
  parseNumberPattern,
  type NumberPattern,
} from '../../src/index.js';
import { exampleYaml } from '../support/drafts.js';

function pattern(source: string): NumberPattern {
  const read = parseNumberPattern(source);
  if (typeof read === 'string') throw new Error(read);
  return read;
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

describe('mission number patterns', () => {
  it('reads tokens and literal text', () => {
    expect(pattern('{yyyy}/{mm}/{serial}').tokens).toEqual(['yyyy', 'mm', 'serial']);
    expect(pattern('NV.{serial}-{yy}').regex.test('NV.15-24')).toBe(true);
    expect(pattern('NV.{serial}-{yy}').regex.test('NVx15-24')).toBe(false);
  });

  it('refuses an unknown token and a pattern without tokens', () => {
    expect(parseNumberPattern('{yyyy}/{month}')).toContain('unknown token {month}');
    expect(parseNumberPattern('NV')).toContain('no token');
  });

  it("checks a note's number against the pattern and against its date", () => {
    const seed = pattern('{yyyy}/{mm}/{serial}');
    expect(checkNoteNumber(seed, '2022/11/657', '2022-11-15')).toBeUndefined();
    expect(checkNoteNumber(seed, '657', '2022-11-15')).toContain('does not follow');
    expect(checkNoteNumber(seed, '2022/10/657', '2022-11-15')).toContain('the month');
    expect(checkNoteNumber(seed, '2021/11/657', '2022-11-15')).toContain('the year');
    expect(checkNoteNumber(pattern('{serial}/{yy}'), '15/22', '2022-03-01')).toBeUndefined();
    expect(checkNoteNumber(pattern('{m}-{serial}'), '3-15', '2022-03-01')).toBeUndefined();
  });

  it('accepts the example, whose sender gives the pattern', () => {
    expect(exampleYaml).toContain("numberPattern: '{yyyy}/{mm}/{serial}'");
    expect(parseDraftYaml(exampleYaml).ok).toBe(true);
  });

  it("refuses a note whose number disagrees with the pattern, at the number's line", () => {
    const text = exampleYaml.replace('number: 2022/11/657', 'number: 2022/10/657');
    const result = parseDraftYaml(text, { file: 'reply.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: 'number_pattern',
      path: ['documents', 0, 'number'],
      line: lineOf(text, '2022/10/657'),
    });
  });

  it('refuses a malformed pattern at its own field', () => {
    const text = exampleYaml.replace("'{yyyy}/{mm}/{serial}'", "'{yyyy}/{month}'");
    const result = parseDraftYaml(text);
    expect(!result.ok && result.errors[0]).toMatchObject({
      code: 'invalid_number_pattern',
      path: ['sender', 'numberPattern'],
      line: lineOf(text, '{yyyy}/{month}'),
    });
  });
});
