import { Option, type Command } from 'commander';
import type { CliIo } from '../io.js';
import type { OutputKind } from '../render-command.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// The command's code is loaded when it runs: starting the command line reads none of it.
/**
 * Adds `chancery render` to the command line; `setStatus` receives its exit status.
 *
 * @example
 * ```ts
 * registerRenderCommand(program, io, (code) => (status = code));
 * ```
 */
export function registerRenderCommand(
  program: Command,
  io: CliIo,
  setStatus: (status: number) => void,
): void {
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
        const { renderCommand } = await import('../render-command.js');
        setStatus(
          await renderCommand(
            input,
            {
              formatDir: options.formatDir,
              to: options.to,
              ...(options.format === undefined ? {} : { format: options.format }),
              ...(options.output === undefined ? {} : { output: options.output }),
              ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
            },
            io,
          ),
        );
      },
    );
}
