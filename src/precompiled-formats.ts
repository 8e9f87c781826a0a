import { drafterOf, writerOptions, type Drafter } from './drafter.js';
import type { DocxFormatParts } from './writers/docx/docx-writer.js';
import { ChanceryError } from './errors/chancery-error.js';
import { distinctDiagnostics, type Diagnostic } from './errors/diagnostic.js';
import type { Format, FormatSource, TemplateSource } from './format/format.js';
import { languageFallbacks, type Phrase } from './format/phrase-book.js';
import { loadFormats } from './format/resolve-formats.js';
import type { Deflate } from './writers/docx/zip-archive.js';
import {
  compileFormat,
  type CompiledFormat,
  type LanguageCheck,
} from './compose/compiled-format.js';

import { builtinHelpers } from './compose/helpers/index.js';
import {
  createTemplateEnvironment,
  type CompiledTemplate,
  type TemplateEnvironment,
  type TemplateSpecification,
} from './compose/template-environment.js';

/**
 * One format compiled ahead of time: the format as it loaded, its templates in handlebars'
 * precompiled form (`Specification` is JavaScript source when written, the evaluated object
 * when read back), and what checking it found.
 */
export interface PrecompiledFormat<Specification> {
  readonly format: Format;
  /** Each layout: its document kind, the layer (index in `format.layers`) it is from, its form. */
  readonly layouts: readonly (readonly [
    kind: string,
    layer: number,
    specification: Specification,
  ])[];
  /** Each partial the same way, by name. */
  readonly partials: readonly (readonly [
    name: string,
    layer: number,
    specification: Specification,
  ])[];
  /** The template files, by the index that source positions in expanded markup use. */
  readonly files: readonly string[];
  /** Each phrase that is a template: its layer, language and key, and its precompiled form. */
  readonly phrases: readonly (readonly [
    layer: number,
    language: string,
    key: string,
    specification: Specification,
  ])[];
  /** What checking the phrases of each of its languages found (warnings only). */
  readonly languages: Readonly<Record<string, readonly Diagnostic[]>>;
}

/** Formats compiled ahead of time, and the warnings loading them gave. */
export interface PrecompiledFormats<Specification> {
  readonly formats: readonly PrecompiledFormat<Specification>[];
  readonly warnings: readonly Diagnostic[];
}

/**
 * Loads, checks and compiles formats as {@link checkFormats} does (every language included), and
 * returns them with their templates precompiled to JavaScript source, so that a build can ship
 * them ready to run: {@link precompiledDrafter} then creates a drafter without parsing, checking
 * or compiling anything. Throws a {@link ChanceryError} with every error found, if any. Only the
 * built-in helpers are known to the templates.
 *
 * @example
 * ```ts
 * const precompiled = precompileFormats([unGenevaSource]);
 * precompiled.formats[0]?.layouts.map(([kind]) => kind); // ['letter', 'note-verbale']
 * ```
 */
