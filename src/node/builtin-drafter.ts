import type { Drafter } from '../drafter.js';
import { precompiledDrafter } from '../precompiled-drafter.js';
import type { DocxFormatParts } from '../writers/docx/docx-writer.js';
import type { Deflate } from '../writers/docx/zip-archive.js';
import { builtinFormats } from './builtin-formats.js';
import { currentPrecompiled } from './current-precompiled.js';
import { nodeDeflate } from './node-deflate.js';
import { builtinDocxParts, precompiledBuiltins } from './precompiled-builtins.js';

/** How a drafter of the built-in formats compresses, and what it is given already written. */
export interface BuiltinDrafterOptions {
  /** Raw deflate for the .docx parts; zlib's by default. */
  readonly deflate?: Deflate;
  /**
   * .docx parts written ahead; by default those the build wrote for the built-in formats, when
   * the drafter compresses with zlib as they were.
   */
  readonly formatParts?: readonly DocxFormatParts[];
}

/**
 * The writer options of a Node drafter: zlib's deflate unless another is given, and the parts
 * the build wrote only with the deflate they were written with.
 *
 * @example
 * ```ts
 * const { deflate, formatParts } = nodeWriterOptions({});
 * ```
 */
export function nodeWriterOptions(options: BuiltinDrafterOptions): {
  deflate: Deflate;
  formatParts?: readonly DocxFormatParts[];
} {
  const formatParts =
    options.formatParts ?? (options.deflate === undefined ? builtinDocxParts : undefined);
  const deflate = options.deflate ?? nodeDeflate;
  return formatParts === undefined ? { deflate } : { deflate, formatParts };
}

/**
 * A drafter of the built-in formats as the build compiled them, if their files in `templates/`
 * are still those it compiled; otherwise `undefined`, and the formats are to be compiled
 * (`createDrafter` does). It loads neither handlebars' compiler nor the format loader, so that
 * a command that renders with the built-in formats starts without them.
 *
 * @example
 * ```ts
 * const drafter = builtinDrafter() ?? createDrafter();
 * ```
 */
export function builtinDrafter(options: BuiltinDrafterOptions = {}): Drafter | undefined {
  if (precompiledBuiltins === undefined) return undefined;
  const ahead = currentPrecompiled(precompiledBuiltins, builtinFormats());
  return ahead === undefined ? undefined : precompiledDrafter(ahead, nodeWriterOptions(options));
}
