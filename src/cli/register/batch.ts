import type { Command } from 'commander';
import type { CliIo } from '../io.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// The command's code is loaded when it runs: starting the command line reads none of it.
/**
 * Adds `chancery batch` to the command line; `setStatus` receives its exit status.
 *
 * @example
 * ```ts
 * registerBatchCommand(program, io, (code) => (status = code));
 * ```
 */
export function registerBatchCommand(
  program: Command,
  io: CliIo,
  setStatus: (status: number) => void,
): void {
  program
    .command('batch')
    .description('Render one note verbale for each recipient of a CSV or YAML list.')
    .argument('<draft>', 'the draft, a YAML file; "{serial}" in a number becomes the serial')
    .argument(
      '<records>',
      'a CSV file (header: recipient, city, article, gender, forms.<name>, salutation, number, file) or a YAML list',
    )
    .requiredOption('-o, --output <dir>', 'the folder to write the documents into')
    .option(
      '--serial-start <n>',
      'the serial of the first record',
      (value) => Number.parseInt(value, 10),
      1,
    )
    .option('-j, --jobs <n>', 'threads to render with (default: one per core)', (value) =>
      Number.parseInt(value, 10),
    )
    .option(
      '--format-dir <dir>',
      'a folder of formats (or a format folder) to know besides the built-in ones (repeatable)',
      collect,
      [],
    )
    .option('-q, --quiet', 'print nothing but errors')
    .action(
      async (
        draft: string,
        records: string,
        options: {
          output: string;
          serialStart: number;
          jobs?: number;
          formatDir: string[];
          quiet?: boolean;
        },
      ) => {
        const { batchCommand } = await import('../batch-command.js');
        setStatus(await batchCommand(draft, records, options, io));
      },
    );
}
