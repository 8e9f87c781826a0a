import type { Format } from '../format/format.js';
import { formatFilePath } from '../format/format-path.js';

/**
 * Where a format's image path leads: to a file of the format (its own folder first, then those
 * of the formats it extends), to nothing, or outside its folders.
 *
 * @example
 * ```ts
 * findFormatImage(format, 'emblem.png'); // { found: Uint8Array } when the format ships it
 * ```
 */
export function findFormatImage(
  format: Format,
  src: string,
): { found: Uint8Array } | { missing: true } | { outside: true } {
  const path = formatFilePath(src);
  if (path === undefined) return { outside: true };
  for (const layer of format.layers) {
    const file = layer.files[path];
    if (file instanceof Uint8Array) return { found: file };
  }
  return { missing: true };
}
