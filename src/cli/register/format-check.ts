import type { Command } from 'commander';
import type { CliIo } from '../io.js';

// The command's code is loaded when it runs: starting the command line reads none of it.
/**
 * Adds `chancery format check <dir>` to the command line; `done` receives its exit status.
 *
 * @example
 * ```ts
 * registerFormatCheckCommand(program, io, (code) => (status = code));
 * ```
 */
export function registerFormatCheckCommand(
  program: Command,
  io: CliIo,
  done: (status: number) => void,
): void {
  program
    .command('format')
    .description('Work on a format.')
    .command('check')
    .description('Check a format folder and report every problem in it (exit 1 on any error).')
    .argument('<dir>', "the format's folder")
    .option(
      '--format-dir <dir>',
      'a folder of formats it may extend (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option('-q, --quiet', 'print only problems')
    .action(async (dir: string, options: { formatDir: string[]; quiet?: boolean }) => {
      const { formatCheckCommand } = await import('../format-check-command.js');
      done(formatCheckCommand(dir, options, io));
    });
}
