import { describe, expect, it } from 'vitest';
import type { ChanceryError } from '../../src/index.js';
import { checkFormats, createDrafter, type TemplateHelper } from '../../src/index.js';
import { failure } from '../support/failure.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';
import { minimalFormat } from '../format/format-fixtures.js';

function draftFor(format: string) {
  const input = smallDraftInput();
  input.format = format;
  return validDraft(input);
}

function loadWith(files: Record<string, string>): ChanceryError {
  return failure(() => createDrafter({ formats: [minimalFormat(files)] }));
}

describe('template errors are found when the format loads, with file, line and column', () => {
  it('reports a template that does not parse', () => {
    const error = loadWith({ 'letter.hbs': '<document>\n<p>{{#if x}}open</p>\n</document>' });
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_syntax',
      file: 'formats/mini/letter.hbs',
    });
    expect(error.diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports an unknown helper', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n  <p>{{shout document.date}}</p>\n</document>',
    });
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_unknown_helper',
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 8,
    });
    expect(error.message).toContain('shout');
  });

  it('reports an unknown partial, and refuses a partial named by a path', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n{{> nowhere}}\n<p>x</p>{{> ../../secret}}\n</document>',
    });
    expect(error.diagnostics).toEqual([
      expect.objectContaining({ code: 'template_unknown_partial', line: 2, column: 1 }),
      expect.objectContaining({ code: 'template_unknown_partial', line: 3, column: 9 }),
    ]);
    expect(error.diagnostics[1]?.message).toContain('not a partial');
  });

  it('reports an unknown variable against the data the layout sees, before any draft is rendered', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n<p>{{document.nickname}}</p>\n<p>{{sender.stat}}</p>\n</document>',
    });
    expect(error.diagnostics).toEqual([
      expect.objectContaining({
        code: 'template_unknown_variable',
        file: 'formats/mini/letter.hbs',
        line: 2,
        column: 6,
      }),
      expect.objectContaining({ code: 'template_unknown_variable', line: 3, column: 6 }),
    ]);
    expect(error.diagnostics[1]?.message).toContain('did you mean "state"');
  });

  it('checks a variable against its document kind: a letter has no recipient, a note verbale has', () => {
    const error = loadWith({
      'letter.hbs': '<document><p>{{document.recipient.name}}</p></document>',
      'note-verbale.hbs': '<document><p>{{document.recipient.name}}</p></document>',
    });
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]).toMatchObject({ file: 'formats/mini/letter.hbs', column: 16 });
  });

  it('follows the data into {{#each}}, {{#with}} and partials, and checks @root and ../', () => {
    const error = loadWith({
      'letter.hbs': [
        '<document>',
        '{{#each document.addressees}}<p>{{name}} {{titel}} {{@index}} {{../document.date}}</p>{{/each}}',
        '{{#with document.signatory}}<p>{{name}} {{@root.sender.cty}}</p>{{/with}}',
        '{{> block}}',
        '</document>',
      ].join('\n'),
      'partials/block.hbs': '<p>{{formulas.salutation}} {{formulas.salutaton}}</p>',
    });
    expect(
      error.diagnostics.map((problem) => [problem.file, problem.line, problem.column]),
    ).toEqual([
      ['formats/mini/letter.hbs', 2, 44],
      ['formats/mini/letter.hbs', 3, 43],
      ['formats/mini/partials/block.hbs', 1, 30],
    ]);
  });

  it('gives a partial the data it is included with, and no ../ beyond it', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n{{> who document.signatory}}\n</document>',
      'partials/who.hbs': '<p>{{name}} {{@root.sender.state}} {{../document.date}}</p>',
    });
    expect(error.diagnostics).toEqual([
      expect.objectContaining({
        code: 'template_unknown_variable',
        file: 'formats/mini/partials/who.hbs',
        line: 1,
        column: 38,
      }),
    ]);
    expect(error.diagnostics[0]?.message).toContain('climbs above');
  });

  it('reports an unknown element at its place in the template, not in the expanded output', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n{{#if document.body}}\n  <para>x</para>\n{{/if}}\n</document>',
    });
    expect(error.diagnostics[0]).toMatchObject({
      code: 'layout_unknown_element',
      file: 'formats/mini/letter.hbs',
      line: 3,
      column: 3,
    });
  });

  it('reports an unknown attribute and an unknown style at the attribute', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n<p colour="red">x</p>\n<p\n  style="fancy">y</p>\n</document>',
    });
    expect(error.diagnostics).toEqual([
      expect.objectContaining({ code: 'layout_unknown_attribute', line: 2, column: 4 }),
      expect.objectContaining({ code: 'layout_unknown_style', line: 4, column: 3 }),
    ]);
    expect(error.diagnostics[1]?.message).toContain('"fancy"');
  });

  it('reports misplaced elements and text outside a paragraph', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n<b>x</b>\n<p><p>y</p></p>\n{{formulas.closing}}\n</document>',
    });
    expect(error.diagnostics.map((problem) => [problem.code, problem.line])).toEqual([
      ['layout_misplaced_element', 2],
      ['layout_misplaced_element', 3],
      ['layout_stray_text', 4],
    ]);
  });

  it('reports a partial that writes paragraphs inside a paragraph, at the partial', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n<p>{{> closing}}</p>\n</document>',
      'partials/closing.hbs': '<p>{{formulas.closing}}</p>',
    });
    expect(error.diagnostics[0]).toMatchObject({
      code: 'layout_misplaced_element',
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 4,
    });
  });

  it('reports a comparison with a value that a placement choice can never take', () => {
    const error = loadWith({
      'letter.hbs':
        '<document>{{#if (eq placement.letter.date "bottom")}}<p>x</p>{{/if}}</document>',
    });
    expect(error.diagnostics[0]).toMatchObject({ code: 'template_impossible_value', column: 43 });
    expect(error.message).toContain('"top" or "end"');
  });

  it('reports a phrase asked for by name that no language has', () => {
    const error = loadWith({
      'letter.hbs': '<document><p>{{phrase "numberLable"}}</p></document>',
    });
    expect(error.diagnostics[0]).toMatchObject({ code: 'template_unknown_phrase', column: 23 });
  });

  it('reports every problem at once, across templates and phrase files, in format check', () => {
    const source = minimalFormat();
    const phrases = String(source.files['phrases/en.yaml']).replace(
      '"Please accept."',
      '"Please accept, {{adress}}."',
    );
    const files = {
      'letter.hbs': '<document><p>{{document.nickname}}</p></document>',
      'note-verbale.hbs': '<document><para/></document>',
      'phrases/en.yaml': phrases,
    };
    const [report] = checkFormats({ formats: [minimalFormat(files)] });
    expect(report?.problems.map((problem) => problem.file).sort()).toEqual([
      'formats/mini/letter.hbs',
      'formats/mini/note-verbale.hbs',
      'formats/mini/phrases/en.yaml',
    ]);
    // Loading for drafts stops at the templates; the phrases wait for a draft in their language.
    expect(
      loadWith(files)
        .diagnostics.map((problem) => problem.file)
        .sort(),
    ).toEqual(['formats/mini/letter.hbs', 'formats/mini/note-verbale.hbs']);
  });

  it('reports a phrase that names an unknown variable at its line and column in the YAML file, before a draft in its language is written', () => {
    const source = minimalFormat();
    const phrases = String(source.files['phrases/en.yaml']).replace(
      '"Please accept."',
      '"Please accept, {{adress}}."',
    );
    const drafter = createDrafter({ formats: [minimalFormat({ 'phrases/en.yaml': phrases })] });
    const line = phrases.split('\n').findIndex((text) => text.includes('adress')) + 1;
    const column = (phrases.split('\n')[line - 1] ?? '').indexOf('adress') + 1;
    const expected = {
      code: 'template_unknown_variable',
      file: 'formats/mini/phrases/en.yaml',
      line,
      column,
    };
    // Any draft in the language is refused, even one that would not use the phrase.
    const error = failure(() => drafter.compose(draftFor('mini')));
    expect(error.diagnostics[0]).toMatchObject(expected);
    expect(error.message).toContain('letter.closing');
    expect(error.message).toContain('did you mean "address"');
    expect(failure(() => drafter.renderText(draftFor('mini'))).diagnostics[0]).toMatchObject(
      expected,
    );
    const [report] = checkFormats({ formats: [minimalFormat({ 'phrases/en.yaml': phrases })] });
    expect(report?.problems[0]).toMatchObject(expected);
  });

  it('checks each language of a format on its own: a broken French phrase refuses French drafts only', async () => {
    const drafter = createDrafter({
      formats: [
        minimalFormat({
          'phrases/fr.yaml': String(minimalFormat().files['phrases/en.yaml']).replace(
            '"Please accept."',
            '"Veuillez agréer, {{adresse}}."',
          ),
        }),
      ],
    });
    const english = draftFor('mini');
    expect((await drafter.renderDocx(english)).bytes.length).toBeGreaterThan(0);
    const error = failure(() => drafter.compose({ ...english, language: 'fr' }));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'template_unknown_variable',
      file: 'formats/mini/phrases/fr.yaml',
    });
  });

  it('cannot reach object prototypes from a template', () => {
    const error = loadWith({
      'letter.hbs': '<document><p>[{{document.constructor.name}}]</p></document>',
    });
    expect(error.code).toBe('template_unknown_variable');
    // Nor through a helper's data, which the static check cannot follow: the runtime refuses too.
    const helper: TemplateHelper = { name: 'itself', call: ([value]) => value };
    const drafter = createDrafter({
      formats: [
        minimalFormat({
          'letter.hbs':
            '<document><p>[{{#with (itself document)}}{{constructor.name}}{{/with}}]</p></document>',
        }),
      ],
      helpers: [{ ...helper, changesContext: true }],
    });
    const result = failure(() => drafter.renderText(draftFor('mini')));
    expect(result.code).toBe('template_unknown_variable');
    expect(result.diagnostics[0]).toMatchObject({ file: 'formats/mini/letter.hbs', line: 1 });
  });

  it('refuses {{{value}}}, which would let the data write layout markup', () => {
    const error = loadWith({
      'letter.hbs': '<document>\n<p>{{{sender.mission}}} {{& sender.city}}</p>\n</document>',
    });
    expect(
      error.diagnostics.map((problem) => [problem.code, problem.line, problem.column]),
    ).toEqual([
      ['template_unescaped', 2, 4],
      ['template_unescaped', 2, 25],
    ]);
  });

  it('has no lookup or log helper, which would escape the checks or print', () => {
    const error = loadWith({
      'letter.hbs': '<document><p>{{lookup document "body"}}{{log "x"}}</p></document>',
    });
    expect(error.diagnostics.map((problem) => problem.code)).toEqual([
      'template_unknown_helper',
      'template_unknown_helper',
    ]);
  });
});

