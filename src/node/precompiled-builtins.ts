import type { TemplateSpecification } from '../compose/template-environment.js';
import type { PrecompiledFormats } from '../precompiled-formats.js';
import type { DocxFormatParts } from '../writers/docx/docx-writer.js';

/**
 * The formats shipped in `templates/`, compiled ahead of time. The build writes this module
 * anew from the folder (`scripts/precompile-formats.js`); run from the sources, it is empty and
 * the formats are compiled when a drafter is created.
 *
 * @example
 * ```ts
 * if (precompiledBuiltins !== undefined) precompiledDrafter(precompiledBuiltins);
 * ```
 */
export const precompiledBuiltins: PrecompiledFormats<TemplateSpecification> | undefined = undefined;

/**
 * The .docx parts of the built-in formats that depend only on their styles, fonts and language,
 * written and compressed (with zlib, as `nodeDeflate`) by the build for each language they have;
 * run from the sources, there are none and a writer writes them itself.
 *
 * @example
 * ```ts
 * createDocxWriter({ deflate: nodeDeflate, formatParts: builtinDocxParts });
 * ```
 */
export const builtinDocxParts: readonly DocxFormatParts[] = [];
