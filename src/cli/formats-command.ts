import { relative } from 'node:path';
import { checkFormats } from '../drafter.js';
import { builtinFormats } from '../node/builtin-formats.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import type { CliIo } from './io.js';
import { reportDiagnostics } from './report.js';

/** The options of `chancery formats`. */
export interface FormatsCommandOptions {
  readonly formatDir?: readonly string[];
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * `chancery formats [--format-dir dir]`: lists the built-in formats and those in the folders
 * given, each with where it comes from, what it extends, its document kinds and languages. A
 * format with errors is listed as broken, its errors printed, and the exit status is 1.
 *
 * @example
 * ```ts
 * const status = formatsCommand({ formatDir: ['examples/formats'] }, processIo);
 * ```
 */
export function formatsCommand(options: FormatsCommandOptions, io: CliIo): number {
  const dirs = readFormatDirs(options.formatDir ?? []);
  const builtin = new Set(builtinFormats().map((source) => source.origin));
  const reports = checkFormats({ formats: [...builtinFormats(), ...dirs.sources] });
  const rows = [['NAME', 'FROM', 'EXTENDS', 'KINDS', 'LANGUAGES']];
  for (const report of reports) {
    const from = builtin.has(report.origin) ? 'built-in' : relative('.', report.origin) || '.';
    const format = report.format;
    rows.push(
      format === undefined
        ? [report.name ?? '?', from, '', '(has errors: run chancery format check)', '']
        : [
            format.name,
            from,
            format.extends ?? '-',
            format.documents.join(', '),
            format.languages.join(', '),
          ],
    );
  }
  io.stdout(`${table(rows)}\n`);
  const errors = [
    ...dirs.problems,
    ...reports.flatMap((report) =>
      report.problems.filter((problem) => problem.severity === 'error'),
    ),
  ];
  reportDiagnostics(io, errors);
  return errors.length > 0 ? 1 : 0;
}
