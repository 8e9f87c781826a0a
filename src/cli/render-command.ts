import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { loadDrafter } from '../node/load-drafter.js';
import { ChanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import type { FormatSource } from '../format/format.js';
import { locateInYaml } from '../model/locate-in-yaml.js';
import { loadDraftFile } from '../node/load-draft-file.js';
import { readFormatDir } from '../node/read-format-dir.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import { writeFileAtomicSync } from '../node/write-file-atomic.js';
import type { CliIo } from './io.js';
import { reportDiagnostics } from './report.js';

/** What `chancery render` can write. */
export type OutputKind = 'docx' | 'html' | 'text';

const EXTENSIONS: Readonly<Record<OutputKind, string>> = {
  docx: '.docx',
  html: '.html',
  text: '.txt',
};

/** The options of `chancery render`. */
export interface RenderCommandOptions {
  /** Where to write; `-` for standard output (HTML and text only). */
  readonly output?: string;
  /** Folders holding formats, or format folders, besides the built-in ones. */
  readonly formatDir?: readonly string[];
  /** A format's name, or a format's folder, to use instead of the one the draft names. */
  readonly format?: string;
  readonly to?: OutputKind;
  readonly quiet?: boolean;
}

/**
 * The output path when none is given: the input's name with the extension of what is written.
 *
 * @example
 * ```ts
 * defaultOutputPath('drafts/reply.yaml', 'html'); // 'drafts/reply.html'
 * ```
 */
export function defaultOutputPath(input: string, kind: OutputKind = 'docx'): string {
  return join(dirname(input), `${basename(input, extname(input))}${EXTENSIONS[kind]}`);
}

function isFolderArgument(value: string): boolean {
  return (
    /[/\\]/.test(value) ||
    value.startsWith('.') ||
    (existsSync(value) && statSync(value).isDirectory())
  );
}

// A field the draft lacks (recipient.article) is pointed at by the nearest field it has.
function nearestLine(
  text: string,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  for (let length = path.length; length > 0; length--) {
    const found = locateInYaml(text, path.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `chancery render <input> [-o out] [--to docx|html|text] [--format name|dir] [--format-dir dir]`:
 * reads a YAML draft and writes its .docx (or an HTML preview, or its text). Returns the exit
 * status: 0 when written, 1 when the input or a format is wrong (nothing is written then).
 *
 * @example
 * ```ts
 * const status = await renderCommand('reply.yaml', { to: 'html' }, processIo);
 * ```
 */
export async function renderCommand(
  input: string,
  options: RenderCommandOptions,
  io: CliIo,
): Promise<number> {
  const kind = options.to ?? 'docx';
  const loaded = await loadDraftFile(input);
  if (!loaded.ok) {
    reportDiagnostics(io, loaded.errors);
    return 1;
  }
  const output = options.output ?? defaultOutputPath(input, kind);
  if (output === '-' && kind === 'docx') {
    reportDiagnostics(io, [
      {
        severity: 'error',
        code: 'output_binary',
        message: 'a .docx is not written to standard output; give a file with -o',
      },
    ]);
    return 2;
  }
  const dirs = readFormatDirs(options.formatDir ?? []);
  const problems: Diagnostic[] = [...dirs.problems];
  const sources: FormatSource[] = [...dirs.sources];
  let formatName = options.format;
  let formatOrigin: string | undefined;
  if (options.format !== undefined && isFolderArgument(options.format)) {
    if (!existsSync(join(options.format, 'format.yaml'))) {
      problems.push({
        severity: 'error',
        code: 'format_dir_unreadable',
        message: 'is not a format folder: it has no format.yaml',
        file: options.format,
      });
    } else {
      formatOrigin = options.format;
      sources.push(readFormatDir(options.format));
    }
  }
  if (problems.length > 0) {
    reportDiagnostics(io, problems);
    return 1;
  }
  try {
    const drafter = await loadDrafter(sources);
    if (formatOrigin !== undefined) {
      const origin = formatOrigin;
      formatName = [...drafter.formats.values()].find(
        (format) => resolve(format.layers[0]?.origin ?? '') === resolve(origin),
      )?.name;
    }
    const draft =
      formatName === undefined ? loaded.value.draft : { ...loaded.value.draft, format: formatName };
    const composeOptions = { assets: loaded.value.assets };
    let bytes: Uint8Array;
    let warnings: readonly Diagnostic[];
    if (kind === 'docx') ({ bytes, warnings } = await drafter.renderDocx(draft, composeOptions));
    else {
      const rendered =
        kind === 'html'
          ? drafter.renderHtml(draft, composeOptions)
          : drafter.renderText(draft, composeOptions);
      warnings = rendered.warnings;
      bytes = new TextEncoder().encode('html' in rendered ? rendered.html : rendered.text);
    }
    if (output === '-') io.stdout(new TextDecoder().decode(bytes));
    else {
      try {
        // Synchronous calls: there is nothing else to do meanwhile.
        mkdirSync(dirname(output), { recursive: true });
        writeFileAtomicSync(output, bytes);
      } catch (error) {
        reportDiagnostics(io, [
          {
            severity: 'error',
            code: 'output_unwritable',
            message: `cannot write the output: ${error instanceof Error ? error.message : String(error)}`,
            file: output,
          },
        ]);
        return 1;
      }
    }
    // The formats' own warnings belong to `chancery format check`, not to every render.
    reportDiagnostics(io, [...loaded.warnings, ...warnings]);
    if (options.quiet !== true && output !== '-') io.stdout(`wrote ${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ChanceryError) {
      // Errors about the draft's fields belong to the input file.
      reportDiagnostics(
        io,
        error.diagnostics.map((diagnostic) =>
          diagnostic.file === undefined && diagnostic.path !== undefined
            ? { ...diagnostic, file: input, ...nearestLine(loaded.value.text, diagnostic.path) }
            : diagnostic,
        ),
      );
      return 1;
    }
    throw error;
  }
}
