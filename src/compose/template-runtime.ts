import type Handlebars from 'handlebars';
import * as handlebarsRuntime from 'handlebars/runtime.js';
import { ChanceryError, chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { TemplateSource } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import type { HelperFacts } from './check-template-data.js';
import type { HelperContext, TemplateHelper } from './helper.js';
import { phrasePosition } from './phrase-position.js';
import type {
  CompiledTemplate,
  TemplateEnvironment,
  TemplateFunction,
} from './template-environment.js';
import { templateError } from './template-error.js';

/** A handlebars environment: one of its own, with its helpers, as `Handlebars.create()` makes. */
export type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;

// Handlebars' own helpers that chancery does not offer: `log` prints from inside the library, and
// `lookup` reads a name computed at render time, which no load-time check could see.
const WITHDRAWN_HELPERS = ['log', 'lookup'] as const;
const RESERVED_NAMES = new Set([
  'if',
  'unless',
  'each',
  'with',
  'helperMissing',
  'blockHelperMissing',
  ...WITHDRAWN_HELPERS,
]);
const HELPER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function helperProblem(helper: TemplateHelper): string | undefined {
  if (!HELPER_NAME.test(helper.name))
    return `a helper's name is letters and digits, starting with a letter, not "${helper.name}"`;
  if (RESERVED_NAMES.has(helper.name))
    return `"${helper.name}" is a name handlebars keeps for itself; choose another`;
  return undefined;
}

// handlebars compiles a template the first time it runs. Setting it up for a run compiles it
// now, once (a run sets it up again with its own data), so that nothing is left to fail at render
// time and the work is not done twice.
function compileNow(
  handlebars: HandlebarsEnvironment,
  ast: hbs.AST.Program,
  options: CompileOptions,
): TemplateFunction {
  const template = handlebars.compile(ast, options);
  const setup = (template as unknown as { _setup?: (options: object) => void })._setup;
  // A handlebars without `_setup` is still checked completely, at the cost of compiling twice.
  if (typeof setup === 'function') setup.call(template, {});
  else handlebars.precompile(ast, options);
  return template as TemplateFunction;
}

/**
 * A template environment on a handlebars environment of its own, with the given helpers (the
 * built-in ones and any of the drafter's own), registered the same way. A later helper with the
 * name of an earlier one replaces it. It parses and compiles with the handlebars environment's
 * compiler; see {@link createTemplateEnvironment} and {@link createRuntimeEnvironment}.
 *
 * @example
 * ```ts
 * const environment = templateEnvironmentOn(Handlebars.create(), builtinHelpers);
 * ```
 */
export function templateEnvironmentOn(
  handlebars: HandlebarsEnvironment,
  helpers: readonly TemplateHelper[],
): TemplateEnvironment {
  for (const name of WITHDRAWN_HELPERS) handlebars.unregisterHelper(name);
  const facts = new Map<string, HelperFacts>();
  for (const helper of helpers) {
    const problem = helperProblem(helper);
    if (problem !== undefined) throw chanceryError({ code: 'helper_invalid', message: problem });
    const { name, call } = helper;
    handlebars.registerHelper(name, (...args: unknown[]) => {
      const options = args.pop() as Handlebars.HelperOptions;
      const helperContext = (options.data as { chancery?: HelperContext } | undefined)?.chancery;
      if (helperContext === undefined)
        throw new Error(`helper "${name}" called outside a document`);
      return call(args, helperContext, options);
    });
    facts.set(name, {
      ...(helper.changesContext === true ? { changesContext: true } : {}),
      ...(helper.checkArguments === undefined ? {} : { checkArguments: helper.checkArguments }),
    });
  }
  const helperNames = [...facts.keys()];
  const knownHelpers: Record<string, boolean> = Object.fromEntries(
    helperNames.map((name) => [name, true]),
  );
  for (const name of WITHDRAWN_HELPERS) knownHelpers[name] = false;
  const compileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers,
    preventIndent: true,
  };
  const phraseOptions = { ...compileOptions, noEscape: true };
  const phraseCache = new Map<Phrase, TemplateFunction>();

  const parse = (template: TemplateSource): { ast: hbs.AST.Program } | { problem: Diagnostic } => {
    try {
      return { ast: handlebars.parse(template.source) };
    } catch (error) {
      const [problem] = templateError(error, template.file, template.source).diagnostics;
      return {
        problem: problem ?? { severity: 'error', code: 'template_syntax', message: String(error) },
      };
    }
  };

  const runnable = (template: TemplateSource, compiled: TemplateFunction): CompiledTemplate => ({
    file: template.file,
    run: (context, options) => {
      try {
        return compiled(context, options);
      } catch (error) {
        throw error instanceof ChanceryError
          ? error
          : templateError(error, template.file, template.source);
      }
    },
  });

  const compileTemplate = (template: TemplateSource, ast: hbs.AST.Program): CompiledTemplate => {
    let compiled: TemplateFunction;
    try {
      compiled = compileNow(handlebars, ast, compileOptions);
    } catch (error) {
      throw templateError(error, template.file, template.source);
    }
    return runnable(template, compiled);
  };

  const phraseProblem = (phrase: Phrase, error: unknown, prefix: string): Diagnostic => {
    const failure = templateError(error, phrase.file, phrase.source);
    const [first] = failure.diagnostics;
    const position =
      first?.line === undefined
        ? { file: phrase.file, line: phrase.line, column: phrase.column }
        : phrasePosition(phrase, { line: first.line, column: (first.column ?? 1) - 1 });
    return {
      severity: 'error',
      code: first?.code ?? 'template_error',
      message: `${prefix}${first?.message ?? String(error)}`,
      ...position,
    };
  };

  const preparePhrase = (phrase: Phrase): { ast: hbs.AST.Program } | { problem: Diagnostic } => {
    let ast: hbs.AST.Program;
    try {
      ast = handlebars.parse(phrase.source);
      phraseCache.set(phrase, compileNow(handlebars, ast, phraseOptions));
    } catch (error) {
      return { problem: phraseProblem(phrase, error, '') };
    }
    return { ast };
  };

  return {
    helperNames,
    helpers: facts,
    parse,
    compileTemplate,
    preparePhrase,
    precompileTemplate: (ast) => handlebars.precompile(ast, compileOptions) as string,
    precompilePhrase: (ast) => handlebars.precompile(ast, phraseOptions) as string,
    adoptTemplate: (template, specification) =>
      runnable(template, handlebars.template(specification)),
    adoptPhrase: (phrase, specification) => {
      phraseCache.set(phrase, handlebars.template(specification));
    },
    renderTemplate: (template, context, run) => {
      const partials = Object.fromEntries(
        Object.entries(run.partials).map(([name, partial]) => [name, partial.run]),
      );
      return template.run(context, { data: { chancery: run.helperContext }, partials });
    },
    renderPhrase: (phrase, key, data, helperContext) => {
      // Text without a mustache is what handlebars would give back, and half a note's phrases
      // are such: each run of a template first wraps every helper anew.
      if (!phrase.source.includes('{{')) return phrase.source;
      let compiled = phraseCache.get(phrase);
      if (compiled === undefined) {
        const prepared = preparePhrase(phrase);
        if ('problem' in prepared) throw new ChanceryError([prepared.problem]);
        compiled = phraseCache.get(phrase);
      }
      try {
        return (compiled as TemplateFunction)(data, { data: { chancery: helperContext } });
      } catch (error) {
        if (error instanceof ChanceryError) throw error;
        throw new ChanceryError([phraseProblem(phrase, error, `in phrase "${key}": `)], {
          cause: error,
        });
      }
    },
  };
}

function compilerMissing(): never {
  throw new Error(
    'this template environment runs precompiled templates only: createTemplateEnvironment makes one that compiles',
  );
}

// handlebars/runtime's typings give it no exports: it is handlebars without its compiler.
const runtime = (handlebarsRuntime as unknown as { default: typeof Handlebars }).default;

/**
 * A template environment that runs precompiled templates and phrases
 * ({@link TemplateEnvironment.adoptTemplate}, {@link TemplateEnvironment.adoptPhrase}) with
 * handlebars' runtime alone, without loading its compiler: parsing or compiling in it throws.
 * What a drafter of precompiled formats uses.
 *
 * @example
 * ```ts
 * const environment = createRuntimeEnvironment(builtinHelpers);
 * const letter = environment.adoptTemplate(source, specification);
 * ```
 */
export function createRuntimeEnvironment(helpers: readonly TemplateHelper[]): TemplateEnvironment {
  const handlebars = Object.assign(runtime.create(), {
    parse: compilerMissing,
    compile: compilerMissing,
    precompile: compilerMissing,
  }) as unknown as HandlebarsEnvironment;
  return templateEnvironmentOn(handlebars, helpers);
}
