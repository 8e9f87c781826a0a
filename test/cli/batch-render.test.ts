import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { takeShare } from '../../src/cli/batch-render.js';

describe('takeShare', () => {
  it('gives every task to exactly one taker, a share at a time, then nothing', () => {
    const tasks = Array.from({ length: 103 }, (_, index) => index);
    const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const takers: number[][] = [[], [], []];
    for (let turn = 0; ; turn++) {
      const share = takeShare(tasks, next, 10);
      if (share.length === 0) break;
      expect(share.length).toBe(Math.min(10, tasks.length - (share[0] ?? 0)));
      takers[turn % 3]?.push(...share);
    }
    expect(takers.flat().sort((a, b) => a - b)).toEqual(tasks);
    expect(takeShare(tasks, next, 10)).toEqual([]);
  });

  it('shares one counter between threads: each task is taken once in all', async () => {
    const tasks = Array.from({ length: 5000 }, (_, index) => index);
    const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    // The built takeShare, in a thread of its own that races this one.
    const built = new URL('../../dist/cli/batch-render.js', import.meta.url).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(workerData.built).then(({ takeShare }) => {
         const taken = [];
         for (let share = takeShare(workerData.tasks, workerData.next, 7); share.length > 0;
           share = takeShare(workerData.tasks, workerData.next, 7)) taken.push(...share);
         parentPort.postMessage(taken);
       });`,
      { eval: true, workerData: { tasks, next, built } },
    );
    const theirs = new Promise<number[]>((resolve) => worker.once('message', resolve));
    const mine: number[] = [];
    for (let share = takeShare(tasks, next, 7); share.length > 0; share = takeShare(tasks, next, 7))
      mine.push(...share);
    const all = [...mine, ...(await theirs)].sort((a, b) => a - b);
    expect(all).toEqual(tasks);
    await worker.terminate();
  });
});
