import { describe, expect, it } from 'vitest';
import {
  checkFormats as checkCoreFormats,
  createDrafter as createCoreDrafter,
  type FormatSource,
  type TemplateHelper,
} from '../src/core.js';
import { createDrafter } from '../src/index.js';
import { minimalFormat } from './format/format-fixtures.js';
import { failure } from './support/failure.js';
import { smallDraftInput, validDraft } from './support/drafts.js';

function draftFor(format: string) {
  const input = smallDraftInput();
  input.format = format;
  return validDraft(input);
}

describe('a derived format overrides only what it changes', () => {
  it('changes the one phrase it overrides and nothing else in the whole text', () => {
    const derived: FormatSource = {
      origin: 'formats/one-phrase',
      files: {
        'format.yaml': 'name: one-phrase\nextends: un-geneva\n',
        'phrases/en.yaml': 'numberLabel: "Ref.:"\n',
      },
    };
    const drafter = createDrafter({ formats: [derived] });
    const base = drafter.renderText(draftFor('un-geneva')).text.split('\n');
    const changed = drafter.renderText(draftFor('one-phrase')).text.split('\n');
    expect(changed).toHaveLength(base.length);
    const differences = base
      .map((line, index) => [line, changed[index]])
      .filter(([before, after]) => before !== after);
    expect(differences).toEqual([['No: NV-2024-15', 'Ref.: NV-2024-15']]);
  });

  it('keeps its own layout, partial and style, and inherits the rest', () => {
    const derived: FormatSource = {
      origin: 'formats/own',
      files: {
        'format.yaml': 'name: own\nextends: un-geneva\nstyles:\n  seal: { size: 8 }\n',
        'partials/letterhead.hbs': '<p style="seal">{{sender.state}} ({{format}})</p>',
        'letter.hbs': '<document>{{> letterhead}}<p>{{formulas.salutation}}</p></document>',
      },
    };
    const drafter = createDrafter({ formats: [derived] });
    const [note, letter] = drafter.renderText(draftFor('own')).text.split('\f');
    expect(letter?.trim()).toBe('Republic of Utopia (own)\n\nDear Ms. Special Rapporteur,');
    expect(note).toContain('Republic of Utopia (own)');
    expect(note).toContain('No: NV-2024-15');
    expect(drafter.formats.get('own')?.styles.seal).toMatchObject({ size: 8 });
  });
});

describe('formats, helpers and partials given in code', () => {
  const helper: TemplateHelper = {
    name: 'initials',
    call: ([text]) =>
      String(text)
        .split(/\s+/)
        .map((word) => word.charAt(0))
        .join(''),
  };

  it('renders with a format given as strings only, through the browser-safe entry', () => {
    const drafter = createCoreDrafter({
      formats: [
        minimalFormat({
          'letter.hbs':
            '<document>{{> greeting}}<p>{{initials sender.mission}}</p><slot name="body"/></document>',
        }),
      ],
      helpers: [helper],
      partials: { greeting: '<p>{{formulas.salutation}}</p>' },
    });
    const text = drafter.renderText(draftFor('mini')).text;
    expect(text).toContain('Dear Ms. Special Rapporteur,\n\nPMotRoUttUNOaG');
  });

  it("lets a format's own partial win over one given in code", () => {
    const drafter = createCoreDrafter({
      formats: [
        minimalFormat({
          'letter.hbs': '<document>{{> greeting}}</document>',
          'partials/greeting.hbs': '<p>from the format</p>',
        }),
      ],
      partials: { greeting: '<p>from code</p>' },
    });
    expect(drafter.renderText(draftFor('mini')).text).toContain('from the format');
  });

  it('checks partials given in code like any template, naming them', () => {
    const error = failure(() =>
      createCoreDrafter({
        formats: [minimalFormat({ 'letter.hbs': '<document>{{> greeting}}</document>' })],
        partials: { greeting: '<p>{{formulas.salute}}</p>' },
      }),
    );
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_unknown_variable',
      file: '(code)/partials/greeting.hbs',
      line: 1,
      column: 6,
    });
  });

  it('refuses a helper named like one of handlebars’ own, or badly', () => {
    expect(
      failure(() =>
        createCoreDrafter({ formats: [minimalFormat()], helpers: [{ ...helper, name: 'each' }] }),
      ).code,
    ).toBe('helper_invalid');
    expect(
      failure(() =>
        createCoreDrafter({ formats: [minimalFormat()], helpers: [{ ...helper, name: 'a-b' }] }),
      ).code,
    ).toBe('helper_invalid');
  });

  it('refuses a partial given in code under a name no partial file could have', () => {
    for (const name of ['__proto__', '../letterhead', 'Big']) {
      expect(
        failure(() =>
          createCoreDrafter({ formats: [minimalFormat()], partials: { [name]: '<p>x</p>' } }),
        ).code,
      ).toBe('partial_invalid');
    }
  });

  it('lets a helper of the drafter replace a built-in one of the same name', () => {
    const drafter = createCoreDrafter({
      formats: [minimalFormat({ 'letter.hbs': '<document><p>{{upper "x"}}</p></document>' })],
      helpers: [{ name: 'upper', call: () => 'replaced' }],
    });
    expect(drafter.renderText(draftFor('mini')).text).toContain('replaced');
  });

  it('reports the problems of every format with checkFormats, without throwing', () => {
    const reports = checkCoreFormats({
      formats: [
        minimalFormat({ 'letter.hbs': '<document><p>{{nope}}</p><para/></document>' }),
        { origin: 'formats/x', files: { 'format.yaml': 'name: x\nextends: mini\n' } },
      ],
    });
    // x inherits mini's broken layout, and with it its problems, named in mini's file.
    expect(reports.map((report) => [report.name, report.problems.length])).toEqual([
      ['mini', 2],
      ['x', 2],
    ]);
    expect(reports[1]?.problems[0]?.file).toBe('formats/mini/letter.hbs');
    expect(reports.every((report) => report.format === undefined)).toBe(true);
    const error = failure(() =>
      createCoreDrafter({
        formats: [
          minimalFormat({ 'letter.hbs': '<document><p>{{nope}}</p><para/></document>' }),
          { origin: 'formats/x', files: { 'format.yaml': 'name: x\nextends: mini\n' } },
        ],
      }),
    );
    expect(error.diagnostics).toHaveLength(2);
  });
});
