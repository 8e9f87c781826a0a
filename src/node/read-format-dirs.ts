import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { FormatSource } from '../format/format.js';
import { readFormatDir } from './read-format-dir.js';

/** Formats read from folders, and the folders that could not be read. */
export interface FormatDirs {
  readonly sources: readonly FormatSource[];
  readonly problems: readonly Diagnostic[];
}

/**
 * Reads the formats in each folder given: a folder holding a `format.yaml` is a format; any other
 * folder is read for the format folders directly inside it (`examples/formats/embassy/` for
 * `examples/formats`).
 *
 * @example
 * ```ts
 * const { sources, problems } = readFormatDirs(['examples/formats']);
 * const drafter = createDrafter({ formats: sources });
 * ```
 */
export function readFormatDirs(directories: readonly string[]): FormatDirs {
  const sources: FormatSource[] = [];
  const problems: Diagnostic[] = [];
  for (const directory of directories) {
    if (!existsSync(directory) || !statSync(directory).isDirectory()) {
      problems.push({
        severity: 'error',
        code: 'format_dir_unreadable',
        message: 'no such folder',
        file: directory,
      });
      continue;
    }
    if (existsSync(join(directory, 'format.yaml'))) {
      sources.push(readFormatDir(directory));
      continue;
    }
    const found = readdirSync(directory, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'format.yaml')),
      )
      .map((entry) => entry.name)
      .sort();
    if (found.length === 0) {
      problems.push({
        severity: 'error',
        code: 'format_dir_empty',
        message: 'holds no format: neither a format.yaml nor folders that have one',
        file: directory,
      });
    }
    for (const name of found) sources.push(readFormatDir(join(directory, name)));
  }
  return { sources, problems };
}
