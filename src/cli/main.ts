import { Command, CommanderError } from 'commander';
import { processIo, type CliIo } from './io.js';

export { processStreamsFlushed } from './io.js';
import { registerBatchCommand } from './register/batch.js';
import { registerCheckCommand } from './register/check.js';
import { registerFormatCheckCommand } from './register/format-check.js';
import { registerFormatsCommand } from './register/formats.js';
import { registerNewCommand } from './register/new.js';
import { registerRenderCommand } from './register/render.js';

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

  const setStatus = (code: number): void => {
    status = code;
  };
  registerRenderCommand(program, io, setStatus);
  registerBatchCommand(program, io, setStatus);
  registerFormatsCommand(program, io, setStatus);
  registerFormatCheckCommand(program, io, setStatus);
  registerCheckCommand(program, io, setStatus);
  registerNewCommand(program, io, setStatus);

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
