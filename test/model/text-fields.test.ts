import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/index.js';
import {
  findExcessiveNesting,
  MAX_EMPHASIS_RUN,
  MAX_MARKDOWN_NESTING,
} from '../../src/model/text-fields.js';
import { smallDraftInput } from '../support/drafts.js';

function withLetterBody(body: string): unknown {
  const input = smallDraftInput();
  const letter = input.documents[1];
  if (letter?.type !== 'letter') throw new Error('the small draft has a letter second');
  return { ...input, documents: [input.documents[0], { ...letter, body }] };
}

describe('findExcessiveNesting', () => {
  it('lets ordinary lists, quotations, rules and bold text through', () => {
    const markdown = [
      '- one',
      '  - two',
      '    1. three',
      '> quoted',
      '> > twice',
      '* * *',
      '*'.repeat(200),
      '**bold** and _italic_ and ***both***',
    ].join('\n');
    expect(findExcessiveNesting(markdown)).toBeUndefined();
  });

  it.each([
    ['quotations on one line', `${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}x`],
    ['list markers on one line', `${'- '.repeat(MAX_MARKDOWN_NESTING + 1)}x`],
    ['numbered markers on one line', `${'1. '.repeat(MAX_MARKDOWN_NESTING + 1)}x`],
    ['indentation', `${' '.repeat(4 * (MAX_MARKDOWN_NESTING + 1))}- x`],
  ])('finds lists or quotations nested too deep: %s', (_, markdown) => {
    expect(findExcessiveNesting(`first line\n${markdown}`)).toMatch(
      /^nests lists or quotations \d+ deep on its line 2/,
    );
  });

  it('finds a run of emphasis marks against text', () => {
    const markdown = `${'*'.repeat(MAX_EMPHASIS_RUN + 1)}x${'*'.repeat(MAX_EMPHASIS_RUN + 1)}`;
    expect(findExcessiveNesting(markdown)).toMatch(/run of 65 emphasis marks/);
  });

  it('makes a draft with a hostile body fail validation fast, naming the field', () => {
    const result = parseDraft(withLetterBody(`${'- '.repeat(10_000)}x`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: 'invalid_text',
      path: ['documents', 1, 'body'],
    });
  });
});
