import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from '../io.js';

// A count or serial given on the command line: digits only, so that "ten" or "1.5" is refused
// rather than read as NaN or 1.
function wholeNumber(least: number): (value: string) => number {
  return (value) => {
    const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < least)
      throw new InvalidArgumentError(`expected a whole number of at least ${least}.`);
    return number;
  };
}

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
    .option('--serial-start <n>', 'the serial of the first record', wholeNumber(0), 1)
    .option('-j, --jobs <n>', 'threads to render with (default: one per core)', wholeNumber(1))
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
