import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { ChanceryError } from '../errors/chancery-error.js';
import { formatDiagnostic } from '../errors/diagnostic.js';
import { parseCommunicationReference } from '../model/communication-reference.js';
import { writeFileAtomic } from '../node/write-file-atomic.js';
import { starterDraftYaml } from '../starter/starter-draft.js';
import type { CliIo } from './io.js';

/** The options of `chancery new`. */
export interface NewCommandOptions {
  /** The communication's date. */
  readonly date: string;
  readonly mandates?: readonly string[];
  readonly language?: string;
  /** The date the reply will bear; today by default. */
  readonly replyDate?: string;
  readonly output?: string;
  /** Replace an existing file. */
  readonly force?: boolean;
}

/**
 * The file `chancery new` writes when no `-o` is given: `reply-al-khm-2-2022.yaml`.
 *
 * @example
 * ```ts
 * defaultStarterPath('AL KHM 2/2022'); // 'reply-al-khm-2-2022.yaml'
 * ```
 */
export function defaultStarterPath(reference: string): string {
  return `reply-${reference.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml`;
}

/**
 * `chancery new <reference> --date <date>`: writes a starter draft for the reply to a
 * communication. It never replaces an existing file unless `force` is set. Returns 0 when
 * written, 1 when the reference, a date or a mandate is wrong or the file exists.
 *
 * @example
 * ```ts
 * await newCommand('AL KHM 2/2022', { date: '2022-09-20', mandates: ['trafficking'], output: 'reply.yaml' }, processIo);
 * ```
 */
export async function newCommand(
  reference: string,
  options: NewCommandOptions,
  io: CliIo,
): Promise<number> {
  let yaml: string;
  try {
    yaml = starterDraftYaml({
      reference,
      date: options.date,
      replyDate: options.replyDate ?? DateTime.now().toISODate(),
      ...(options.mandates === undefined ? {} : { mandates: options.mandates }),
      ...(options.language === undefined ? {} : { language: options.language }),
    });
  } catch (error) {
    if (error instanceof ChanceryError) {
      for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
      return 1;
    }
    throw error;
  }
  const reading = parseCommunicationReference(reference);
  const output = options.output ?? defaultStarterPath(reading.ok ? reference : 'draft');
  if (output === '-') {
    io.stdout(yaml);
    return 0;
  }
  if (options.force !== true && existsSync(output)) {
    io.stderr(`${output}: the file exists; use --force to replace it\n`);
    return 1;
  }
  await mkdir(dirname(output), { recursive: true });
  const bytes = new TextEncoder().encode(yaml);
  if (options.force === true) await writeFileAtomic(output, bytes);
  else await writeFile(output, bytes, { flag: 'wx' });
  io.stdout(`wrote ${output}\n`);
  return 0;
}

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
