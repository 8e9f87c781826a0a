// A worker thread of `chancery batch`: asks for records a few at a time, renders them and
// reports each one, until there are none left.
import { parentPort, workerData } from 'node:worker_threads';
import { createDrafter } from '../node/node-drafter.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import { renderBatchTasks, type BatchJob, type BatchTask } from './batch-render.js';

/** What a batch worker starts with: the job without its tasks, which come in messages. */
export interface BatchWorkerInput extends Omit<BatchJob, 'tasks'> {
  readonly formatDirs: readonly string[];
}

/** A message to a batch worker: records to render, or none (the batch is done). */
export type BatchWorkerRequest = readonly BatchTask[];

const input = workerData as BatchWorkerInput;
const port = parentPort;
if (port !== null) {
  const drafter = createDrafter({ formats: readFormatDirs(input.formatDirs).sources });
  const cache = new Map<string, unknown>();
  port.on('message', (tasks: BatchWorkerRequest) => {
    if (tasks.length === 0) {
      port.close();
      return;
    }
    void renderBatchTasks(
      drafter,
      { ...input, tasks },
      (outcome) => {
        port.postMessage(outcome);
      },
      cache,
    ).then(() => {
      port.postMessage('more');
    });
  });
  port.postMessage('more');
}
