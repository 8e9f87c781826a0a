import { compileFormat, type CompiledFormat } from './compose/compiled-format.js';
import type { ComposeOptions, Composition } from './compose/compose-draft.js';
import type { TemplateHelper } from './compose/helper.js';
import { builtinHelpers } from './compose/helpers/index.js';
import {
  createTemplateEnvironment,
  type TemplateEnvironment,
} from './compose/template-environment.js';
import { ChanceryError, chanceryError } from './errors/chancery-error.js';
import { distinctDiagnostics, type Diagnostic } from './errors/diagnostic.js';
import type { Format, FormatSource, TemplateSource } from './format/format.js';
import { loadFormats } from './format/resolve-formats.js';
import type { Draft } from './model/draft.js';
import { drafterOf, writerOptions } from './drafter-of.js';
import type { DocxFormatParts } from './writers/docx/docx-writer.js';
import type { Deflate } from './writers/docx/zip-archive.js';

/** How a drafter is set up: the formats it knows, and any helpers and partials of its own. */
export interface DrafterOptions {
  /** Formats as files; a later one with the same name replaces an earlier one. */
  readonly formats: readonly FormatSource[];
  /**
   * Helpers added beside the built-in ones (`eq`, `formatDate`, `join`, `phrase`, `upper` ...),
   * registered the same way; one with a built-in's name replaces it.
   */
  readonly helpers?: readonly TemplateHelper[];
  /**
   * Partials every format can include (`{{> name}}`), as template text by name; a format's own
   * partial of the same name wins.
   */
  readonly partials?: Readonly<Record<string, string>>;
  /** Raw deflate for the .docx parts; a portable one by default (Node's entry passes zlib's). */
  readonly deflate?: Deflate;
  /**
   * .docx parts written ahead ({@link writeDocxFormatParts}), taken by a document whose styles,
   * fonts and language they were written from. Node's entry passes those of the built-in formats,
   * written by the build, when it compresses with its own deflate.
   */
  readonly formatParts?: readonly DocxFormatParts[];
}

/** A rendered Word file and what rendering noticed. */
export interface RenderedDocx {
  readonly bytes: Uint8Array;
  readonly warnings: readonly Diagnostic[];
}

/** What a draft says, as text, and what rendering noticed. */
export interface RenderedText {
  readonly text: string;
  readonly warnings: readonly Diagnostic[];
}

/** An HTML preview of a draft, and what rendering noticed. */
export interface RenderedHtml {
  readonly html: string;
  readonly warnings: readonly Diagnostic[];
}

/** One format given to a drafter, and everything checking it found. */
export interface FormatReport {
  /** Where its files came from. */
  readonly origin: string;
  /** Its name, once its manifest could be read. */
  readonly name?: string;
  /** The format, when it loaded without errors. */
  readonly format?: Format;
  /** Its errors and warnings, each naming the file (and line and column where known). */
  readonly problems: readonly Diagnostic[];
}

/**
 * A configured pipeline: formats loaded and compiled once, then any number of drafts composed
 * and written. It has no state beyond that and touches no files.
 */
export interface Drafter {
  /** The formats it knows, by name. */
  readonly formats: ReadonlyMap<string, Format>;
  /** Warnings found while loading the formats (errors stop {@link createDrafter}). */
  readonly warnings: readonly Diagnostic[];
  /** Composes a draft into the document tree, with its format. */
  compose(draft: Draft, options?: ComposeOptions): Composition;
  /** Renders a draft to the bytes of a .docx file. */
  renderDocx(draft: Draft, options?: ComposeOptions): Promise<RenderedDocx>;
  /** Renders what a draft says as plain text. */
  renderText(draft: Draft, options?: ComposeOptions): RenderedText;
  /** Renders a draft as one self-contained HTML page that previews the Word layout. */
  renderHtml(draft: Draft, options?: ComposeOptions): RenderedHtml;
}

