import { ChanceryError } from './errors/chancery-error.js';
import { distinctDiagnostics, type Diagnostic } from './errors/diagnostic.js';
import type { FormatSource, TemplateSource } from './format/format.js';
import type { Phrase } from './format/phrase-book.js';
import { loadFormats } from './format/resolve-formats.js';
import { compileFormat } from './compose/compiled-format.js';
import { builtinHelpers } from './compose/helpers/index.js';
import {
  createTemplateEnvironment,
  type TemplateEnvironment,
} from './compose/template-environment.js';
import type { PrecompiledFormat, PrecompiledFormats } from './precompiled-drafter.js';

export {
  precompiledDrafter,
  type PrecompiledDrafterOptions,
  type PrecompiledFormat,
  type PrecompiledFormats,
} from './precompiled-drafter.js';

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
