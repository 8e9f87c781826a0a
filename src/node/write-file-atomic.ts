import {
  closeSync,
  fdatasyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

// A temporary file's name need only differ from every other in its folder at that moment, and
// opening it with 'wx' refuses one that exists. The process and a count tell apart the files of
// processes and of one thread; threads of a process share the one and count alike, and the
// random part tells theirs apart. Without node:crypto, whose loading is a few milliseconds of a
// command's start.
let temporaries = 0;
function temporaryPart(): string {
  temporaries += 1;
  return `${process.pid.toString(36)}-${temporaries.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** How {@link writeFileAtomic} writes. */
export interface AtomicWriteOptions {
  /**
   * Whether to flush the bytes to the disk before the rename (default `true`), so that a power
   * cut cannot leave an empty file where the good one was. A batch that writes many files into a
   * fresh folder may turn it off.
   */
  readonly sync?: boolean;
}

// node:fs/promises, loaded when first used: a command that writes with the synchronous calls
// starts without it.
function fsPromises(): Promise<typeof FsPromises> {
  return import('node:fs/promises');
}

// Where the bytes go: a link is followed to its file, so that the rename replaces that file and
// leaves the link in place. A path with nothing there yet (or that cannot be read) stays as given,
// and writing it then says what is wrong.
async function targetOf(path: string): Promise<string> {
  const { realpath } = await fsPromises();
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

function targetOfSync(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, flushed, then renamed into
 * place, so that a failure never leaves a half-written file over a good one and no temporary
 * file is left behind. A symbolic link is followed: the file it leads to is replaced, the link
 * stays.
 *
 * @example
 * ```ts
 * await writeFileAtomic('reply.docx', bytes);
 * ```
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { open, rename, rm } = await fsPromises();
  const target = await targetOf(path);
  const temporary = join(dirname(target), `.${basename(target)}.${temporaryPart()}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      if (options.sync !== false) await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    if (created) await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * {@link writeFileAtomic} without the event loop: a quarter of the cost per file, for a batch
 * that writes a thousand files from a thread of its own.
 *
 * @example
 * ```ts
 * writeFileAtomicSync('out/001-chile.docx', bytes, { sync: false });
 * ```
 */
export function writeFileAtomicSync(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  writeTargetSync(targetOfSync(path), `.${temporaryPart()}.tmp`, bytes, options.sync !== false);
}

// Writes the bytes to a temporary file beside the target, named after it with the suffix, then
// renames it into place; the temporary file is removed if anything fails.
function writeTargetSync(target: string, suffix: string, bytes: Uint8Array, sync: boolean): void {
  const temporary = join(dirname(target), `.${basename(target)}${suffix}`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx');
    try {
      writeFileSync(descriptor, bytes);
      if (sync) fdatasyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes files of one folder, each as {@link writeFileAtomicSync} does. */
export type FolderWriter = (name: string, bytes: Uint8Array, options?: AtomicWriteOptions) => void;

/**
 * What a {@link folderWriterSync} knows of its folder.
 *
 * @example
 * ```ts
 * const fresh = (await mkdir('notes', { recursive: true })) !== undefined;
 * const write = folderWriterSync('notes', { fresh });
 * ```
 */
export interface FolderWriterOptions {
  /**
   * The folder was made empty by the caller, who alone writes into it: no file in it is a link,
   * and a file's path is not looked at before it is written (one call fewer per file).
   */
  readonly fresh?: boolean;
}

/**
 * {@link writeFileAtomicSync} for many files of one folder, as a batch writes them: the folder's
 * real path is found once, at the first file, and a file's own path is then looked at once (to
 * follow it if it is a link) instead of resolving each folder on the way to it. A name that
 * holds a folder of its own is resolved whole.
 *
 * @example
 * ```ts
 * const write = folderWriterSync('notes', { fresh: true });
 * write('001-chile.docx', bytes, { sync: false });
 * ```
 */
export function folderWriterSync(
  folder: string,
  folderOptions: FolderWriterOptions = {},
): FolderWriter {
  let realFolder: string | undefined;
  // One random part for the folder's temporary files, and a count to tell them apart.
  const prefix = `.${temporaryPart()}`;
  let count = 0;
  return (name, bytes, options = {}) => {
    const path = join(folder, name);
    let target: string;
    if (name.includes('/') || name.includes(sep)) {
      target = targetOfSync(path);
    } else {
      realFolder ??= targetOfSync(folder);
      target = join(realFolder, name);
      if (
        folderOptions.fresh !== true &&
        lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true
      )
        target = targetOfSync(target);
    }
    writeTargetSync(target, `${prefix}-${String(++count)}.tmp`, bytes, options.sync !== false);
  };
}
