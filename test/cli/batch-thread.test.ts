import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BatchOutcome } from '../../src/cli/batch-render.js';
import { startBatchThread } from '../../src/cli/batch-thread.js';
import type { BatchWorkerInput } from '../../src/cli/batch-worker.js';
import { workspace } from '../support/cli.js';

// A stand-in for the built batch worker, speaking its protocol: `loading` runs as it starts,
// `working` once it is given its job (`input`), with `port` to report on.
function fakeWorker(loading: string, working: string): URL {
  const file = join(workspace(), 'worker.cjs');
  writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
${loading}
parentPort.once('message', (input) => {
  const port = parentPort;
  ${working}
});
`,
  );
  return pathToFileURL(file);
}

const input = {
  draft: {},
  assets: {},
  outputDir: 'out',
  tasks: [],
  next: new Int32Array(new SharedArrayBuffer(4)),
  share: 25,
  takers: 2,
} satisfies BatchWorkerInput;

const outcome = (row: number): BatchOutcome => ({
  ok: true,
  row,
  file: `${row}.docx`,
  warnings: [],
});

describe('startBatchThread', () => {
  it('gives a thread its job and settles once it has ended, with every report in', async () => {
    const thread = startBatchThread(
      fakeWorker(
        '',
        `for (const row of [2, 3]) port.postMessage({ ok: true, row, file: row + '.docx', warnings: [input.share] });
        port.close();`,
      ),
      [],
    );
    const reports: BatchOutcome[] = [];
    await thread.run(input, (report) => reports.push(report));
    expect(reports.map((report) => report.row)).toEqual([2, 3]);
    expect(reports[0]).toMatchObject({ warnings: [25] });
  });

  it('rejects with the error of a thread that fails mid-job, after the reports it sent first', async () => {
    const thread = startBatchThread(
      fakeWorker(
        '',
        `port.postMessage({ ok: true, row: 2, file: '2.docx', warnings: [] });
        throw new Error('the disk is full');`,
      ),
      [],
    );
    const reports: BatchOutcome[] = [];
    const error = await thread
      .run(input, (report) => reports.push(report))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('the disk is full');
    expect(reports).toEqual([outcome(2)]);
  });

  it('rejects with the exit code of a thread that exits before its end', async () => {
    const thread = startBatchThread(fakeWorker('', 'process.exit(3);'), []);
    await expect(thread.run(input, () => undefined)).rejects.toThrow(
      'a batch thread stopped with code 3',
    );
  });

  it('rejects, once given its job, with the error of a thread that could not load', async () => {
    const thread = startBatchThread(fakeWorker("throw new Error('no bundle here');", ''), []);
    await expect(thread.run(input, () => undefined)).rejects.toThrow('no bundle here');
  });

  it('stops a thread that is given no job without letting it finish loading', async () => {
    const folder = workspace();
    const loaded = join(folder, 'loaded');
    const thread = startBatchThread(
      fakeWorker(
        `const until = Date.now() + 3000; while (Date.now() < until);
        require('node:fs').writeFileSync(${JSON.stringify(loaded)}, 'loaded');`,
        'port.close();',
      ),
      [],
    );
    thread.stop();
    // A stopped thread has ended: given a job now, it does none of it.
    const reports: BatchOutcome[] = [];
    await thread.run(input, (report) => reports.push(report)).catch(() => undefined);
    expect(reports).toEqual([]);
    expect(existsSync(loaded)).toBe(false);
  });
});
