import { describe, expect, it } from 'vitest';
import { ChanceryError, createDrafter } from '../../src/index.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';
import { minimalFormat } from '../format/format-fixtures.js';

function failure(run: () => unknown): ChanceryError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChanceryError) return error;
    throw error;
  }
  throw new Error('expected a ChanceryError');
}

function draftFor(format: string) {
  const input = smallDraftInput();
  input.format = format;
  return validDraft(input);
}

describe('template errors name the file, line and column', () => {
  it('reports a template that does not parse when the format loads', () => {
    const error = failure(() =>
      createDrafter({
        formats: [minimalFormat({ 'letter.hbs': '<document>\n<p>{{#if x}}open</p>\n</document>' })],
      }),
    );
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_syntax',
      file: 'formats/mini/letter.hbs',
    });
    expect(error.diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports an unknown helper when the format loads', () => {
    const error = failure(() =>
      createDrafter({
        formats: [
          minimalFormat({
            'letter.hbs': '<document>\n  <p>{{shout document.date}}</p>\n</document>',
          }),
        ],
      }),
    );
    expect(error.diagnostics[0]).toMatchObject({
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 6,
    });
    expect(error.message).toContain('shout');
  });

  it('reports an unknown partial when the format loads', () => {
    const error = failure(() =>
      createDrafter({
        formats: [minimalFormat({ 'letter.hbs': '<document>\n{{> nowhere}}\n</document>' })],
      }),
    );
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_unknown_partial',
      line: 2,
      column: 1,
    });
  });

  it('reports an unknown variable instead of writing an empty string', () => {
    const drafter = createDrafter({
      formats: [
        minimalFormat({ 'letter.hbs': '<document>\n<p>{{document.nickname}}</p>\n</document>' }),
      ],
    });
    const error = failure(() => drafter.renderText(draftFor('mini')));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_unknown_variable',
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 6,
    });
  });

  it('reports an unknown element of the layout vocabulary', () => {
    const drafter = createDrafter({
      formats: [minimalFormat({ 'letter.hbs': '<document>\n  <para>x</para>\n</document>' })],
    });
    const error = failure(() => drafter.renderText(draftFor('mini')));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'layout_unknown_element',
      line: 2,
      column: 3,
    });
  });

  it('reports an unknown attribute and an unknown style', () => {
    const attribute = createDrafter({
      formats: [minimalFormat({ 'letter.hbs': '<document><p colour="red">x</p></document>' })],
    });
    expect(failure(() => attribute.renderText(draftFor('mini'))).code).toBe(
      'layout_unknown_attribute',
    );
    const style = createDrafter({
      formats: [minimalFormat({ 'letter.hbs': '<document><p style="fancy">x</p></document>' })],
    });
    expect(failure(() => style.renderText(draftFor('mini'))).message).toContain('"fancy"');
  });

  it('reports a phrase that names an unknown variable at the phrase', () => {
    const source = minimalFormat();
    const phrases = String(source.files['phrases/en.yaml']).replace(
      '"Please accept."',
      '"Please accept, {{adress}}."',
    );
    const drafter = createDrafter({ formats: [minimalFormat({ 'phrases/en.yaml': phrases })] });
    const error = failure(() => drafter.renderText(draftFor('mini')));
    expect(error.diagnostics[0]).toMatchObject({ file: 'formats/mini/phrases/en.yaml' });
    expect(error.message).toContain('letter.closing');
  });

  it('cannot reach object prototypes from a template', () => {
    const drafter = createDrafter({
      formats: [
        minimalFormat({
          'letter.hbs': '<document><p>[{{document.constructor.name}}]</p></document>',
        }),
      ],
    });
    const result = (() => {
      try {
        return drafter.renderText(draftFor('mini')).text;
      } catch (error) {
        return error instanceof ChanceryError ? 'refused' : 'crashed';
      }
    })();
    expect(result).not.toContain('Object');
    expect(result).not.toBe('crashed');
  });
});

describe('escaping', () => {
  it('lets no entity reach the document: the data comes out exactly as written', () => {
    const input = smallDraftInput();
    (input.sender as { mission: string }).mission = `Mission "A&B" <Geneva> l'État`;
    const drafter = createDrafter({ formats: [minimalFormat()] });
    input.format = 'mini';
    const text = drafter.renderText(validDraft(input)).text;
    expect(text).toContain(`Mission "A&B" <Geneva> l'État greets`);
    expect(text).not.toMatch(/&amp;|&#x27;|&quot;|&lt;/);
  });
});
