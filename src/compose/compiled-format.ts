import type { Diagnostic } from '../errors/diagnostic.js';
import type { Format, TemplateSource } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import { checkLayoutMarkup, type MarkupFindings } from './check-layout-markup.js';
import { checkTemplateData, type ParsedTemplate, type PhraseCall } from './check-template-data.js';
import { phraseFallbacks, phraseForm, phraseFormKeys, phraseStandIns } from './agreement.js';
import { findFirstPhrase, findPhrase } from './find-phrase.js';
import { findFormatImage } from './format-image.js';
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
  /**
   * Checks and compiles the phrases a language uses (its own and those it falls back on), the
   * first time it is asked, and returns what it found: a draft in that language is composed only
   * when there is no error among them. Each language is checked on its own, so a drafter pays
   * only for the languages it writes.
   */
  phrasesOf(language: string): LanguageCheck;
}

/** What checking the phrases of one language found. */
export interface LanguageCheck {
  /** Errors and warnings, each naming its file, line and column where it is known. */
  readonly problems: readonly Diagnostic[];
  /** Whether any problem is an error: then no draft in the language is composed. */
  readonly failed: boolean;
}

/** A format compiled, if it could be, and everything found wrong with it. */
export interface FormatCompilation {
  readonly compiled?: CompiledFormat;
  /** Errors and warnings, each naming its file, line and column where it is known. */
  readonly problems: readonly Diagnostic[];
  /**
   * Checks the phrases of a language, even when the layouts could not be compiled, so that a
   * format check reports every problem at once.
   */
  readonly phrasesOf: (language: string) => LanguageCheck;
}

interface Prepared {
  readonly template: TemplateSource;
  readonly ast: hbs.AST.Program;
  readonly skeleton: Skeleton;
  markup?: MarkupFindings;
}

/**
 * Checks and compiles every layout and partial of a format (its own, and those it inherits and
 * does not override), so that mistakes surface when the format loads, each with its file, line
 * and column: template syntax, unknown helpers, partials, phrases and variables (checked against
 * the data each template sees), unknown elements and attributes of the layout vocabulary, and
 * values the template spells out. Every problem is reported, not only the first. The phrases of
 * each language are checked the same way when that language is first used
 * ({@link CompiledFormat.phrasesOf}).
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
  const report = reportOnce(problems);

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
  for (const layer of format.layers) {
    for (const table of layer.phrases.values()) {
      for (const key of table.keys()) phraseKeys.add(key);
    }
  }
  const phraseExists = phraseExistsIn(phraseKeys);
  const phraseContexts: PhraseContexts = new Map();
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
      onPhraseCall: (call) => addPhraseContext(phraseContexts, call.key, call.data, call),
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

  for (const key of phraseKeys) {
    const schema = builtinPhraseData(key);
    if (schema !== undefined) addPhraseContext(phraseContexts, key, shapeOf(schema));
  }
  const languageChecks = new Map<string, LanguageCheck>();
  const phraseChecks: PhraseChecks = {
    format,
    environment,
    phraseKeys,
    layoutContexts: phraseContexts,
    prepared: new Map(),
  };
  const phrasesOf = (language: string): LanguageCheck => {
    let check = languageChecks.get(language);
    if (check === undefined) {
      const found = checkLanguagePhrases(phraseChecks, language);
      check = { problems: found, failed: found.some((problem) => problem.severity === 'error') };
      languageChecks.set(language, check);
    }
    return check;
  };
  if (problems.some((problem) => problem.severity === 'error')) return { problems, phrasesOf };

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
    compiled: { format, layouts: compiledLayouts, partials: compiledPartials, files, phrasesOf },
    problems,
    phrasesOf,
  };
}

/** What checking the phrases of a language needs from its format, shared by its languages. */
interface PhraseChecks {
  readonly format: Format;
  readonly environment: TemplateEnvironment;
  /** Every phrase key of any language of the format. */
  readonly phraseKeys: ReadonlySet<string>;
  /** The data each phrase is called with by the layouts and partials, and by chancery itself. */
  readonly layoutContexts: ReadonlyMap<string, ReadonlyMap<Shape, PhraseCall | undefined>>;
  /** Phrases parsed and compiled, or the problem found: an `en` phrase serves `en-US` too. */
  readonly prepared: Map<Phrase, { ast: hbs.AST.Program } | { problem: Diagnostic }>;
}

function checkLanguagePhrases(checks: PhraseChecks, language: string): Diagnostic[] {
  const { format, environment, phraseKeys } = checks;
  const problems: Diagnostic[] = [];
  const report = reportOnce(problems);
  const phraseExists = phraseExistsIn(phraseKeys);
  // The data each phrase meets: from the layouts, then from the language's own phrases.
  const phraseContexts: PhraseContexts = new Map();
  for (const [key, contexts] of checks.layoutContexts) phraseContexts.set(key, new Map(contexts));
  // A form of a phrase (`noteVerbale.opening.feminine`) sees the data of the phrase it is a form of.
  const contextsOf = (key: string): Shape[] => {
    const { base, gender } = phraseForm(key);
    const keys = new Set([key, ...(gender === undefined ? [] : [`${base}.${gender}`]), base]);
    return [...keys].flatMap((name) => [...(phraseContexts.get(name)?.keys() ?? [])]);
  };

  // For every key of any language, the phrase that looking it up in this language finds, its own
  // or a less specific form (a derived format's own hide those it overrides).
  const effective = new Map<Phrase, string>();
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
  if (missing.length > 0) {
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
    let prepared = checks.prepared.get(phrase);
    if (prepared === undefined) {
      prepared = environment.preparePhrase(phrase);
      checks.prepared.set(phrase, prepared);
    }
    if ('problem' in prepared) report(prepared.problem);
    else phraseAsts.set(phrase, prepared.ast);
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
            if (addPhraseContext(phraseContexts, call.key, call.data, call)) changed = true;
          },
        });
      }
    }
  }
  return problems;
}

// Collects problems, each once however many times it is found.
function reportOnce(problems: Diagnostic[]): (problem: Diagnostic) => void {
  const seen = new Set<string>();
  return (problem) => {
    const key = `${problem.file ?? ''}:${problem.line ?? ''}:${problem.column ?? ''}:${problem.code}:${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
}

// A phrase a template asks for exists when some language has it, in any of its forms.
function phraseExistsIn(phraseKeys: ReadonlySet<string>): (key: string) => boolean {
  return (key) => phraseFormKeys(key).some((form) => phraseKeys.has(form));
}

/** The data each phrase is called with, by phrase key, with the call that passes it if any. */
type PhraseContexts = Map<string, Map<Shape, PhraseCall | undefined>>;

// Records that a phrase is called with data of a shape; false when that was known already.
function addPhraseContext(
  contexts: PhraseContexts,
  key: string,
  shape: Shape,
  call?: PhraseCall,
): boolean {
  let shapes = contexts.get(key);
  if (shapes === undefined) {
    shapes = new Map();
    contexts.set(key, shapes);
  }
  if (shapes.has(shape)) return false;
  shapes.set(shape, call);
  return true;
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