export function precompileFormats(sources: readonly FormatSource[]): PrecompiledFormats<string> {
  const base = createTemplateEnvironment(builtinHelpers);
  const templateForms = new Map<TemplateSource, string>();
  const phraseForms = new Map<Phrase, string>();
  // The environment compiles as always, and keeps the precompiled form of what it compiles.
  const environment: TemplateEnvironment = {
    ...base,
    compileTemplate: (template, ast) => {
      const compiled = base.compileTemplate(template, ast);
      templateForms.set(template, base.precompileTemplate(ast));
      return compiled;
    },
    preparePhrase: (phrase) => {
      const prepared = base.preparePhrase(phrase);
      if ('ast' in prepared) phraseForms.set(phrase, base.precompilePhrase(prepared.ast));
      return prepared;
    },
  };
  // As a drafter does, it warns of what loading the formats finds; the phrases of each language
  // are kept apart, with the language, and only their errors stop the build.
  const problems: Diagnostic[] = [];
  const languageProblems: Diagnostic[] = [];
  const formats: PrecompiledFormat<string>[] = [];
  for (const entry of loadFormats(sources)) {
    problems.push(...entry.problems);
    if (entry.format === undefined) continue;
    const { format } = entry;
    const compilation = compileFormat(format, environment);
    problems.push(...compilation.problems);
    const languages: Record<string, readonly Diagnostic[]> = {};
    for (const language of format.languages) {
      languages[language] = compilation.phrasesOf(language).problems;
      languageProblems.push(...languages[language]);
    }
    const { compiled } = compilation;
    if (compiled === undefined) continue;
    const formOf = (kind: 'layouts' | 'partials', name: string): [number, string] => {
      const layer = format.layers.findIndex((candidate) => candidate[kind].has(name));
      const form = templateForms.get(format.layers[layer]?.[kind].get(name) as TemplateSource);
      if (form === undefined) throw new Error(`the template "${name}" was not compiled`);
      return [layer, form];
    };
    const phrases: [number, string, string, string][] = [];
    format.layers.forEach((layer, index) => {
      for (const [language, table] of layer.phrases) {
        for (const [key, phrase] of table) {
          const form = phraseForms.get(phrase);
          if (form !== undefined) phrases.push([index, language, key, form]);
        }
      }
    });
    formats.push({
      format,
      layouts: [...compiled.layouts.keys()].map((kind) => [kind, ...formOf('layouts', kind)]),
      partials: Object.keys(compiled.partials).map((name) => [name, ...formOf('partials', name)]),
      files: compiled.files,
      phrases,
      languages,
    });
  }
  const [first, ...rest] = distinctDiagnostics([...problems, ...languageProblems]).filter(
    (problem) => problem.severity === 'error',
  );
  if (first !== undefined) throw new ChanceryError([first, ...rest]);
  return { formats, warnings: distinctDiagnostics(problems) };
}

/** What a drafter of precompiled formats may add: nothing that would change how they compile. */
export interface PrecompiledDrafterOptions {
  /** Raw deflate for the .docx parts; a portable one by default. */
  readonly deflate?: Deflate;
  /** .docx parts written ahead, as a drafter's `formatParts` (see `DrafterOptions`). */
  readonly formatParts?: readonly DocxFormatParts[];
}

/**
 * Creates a drafter from formats that {@link precompileFormats} compiled ahead of time (the
 * JavaScript it wrote, evaluated): the same drafter {@link createDrafter} makes of the same
 * files, without parsing, checking or compiling them again.
 *
 * @example
 * ```ts
 * const drafter = precompiledDrafter(precompiledBuiltins);
 * const { bytes } = await drafter.renderDocx(draft);
 * ```
 */
export function precompiledDrafter(
  precompiled: PrecompiledFormats<TemplateSpecification>,
  options: PrecompiledDrafterOptions = {},
): Drafter {
  const environment = createTemplateEnvironment(builtinHelpers);
  const compiled = new Map<string, CompiledFormat>();
  for (const entry of precompiled.formats) {
    const { format } = entry;
    const adopt = (
      kind: 'layouts' | 'partials',
      name: string,
      layer: number,
      specification: TemplateSpecification,
    ): CompiledTemplate => {
      const template = format.layers[layer]?.[kind].get(name);
      if (template === undefined) throw new Error(`a precompiled format has no template "${name}"`);
      return environment.adoptTemplate(template, specification);
    };
    const layouts = new Map(
      entry.layouts.map(([kind, layer, form]) => [kind, adopt('layouts', kind, layer, form)]),
    );
    const partials: Record<string, CompiledTemplate> = {};
    for (const [name, layer, form] of entry.partials)
      partials[name] = adopt('partials', name, layer, form);
    for (const [layer, language, key, form] of entry.phrases) {
      const phrase = format.layers[layer]?.phrases.get(language)?.get(key);
      if (phrase === undefined) throw new Error(`a precompiled format has no phrase "${key}"`);
      environment.adoptPhrase(phrase, form);
    }
    const checks = new Map<string, LanguageCheck>(
      Object.entries(entry.languages).map(([language, problems]) => [
        language,
        { problems, failed: problems.some((problem) => problem.severity === 'error') },
      ]),
    );
    // A language the format has no file for reads the phrases of the nearest one it has, which
    // were checked with that language.
    const phrasesOf = (language: string): LanguageCheck => {
      const tag = languageFallbacks(language).find((candidate) => checks.has(candidate));
      return (tag === undefined ? undefined : checks.get(tag)) ?? { problems: [], failed: false };
    };
    compiled.set(format.name, {
      format,
      layouts,
      partials,
      files: entry.files,
      phrasesOf,
    });
  }
  return drafterOf(environment, compiled, precompiled.warnings, writerOptions(options));
}
