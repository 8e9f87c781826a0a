import { describe, expect, it } from 'vitest';
import {
  builtinFormats,
  checkFormats,
  type Diagnostic,
  type FormatSource,
  type TemplateHelper,
} from '../../src/index.js';
import { unGenevaManifest } from '../support/phrase-files.js';

// A format derived from un-geneva with some files of its own.
function derived(files: Record<string, string>): FormatSource {
  return {
    origin: 'formats/derived',
    files: { 'format.yaml': 'name: derived\nextends: un-geneva\n', ...files },
  };
}

function problemsOf(source: FormatSource, helpers: TemplateHelper[] = []): readonly Diagnostic[] {
  const reports = checkFormats({ formats: [...builtinFormats(), source], helpers });
  return reports.find((report) => report.origin === source.origin)?.problems ?? [];
}

describe('checking un-geneva when it loads', () => {
  it('finds no problem at all in its layouts and its phrases in all seven languages', () => {
    const [report] = checkFormats({ formats: builtinFormats() });
    expect(report?.name).toBe('un-geneva');
    expect(report?.format?.languages).toEqual(
      expect.arrayContaining(['en', 'en-US', 'fr', 'es', 'ru', 'ar', 'zh']),
    );
    expect(report?.format?.languages).toHaveLength(unGenevaManifest.languages.length);
    expect(unGenevaManifest.languages).toHaveLength(7);
    expect(report?.problems).toEqual([]);
  });
});

describe('the checks know the data issues of languages and references added', () => {
  it('accepts the communication in parts, the reply date and the grammar of names in a phrase', () => {
    const problems = problemsOf(
      derived({
        'phrases/en.yaml':
          'noteVerbale:\n  communication: "{{inReplyTo.typeName}} {{inReplyTo.type}} {{inReplyTo.country}} {{inReplyTo.serial}}/{{inReplyTo.year}}, due {{inReplyTo.replyBy}} ({{sender.gender}} {{recipient.article}} {{recipient.forms.dative}})"\n',
      }),
    );
    expect(problems).toEqual([]);
  });

  it('reports a misspelt field in a form by gender of an Arabic phrase, at its line and column', () => {
    const problems = problemsOf(
      derived({
        'phrases/ar.yaml':
          'noteVerbale:\n  closing:\n    feminine: "وتغتنم {{sender.mission}} {{inReplyTo.replyby}}"\n',
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'template_unknown_variable',
        file: 'formats/derived/phrases/ar.yaml',
        line: 3,
        column: 44,
      }),
    ]);
    expect(problems[0]?.message).toContain('in phrase "noteVerbale.closing.feminine"');
    expect(problems[0]?.message).toContain('did you mean "replyBy"?');
  });

  it('reports a field of the date phrase that is not there, and accepts those that are', () => {
    const problems = problemsOf(
      derived({
        'phrases/fr.yaml': 'date: "{{day}} {{monthName}} {{year}} ({{month}}) {{weekday}}"\n',
      }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('has no "weekday"'),
    ]);
  });

  it("knows an addressee's mandate, gender and role in a layout, and nothing else of the kind", () => {
    const letter =
      '<document>\n{{#each document.addressees}}<p>{{mandate}} {{gender}} {{role}} {{title}}</p>{{/each}}\n<p>{{#each document.addressees}}{{roles}}{{/each}}</p>\n<slot name="body"/>\n</document>\n';
    const problems = problemsOf(derived({ 'letter.hbs': letter }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template_unknown_variable', line: 3, column: 35 }),
    ]);
    expect(problems[0]?.message).toContain('did you mean "role"?');
  });

  it('takes the data of a phrase for each of its forms, with letter.address showing courtesy', () => {
    const problems = problemsOf(
      derived({
        'phrases/zh.yaml':
          'letter:\n  address:\n    one: "{{role}}{{courtesy}}"\n    many: "各位{{role}}{{honorific}}"\n',
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'template_unknown_variable',
        file: 'formats/derived/phrases/zh.yaml',
        line: 4,
      }),
    ]);
    expect(problems[0]?.message).toContain('did you mean "honorifics"?');
  });
});

