import { join } from 'node:path';
import { draftForRecord, type BatchRecord } from '../batch/batch-record.js';
import type { Drafter } from '../drafter.js';
import { ChanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import { parseDraft } from '../model/parse-draft.js';
import { folderWriterSync } from '../node/write-file-atomic.js';

/** One record to render, with its serial and the file it goes to. */
export interface BatchTask {
  readonly record: BatchRecord;
  readonly serial: number;
  readonly fileName: string;
}

/** What became of one record. */
export type BatchOutcome =
  | {
      readonly ok: true;
      readonly row: number;
      readonly file: string;
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly row: number; readonly errors: readonly Diagnostic[] };

/** What rendering a share of a batch needs: the same for every record. */
export interface BatchJob {
  readonly draft: unknown;
  readonly assets: Readonly<Record<string, Uint8Array>>;
  readonly outputDir: string;
  /** The batch made the output folder: it was empty, and only the batch writes into it. */
  readonly outputFresh?: boolean;
  readonly tasks: readonly BatchTask[];
}

/**
 * Renders the records of a batch one after another, each into its own file (written whole or
 * not at all), and reports each outcome as it comes. A record that fails is reported and the
 * next one goes on. `cache` is kept from one call to the next by a thread that renders
 * several shares of a batch.
 *
 * @example
 * ```ts
 * await renderBatchTasks(drafter, { draft, assets, outputDir: 'notes', tasks }, (outcome) => {
 *   if (!outcome.ok) console.error(outcome.row, outcome.errors);
 * });
 * ```
 */
export async function renderBatchTasks(
  drafter: Drafter,
  job: BatchJob,
  report: (outcome: BatchOutcome) => void,
  cache: Map<string, unknown> = new Map(),
): Promise<void> {
  const failure = (row: number, error: unknown): BatchOutcome => ({
    ok: false,
    row,
    errors:
      error instanceof ChanceryError
        ? error.diagnostics
        : [
            {
              severity: 'error',
              code: 'output_unwritable',
              message: error instanceof Error ? error.message : String(error),
            },
          ],
  });
  const write = folderWriterSync(job.outputDir, { fresh: job.outputFresh === true });
  for (const task of job.tasks) {
    const row = task.record.row;
    const parsed = parseDraft(draftForRecord(job.draft, task.record, task.serial));
    if (!parsed.ok) {
      report({ ok: false, row, errors: parsed.errors });
      continue;
    }
    let rendered: Awaited<ReturnType<Drafter['renderDocx']>>;
    try {
      rendered = await drafter.renderDocx(parsed.value, { assets: job.assets, cache });
    } catch (error) {
      report(failure(row, error));
      continue;
    }
    const file = join(job.outputDir, task.fileName);
    try {
      // Each file is renamed into place whole. Flushing a thousand files one by one would cost
      // more than rendering them, and a fresh batch has no good file to lose. Written
      // synchronously: a quarter of the cost of the asynchronous calls, in a batch's thread.
      write(task.fileName, rendered.bytes, { sync: false });
    } catch (error) {
      report(failure(row, error));
      continue;
    }
    // Outside the try: a record written is never also reported as failed.
    report({ ok: true, row, file, warnings: rendered.warnings });
    // What the batch remembers is bounded: past this, it starts again.
    if (cache.size > MAX_REMEMBERED) cache.clear();
  }
}

const MAX_REMEMBERED = 20_000;

/**
 * Takes the next records of a batch from a counter that the batch's threads share: each call
 * gives a thread records that no other thread has, until none are left. Shares are of `size`
 * records but, with several `takers`, smaller near the end, so that the threads finish together
 * instead of one waiting for the other's last share.
 *
 * @example
 * ```ts
 * const next = new Int32Array(new SharedArrayBuffer(4));
 * for (let share = takeShare(tasks, next, 25, 2); share.length > 0; share = takeShare(tasks, next, 25, 2))
 *   await renderBatchTasks(drafter, { ...job, tasks: share }, report);
 * ```
 */
export function takeShare<Task>(
  tasks: readonly Task[],
  next: Int32Array,
  size: number,
  takers = 1,
): Task[] {
  const left = tasks.length - Atomics.load(next, 0);
  const wanted = takers > 1 ? Math.max(1, Math.min(size, Math.ceil(left / (2 * takers)))) : size;
  const start = Math.min(Atomics.add(next, 0, wanted), tasks.length);
  return tasks.slice(start, start + wanted);
}
