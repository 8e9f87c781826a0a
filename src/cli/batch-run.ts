import { mkdir } from 'node:fs/promises';
import { recordColumnOf, recordFileName, type BatchRecord } from '../batch/batch-record.js';
import { formatDiagnostic, type Diagnostic } from '../errors/diagnostic.js';
import { loadDrafter } from '../node/load-drafter.js';
import { loadDraftFile } from '../node/load-draft-file.js';
import { readBatchRecords } from '../node/read-batch-records.js';
import { readFormatDirs } from '../node/read-format-dirs.js';
import type { BatchCommandOptions } from './batch-command.js';
import { renderBatchTasks, takeShare, type BatchOutcome, type BatchTask } from './batch-render.js';
import { startBatchThread, type BatchThread } from './batch-thread.js';
import type { CliIo } from './io.js';

// Below this many records, starting threads costs more than it saves.
const RECORDS_PER_THREAD = 100;

function report(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
}

function tasksOf(
  records: readonly BatchRecord[],
  serialStart: number,
): {
  tasks: BatchTask[];
  clashes: BatchOutcome[];
} {
  const digits = String(serialStart + records.length - 1).length;
  const taken = new Map<string, number>();
  const tasks: BatchTask[] = [];
  const clashes: BatchOutcome[] = [];
  records.forEach((record, index) => {
    const serial = serialStart + index;
    const fileName = recordFileName(record, serial, digits);
    const earlier = taken.get(fileName.toLowerCase());
    if (earlier !== undefined) {
      clashes.push({
        ok: false,
        row: record.row,
        errors: [
          {
            severity: 'error',
            code: 'file_taken',
            message: `the file ${fileName} is already written for row ${earlier}`,
          },
        ],
      });
      return;
    }
    taken.set(fileName.toLowerCase(), record.row);
    tasks.push({ record, serial, fileName });
  });
  return { tasks, clashes };
}

// Records are taken a few at a time by whichever thread is free, through a counter the threads
// share: a thread that starts late or runs slower takes fewer, and none waits for another to
// hand it work.
const SHARE = 25;

interface Progress {
  increment(): void;
  stop(): void;
}

// A bar only where a person watches: a terminal, never a log or a pipe.
async function progressFor(io: CliIo, total: number): Promise<Progress> {
  if (io.stderrIsTerminal !== true || total < 2)
    return { increment: () => undefined, stop: () => undefined };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      format: ' {bar} {value}/{total} notes  {eta_formatted} left',
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    increment: () => {
      bar.increment();
    },
    stop: () => {
      bar.stop();
    },
  };
}

/**
 * How a batch is run by {@link runBatch}: when it started, how many threads are wanted, the
 * built worker that a thread runs (none when running from the sources), and the threads started
 * already and not yet given a job, which the batch takes or stops.
 */
export interface BatchThreading {
  readonly started: number;
  readonly wanted: number;
  readonly worker: URL | undefined;
  readonly idle: Set<BatchThread>;
}

/**
 * Runs `chancery batch` once its first thread is starting (see batchCommand, which loads this
 * module after starting it): reads the draft and the records, shares the records among the
 * threads and this one, and reports every outcome. Returns the command's exit status.
 *
 * @example
 * ```ts
 * const idle = new Set([startBatchThread(worker, [])]);
 * const status = await runBatch('closure.yaml', 'missions.csv', { output: 'notes' }, processIo, {
 *   started: performance.now(),
 *   wanted: 2,
 *   worker,
 *   idle,
 * });
 * ```
 */
