import Handlebars from 'handlebars';
import { ChanceryError, chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { TemplateSource } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import type { HelperFacts } from './check-template-data.js';
import type { HelperContext, TemplateHelper } from './helper.js';
import { phrasePosition } from './phrase-position.js';
import { templateError } from './template-error.js';

type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;
/** A template as handlebars precompiles it: an object whose functions render it. */
export type TemplateSpecification = Parameters<HandlebarsEnvironment['template']>[0];
type TemplateFunction = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** A compiled layout or partial, with the file it came from. */
export interface CompiledTemplate {
  readonly file: string;
  readonly run: TemplateFunction;
}

/** Where a template runs: the helpers see this document's language and phrases. */
export interface TemplateRun {
  readonly helperContext: HelperContext;
  readonly partials: Readonly<Record<string, CompiledTemplate>>;
}

/**
 * An isolated handlebars environment: strict (an unknown variable is an error), with only the
 * registered helpers, no access to prototypes, and nothing shared with other environments.
 */
export interface TemplateEnvironment {
  readonly helperNames: readonly string[];
  /** What the load-time checks know of each helper, handlebars' own block helpers aside. */
  readonly helpers: ReadonlyMap<string, HelperFacts>;
  /** Parses a template; a syntax error comes back as a problem naming its line and column. */
  parse(template: TemplateSource): { ast: hbs.AST.Program } | { problem: Diagnostic };
  /** Compiles a parsed layout or partial (whose AST may carry source positions). */
  compileTemplate(template: TemplateSource, ast: hbs.AST.Program): CompiledTemplate;
  /** Compiles a phrase now, reporting a syntax error or unknown helper at its place in its file. */
  preparePhrase(phrase: Phrase): { ast: hbs.AST.Program } | { problem: Diagnostic };
  /**
   * Precompiles a parsed layout or partial to JavaScript source (an object literal that
   * {@link TemplateEnvironment.adoptTemplate} takes once evaluated), with the options
   * {@link TemplateEnvironment.compileTemplate} compiles it with.
   */
  precompileTemplate(ast: hbs.AST.Program): string;
  /** Precompiles a phrase that {@link TemplateEnvironment.preparePhrase} has checked. */
  precompilePhrase(ast: hbs.AST.Program): string;
  /** A layout or partial from its precompiled form, as {@link TemplateEnvironment.compileTemplate} gives it. */
  adoptTemplate(template: TemplateSource, specification: TemplateSpecification): CompiledTemplate;
  /** Takes a phrase's precompiled form, so that rendering the phrase does not compile it. */
  adoptPhrase(phrase: Phrase, specification: TemplateSpecification): void;
  /** Renders a layout, wrapping any failure with the template's file, line and column. */
  renderTemplate(template: CompiledTemplate, context: object, run: TemplateRun): string;
  /** Renders a phrase to plain text. */
  renderPhrase(phrase: Phrase, key: string, data: unknown, helperContext: HelperContext): string;
}

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
 * Creates a template environment with the given helpers (the built-in ones and any of the
 * drafter's own), registered the same way. A later helper with the name of an earlier one
 * replaces it.
 *
 * @example
 * ```ts
 * const environment = createTemplateEnvironment(builtinHelpers);
 * const parsed = environment.parse({ file: 'letter.hbs', source: '<document/>' });
 * ```
 */
export function createTemplateEnvironment(helpers: readonly TemplateHelper[]): TemplateEnvironment {
  const handlebars: HandlebarsEnvironment = Handlebars.create();
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
