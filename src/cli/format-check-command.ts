import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkFormats } from '../drafter.js';
import { builtinFormats } from '../node/builtin-formats.js';
import { readFormatDir } from '../node/read-format-dir.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import type { CliIo } from './io.js';
import { reportDiagnostics } from './report.js';

/** The options of `chancery format check`. */
export interface FormatCheckOptions {
  /** Folders of other formats it may extend, besides the built-in ones. */
  readonly formatDir?: readonly string[];
  readonly quiet?: boolean;
}

/**
 * `chancery format check <dir>`: validates a format folder (with the formats it extends) and
 * prints every problem it finds, not only the first: the manifest, every template, every phrase
 * file. Exit status 1 if there is any error, 0 otherwise (warnings are printed too).
 *
 * @example
 * ```ts
 * const status = formatCheckCommand('formats/my-mission', {}, processIo);
 * ```
 */
export function formatCheckCommand(
  directory: string,
  options: FormatCheckOptions,
  io: CliIo,
): number {
  if (!existsSync(join(directory, 'format.yaml')) && !existsSync(directory)) {
    reportDiagnostics(io, [
      {
        severity: 'error',
        code: 'format_dir_unreadable',
        message: 'no such folder',
        file: directory,
      },
    ]);
    return 1;
  }
  const dirs = readFormatDirs(options.formatDir ?? []);
  const source = readFormatDir(directory);
  const reports = checkFormats({ formats: [...builtinFormats(), ...dirs.sources, source] });
  const report = reports.find((candidate) => resolve(candidate.origin) === resolve(directory));
  const problems = [...dirs.problems, ...(report?.problems ?? [])];
  reportDiagnostics(io, problems);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (options.quiet !== true || errors > 0) {
    io.stdout(
      `${report?.name ?? directory}: ${errors === 0 ? 'ok' : `${errors} error${errors === 1 ? '' : 's'}`}${warnings === 0 ? '' : `, ${warnings} warning${warnings === 1 ? '' : 's'}`}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