describe('errors only rendering can find still name the template', () => {
  it('reports a style named by the data at the element in the template', () => {
    const drafter = createDrafter({
      formats: [
        minimalFormat({
          'letter.hbs': '<document>\n  <p style="{{document.place}}">x</p>\n</document>',
        }),
      ],
    });
    const input = smallDraftInput();
    input.format = 'mini';
    (input.documents[1] as { place?: string }).place = 'fancy';
    const error = failure(() => drafter.renderText(validDraft(input)));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'layout_unknown_style',
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 3,
    });
  });

  it('reports an image path from the data that leaves the folders, at the element', () => {
    const drafter = createDrafter({
      formats: [
        minimalFormat({
          'letter.hbs':
            '<document>\n<image src="{{document.place}}" height="20"/>\n<p>x</p>\n</document>',
        }),
      ],
    });
    const input = smallDraftInput();
    input.format = 'mini';
    (input.documents[1] as { place?: string }).place = '../../etc/passwd';
    const error = failure(() => drafter.renderText(validDraft(input)));
    expect(error.diagnostics[0]).toMatchObject({
      code: 'path_outside_format',
      file: 'formats/mini/letter.hbs',
      line: 2,
      column: 1,
    });
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

describe('precompiled templates', () => {
  it('render as compiled ones do, and a failure still names the file, line and column', async () => {
    const { createTemplateEnvironment } = await import('../../src/compose/template-environment.js');
    const { builtinHelpers } = await import('../../src/compose/helpers/index.js');
    const environment = createTemplateEnvironment(builtinHelpers);
    const template = {
      file: 'probe.hbs',
      source: '<p>{{a.b}}</p>\n<p>{{#each list}}{{c.d}}{{/each}}</p>',
    };
    const parsed = environment.parse(template);
    if (!('ast' in parsed)) throw new Error('the probe does not parse');
    const compiled = environment.compileTemplate(template, parsed.ast);
    // The precompiled form is JavaScript: evaluated here as a build's module would be.
    const form = environment.precompileTemplate(parsed.ast);
    const module = (await import(
      `data:text/javascript,${encodeURIComponent(`export default ${form};`)}`
    )) as { default: Parameters<typeof environment.adoptTemplate>[1] };
    const specification = module.default;
    const adopted = environment.adoptTemplate(template, specification);
    const run = { helperContext: {} as never, partials: {} };
    const context = { a: { b: 'x & y' }, list: [{ c: { d: 1 } }] };
    expect(environment.renderTemplate(adopted, context, run)).toBe(
      environment.renderTemplate(compiled, context, run),
    );
    expect(environment.renderTemplate(adopted, context, run)).toContain('x &amp; y');
    const broken = { a: { b: 'x' }, list: [{}] };
    const error = failure(() => environment.renderTemplate(adopted, broken, run));
    const expected = failure(() => environment.renderTemplate(compiled, broken, run));
    expect(error.diagnostics[0]).toEqual(expected.diagnostics[0]);
    expect(error.diagnostics[0]).toMatchObject({ file: 'probe.hbs', line: 2 });
  });
});

describe('phrases without a mustache', () => {
  it('come out as handlebars gives them, whatever their characters', async () => {
    const fc = await import('fast-check');
    const Handlebars = (await import('handlebars')).default;
    const { createTemplateEnvironment } = await import('../../src/compose/template-environment.js');
    const { builtinHelpers } = await import('../../src/compose/helpers/index.js');
    const environment = createTemplateEnvironment(builtinHelpers);
    const handlebars = Handlebars.create();
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('{', '}', '\\', ' ', '\n', '\r', 'a', '&', '<', '~', '!'),
      }),
    );
    fc.assert(
      fc.property(
        text.filter((source) => !source.includes('{{')),
        (source) => {
          const phrase = { source, file: 'phrases/en.yaml', line: 1, column: 1 };
          const expected = handlebars.compile(source, { strict: true, noEscape: true })({});
          expect(environment.renderPhrase(phrase, 'probe', {}, {} as never)).toBe(expected);
        },
      ),
    );
  });
});
