import { describe, expect, it } from 'vitest';
import { builtinHelpers } from '../../src/compose/helpers/index.js';
import {
  createTemplateEnvironment,
  type TemplateSpecification,
} from '../../src/compose/template-environment.js';
import { createRuntimeEnvironment } from '../../src/compose/template-runtime.js';
import { ChanceryError } from '../../src/errors/chancery-error.js';

// Precompiled JavaScript, evaluated as a build's module would be.
async function evaluated(form: string): Promise<TemplateSpecification> {
  const module = (await import(
    `data:text/javascript,${encodeURIComponent(`export default ${form};`)}`
  )) as { default: TemplateSpecification };
  return module.default;
}

const compiler = createTemplateEnvironment(builtinHelpers);
const runtime = createRuntimeEnvironment(builtinHelpers);
const run = { helperContext: { language: 'fr' } as never, partials: {} };

describe('createRuntimeEnvironment', () => {
  it('renders a precompiled layout as the compiling environment renders it, failures included', async () => {
    const template = {
      file: 'probe.hbs',
      source: '<p>{{a.b}}</p>\n<p>{{#each list}}{{c.d}}{{/each}}</p>',
    };
    const parsed = compiler.parse(template);
    if (!('ast' in parsed)) throw new Error('the probe does not parse');
    const compiled = compiler.compileTemplate(template, parsed.ast);
    const specification = await evaluated(compiler.precompileTemplate(parsed.ast));
    const adopted = runtime.adoptTemplate(template, specification);
    const context = { a: { b: 'x & y' }, list: [{ c: { d: 1 } }] };
    expect(runtime.renderTemplate(adopted, context, run)).toBe(
      compiler.renderTemplate(compiled, context, run),
    );
    const broken = { a: { b: 'x' }, list: [{}] };
    const failure = (render: () => string): ChanceryError => {
      try {
        render();
      } catch (error) {
        if (error instanceof ChanceryError) return error;
      }
      throw new Error('no ChanceryError');
    };
    expect(failure(() => runtime.renderTemplate(adopted, broken, run)).diagnostics[0]).toEqual(
      failure(() => compiler.renderTemplate(compiled, broken, run)).diagnostics[0],
    );
  });

  it('renders an adopted phrase with the same helpers, and one without a mustache as it is', async () => {
    const phrase = { source: '{{upper name}} & co', file: 'phrases/fr.yaml', line: 1, column: 1 };
    const prepared = compiler.preparePhrase(phrase);
    if (!('ast' in prepared)) throw new Error('the phrase does not compile');
    runtime.adoptPhrase(phrase, await evaluated(compiler.precompilePhrase(prepared.ast)));
    const data = { name: 'Genève' };
    expect(runtime.renderPhrase(phrase, 'probe', data, run.helperContext)).toBe(
      compiler.renderPhrase(phrase, 'probe', data, run.helperContext),
    );
    expect(runtime.renderPhrase(phrase, 'probe', data, run.helperContext)).toBe('GENÈVE & co');
    const plain = { source: 'Sans {moustache}', file: 'phrases/fr.yaml', line: 2, column: 1 };
    expect(runtime.renderPhrase(plain, 'plain', {}, run.helperContext)).toBe('Sans {moustache}');
  });

  it('says that it does not compile, when asked to parse, compile or render a phrase it was not given', () => {
    const template = { file: 'probe.hbs', source: '<p/>' };
    expect(runtime.parse(template)).toMatchObject({
      problem: { message: expect.stringMatching(/runs precompiled templates only/) as unknown },
    });
    const phrase = { source: '{{name}}', file: 'phrases/en.yaml', line: 1, column: 1 };
    expect(() => runtime.renderPhrase(phrase, 'probe', { name: 'x' }, run.helperContext)).toThrow(
      /runs precompiled templates only/,
    );
    expect(() => runtime.precompilePhrase({ type: 'Program', body: [] } as never)).toThrow(
      /runs precompiled templates only/,
    );
  });
});
