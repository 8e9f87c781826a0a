import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createDrafter } from '../index.js';
import { ChanceryError } from '../errors/chancery-error.js';
import { formatDiagnostic, type Diagnostic, type PathSegment } from '../errors/diagnostic.js';
import { locateInYaml } from '../model/locate-in-yaml.js';
import { loadDraftFile } from '../node/load-draft-file.js';
import { readFormatDir } from '../node/read-format-dir.js';
import { writeFileAtomic } from '../node/write-file-atomic.js';
import type { CliIo } from './io.js';

/** The options of `chancery render`. */
export interface RenderCommandOptions {
  readonly output?: string;
  readonly formatDir?: readonly string[];
  readonly quiet?: boolean;
}

/** The output path when none is given: the input's name with `.docx`. */
export function defaultOutputPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.docx`);
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

function report(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
}

/**
 * `chancery render <input> [-o out.docx]`: reads a YAML draft and writes its .docx. Returns the
 * exit status: 0 when written, 1 when the input or a format is wrong (nothing is written then).
 */
export async function renderCommand(
  input: string,
  options: RenderCommandOptions,
  io: CliIo,
): Promise<number> {
  const loaded = await loadDraftFile(input);
  if (!loaded.ok) {
    report(io, loaded.errors);
    return 1;
  }
  const output = options.output ?? defaultOutputPath(input);
  try {
    const drafter = createDrafter({
      formats: (options.formatDir ?? []).map((dir) => readFormatDir(dir)),
    });
    const { bytes, warnings } = await drafter.renderDocx(loaded.value.draft, {
      assets: loaded.value.assets,
    });
    await mkdir(dirname(output), { recursive: true });
    await writeFileAtomic(output, bytes);
    report(io, [...loaded.warnings, ...warnings]);
    if (options.quiet !== true) io.stdout(`wrote ${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ChanceryError) {
      // Errors about the draft's fields belong to the input file.
      report(
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
