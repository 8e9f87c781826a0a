import type { Drafter } from '../drafter.js';
import { precompiledDrafter } from '../precompiled-drafter.js';
import type { DocxWriterOptions } from '../writers/docx/docx-writer.js';
import type { Deflate } from '../writers/docx/zip-archive.js';
import { builtinFormats } from './builtin-formats.js';
import { currentPrecompiled } from './current-precompiled.js';
import { nodeDeflate } from './node-deflate.js';
import { builtinDocxParts, precompiledBuiltins } from './precompiled-builtins.js';

/**
 * The writer options of a Node drafter: zlib's deflate unless another is given, and the parts
 * the build wrote only with the deflate they were written with.
 *
 * @example
 * ```ts
 * const { deflate, formatParts } = nodeWriterOptions({});
 * ```
 */
export function nodeWriterOptions(
  options: DocxWriterOptions,
): DocxWriterOptions & { readonly deflate: Deflate } {
  const formatParts =
    options.formatParts ?? (options.deflate === undefined ? builtinDocxParts : undefined);
  const deflate = options.deflate ?? nodeDeflate;
  return formatParts === undefined ? { deflate } : { deflate, formatParts };
}

/**
 * A drafter of the built-in formats as the build compiled them, if their files in `templates/`
 * are still those it compiled; otherwise `undefined`, and the formats are to be compiled
 * (`createDrafter` does). It loads neither handlebars' compiler nor the format loader, so that
 * a command that renders with the built-in formats starts without them. It compresses as
 * {@link nodeWriterOptions} says: with zlib, and the parts the build wrote, unless given
 * another deflate.
 *
 * @example
 * ```ts
 * const drafter = builtinDrafter() ?? createDrafter();
 * ```
 */
export function builtinDrafter(options: DocxWriterOptions = {}): Drafter | undefined {
  if (precompiledBuiltins === undefined) return undefined;
  const ahead = currentPrecompiled(precompiledBuiltins, builtinFormats());
  return ahead === undefined ? undefined : precompiledDrafter(ahead, nodeWriterOptions(options));
}
