import type { TemplateSpecification } from '../compose/template-environment.js';
import type { PrecompiledFormats } from '../precompiled-formats.js';

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
