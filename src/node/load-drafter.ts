import type { Drafter } from '../drafter.js';
import type { FormatSource } from '../format/format.js';
import { builtinDrafter } from './builtin-drafter.js';

/**
 * A drafter of the built-in formats and those given, as `createDrafter` makes it, for a command
 * that may need no more than the built-in formats: with none given, the build's compiled forms
 * (see {@link builtinDrafter}); the format loader and handlebars' compiler are loaded only when
 * there are formats to compile.
 *
 * @example
 * ```ts
 * const drafter = await loadDrafter(readFormatDirs(['formats']).sources);
 * ```
 */
export async function loadDrafter(formats: readonly FormatSource[]): Promise<Drafter> {
  const ahead = formats.length === 0 ? builtinDrafter() : undefined;
  if (ahead !== undefined) return ahead;
  const { createDrafter } = await import('./node-drafter.js');
  return createDrafter({ formats });
}