export async function runBatch(
  draftFile: string,
  recordsFile: string,
  options: BatchCommandOptions,
  io: CliIo,
  threading: BatchThreading,
): Promise<number> {
  const { started, wanted, worker, idle } = threading;
  const [loaded, records] = await Promise.all([
    loadDraftFile(draftFile),
    readBatchRecords(recordsFile),
  ]);
  if (!loaded.ok || !records.ok) {
    report(io, [...(loaded.ok ? [] : loaded.errors), ...(records.ok ? [] : records.errors)]);
    return 1;
  }
  const formatDirs = options.formatDir ?? [];
  const dirs = readFormatDirs(formatDirs);
  if (dirs.problems.length > 0) {
    report(io, dirs.problems);
    return 1;
  }
  report(io, loaded.warnings);
  const { tasks, clashes } = tasksOf(records.value, options.serialStart ?? 1);
  let outputFresh: boolean;
  try {
    // The folder is the batch's own when this call made it (it then gives the first it made).
    outputFresh = (await mkdir(options.output, { recursive: true })) !== undefined;
  } catch (error) {
    report(io, [
      {
        severity: 'error',
        code: 'output_unwritable',
        message: `cannot write into the folder: ${error instanceof Error ? error.message : String(error)}`,
        file: options.output,
      },
    ]);
    return 1;
  }

  const count =
    worker === undefined
      ? 0
      : Math.max(0, Math.min(wanted, Math.floor(tasks.length / RECORDS_PER_THREAD)) - 1);
  const threads = [...idle].slice(0, count);
  for (const thread of idle) {
    if (threads.includes(thread)) continue;
    thread.stop();
    idle.delete(thread);
  }
  while (worker !== undefined && threads.length < count) {
    const thread = startBatchThread(worker, formatDirs);
    idle.add(thread);
    threads.push(thread);
  }
  const progress = await progressFor(io, records.value.length);
  const outcomes: BatchOutcome[] = [...clashes];
  const reported = new Set(clashes.map((outcome) => outcome.row));
  const onOutcome = (outcome: BatchOutcome): void => {
    // Each record once, should a thread's report come after its records were taken over.
    if (reported.has(outcome.row)) return;
    reported.add(outcome.row);
    outcomes.push(outcome);
    progress.increment();
  };
  for (let index = 0; index < clashes.length; index++) progress.increment();
  const job = {
    draft: loaded.value.draft,
    assets: loaded.value.assets,
    outputDir: options.output,
    outputFresh,
  };
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const takers = threads.length + 1;
  const take = (): BatchTask[] => takeShare(tasks, next, SHARE, takers);
  try {
    // A thread that stops is not the end of the batch: see below.
    const workers = threads.map((thread) => {
      idle.delete(thread);
      return thread.run({ ...job, tasks, next, share: SHARE, takers }, onOutcome).then(
        () => undefined,
        (error: unknown) => error,
      );
    });
    const drafter = await loadDrafter(dirs.sources);
    const cache = new Map<string, unknown>();
    for (let share = take(); share.length > 0; share = take()) {
      await renderBatchTasks(drafter, { ...job, tasks: share }, onOutcome, cache);
      // Let the threads' reports in, for the progress bar.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const stopped = (await Promise.all(workers)).filter((error) => error !== undefined);
    if (stopped.length > 0) {
      // The records a stopped thread took and did not report are rendered here.
      const left = tasks.filter((task) => !reported.has(task.record.row));
      report(
        io,
        stopped.map((error) => ({
          severity: 'warning',
          code: 'batch_thread_stopped',
          message: `a batch thread stopped (${error instanceof Error ? error.message : JSON.stringify(error)}); the main thread writes the records it had taken (${left.length})`,
        })),
      );
      await renderBatchTasks(drafter, { ...job, tasks: left }, onOutcome, cache);
    }
  } finally {
    progress.stop();
  }

  outcomes.sort((a, b) => a.row - b.row);
  const failed = outcomes.filter((outcome) => !outcome.ok);
  for (const outcome of outcomes) {
    const diagnostics = outcome.ok ? outcome.warnings : outcome.errors;
    report(
      io,
      diagnostics.map((diagnostic) => {
        const column = diagnostic.path === undefined ? undefined : recordColumnOf(diagnostic.path);
        return {
          ...diagnostic,
          file: recordsFile,
          line: outcome.row,
          message: `row ${outcome.row}: ${diagnostic.message}${column === undefined ? '' : ` (a record gives it in the column "${column}")`}`,
        };
      }),
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const written = outcomes.length - failed.length;
  if (options.quiet !== true || failed.length > 0) {
    io.stdout(
      `wrote ${written} of ${records.value.length} documents to ${options.output}${failed.length > 0 ? ` (${failed.length} failed, listed above)` : ''} in ${seconds} s\n`,
    );
  }
  return failed.length === 0 ? 0 : 1;
}
