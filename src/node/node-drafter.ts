import {
  createDrafter as createCoreDrafter,
  type Drafter,
  type DrafterOptions,
} from '../drafter.js';
import { builtinDrafter, nodeWriterOptions } from './builtin-drafter.js';
import { builtinFormats } from './builtin-formats.js';

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
  const writer = nodeWriterOptions(options);
  if (
    (options.formats ?? []).length === 0 &&
    (options.helpers ?? []).length === 0 &&
    Object.keys(options.partials ?? {}).length === 0
  ) {
    const ahead = builtinDrafter(writer);
    if (ahead !== undefined) return ahead;
  }
  return createCoreDrafter({
    ...writer,
    ...options,
    formats: [...builtinFormats(), ...(options.formats ?? [])],
  });
}
