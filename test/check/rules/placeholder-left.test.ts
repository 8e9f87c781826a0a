import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, letterOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'placeholder_left')!;

describe('placeholder_left', () => {
  it('fires on every field still holding TODO', () => {
    const findings = findingsOf(rule, (input) => {
      noteOf(input).number = 'TODO';
      letterOf(input).body = 'Dear colleagues,\n\nTODO the reply.';
    });
    expect(findings.map((finding) => finding.path)).toEqual([
      ['documents', 0, 'number'],
      ['documents', 1, 'body'],
    ]);
    expect(findings[0]?.severity).toBe('error');
  });

  it('stays quiet once everything is filled in', () => {
    expect(findingsOf(rule)).toEqual([]);
  });
});
