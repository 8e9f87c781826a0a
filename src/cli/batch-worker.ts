// A worker thread of `chancery batch`: renders its share of the records and reports each one.
import { parentPort, workerData } from 'node:worker_threads';
import { createDrafter } from '../index.js';
import { readFormatDir } from '../node/read-format-dir.js';
import { renderBatchTasks, type BatchJob } from './batch-render.js';

interface WorkerInput extends BatchJob {
  readonly formatDirs: readonly string[];
}

const input = workerData as WorkerInput;
const port = parentPort;
if (port !== null) {
  const drafter = createDrafter({ formats: input.formatDirs.map((dir) => readFormatDir(dir)) });
  await renderBatchTasks(drafter, input, (outcome) => {
    port.postMessage(outcome);
  });
}
