import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch-run.js';
import type { BatchThread } from '../../src/cli/batch-thread.js';
import type { CliIo } from '../../src/cli/io.js';
import { workspace } from '../support/cli.js';
import { batchNoteYaml } from '../support/drafts.js';

// A thread that was started and never given a job: it says whether it was stopped or run.
function startedThread(): BatchThread & {
  readonly stopped: () => boolean;
  readonly ran: () => boolean;
} {
  let stopped = false;
  let ran = false;
  return {
    run: () => {
      ran = true;
      return Promise.resolve();
    },
    stop: () => {
      stopped = true;
    },
    stopped: () => stopped,
    ran: () => ran,
  };
}

// Runs the batch of `draft` with the folder's missions.csv into notes/, one thread started ahead.
async function batchWithThreadAhead(folder: string, draft: string, worker: URL | undefined) {
  const thread = startedThread();
  const idle = new Set<BatchThread>([thread]);
  const said: string[] = [];
  const io: CliIo = { stdout: (text) => said.push(text), stderr: (text) => said.push(text) };
  const status = await runBatch(
    join(folder, draft),
    join(folder, 'missions.csv'),
    { output: join(folder, 'notes'), quiet: true },
    io,
    { started: performance.now(), wanted: 2, worker, idle },
  );
  return { status, said, thread, idle };
}

describe('runBatch', () => {
  it('stops a thread started ahead when the batch is too small for it, and writes every record itself', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'note.yaml'), batchNoteYaml);
    writeFileSync(join(folder, 'missions.csv'), 'recipient\nMission of Chile\nMission of Peru\n');
    const { status, said, thread, idle } = await batchWithThreadAhead(
      folder,
      'note.yaml',
      new URL('file:///nowhere.js'),
    );
    expect([status, said]).toEqual([0, []]);
    expect([thread.stopped(), thread.ran(), idle.size]).toEqual([true, false, 0]);
    expect(readdirSync(join(folder, 'notes')).sort()).toEqual([
      '1-mission-of-chile.docx',
      '2-mission-of-peru.docx',
    ]);
  });

  it('leaves a thread started ahead to its caller when the draft cannot be read, writing nothing', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'missions.csv'), 'recipient\nMission of Chile\n');
    const { status, said, thread, idle } = await batchWithThreadAhead(
      folder,
      'missing.yaml',
      undefined,
    );
    expect(status).toBe(1);
    expect(said.join('')).toContain('missing.yaml');
    // batchCommand stops what is still idle once runBatch returns.
    expect([thread.ran(), idle.has(thread)]).toEqual([false, true]);
    expect(readdirSync(folder)).toEqual(['missions.csv']);
  });
});
