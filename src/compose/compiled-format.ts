import type { Diagnostic } from '../errors/diagnostic.js';
import type { Format, TemplateSource } from '../format/format.js';
import { formatFilePath } from '../format/format-path.js';
import type { Phrase } from '../format/phrase-book.js';
import { checkLayoutMarkup, type MarkupFindings } from './check-layout-markup.js';
import { checkTemplateData, type ParsedTemplate, type PhraseCall } from './check-template-data.js';
import { phraseFallbacks, phraseForm, phraseFormKeys, phraseStandIns } from './agreement.js';
import { findFirstPhrase, findPhrase } from './find-phrase.js';
import {
  ANY_LAYOUT_CONTEXT,
  isDocumentKind,
  LAYOUT_CONTEXTS,
  SLOT_NAMES,
} from './layout-context.js';
import {
  builtinPhraseData,
  phraseAlternatives,
  phraseIsOptional,
  phraseIsTemplate,
  sourcePhraseProblem,
} from './phrase-data.js';
import { phrasePosition } from './phrase-position.js';
import { shapeOf, type Shape } from './shape.js';
import { addSourcePositions } from './source-positions.js';
import { buildSkeleton, type Skeleton } from './template-skeleton.js';
import type { CompiledTemplate, TemplateEnvironment } from './template-environment.js';

/** A format whose layouts and partials are compiled, ready to compose documents. */
export interface CompiledFormat {
  readonly format: Format;
  readonly layouts: ReadonlyMap<string, CompiledTemplate>;
  readonly partials: Readonly<Record<string, CompiledTemplate>>;
  /** The template files, by the index that source positions in expanded markup use. */
  readonly files: readonly string[];
}

/** A format compiled, if it could be, and everything found wrong with it. */
export interface FormatCompilation {
  readonly compiled?: CompiledFormat;
  /** Errors and warnings, each naming its file, line and column where it is known. */
  readonly problems: readonly Diagnostic[];
}

interface Prepared {
  readonly template: TemplateSource;
  readonly ast: hbs.AST.Program;
  readonly skeleton: Skeleton;
  markup?: MarkupFindings;
}

/**
 * Where a format's image path leads: to a file of the format (its own folder first, then those
 * of the formats it extends), to nothing, or outside its folders.
 *
 * @example
 * ```ts
 * findFormatImage(format, 'emblem.png'); // { found: Uint8Array } when the format ships it
 * ```
 */
export function findFormatImage(
  format: Format,
  src: string,
): { found: Uint8Array } | { missing: true } | { outside: true } {
  const path = formatFilePath(src);
  if (path === undefined) return { outside: true };
  for (const layer of format.layers) {
    const file = layer.files[path];
    if (file instanceof Uint8Array) return { found: file };
  }
  return { missing: true };
}

/**
 * Checks and compiles every layout, partial and phrase of a format (its own, and those it
 * inherits and does not override), so that mistakes surface when the format loads, each with
 * its file, line and column: template syntax, unknown helpers, partials, phrases and variables
 * (checked against the data each template sees), unknown elements and attributes of the layout
 * vocabulary, and values the template spells out. Every problem is reported, not only the first.
 *
 * @example
 * ```ts
 * const { compiled, problems } = compileFormat(format, createTemplateEnvironment(builtinHelpers));
 * compiled?.layouts.has('letter'); // true
 * ```
 */
