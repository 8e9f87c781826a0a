import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { startBatchThread, type BatchThread } from './batch-thread.js';
import type { CliIo } from './io.js';

/** The options of `chancery batch`. */
export interface BatchCommandOptions {
  readonly output: string;
  readonly formatDir?: readonly string[];
  /** The serial of the first record (default 1). */
  readonly serialStart?: number;
  /** How many threads render (default: one per core for large batches). */
  readonly jobs?: number;
  readonly quiet?: boolean;
}

// The worker is built code: run from the TypeScript sources (in tests), the batch runs in one thread.
const WORKER = new URL('./batch-worker.js', import.meta.url);

/**
 * `chancery batch <draft> <records> -o <dir>`: renders the draft once for each record of a CSV
 * or YAML file, each with its own recipient, salutation and number, into a folder. A record that
 * fails is reported with its row and the others go on; a summary ends the run. Large batches
 * are shared among threads, one per core. Returns 0 when every record was written, 1 otherwise.
 *
 * @example
 * ```ts
 * process.exitCode = await batchCommand('closure.yaml', 'missions.csv', { output: 'notes' }, processIo);
 * ```
 */
export async function batchCommand(
  draftFile: string,
  recordsFile: string,
  options: BatchCommandOptions,
  io: CliIo,
): Promise<number> {
  const started = performance.now();
  const wanted = Math.max(1, options.jobs ?? availableParallelism());
  const worker = existsSync(WORKER) ? WORKER : undefined;
  // Threads started and not yet given their job: stopped, whatever happens, if never given one.
  const idle = new Set<BatchThread>();
  // One thread starts loading now, before this one loads the drafting code and reads the draft
  // and the records; any others once the records are counted. One that the batch turns out not
  // to need is stopped.
  if (wanted > 1 && worker !== undefined)
    idle.add(startBatchThread(worker, options.formatDir ?? []));
  try {
    const { runBatch } = await import('./batch-run.js');
    return await runBatch(draftFile, recordsFile, options, io, { started, wanted, worker, idle });
  } finally {
    for (const thread of idle) thread.stop();
  }
}
