import type { Command } from 'commander';
import type { CliIo } from '../io.js';

// The command's code is loaded when it runs: starting the command line reads none of it.
/**
 * Adds `chancery formats` to the command line; `done` receives its exit status.
 *
 * @example
 * ```ts
 * registerFormatsCommand(program, io, (code) => (status = code));
 * ```
 */
export function registerFormatsCommand(
  program: Command,
  io: CliIo,
  done: (status: number) => void,
): void {
  program
    .command('formats')
    .description(
      'List the built-in formats and those given, with their document kinds and languages.',
    )
    .option(
      '--format-dir <dir>',
      'a folder of formats, or a format folder (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (options: { formatDir: string[] }) => {
      const { formatsCommand } = await import('../formats-command.js');
      done(formatsCommand(options, io));
    });
}
