import { Worker } from 'node:worker_threads';
import type { BatchOutcome } from './batch-render.js';
import type { BatchWorkerInput, BatchWorkerStart } from './batch-worker.js';

/**
 * A batch thread, started before its job is known and then given it, or sent away.
 *
 * @example
 * ```ts
 * const thread = startBatchThread(workerEntry, []);
 * if (tasks.length < 200) thread.stop();
 * else await thread.run({ ...job, tasks, next, share: 25, takers: 2 }, report);
 * ```
 */
export interface BatchThread {
  /**
   * Gives the thread its job; settles when the thread has ended, rejected if it stopped before
   * the end (its error, or its exit code), having reported each record it wrote.
   */
  run(input: BatchWorkerInput, report: (outcome: BatchOutcome) => void): Promise<void>;
  /** Ends a thread that is given no job, without waiting for it to finish loading. */
  stop(): void;
}

/**
 * Starts a batch thread from the built worker at `entry`: it loads and makes its drafter
 * (knowing the formats of `formatDirs`) while the main thread reads the draft and the records,
 * so that it is ready to render sooner.
 *
 * @example
 * ```ts
 * const thread = startBatchThread(workerEntry, []);
 * await thread.run({ ...job, tasks, next, share: 25, takers: 2 }, (outcome) => outcomes.push(outcome));
 * ```
 */
export function startBatchThread(entry: URL, formatDirs: readonly string[]): BatchThread {
  const start: BatchWorkerStart = { formatDirs };
  let worker: Worker;
  try {
    worker = new Worker(entry, {
      workerData: start,
      // A small young generation: a batch thread keeps little, and memory is shared by all.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
  } catch (error) {
    // A thread that cannot start is one that stopped at once: the batch goes on without it.
    const failed = error instanceof Error ? error : new Error(String(error));
    return { run: () => Promise.reject(failed), stop: () => undefined };
  }
  let report: ((outcome: BatchOutcome) => void) | undefined;
  worker.on('message', (outcome: BatchOutcome) => report?.(outcome));
  let failure: Error | undefined;
  // Settled when the thread has ended, not at its error: the reports it sent before failing
  // arrive first, so that the records it wrote are known.
  const ended = new Promise<void>((resolve, reject) => {
    worker.on('error', (error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
    });
    worker.on('exit', (code) => {
      if (failure !== undefined) reject(failure);
      else if (code === 0) resolve();
      else reject(new Error(`a batch thread stopped with code ${code}`));
    });
  });
  // A thread that fails before it has a job is no one's concern until it is given one.
  ended.catch(() => undefined);
  return {
    run: (input, onOutcome) => {
      report = onOutcome;
      worker.postMessage(input);
      return ended;
    },
    stop: () => {
      worker.unref();
      void worker.terminate();
    },
  };
}
