import type { CompiledFormat, LanguageCheck } from './compose/compiled-format.js';
import { builtinHelpers } from './compose/helpers/index.js';
import type { CompiledTemplate, TemplateSpecification } from './compose/template-environment.js';
import { createRuntimeEnvironment } from './compose/template-runtime.js';
import type { Drafter } from './drafter.js';
import { drafterOf } from './drafter-of.js';
import type { Diagnostic } from './errors/diagnostic.js';
import type { Format } from './format/format.js';
import { languageFallbacks } from './format/phrase-book.js';
import type { DocxWriterOptions } from './writers/docx/docx-writer.js';

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

/** What a drafter of precompiled formats may add: nothing that would change how they compile. */
export type PrecompiledDrafterOptions = DocxWriterOptions;

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
  // handlebars' runtime alone: the templates are compiled, and its compiler is not loaded.
  const environment = createRuntimeEnvironment(builtinHelpers);
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
  return drafterOf(environment, compiled, precompiled.warnings, options);
}
