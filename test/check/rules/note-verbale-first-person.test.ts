import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/index.js';
import { findingsOf, noteOf } from '../rule-harness.js';

const rule = checkRules.find((candidate) => candidate.id === 'note_verbale_first_person')!;

describe('note_verbale_first_person', () => {
  it('fires on "we", "our", "I" and "my" in the note, at the word', () => {
    const findings = findingsOf(rule, (input) => {
      noteOf(input).body =
        'We trust that our reply helps. I remain at your disposal with my thanks.';
    });
    expect(findings.map((finding) => finding.message.match(/says "(\w+)"/)?.[1])).toEqual([
      'We',
      'our',
      'I',
      'my',
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'note_verbale_first_person',
      path: ['documents', 0, 'body'],
    });
  });

  it('stays quiet on the third person, on quotations, on "US" and on "Annex I"', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(
      findingsOf(rule, (input) => {
        noteOf(input).body = [
          'The Permanent Mission recalls the words “we shall act” of the Minister, and the "I" of the witness.',
          '',
          '> We were told nothing.',
          '',
          'The US delegation and Annex I are referred to.',
        ].join('\n');
      }),
    ).toEqual([]);
  });

  it('leaves letters, which are written in the first person, alone', () => {
    const findings = findingsOf(rule, (input) => {
      (input.documents[1] as { body: string }).body = 'We and I reply to our friends.';
    });
    expect(findings).toEqual([]);
  });
});
