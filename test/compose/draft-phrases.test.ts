import { describe, expect, it } from 'vitest';
import { createDrafter, type FormatSource } from '../../src/index.js';
import { minimalFormat } from '../format/format-fixtures.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';
import { failure } from '../support/failure.js';

const mini = (draft: Record<string, unknown> = {}) =>
  validDraft({ ...smallDraftInput(), format: 'mini', ...draft });

const BASE_PHRASES = String(minimalFormat().files['phrases/en.yaml']);

// The minimal format with its English phrases and some lines of its own; its letter shows the
// place and date.
function miniWith(
  phrases: string,
  files: Record<string, string> = {},
  base = BASE_PHRASES,
): FormatSource {
  return minimalFormat({
    'phrases/en.yaml': `${base}${phrases}\n`,
    'letter.hbs':
      '<document>\n<p>{{formulas.placeAndDate}}</p>\n<p>{{formulas.salutation}}</p>\n<slot name="body"/>\n</document>\n',
    ...files,
  });
}

function textOf(format: FormatSource, draft = mini()): string {
  return createDrafter({ formats: [format] }).renderText(draft).text;
}

describe('dates', () => {
  it('keeps a luxon pattern (dateFormat) working for formats that give one', () => {
    expect(textOf(miniWith(''))).toContain('Geneva, 2 April 2024');
  });

  it('takes a date phrase over a dateFormat in the same file, with luxon’s month name', () => {
    const text = textOf(miniWith('date: "{{year}}-{{month}}-{{day}} ({{monthName}})"'));
    expect(text).toContain('Geneva, 2024-4-2 (April)');
  });

  it('lets a derived format’s dateFormat win over its base’s date phrase', () => {
    const derived: FormatSource = {
      origin: 'formats/derived',
      files: {
        'format.yaml': 'name: derived\nextends: un-geneva\n',
        'phrases/en.yaml': 'dateFormat: "dd.MM.yyyy"\n',
      },
    };
    const text = createDrafter({ formats: [derived] }).renderText(
      validDraft({ ...smallDraftInput(), format: 'derived' }),
    ).text;
    expect(text).toContain('Geneva, 02.04.2024');
  });

  it('writes a day from the days table where the language has one', () => {
    const draft = mini();
    Object.assign(draft.documents[1]!, { date: '2024-04-01' });
    const text = textOf(
      miniWith('date: "{{day}} {{monthName}} {{year}}"\ndays: { 1: first }'),
      draft,
    );
    expect(text).toContain('first April 2024');
  });
});

describe('the reading direction of a language', () => {
  it('comes from the phrase file, unless the layout sets one', () => {
    const rtl = createDrafter({ formats: [miniWith('direction: rtl')] }).compose(mini());
    expect(rtl.tree.children.map((document) => document.direction)).toEqual(['rtl', 'rtl']);
    const layout =
      '<document direction="ltr">\n<p>{{formulas.salutation}}</p>\n<slot name="body"/>\n</document>\n';
    const mixed = createDrafter({
      formats: [miniWith('direction: rtl', { 'letter.hbs': layout })],
    }).compose(mini());
    expect(mixed.tree.children.map((document) => document.direction)).toEqual(['rtl', 'ltr']);
  });

  it('must be ltr or rtl, and a wrong one names the phrase file and line', () => {
    const error = failure(() => textOf(miniWith('direction: sideways')));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'phrase_invalid',
      file: 'formats/mini/phrases/en.yaml',
    });
    expect(error.diagnostics[0]?.line).toBeGreaterThan(10);
  });
});

describe('title patterns', () => {
  it('read a role from a title in the phrase file’s words', () => {
    const draft = mini();
    Object.assign((draft.documents[1] as { addressees: object[] }).addressees[0]!, {
      title: 'Rapporteuse on the right to food',
    });
    expect(textOf(miniWith('titles: { specialRapporteur: "Rapporteu(?:r|se)" }'), draft)).toContain(
      'Dear Ms. Special Rapporteur,',
    );
  });

  it('must be regular expressions, and a broken one names its file', () => {
    const error = failure(() =>
      textOf(miniWith('titles: { specialRapporteur: "Special (Rapporteur" }')),
    );
    expect(error.diagnostics[0]).toMatchObject({
      code: 'phrase_invalid',
      file: 'formats/mini/phrases/en.yaml',
    });
  });
});

describe('forms by gender and number', () => {
  it('asks for the gender where a phrase has forms by gender, even if it has a plain one too', () => {
    const draft = mini();
    Object.assign((draft.documents[1] as { addressees: object[] }).addressees[0]!, {
      honorific: 'Dr.',
    });
    const phrases = BASE_PHRASES.replace(
      '  salutation: "Dear {{address}},"',
      '  salutation: { one: "Dear {{address}},", female: { one: "Dear Madam {{address}}," } }',
    );
    expect(phrases).not.toBe(BASE_PHRASES);
    const error = failure(() => textOf(miniWith('', {}, phrases), draft));
    expect(error.code).toBe('gender_needed');
    expect(error.path).toEqual(['documents', 1, 'addressees', 0, 'gender']);
  });

  it('chooses the form for each draft anew from one drafter, whatever the drafts before asked for', () => {
    const phrases = BASE_PHRASES.replace(
      '  salutation: "Dear {{address}},"',
      '  salutation: { one: "Dear {{address}},", female: { one: "Dear Madam {{address}}," }, male: { one: "Dear Sir {{address}}," } }',
    );
    const drafter = createDrafter({ formats: [miniWith('', {}, phrases)] });
    const withGender = (gender: string | undefined) => {
      const draft = mini();
      Object.assign((draft.documents[1] as { addressees: object[] }).addressees[0]!, {
        honorific: 'Dr.',
        ...(gender === undefined ? {} : { gender }),
      });
      return draft;
    };
    for (const round of [1, 2]) {
      expect(drafter.renderText(withGender('female')).text, `round ${round}`).toContain(
        'Dear Madam',
      );
      expect(drafter.renderText(withGender('male')).text, `round ${round}`).toContain('Dear Sir');
      expect(failure(() => drafter.renderText(withGender(undefined))).code).toBe('gender_needed');
    }
  });

  it('reports inflect called on something that is not the sender or the recipient when the format loads', () => {
    const error = failure(() =>
      textOf(
        miniWith('', {
          'note-verbale.hbs': '<document>\n<p>{{inflect document "dative"}}</p>\n</document>\n',
        }),
      ),
    );
    expect(error.message).toContain('inflect takes the sender or the recipient, not "document"');
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_helper_arguments',
      file: 'formats/mini/note-verbale.hbs',
      line: 2,
      column: 4,
    });
  });
});
