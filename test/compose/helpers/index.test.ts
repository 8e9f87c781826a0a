import { describe, expect, it } from 'vitest';
import { builtinHelpers, createDrafter } from '../../../src/index.js';
import { minimalFormat } from '../../format/format-fixtures.js';
import { failure } from '../../support/failure.js';
import { smallDraftInput, validDraft } from '../../support/drafts.js';

function render(
  paragraph: string,
  change?: (input: ReturnType<typeof smallDraftInput>) => void,
): string {
  const drafter = createDrafter({
    formats: [minimalFormat({ 'letter.hbs': `<document><p>${paragraph}</p></document>` })],
  });
  const input = smallDraftInput();
  input.format = 'mini';
  change?.(input);
  return (drafter.renderText(validDraft(input)).text.split('\f')[1] ?? '').trim();
}

describe('the built-in helpers', () => {
  it('are the ones the guide documents, registered like any other', () => {
    expect(builtinHelpers.map((helper) => helper.name)).toEqual([
      'and',
      'capitalize',
      'eq',
      'formatDate',
      'inflect',
      'join',
      'ne',
      'not',
      'or',
      'phrase',
      'upper',
    ]);
  });

  it('compare with eq and ne', () => {
    expect(render('{{#if (eq placement.letter.date "top")}}top{{else}}end{{/if}}')).toBe('top');
    expect(render('{{#if (ne placement.letter.date "top")}}not top{{else}}top{{/if}}')).toBe('top');
    expect(render('{{#if (eq index 1)}}second{{/if}}')).toBe('second');
  });

  it('combine with and, or and not, reading an empty list as false', () => {
    expect(render('{{#if (and document.signatory document.signatory.title)}}both{{/if}}')).toBe(
      'both',
    );
    expect(
      render('{{#if (and document.signatory document.enclosures)}}x{{else}}not both{{/if}}'),
    ).toBe('not both');
    expect(
      render('{{#if (and document.enclosures)}}x{{else}}empty{{/if}}', (input) => {
        (input.documents[1] as { enclosures?: string[] }).enclosures = [];
      }),
    ).toBe('empty');
    expect(render('{{#if (or sender.motto sender.city)}}one{{/if}}')).toBe('one');
    expect(render('{{#if (not sender.motto)}}no motto{{/if}}')).toBe('no motto');
  });

  it('join a list with a separator, a space by default', () => {
    const lines = (input: ReturnType<typeof smallDraftInput>) => {
      (input.sender as { missionLines?: string[] }).missionLines = [
        'Mission of Utopia',
        'at Geneva',
      ];
    };
    expect(render('{{join sender.missionLines " / "}}', lines)).toBe(
      'Mission of Utopia / at Geneva',
    );
    expect(render('{{join sender.missionLines}}', lines)).toBe('Mission of Utopia at Geneva');
  });

  it('write capitals, dates and phrases in the language of the document', () => {
    expect(render('{{upper sender.state}}')).toBe('REPUBLIC OF UTOPIA');
    expect(render('{{formatDate document.date}}')).toBe('2 April 2024');
    expect(render('{{phrase "placeAndDate" place="Bern" date="today"}}')).toBe('Bern, today');
  });

  it('are checked when the format loads: a misspelt helper is named with a suggestion', () => {
    const error = failure(() =>
      createDrafter({
        formats: [
          minimalFormat({ 'letter.hbs': '<document><p>{{uper sender.state}}</p></document>' }),
        ],
      }),
    );
    expect(error.message).toContain('there is no helper "uper" (did you mean "upper"?)');
  });
});
