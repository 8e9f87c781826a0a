import { Command, CommanderError, Option } from 'commander';
import { registerCheckCommand } from './check-command.js';
import { processIo, type CliIo } from './io.js';
import { registerFormatCheckCommand } from './format-check-command.js';
import { registerFormatsCommand } from './formats-command.js';
import { registerNewCommand } from './new-command.js';
import { renderCommand, type OutputKind } from './render-command.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit status: 0 on success, 1 when the input is wrong, 2 when the command is misused.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['render', 'reply.yaml', '-o', 'reply.docx']);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let status = 0;
  const program = new Command('chancery')
    .description('Drafts diplomatic correspondence: notes verbales and letters, as Word documents.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('render')
    .description('Render a YAML draft to a Word (.docx) file, or an HTML preview.')
    .argument('<input>', 'the draft, a YAML file (input format v1)')
    .option(
      '-o, --output <file>',
      "where to write (default: the input's name with .docx, .html or .txt; - for standard output)",
    )
    .addOption(
      new Option('--to <kind>', 'what to write').choices(['docx', 'html', 'text']).default('docx'),
    )
    .option('--format <name|dir>', "a format's name or folder, instead of the draft's format")
    .option(
      '--format-dir <dir>',
      'a folder of formats (or a format folder) to know besides the built-in ones (repeatable)',
      collect,
      [],
    )
    .option('-q, --quiet', 'print nothing on success')
    .addHelpText(
      'after',
      `
The draft names its format ("format:", default un-geneva) and its language ("language:").
On any error nothing is written, an existing output file is left as it was, and the exit
status is 1. Warnings are printed and do not stop the output.

Examples:
  chancery render examples/cambodia-reply.yaml -o reply.docx
  chancery render reply.yaml --format ./formats/my-mission --to html -o reply.html`,
    )
    .action(
      async (
        input: string,
        options: {
          output?: string;
          formatDir: string[];
          format?: string;
          to: OutputKind;
          quiet?: boolean;
        },
      ) => {
        status = await renderCommand(
          input,
          {
            formatDir: options.formatDir,
            to: options.to,
            ...(options.format === undefined ? {} : { format: options.format }),
            ...(options.output === undefined ? {} : { output: options.output }),
            ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
          },
          io,
        );
      },
    );

  registerFormatsCommand(program, io, (code) => (status = code));
  registerFormatCheckCommand(program, io, (code) => (status = code));
  registerCheckCommand(program, io, (code) => (status = code));
  registerNewCommand(program, io, (code) => (status = code));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end in "errors" with exit code 0; real usage errors are status 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  return status;
}
