import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { Draft } from '../model/draft.js';
import { locateInYaml } from '../model/locate-in-yaml.js';
import { parseDraftYaml } from '../model/parse-draft-yaml.js';
import type { ParseResult } from '../model/parse-draft.js';

/** A draft read from a file, with the files it names (its emblem) read too. */
export interface LoadedDraft {
  readonly draft: Draft;
  /** The bytes of each file the draft names, by the name the draft gives it. */
  readonly assets: Readonly<Record<string, Uint8Array>>;
  /** The YAML text, to point at the lines of later findings about the draft's fields. */
  readonly text: string;
}

function isInside(folder: string, target: string): boolean {
  const inside = relative(folder, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

// The file a path names once every link is followed, or undefined when there is none.
function realTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads a YAML draft from a file, validates it, and reads the files it names, which must lie in
 * the draft's folder or below it, links followed included. Problems come back as diagnostics with file, line and column.
 * The files are read with synchronous calls: a draft and its emblem are small, and a command
 * that renders one has nothing else to do meanwhile.
 *
 * @example
 * ```ts
 * const result = await loadDraftFile('examples/cambodia-reply.yaml');
 * if (result.ok) await renderDocx(result.value.draft, { assets: result.value.assets });
 * ```
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a promise, whatever goes wrong
export async function loadDraftFile(file: string): Promise<ParseResult<LoadedDraft>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return {
      ok: false,
      errors: [{ severity: 'error', code: 'input_unreadable', message: reason, file }],
    };
  }
  const parsed = parseDraftYaml(text, { file });
  if (!parsed.ok) return parsed;
  const draft = parsed.value;
  const assets: Record<string, Uint8Array> = {};
  const folder = dirname(resolve(file));
  const problems: Diagnostic[] = [];
  const emblem = draft.sender.emblem;
  if (emblem !== undefined) {
    const path = ['sender', 'emblem'];
    // Found only for a problem to report: it parses the text again.
    const where = () => ({ file, ...locateInYaml(text, path) });
    const target = resolve(folder, emblem);
    // A link inside the folder may point anywhere: what counts is where it leads.
    const realFolder = realTarget(folder);
    const realFile = realTarget(target);
    const outside =
      isAbsolute(emblem) ||
      !isInside(folder, target) ||
      (realFile !== undefined && !isInside(realFolder ?? folder, realFile));
    if (outside) {
      problems.push({
        severity: 'error',
        code: 'path_outside_folder',
        message: `"${emblem}" lies outside the draft's folder${realFile !== undefined && isInside(folder, target) ? ' (through a link)' : ''}; put the image beside the draft`,
        path,
        ...where(),
      });
    } else {
      try {
        assets[emblem] = new Uint8Array(readFileSync(realFile ?? target));
      } catch {
        problems.push({
          severity: 'error',
          code: 'asset_unreadable',
          message: `cannot read the image "${emblem}"`,
          path,
          ...where(),
        });
      }
    }
  }
  const [first, ...rest] = problems;
  if (first !== undefined) return { ok: false, errors: [first, ...rest] };
  return { ok: true, value: { draft, assets, text }, warnings: parsed.warnings };
}
