import Handlebars from 'handlebars';
import { ChanceryError, chanceryError } from '../errors/chancery-error.js';
import type { TemplateSource } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import type { HelperContext, TemplateHelper } from './helper.js';
import { templateError } from './template-error.js';

type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;
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
  /** Compiles a layout or partial; syntax errors and unknown helpers or partials are found now. */
  compileTemplate(template: TemplateSource, partialNames: ReadonlySet<string>): CompiledTemplate;
  /** Renders a layout, wrapping any failure with the template's file, line and column. */
  renderTemplate(template: CompiledTemplate, context: object, run: TemplateRun): string;
  /** Renders a phrase to plain text. */
  renderPhrase(phrase: Phrase, key: string, data: unknown, helperContext: HelperContext): string;
}

function collectPartialNames(
  node: unknown,
  found: { name: string; loc: hbs.AST.SourceLocation }[],
): void {
  if (node === null || typeof node !== 'object') return;
  const astNode = node as {
    type?: string;
    loc?: hbs.AST.SourceLocation;
    name?: { type?: string; original?: unknown };
  };
  if (
    (astNode.type === 'PartialStatement' || astNode.type === 'PartialBlockStatement') &&
    astNode.name?.type === 'PathExpression' &&
    typeof astNode.name.original === 'string' &&
    astNode.loc !== undefined
  ) {
    found.push({ name: astNode.name.original, loc: astNode.loc });
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) collectPartialNames(item, found);
    else if (value !== null && typeof value === 'object' && 'type' in value)
      collectPartialNames(value, found);
  }
}

/**
 * Creates a template environment with the given helpers (the built-in ones and any of the
 * drafter's own), registered the same way.
 *
 * @example
 * ```ts
 * const environment = createTemplateEnvironment(builtinHelpers);
 * const layout = environment.compileTemplate({ file: 'letter.hbs', source: '<document/>' }, new Set());
 * ```
 */
export function createTemplateEnvironment(helpers: readonly TemplateHelper[]): TemplateEnvironment {
  const handlebars: HandlebarsEnvironment = Handlebars.create();
  for (const { name, call } of helpers) {
    handlebars.registerHelper(name, (...args: unknown[]) => {
      const options = args.pop() as Handlebars.HelperOptions;
      const helperContext = (options.data as { chancery?: HelperContext } | undefined)?.chancery;
      if (helperContext === undefined)
        throw new Error(`helper "${name}" called outside a document`);
      return call(args, helperContext, options);
    });
  }
  const helperNames = helpers.map((helper) => helper.name);
  const knownHelpers = Object.fromEntries(helperNames.map((name) => [name, true]));
  const compileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers,
    preventIndent: true,
  };
  const phraseCache = new Map<Phrase, TemplateFunction>();

  const compileTemplate = (
    template: TemplateSource,
    partialNames: ReadonlySet<string>,
  ): CompiledTemplate => {
    let ast: hbs.AST.Program;
    try {
      ast = handlebars.parse(template.source);
      // Compiling now, not on first use, finds unknown helpers while the format loads.
      handlebars.precompile(ast, compileOptions);
    } catch (error) {
      throw templateError(error, template.file, template.source);
    }
    const partials: { name: string; loc: hbs.AST.SourceLocation }[] = [];
    collectPartialNames(ast, partials);
    for (const partial of partials) {
      if (!partialNames.has(partial.name)) {
        throw chanceryError({
          code: 'template_unknown_partial',
          message: `there is no partial named "${partial.name}" (partials live in partials/<name>.hbs)`,
          file: template.file,
          line: partial.loc.start.line,
          column: partial.loc.start.column + 1,
        });
      }
    }
    const compiled = handlebars.compile(ast, compileOptions) as TemplateFunction;
    return {
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
    };
  };

  return {
    helperNames,
    compileTemplate,
    renderTemplate: (template, context, run) => {
      const partials = Object.fromEntries(
        Object.entries(run.partials).map(([name, partial]) => [name, partial.run]),
      );
      return template.run(context, { data: { chancery: run.helperContext }, partials });
    },
    renderPhrase: (phrase, key, data, helperContext) => {
      let compiled = phraseCache.get(phrase);
      if (compiled === undefined) {
        try {
          compiled = handlebars.compile(phrase.source, { ...compileOptions, noEscape: true });
        } catch (error) {
          throw templateError(error, phrase.file, phrase.source);
        }
        phraseCache.set(phrase, compiled);
      }
      try {
        return compiled(data, { data: { chancery: helperContext } });
      } catch (error) {
        if (error instanceof ChanceryError) throw error;
        const failure = templateError(error, phrase.file, phrase.source);
        const [first] = failure.diagnostics;
        // A phrase's own line numbers count from the phrase, so point at the phrase in its file.
        throw chanceryError(
          {
            ...first,
            message: `in phrase "${key}": ${first?.message ?? String(error)}`,
            code: first?.code ?? 'template_error',
            file: phrase.file,
            line: phrase.line,
            column: phrase.column,
          },
          { cause: error },
        );
      }
    },
  };
}
