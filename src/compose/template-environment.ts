import Handlebars from 'handlebars';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { TemplateSource } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import type { HelperFacts } from './check-template-data.js';
import type { HelperContext, TemplateHelper } from './helper.js';
import { templateEnvironmentOn } from './template-runtime.js';

type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;
/** A template as handlebars precompiles it: an object whose functions render it. */
export type TemplateSpecification = Parameters<HandlebarsEnvironment['template']>[0];
/** A compiled template, as handlebars gives it. */
export type TemplateFunction = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

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

/**
 * Creates a template environment with the given helpers (the built-in ones and any of the
 * drafter's own), registered the same way, that parses and compiles templates with handlebars'
 * compiler. A later helper with the name of an earlier one replaces it.
 *
 * @example
 * ```ts
 * const environment = createTemplateEnvironment(builtinHelpers);
 * const parsed = environment.parse({ file: 'letter.hbs', source: '<document/>' });
 * ```
 */
export function createTemplateEnvironment(helpers: readonly TemplateHelper[]): TemplateEnvironment {
  return templateEnvironmentOn(Handlebars.create(), helpers);
}
