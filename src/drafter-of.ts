import type { CompiledFormat } from './compose/compiled-format.js';
import { composeDraft, type ComposeOptions, type Composition } from './compose/compose-draft.js';
import type { TemplateEnvironment } from './compose/template-environment.js';
import type { Drafter } from './drafter.js';
import { chanceryError } from './errors/chancery-error.js';
import type { Diagnostic } from './errors/diagnostic.js';
import type { Format } from './format/format.js';
import type { Draft } from './model/draft.js';
import { createDocxWriter, type DocxWriterOptions } from './writers/docx/docx-writer.js';
import { writeHtml } from './writers/html/write-html.js';
import { writeText } from './writers/text/write-text.js';

/**
 * The options of a drafter's .docx writer, of those given to the drafter.
 *
 * @example
 * ```ts
 * createDocxWriter(writerOptions({ deflate: nodeDeflate }));
 * ```
 */
export function writerOptions(options: DocxWriterOptions): DocxWriterOptions {
  return {
    ...(options.deflate === undefined ? {} : { deflate: options.deflate }),
    ...(options.formatParts === undefined ? {} : { formatParts: options.formatParts }),
  };
}

/**
 * A drafter over formats already compiled and checked, with the environment they were compiled
 * in: what {@link createDrafter} returns once it has loaded its formats, and what a drafter of
 * formats compiled ahead of time is.
 *
 * @example
 * ```ts
 * const drafter = drafterOf(environment, new Map([['un-geneva', compiled]]), [], {
 *   deflate: nodeDeflate,
 * });
 * ```
 */
export function drafterOf(
  environment: TemplateEnvironment,
  compiled: ReadonlyMap<string, CompiledFormat>,
  warnings: readonly Diagnostic[],
  writer: DocxWriterOptions,
): Drafter {
  const writeDocx = createDocxWriter(writer);
  const formats = new Map<string, Format>();
  for (const [name, format] of compiled) formats.set(name, format.format);

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
    warnings,
    compose,
    renderDocx: async (draft, composeOptions) => {
      const { tree, warnings: composed } = compose(draft, composeOptions);
      const referenceStyles = compiled.get(draft.format)?.format.referenceStyles;
      return {
        bytes: await writeDocx(tree, {
          ...(referenceStyles === undefined ? {} : { referenceStyles }),
          ...(composeOptions?.cache === undefined ? {} : { cache: composeOptions.cache }),
        }),
        warnings: composed,
      };
    },
    renderText: (draft, composeOptions) => {
      const { tree, warnings: composed } = compose(draft, composeOptions);
      return { text: writeText(tree), warnings: composed };
    },
    renderHtml: (draft, composeOptions) => {
      const { tree, warnings: composed } = compose(draft, composeOptions);
      return { html: writeHtml(tree), warnings: composed };
    },
  };
}
