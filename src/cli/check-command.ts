import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkDraftYaml, hasErrors } from '../check/check-draft.js';
import { compareFindings, findingToJson, formatFinding, type Finding } from '../check/finding.js';
import { ChanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import { createDrafter } from '../index.js';
import { createYamlLocator } from '../model/yaml-locator.js';
import { loadDraftFile } from '../node/load-draft-file.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import type { CliIo } from './io.js';

/** The options of `chancery check`. */
export interface CheckCommandOptions {
  readonly json?: boolean;
  readonly formatDir?: readonly string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Findings of rendering (a missing phrase, simplified Markdown), placed in the input file. */
async function renderFindings(
  input: string,
  text: string,
  formatDirs: readonly string[],
): Promise<Finding[]> {
  const loaded = await loadDraftFile(input);
  if (!loaded.ok) return [...loaded.errors];
  const locate = createYamlLocator(text);
  const place = (diagnostic: Diagnostic): Finding => {
    if (diagnostic.file !== undefined || diagnostic.path === undefined) return diagnostic;
    const position = locate(diagnostic.path);
    return {
      ...diagnostic,
      file: input,
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
    };
  };
  const dirs = readFormatDirs(formatDirs);
  if (dirs.problems.length > 0) return [...dirs.problems];
  try {
    const drafter = createDrafter({ formats: dirs.sources });
    const { warnings } = drafter.renderText(loaded.value.draft, { assets: loaded.value.assets });
    return warnings.map(place);
  } catch (error) {
    if (error instanceof ChanceryError) return error.diagnostics.map(place);
    throw error;
  }
}

/**
 * `chancery check <input> [--json]`: validates a draft, runs every rule of drafting practice and
 * renders it without writing anything, then prints each finding with its rule, severity, message
 * and place. Returns 1 when any finding is an error, 0 otherwise (warnings alone pass).
 *
 * @example
 * ```ts
 * const status = await checkCommand('reply.yaml', { json: true }, processIo);
 * ```
 */
export async function checkCommand(
  input: string,
  options: CheckCommandOptions,
  io: CliIo,
): Promise<number> {
  let findings: Finding[];
  try {
    const text = await readFile(input, 'utf8');
    const report = checkDraftYaml(text, { file: input });
    findings = [...report.findings];
    if (report.draft !== undefined) {
      findings.push(...(await renderFindings(input, text, options.formatDir ?? [])));
    }
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    findings = [{ severity: 'error', code: 'input_unreadable', message: reason, file: input }];
  }
  findings.sort(compareFindings);
  if (options.json === true) {
    io.stdout(`${JSON.stringify(findings.map(findingToJson), null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout(`${formatFinding(finding)}\n`);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    io.stdout(
      findings.length === 0
        ? `${input}: no findings\n`
        : `${input}: ${errors} error(s), ${warnings} warning(s)\n`,
    );
  }
  return hasErrors(findings) ? 1 : 0;
}

/**
 * Adds `chancery check` to the command line; `setStatus` receives its exit status.
 *
 * @example
 * ```ts
 * registerCheckCommand(program, io, (status) => (exitStatus = status));
 * ```
 */
export function registerCheckCommand(
  program: Command,
  io: CliIo,
  setStatus: (status: number) => void,
): void {
  program
    .command('check')
    .description('Check a YAML draft against the rules of drafting practice, without writing.')
    .argument('<input>', 'the draft, a YAML file (input format v1)')
    .option('--json', 'print the findings as a JSON array, for programs')
    .option(
      '--format-dir <dir>',
      'a folder of formats (or a format folder) to know besides the built-in ones (repeatable)',
      collect,
      [],
    )
    .addHelpText(
      'after',
      `
Each finding gives the file, line and column, its severity, the rule that found it, the field
and a message, with a suggestion where there is one. The exit status is 1 when any finding is
an error, 0 when there are only warnings or none. With --json, each finding is an object with
the fields rule, severity, message, file, line, column, path and suggestion (null when unknown).

Examples:
  chancery check examples/cambodia-reply.yaml
  chancery check examples/embassy-reply.yaml --format-dir examples/formats`,
    )
    .action(async (input: string, options: { json?: boolean; formatDir: string[] }) => {
      setStatus(
        await checkCommand(
          input,
          { formatDir: options.formatDir, ...(options.json === undefined ? {} : { json: true }) },
          io,
        ),
      );
    });
}
