import { compileFormat, type CompiledFormat } from './compose/compiled-format.js';
import { composeDraft, type ComposeOptions, type Composition } from './compose/compose-draft.js';
import type { TemplateHelper } from './compose/helper.js';
import { builtinHelpers } from './compose/helpers/index.js';
import { createTemplateEnvironment } from './compose/template-environment.js';
import { chanceryError } from './errors/chancery-error.js';
import type { Diagnostic } from './errors/diagnostic.js';
import type { Format, FormatSource } from './format/format.js';
import { resolveFormats } from './format/resolve-formats.js';
import type { Draft } from './model/draft.js';
import { createDocxWriter } from './writers/docx/docx-writer.js';
import type { Deflate } from './writers/docx/zip-archive.js';
import { writeText } from './writers/text/write-text.js';

/** How a drafter is set up: the formats it knows and any helpers of the template author's. */
export interface DrafterOptions {
  /** Formats as files; a later one with the same name replaces an earlier one. */
  readonly formats: readonly FormatSource[];
  /** Helpers added beside the built-in ones (`formatDate`, `phrase`, `upper`). */
  readonly helpers?: readonly TemplateHelper[];
  /** Raw deflate for the .docx parts; a portable one by default (Node's entry passes zlib's). */
  readonly deflate?: Deflate;
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

/**
 * A configured pipeline: formats loaded and compiled once, then any number of drafts composed
 * and written. It has no state beyond that and touches no files.
 */
export interface Drafter {
  /** The formats it knows, by name. */
  readonly formats: ReadonlyMap<string, Format>;
  /** Composes a draft into the document tree, with its format. */
  compose(draft: Draft, options?: ComposeOptions): Composition;
  /** Renders a draft to the bytes of a .docx file. */
  renderDocx(draft: Draft, options?: ComposeOptions): Promise<RenderedDocx>;
  /** Renders what a draft says as plain text. */
  renderText(draft: Draft, options?: ComposeOptions): RenderedText;
}

/**
 * Creates a drafter from formats given as files (read from disk by a loader, bundled, or
 * written in code), so that it runs anywhere, a browser included. Every template is compiled
 * here: a broken format fails now, with its file, line and column.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [myFormatSource] });
 * const { bytes } = await drafter.renderDocx(draft);
 * ```
 */
export function createDrafter(options: DrafterOptions): Drafter {
  const environment = createTemplateEnvironment([...builtinHelpers, ...(options.helpers ?? [])]);
  const formats = resolveFormats(options.formats);
  const writeDocx = createDocxWriter(
    options.deflate === undefined ? {} : { deflate: options.deflate },
  );
  const compiled = new Map<string, CompiledFormat>();
  for (const [name, format] of formats) compiled.set(name, compileFormat(format, environment));

  const compose = (draft: Draft, composeOptions?: ComposeOptions): Composition => {
    const format = compiled.get(draft.format);
    if (format === undefined) {
      throw chanceryError({
        code: 'unknown_format',
        message: `there is no format named "${draft.format}" (known: ${[...formats.keys()].join(', ')})`,
        path: ['format'],
      });
    }
    return composeDraft(draft, format, environment, composeOptions);
  };

  return {
    formats,
    compose,
    renderDocx: async (draft, composeOptions) => {
      const { tree, warnings } = compose(draft, composeOptions);
      return {
        bytes: await writeDocx(
          tree,
          composeOptions?.cache === undefined ? {} : { cache: composeOptions.cache },
        ),
        warnings,
      };
    },
    renderText: (draft, composeOptions) => {
      const { tree, warnings } = compose(draft, composeOptions);
      return { text: writeText(tree), warnings };
    },
  };
}
