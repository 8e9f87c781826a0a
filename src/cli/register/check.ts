import type { Command } from 'commander';
import type { CliIo } from '../io.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// The command's code is loaded when it runs: starting the command line reads none of it.
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
      const { checkCommand } = await import('../check-command.js');
      setStatus(
        await checkCommand(
          input,
          { formatDir: options.formatDir, ...(options.json === undefined ? {} : { json: true }) },
          io,
        ),
      );
    });
}
