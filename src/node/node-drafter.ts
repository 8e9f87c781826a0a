import {
  createDrafter as createCoreDrafter,
  type Drafter,
  type DrafterOptions,
} from '../drafter.js';
import { precompiledDrafter } from '../precompiled-formats.js';
import { builtinFormats } from './builtin-formats.js';
import { currentPrecompiled } from './current-precompiled.js';
import { nodeDeflate } from './node-deflate.js';
import { builtinDocxParts, precompiledBuiltins } from './precompiled-builtins.js';

// The built-in formats as the build compiled them, if the files in templates/ are still those it
// compiled.
function builtinsCompiledAhead(): typeof precompiledBuiltins {
  return precompiledBuiltins === undefined
    ? undefined
    : currentPrecompiled(precompiledBuiltins, builtinFormats());
}

/**
 * Creates a drafter that knows the built-in formats as well as any given, and compresses with
 * Node's zlib. With no formats, helpers or partials of its own, it takes the built-in formats
 * as the build compiled them, when their files have not changed since.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [readFormatDir('formats/my-mission')] });
 * ```
 */
export function createDrafter(options: Partial<DrafterOptions> = {}): Drafter {
  const deflate = options.deflate ?? nodeDeflate;
  // The parts the build wrote were compressed with zlib's deflate: a drafter given another one
  // compresses all of its parts with that.
  const formatParts =
    options.formatParts ?? (options.deflate === undefined ? builtinDocxParts : undefined);
  const writer = formatParts === undefined ? { deflate } : { deflate, formatParts };
  if (
    (options.formats ?? []).length === 0 &&
    (options.helpers ?? []).length === 0 &&
    Object.keys(options.partials ?? {}).length === 0
  ) {
    const ahead = builtinsCompiledAhead();
    if (ahead !== undefined) return precompiledDrafter(ahead, writer);
  }
  return createCoreDrafter({
    ...writer,
    ...options,
    formats: [...builtinFormats(), ...(options.formats ?? [])],
  });
}
