// A worker thread of `chancery batch`: makes its drafter as soon as it starts, then, given its
// job, takes records a few at a time through the counter it shares with the other threads,
// renders them and reports each one, until none are left.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Drafter } from '../drafter.js';
import { loadDrafter } from '../node/load-drafter.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import { renderBatchTasks, takeShare, type BatchJob, type BatchOutcome } from './batch-render.js';

/**
 * What a batch worker starts with, before the draft and the records are read.
 *
 * @example
 * ```ts
 * new Worker(entry, { workerData: { formatDirs: ['formats'] } satisfies BatchWorkerStart });
 * ```
 */
export interface BatchWorkerStart {
  readonly formatDirs: readonly string[];
}

/**
 * The job a batch worker is then given: the whole batch, and the counter of the records taken.
 *
 * @example
 * ```ts
 * worker.postMessage({ ...job, tasks, next: new Int32Array(new SharedArrayBuffer(4)), share: 25, takers: 2 });
 * ```
 */
export interface BatchWorkerInput extends BatchJob {
  /** The index of the next record to take, shared by the batch's threads. */
  readonly next: Int32Array;
  /** How many records a thread takes at a time, at most. */
  readonly share: number;
  /** How many threads take records, this one and the main thread among them. */
  readonly takers: number;
}

async function work(port: MessagePort, drafter: Drafter, input: BatchWorkerInput): Promise<void> {
  const cache = new Map<string, unknown>();
  const report = (outcome: BatchOutcome): void => {
    port.postMessage(outcome);
  };
  for (
    let tasks = takeShare(input.tasks, input.next, input.share, input.takers);
    tasks.length > 0;
    tasks = takeShare(input.tasks, input.next, input.share, input.takers)
  ) {
    await renderBatchTasks(drafter, { ...input, tasks }, report, cache);
  }
  port.close();
}

if (parentPort !== null) {
  const port = parentPort;
  const { formatDirs } = workerData as BatchWorkerStart;
  // Made while the main thread prepares the job: the job's message waits in the port.
  const drafter = loadDrafter(readFormatDirs(formatDirs).sources);
  port.once('message', (input: BatchWorkerInput) => {
    void drafter.then((ready) => work(port, ready, input));
  });
}
