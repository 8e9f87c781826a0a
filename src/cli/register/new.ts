import type { Command } from 'commander';
import type { CliIo } from '../io.js';

// The command's code is loaded when it runs: starting the command line reads none of it.
/**
 * Adds `chancery new` to the command line; `setStatus` receives its exit status.
 *
 * @example
 * ```ts
 * registerNewCommand(program, io, (status) => (exitStatus = status));
 * ```
 */
export function registerNewCommand(
  program: Command,
  io: CliIo,
  setStatus: (status: number) => void,
): void {
  program
    .command('new')
    .description('Write a starter YAML draft for the reply to a communication.')
    .argument('<reference>', 'the communication\'s reference, such as "AL KHM 2/2022"')
    .requiredOption('--date <yyyy-mm-dd>', "the communication's date")
    .option(
      '--mandates <keys>',
      'shorthands of the mandates that sent it, comma-separated (trafficking,cambodia)',
    )
    .option('--language <tag>', 'the language of the reply (en, en-US, fr, ...)', 'en')
    .option('--reply-date <yyyy-mm-dd>', 'the date the reply will bear (default: today)')
    .option(
      '-o, --output <file>',
      'where to write it, - for standard output (default: reply-<reference>.yaml)',
    )
    .option('--force', 'replace the file if it exists')
    .addHelpText(
      'after',
      `
The draft names the State and its long form, the communication, the date a reply is expected
(60 days after the communication) and the mandates; what only you know is left as TODO, which
chancery check reports until it is filled in.

Example:
  chancery new "AL KHM 2/2022" --date 2022-09-20 --mandates trafficking,cambodia -o reply.yaml`,
    )
    .action(
      async (
        reference: string,
        options: {
          date: string;
          mandates?: string;
          language: string;
          replyDate?: string;
          output?: string;
          force?: boolean;
        },
      ) => {
        const { newCommand } = await import('../new-command.js');
        setStatus(
          await newCommand(
            reference,
            {
              date: options.date,
              language: options.language,
              ...(options.mandates === undefined
                ? {}
                : {
                    mandates: options.mandates
                      .split(',')
                      .map((key) => key.trim())
                      .filter((key) => key !== ''),
                  }),
              ...(options.replyDate === undefined ? {} : { replyDate: options.replyDate }),
              ...(options.output === undefined ? {} : { output: options.output }),
              ...(options.force === undefined ? {} : { force: options.force }),
            },
            io,
          ),
        );
      },
    );
}
