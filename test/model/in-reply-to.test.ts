import { describe, expect, it } from 'vitest';
import { parseDraft, parseDraftYaml } from '../../src/index.js';
import { exampleYaml, smallDraftInput } from '../support/drafts.js';

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

describe('the communication answered', () => {
  it('accepts the example reference', () => {
    const result = parseDraftYaml(exampleYaml);
    expect(result.ok && result.value.inReplyTo?.reference).toBe('AL KHM 2/2022');
  });

  it('refuses a malformed reference with its path, line and the form it should take', () => {
    const text = exampleYaml.replace('reference: AL KHM 2/2022', 'reference: AL KHM 2-2022');
    const result = parseDraftYaml(text, { file: 'reply.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(error.code).toBe('invalid_reference');
    expect(error.path).toEqual(['inReplyTo', 'reference']);
    expect(error.line).toBe(lineOf(text, 'AL KHM 2-2022'));
    expect(error.message).toContain('AL KHM 2-2022');
  });

  it('takes joint from a JAL reference, and refuses joint: false with one', () => {
    const input = smallDraftInput();
    input.inReplyTo = { reference: 'JUA UTO 1/2024', date: '2024-03-01' };
    const result = parseDraft(input);
    expect(result.ok && result.value.inReplyTo?.joint).toBe(true);

    input.inReplyTo = { reference: 'JUA UTO 1/2024', date: '2024-03-01', joint: false };
    const refused = parseDraft(input);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors[0].path).toEqual(['inReplyTo', 'joint']);
    expect(refused.errors[0].code).toBe('invalid_reference');
  });

  it('defaults joint to false and accepts a delay for the reply', () => {
    const input = smallDraftInput();
    input.inReplyTo = { reference: 'UA UTO 1/2024', date: '2024-03-01', replyWithinDays: 30 };
    const result = parseDraft(input);
    expect(result.ok && result.value.inReplyTo).toEqual({
      reference: 'UA UTO 1/2024',
      date: '2024-03-01',
      joint: false,
      replyWithinDays: 30,
    });
    input.inReplyTo = { reference: 'UA UTO 1/2024', date: '2024-03-01', replyWithinDays: 0 };
    const refused = parseDraft(input);
    expect(!refused.ok && refused.errors[0].path).toEqual(['inReplyTo', 'replyWithinDays']);
  });
});