interface Loaded {
  readonly environment: TemplateEnvironment;
  readonly reports: FormatReport[];
  readonly compiled: Map<string, CompiledFormat>;
}

function codePartials(partials: Readonly<Record<string, string>>): Record<string, TemplateSource> {
  const named: Record<string, TemplateSource> = {};
  for (const [name, source] of Object.entries(partials)) {
    // The names a format's partials/<name>.hbs can have, and no other (no "__proto__").
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      throw chanceryError({
        code: 'partial_invalid',
        message: `a partial's name is lower case letters, digits and hyphens, not "${name}"`,
      });
    }
    named[name] = { source, file: `(code)/partials/${name}.hbs` };
  }
  return named;
}

// `allLanguages` checks the phrases of every language now, as `chancery format check` does; a
// drafter checks each language when a draft first uses it.
function load(options: DrafterOptions, allLanguages: boolean): Loaded {
  const environment = createTemplateEnvironment([...builtinHelpers, ...(options.helpers ?? [])]);
  const extraPartials = codePartials(options.partials ?? {});
  const reports: FormatReport[] = [];
  const compiled = new Map<string, CompiledFormat>();
  for (const entry of loadFormats(options.formats)) {
    if (entry.format === undefined) {
      reports.push(entry);
      continue;
    }
    const compilation = compileFormat(entry.format, environment, extraPartials);
    const problems = [...entry.problems, ...compilation.problems];
    if (allLanguages) {
      for (const language of entry.format.languages)
        problems.push(...compilation.phrasesOf(language).problems);
    }
    if (compilation.compiled !== undefined) compiled.set(entry.format.name, compilation.compiled);
    reports.push(
      compilation.compiled === undefined
        ? { origin: entry.origin, name: entry.format.name, problems }
        : { ...entry, problems },
    );
  }
  return { environment, reports, compiled };
}

/**
 * Checks formats the way {@link createDrafter} loads them, without stopping at the first
 * problem: every manifest, phrase file and template of every format, and the phrases of every
 * language (which a drafter checks when a draft first uses the language), with each problem's
 * file, line and column. A format that extends another is checked with it.
 *
 * @example
 * ```ts
 * const reports = checkFormats({ formats: [unGeneva, myMission] });
 * reports.flatMap((report) => report.problems).map(formatDiagnostic);
 * ```
 */
export function checkFormats(options: DrafterOptions): FormatReport[] {
  return load(options, true).reports.map((report) => ({
    ...report,
    // A phrase of `en` that `en-US` uses is checked with both: report it once.
    problems: distinctDiagnostics(report.problems),
  }));
}

/**
 * Creates a drafter from formats given as files (read from disk by a loader, bundled, or
 * written in code as strings), so that it runs anywhere, a browser included. Every format's
 * manifest, layouts and partials are checked and compiled here: if any has errors, it throws a
 * {@link ChanceryError} carrying all of them, each with its file, line and column. The phrases of
 * a language are checked and compiled when a draft in that language is first composed, and a
 * problem in them refuses the draft the same way, before anything is written
 * ({@link checkFormats} checks every language at once).
 *
 * @example
 * ```ts
 * const drafter = createDrafter({
 *   formats: [unGeneva, { origin: 'my-mission', files: { 'format.yaml': 'name: my-mission\nextends: un-geneva\n' } }],
 * });
 * const { bytes } = await drafter.renderDocx({ ...draft, format: 'my-mission' });
 * ```
 */
export function createDrafter(options: DrafterOptions): Drafter {
  const { environment, reports, compiled } = load(options, false);
  // A format that extends a broken one shares its problems: report each once.
  const problems = distinctDiagnostics(reports.flatMap((report) => report.problems));
  const errors = problems.filter((problem) => problem.severity === 'error');
  const [first, ...rest] = errors;
  if (first !== undefined) throw new ChanceryError([first, ...rest]);
  return drafterOf(
    environment,
    compiled,
    problems.filter((problem) => problem.severity === 'warning'),
    writerOptions(options),
  );
}
