import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'herewith_without_enclosure')!;

describe('herewith_without_enclosure', () => {
  it('fires on a note verbale alone that transmits something herewith', () => {
    const findings = findingsOf(rule, (input) => {
      input.documents.splice(1);
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      path: ['documents', 0, 'honourTo'],
    });
    expect(findings[0]?.message).toContain('"herewith"');
  });

  it('stays quiet when the note lists its enclosures', () => {
    expect(
      findingsOf(rule, (input) => {
        input.documents.splice(1);
        noteOf(input).enclosures = ['Reply of the Government'];
      }),
    ).toEqual([]);
  });

  it('counts a letter that follows the note as what it transmits', () => {
    expect(findingsOf(rule)).toEqual([]);
  });

  it('stays quiet on a note that transmits nothing', () => {
    expect(
      findingsOf(rule, (input) => {
        input.documents.splice(1);
        noteOf(input).honourTo = 'inform the latter that the reply will follow.';
      }),
    ).toEqual([]);
  });
});