export function compileFormat(
  format: Format,
  environment: TemplateEnvironment,
  extraPartials: Readonly<Record<string, TemplateSource>> = {},
): FormatCompilation {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (problem: Diagnostic): void => {
    const key = `${problem.file ?? ''}:${problem.line ?? ''}:${problem.column ?? ''}:${problem.code}:${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };

  const layoutSources = new Map<string, TemplateSource>();
  const partialSources = new Map<string, TemplateSource>(Object.entries(extraPartials));
  for (const layer of [...format.layers].reverse()) {
    for (const [name, template] of layer.layouts) layoutSources.set(name, template);
    for (const [name, template] of layer.partials) partialSources.set(name, template);
  }
  const prepare = (template: TemplateSource): Prepared | undefined => {
    const parsed = environment.parse(template);
    if ('problem' in parsed) {
      report(parsed.problem);
      return undefined;
    }
    return {
      template,
      ast: parsed.ast,
      skeleton: buildSkeleton(template.source, parsed.ast, new Set(environment.helperNames)),
    };
  };
  const layouts = new Map<string, Prepared>();
  const partials = new Map<string, Prepared>();
  for (const [kind, template] of layoutSources) {
    const prepared = prepare(template);
    if (prepared !== undefined) layouts.set(kind, prepared);
  }
  for (const [name, template] of partialSources) {
    const prepared = prepare(template);
    if (prepared !== undefined) partials.set(name, prepared);
  }

  // The markup, as each template spells it out.
  const styles = new Set(Object.keys(format.styles));
  const allSlots = new Set(Object.values(SLOT_NAMES).flat());
  const image = (src: string): 'found' | 'missing' | 'outside' => {
    const found = findFormatImage(format, src);
    return 'found' in found ? 'found' : 'outside' in found ? 'outside' : 'missing';
  };
  for (const [kind, prepared] of layouts) {
    if (!isDocumentKind(kind)) {
      report({
        severity: 'warning',
        code: 'layout_kind_unknown',
        message: `input format v1 has no document kind "${kind}", so this layout is never used (kinds: ${Object.keys(SLOT_NAMES).join(', ')})`,
        file: prepared.template.file,
      });
    }
    prepared.markup = checkLayoutMarkup({
      file: prepared.template.file,
      skeleton: prepared.skeleton,
      role: 'layout',
      facts: { styles, slotNames: isDocumentKind(kind) ? new Set(SLOT_NAMES[kind]) : allSlots },
      image,
      report,
    });
  }
  for (const prepared of partials.values()) {
    prepared.markup = checkLayoutMarkup({
      file: prepared.template.file,
      skeleton: prepared.skeleton,
      role: 'partial',
      facts: { styles, slotNames: allSlots },
      image,
      report,
    });
  }
  // Where each partial is included, against what it writes.
  for (const prepared of [...layouts.values(), ...partials.values()]) {
    for (const place of prepared.markup?.partialPlaces ?? []) {
      const partial = partials.get(place.name);
      if (partial?.markup === undefined || place.inside === undefined) continue;
      const inParagraph = ['p', 'b', 'i'].includes(place.inside);
      const writes = partial.markup.topLevel;
      const wrong = inParagraph
        ? writes.has('block') || writes.has('page')
          ? 'paragraphs or other blocks'
          : undefined
        : writes.has('inline')
          ? 'text or inline elements'
          : writes.has('page') && place.inside !== 'document'
            ? 'a <footer>'
            : undefined;
      if (wrong !== undefined) {
        report({
          severity: 'error',
          code: 'layout_misplaced_element',
          message: `the partial "${place.name}" writes ${wrong}, which cannot stand inside <${place.inside}>`,
          file: prepared.template.file,
          line: place.line,
          column: place.column,
        });
      }
    }
  }

  // The data: every variable, helper, partial and phrase each template names.
  const phraseKeys = new Set<string>();
  const languages = new Set<string>();
  for (const layer of format.layers) {
    for (const [language, table] of layer.phrases) {
      languages.add(language);
      for (const key of table.keys()) phraseKeys.add(key);
    }
  }
  // A phrase a template asks for exists when some language has it, in any of its forms.
  const phraseExists = (key: string): boolean =>
    phraseFormKeys(key).some((form) => phraseKeys.has(form));
  const phraseContexts = new Map<string, Map<Shape, PhraseCall | undefined>>();
  const addPhraseContext = (key: string, shape: Shape, call?: PhraseCall): boolean => {
    let contexts = phraseContexts.get(key);
    if (contexts === undefined) {
      contexts = new Map();
      phraseContexts.set(key, contexts);
    }
    if (contexts.has(shape)) return false;
    contexts.set(shape, call);
    return true;
  };
  // A form of a phrase (`noteVerbale.opening.feminine`) sees the data of the phrase it is a form of.
  const contextsOf = (key: string): Shape[] => {
    const { base, gender } = phraseForm(key);
    const keys = new Set([key, ...(gender === undefined ? [] : [`${base}.${gender}`]), base]);
    return [...keys].flatMap((name) => [...(phraseContexts.get(name)?.keys() ?? [])]);
  };
  const checked = new Set<string>();
  const partialTemplate = (name: string): ParsedTemplate | undefined => {
    const prepared = partials.get(name);
    return prepared === undefined ? undefined : { file: prepared.template.file, ast: prepared.ast };
  };
  const checkData = (prepared: Prepared, root: Shape): void => {
    checkTemplateData({
      template: { file: prepared.template.file, ast: prepared.ast },
      root,
      helpers: environment.helpers,
      partial: partialTemplate,
      phraseExists,
      report,
      onPhraseCall: (call) => addPhraseContext(call.key, call.data, call),
      checked,
    });
  };
  for (const [kind, prepared] of layouts) {
    checkData(prepared, shapeOf(isDocumentKind(kind) ? LAYOUT_CONTEXTS[kind] : ANY_LAYOUT_CONTEXT));
  }
  const reached = new Set([...checked].map((key) => key.split('|')[0]));
  for (const prepared of partials.values()) {
    if (!reached.has(prepared.template.file)) checkData(prepared, shapeOf(ANY_LAYOUT_CONTEXT));
  }

  // The phrases each language uses: for every key of any language, the phrase that looking it
  // up in this language finds, its own or a less specific form (a derived format's own hide
  // those it overrides).
  const effective = new Map<Phrase, string>();
  for (const language of languages) {
    const missing: string[] = [];
    for (const key of phraseKeys) {
      const found = findFirstPhrase(format, language, phraseFallbacks(key));
      if (found !== undefined) {
        effective.set(found.phrase, found.key);
        continue;
      }
      // A language may have a phrase in other forms by gender or number than another has
      // (Arabic verbs agree with the mission; Russian has "one" where French has "female.one").
      const inForms = findFirstPhrase(format, language, phraseStandIns(key)) !== undefined;
      const alternative = phraseAlternatives(key).some(
        (other) => findPhrase(format, language, other) !== undefined,
      );
      if (!inForms && !alternative && !phraseIsOptional(key)) missing.push(key);
    }
    if (missing.length === 0) continue;
    const layer = format.layers.find((candidate) => candidate.phrases.has(language));
    const file =
      layer === undefined ? undefined : layer.phrases.get(language)?.values().next().value?.file;
    for (const key of missing) {
      report({
        severity: 'warning',
        code: 'phrase_missing',
        message: `the language "${language}" has no phrase "${key}", which another language of the format has`,
        ...(file === undefined ? {} : { file }),
      });
    }
  }
  const phraseAsts = new Map<Phrase, hbs.AST.Program>();
  for (const [phrase, key] of effective) {
    if (!phraseIsTemplate(key)) {
      const problem = sourcePhraseProblem(key, phrase.source);
      if (problem !== undefined) {
        report({
          severity: 'error',
          code: 'phrase_invalid',
          message: `in phrase "${key}": ${problem}`,
          file: phrase.file,
          line: phrase.line,
          column: phrase.column,
        });
      }
      continue;
    }
    const prepared = environment.preparePhrase(phrase);
    if ('problem' in prepared) report(prepared.problem);
    else phraseAsts.set(phrase, prepared.ast);
  }
  for (const key of phraseKeys) {
    const schema = builtinPhraseData(key);
    if (schema !== undefined) addPhraseContext(key, shapeOf(schema));
  }
  // Phrases use other phrases: check until no phrase meets data it has not been checked with.
  const done = new Set<string>();
  for (let changed = true, rounds = 0; changed && rounds < 16; rounds++) {
    changed = false;
    for (const [phrase, key] of effective) {
      const ast = phraseAsts.get(phrase);
      if (ast === undefined) continue;
      for (const shape of contextsOf(key)) {
        const doneKey = `${phrase.file}|${key}|${phraseShapeId(shape)}`;
        if (done.has(doneKey)) continue;
        done.add(doneKey);
        checkTemplateData({
          template: { file: phrase.file, ast },
          root: shape,
          helpers: environment.helpers,
          partial: () => undefined,
          escapes: false,
          phraseExists,
          locate: (_file, position) => phrasePosition(phrase, position),
          report: (problem) => {
            report({ ...problem, message: `in phrase "${key}": ${problem.message}` });
          },
          onPhraseCall: (call) => {
            if (addPhraseContext(call.key, call.data, call)) changed = true;
          },
        });
      }
    }
  }

  if (problems.some((problem) => problem.severity === 'error')) return { problems };

  const files: string[] = [];
  const compile = (prepared: Prepared): CompiledTemplate => {
    if (prepared.markup?.wellFormed === true) {
      const index = files.push(prepared.template.file) - 1;
      addSourcePositions(prepared.skeleton, prepared.markup.tagNameEnds, index);
    }
    return environment.compileTemplate(prepared.template, prepared.ast);
  };
  const compiledPartials: Record<string, CompiledTemplate> = {};
  for (const [name, prepared] of partials) compiledPartials[name] = compile(prepared);
  const compiledLayouts = new Map<string, CompiledTemplate>();
  for (const [kind, prepared] of layouts) compiledLayouts.set(kind, compile(prepared));
  return {
    compiled: { format, layouts: compiledLayouts, partials: compiledPartials, files },
    problems,
  };
}

const phraseShapeIds = new WeakMap<Shape, number>();
let nextPhraseShapeId = 1;
function phraseShapeId(shape: Shape): number {
  let id = phraseShapeIds.get(shape);
  if (id === undefined) {
    id = nextPhraseShapeId++;
    phraseShapeIds.set(shape, id);
  }
  return id;
}
