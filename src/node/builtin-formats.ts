import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormatSource } from '../format/format.js';
import { readFormatDir } from './read-format-dir.js';

/** The folder that holds the formats shipped with chancery. */
export const builtinFormatsDir = fileURLToPath(new URL('../../templates/', import.meta.url));

let cached: readonly FormatSource[] | undefined;

/**
 * The formats shipped with chancery (`un-geneva`), read once from the package's `templates/`
 * folder.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [...builtinFormats(), readFormatDir('formats/mine')] });
 * ```
 */
export function builtinFormats(): readonly FormatSource[] {
  cached ??= readdirSync(builtinFormatsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFormatDir(`${builtinFormatsDir}${entry.name}`, `templates/${entry.name}`));
  return cached;
}
