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

  it('gives smaller shares near the end when several take, down to one task, each task once', () => {
    const tasks = Array.from({ length: 300 }, (_, index) => index);
    const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const sizes: number[] = [];
    const taken: number[] = [];
    for (
      let share = takeShare(tasks, next, 25, 2);
      share.length > 0;
      share = takeShare(tasks, next, 25, 2)
    ) {
      sizes.push(share.length);
      taken.push(...share);
    }
    expect(taken).toEqual(tasks);
    // Full shares while many are left, then each no larger than the one before, to the last.
    expect(sizes.slice(0, 8)).toEqual(Array.from({ length: 8 }, () => 25));
    expect(sizes.every((size, index) => index === 0 || size <= (sizes[index - 1] ?? 0))).toBe(true);
    expect(sizes.at(-1)).toBe(1);
    // No share is more than a quarter of what was left, once that is under four full shares.
    let left = tasks.length;
    for (const size of sizes) {
      if (left < 100) expect(size).toBeLessThanOrEqual(Math.max(1, Math.ceil(left / 4)));
      left -= size;
    }
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
