// A worker thread of `chancery batch`: takes records a few at a time, through the counter it
// shares with the other threads, renders them and reports each one, until none are left.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createDrafter } from '../node/node-drafter.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import { renderBatchTasks, takeShare, type BatchJob, type BatchOutcome } from './batch-render.js';

/** What a batch worker starts with: the whole job, and the counter of the records taken. */
export interface BatchWorkerInput extends BatchJob {
  readonly formatDirs: readonly string[];
  /** The index of the next record to take, shared by the batch's threads. */
  readonly next: Int32Array;
  /** How many records a thread takes at a time. */
  readonly share: number;
}

async function work(port: MessagePort): Promise<void> {
  const drafter = createDrafter({ formats: readFormatDirs(input.formatDirs).sources });
  const cache = new Map<string, unknown>();
  const report = (outcome: BatchOutcome): void => {
    port.postMessage(outcome);
  };
  for (
    let tasks = takeShare(input.tasks, input.next, input.share);
    tasks.length > 0;
    tasks = takeShare(input.tasks, input.next, input.share)
  ) {
    await renderBatchTasks(drafter, { ...input, tasks }, report, cache);
  }
  port.close();
}

const input = workerData as BatchWorkerInput;
if (parentPort !== null) void work(parentPort);
