import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'spelling_variant')!;

describe('spelling_variant', () => {
  it('fires on US spelling under en, suggesting the UN spelling', () => {
    const findings = findingsOf(rule, (input) => {
      letterOf(input).body = 'I have the honor to reply. Labor law applies.';
    });
    expect(findings.map((finding) => finding.suggestion)).toEqual(['honour', 'Labour']);
    expect(findings[0]).toMatchObject({ severity: 'error', path: ['documents', 1, 'body'] });
  });

  it('fires on UN spelling under en-US', () => {
    const findings = findingsOf(rule, (input) => {
      input.language = 'en-US';
      noteOf(input).body = 'The centre of the endeavour.';
      letterOf(input).body = 'I have the honor to reply.';
    });
    expect(findings.map((finding) => finding.suggestion)).toEqual(['center', 'endeavor']);
  });

  it('stays quiet on the right spelling, on quoted words and in other languages', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(
      findingsOf(rule, (input) => {
        letterOf(input).body = 'The report, in its words “the labor camp”, is noted with honour.';
      }),
    ).toEqual([]);
    expect(
      findingsOf(rule, (input) => {
        input.language = 'en-US';
        letterOf(input).body = 'I have the honor to reply; labor disputes; care center.';
      }),
    ).toEqual([]);
  });
});
