import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FormatSource } from '../format/format.js';

const TEXT_FILES = /\.(hbs|yaml|yml|md|txt)$/;

/**
 * Reads a format's folder into a {@link FormatSource}: templates and phrase files as text, any
 * other file (images) as bytes. Links are not followed, so nothing outside the folder is read.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [readFormatDir('formats/my-mission')] });
 * ```
 */
export function readFormatDir(directory: string, origin: string = directory): FormatSource {
  // No prototype: a file may be called "__proto__" without changing what the object is.
  const files = Object.create(null) as Record<string, string | Uint8Array>;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const name = relative(directory, path).split(sep).join('/');
        files[name] = TEXT_FILES.test(name)
          ? readFileSync(path, 'utf8')
          : new Uint8Array(readFileSync(path));
      }
    }
  };
  walk(directory);
  return { files, origin };
}