describe('inflect is checked when the format loads', () => {
  it('takes the sender, the recipient of the phrase or of the layout, and a form name', () => {
    const problems = problemsOf(
      derived({
        'phrases/fr.yaml':
          'noteVerbale:\n  closing: "{{inflect sender \\"genitive\\"}} {{inflect recipient \\"dative\\"}}"\n',
        'note-verbale.hbs':
          '<document>\n<p>{{inflect document.recipient "dative"}}</p>\n<slot name="honourTo"/>\n<slot name="body"/>\n</document>\n',
      }),
    );
    expect(problems).toEqual([]);
  });

  it('refuses anything else, and a form that is not a name, each at its place', () => {
    const problems = problemsOf(
      derived({
        'phrases/es.yaml':
          'noteVerbale:\n  closing: \'{{inflect consideration "dative"}} {{inflect recipient "Dativo 2"}} {{inflect recipient}}\'\n',
      }),
    );
    expect(problems.map((problem) => [problem.code, problem.line, problem.message])).toEqual([
      [
        'template_helper_arguments',
        2,
        'in phrase "noteVerbale.closing": inflect takes the sender or the recipient, not "consideration"',
      ],
      [
        'template_helper_arguments',
        2,
        'in phrase "noteVerbale.closing": "Dativo 2" is not the name of a form, such as "dative" or "genitive"',
      ],
      [
        'template_helper_arguments',
        2,
        'in phrase "noteVerbale.closing": inflect takes the sender or the recipient, and the name of a form: {{inflect recipient "dative"}}',
      ],
    ]);
    expect(problems.map((problem) => problem.column)).toEqual([13, 48, 81]);
  });

  it("lets a drafter's own helper check its arguments the same way", () => {
    const shout: TemplateHelper = {
      name: 'shout',
      checkArguments: ([text]) =>
        text?.literal === undefined ? undefined : 'shout takes data, not a quoted text',
      call: ([text]) => String(text).toUpperCase(),
    };
    const problems = problemsOf(
      derived({
        'letter.hbs':
          '<document>\n<p>{{shout document.date}} {{shout "x"}}</p>\n<slot name="body"/>\n</document>\n',
      }),
      [shout],
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'template_helper_arguments',
        message: 'shout takes data, not a quoted text',
        line: 2,
        column: 28,
      }),
    ]);
  });
});

describe('phrases read as written are checked when the format loads', () => {
  it('refuses a direction other than ltr or rtl, and a title pattern that is no regular expression', () => {
    const problems = problemsOf(
      derived({
        'phrases/ar.yaml': 'direction: down\ntitles:\n  specialRapporteur: "المقرر (الخاص"\n',
      }),
    );
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['phrase_invalid', 1],
      ['phrase_invalid', 3],
    ]);
    expect(problems[0]?.message).toContain('direction must be ltr or rtl, not "down"');
    expect(problems[1]?.message).toContain('a title pattern must be a regular expression');
  });
});

describe('a phrase that one language has and another lacks', () => {
  it('is a warning, unless the other has it in forms by gender or number', () => {
    const problems = problemsOf(
      derived({
        'phrases/fr.yaml': 'letter:\n  postscript: P.-S.\n',
        'phrases/ru.yaml': 'letter:\n  postscript:\n    one: П. С.\n',
        'phrases/ar.yaml': 'letter:\n  postscript:\n    female: ملاحظة\n    male: ملاحظة\n',
      }),
    );
    const missing = problems
      .filter((problem) => problem.code === 'phrase_missing')
      .map((problem) => problem.message.match(/"([a-zA-Z-]+)" has no phrase "([^"]+)"/)?.slice(1));
    expect(missing).toEqual(
      expect.arrayContaining([
        ['en', 'letter.postscript'],
        ['es', 'letter.postscript'],
        ['zh', 'letter.postscript'],
      ]),
    );
    expect(missing.map((pair) => pair?.[0])).not.toContain('fr');
    expect(missing.map((pair) => pair?.[0])).not.toContain('ru');
    expect(missing.map((pair) => pair?.[0])).not.toContain('ar');
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('is no warning for the phrases a language may leave out (months, articles, titles)', () => {
    const problems = problemsOf(
      derived({
        'phrases/es.yaml': 'months:\n  1: enero\ncommunicationTypes:\n  UA: llamamiento urgente\n',
      }),
    );
    expect(problems).toEqual([]);
  });
});
