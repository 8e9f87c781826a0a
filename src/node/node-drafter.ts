import {
  createDrafter as createCoreDrafter,
  type Drafter,
  type DrafterOptions,
} from '../drafter.js';
import { builtinFormats } from './builtin-formats.js';
import { nodeDeflate } from './node-deflate.js';

/**
 * Creates a drafter that knows the built-in formats as well as any given, and compresses with
 * Node's zlib.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [readFormatDir('formats/my-mission')] });
 * ```
 */
export function createDrafter(options: Partial<DrafterOptions> = {}): Drafter {
  return createCoreDrafter({
    deflate: nodeDeflate,
    ...options,
    formats: [...builtinFormats(), ...(options.formats ?? [])],
  });
}
