import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch-run.js';
import type { BatchThread } from '../../src/cli/batch-thread.js';
import type { CliIo } from '../../src/cli/io.js';
import { workspace } from '../support/cli.js';

const NOTE = `language: en
sender:
  state: Republic of Utopia
  mission: Permanent Mission of the Republic of Utopia to the United Nations Office at Geneva
  city: Geneva
documents:
  - type: note-verbale
    number: UTO/2024/{serial:3}
    date: 2024-04-02
    recipient: { name: To be replaced }
    honourTo: inform it that the Mission will be closed on 1 May 2024.
`;

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

function io(): CliIo & { readonly said: string[] } {
  const said: string[] = [];
  return { stdout: (text) => said.push(text), stderr: (text) => said.push(text), said };
}

describe('runBatch', () => {
  it('stops a thread started ahead when the batch is too small for it, and writes every record itself', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'note.yaml'), NOTE);
    writeFileSync(join(folder, 'missions.csv'), 'recipient\nMission of Chile\nMission of Peru\n');
    const thread = startedThread();
    const idle = new Set<BatchThread>([thread]);
    const output = io();
    const status = await runBatch(
      join(folder, 'note.yaml'),
      join(folder, 'missions.csv'),
      { output: join(folder, 'notes'), quiet: true },
      output,
      { started: performance.now(), wanted: 2, worker: new URL('file:///nowhere.js'), idle },
    );
    expect([status, output.said]).toEqual([0, []]);
    expect([thread.stopped(), thread.ran(), idle.size]).toEqual([true, false, 0]);
    expect(readdirSync(join(folder, 'notes')).sort()).toEqual([
      '1-mission-of-chile.docx',
      '2-mission-of-peru.docx',
    ]);
  });

  it('leaves a thread started ahead to its caller when the draft cannot be read, writing nothing', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'missions.csv'), 'recipient\nMission of Chile\n');
    const thread = startedThread();
    const idle = new Set<BatchThread>([thread]);
    const output = io();
    const status = await runBatch(
      join(folder, 'missing.yaml'),
      join(folder, 'missions.csv'),
      { output: join(folder, 'notes') },
      output,
      { started: performance.now(), wanted: 2, worker: undefined, idle },
    );
    expect(status).toBe(1);
    expect(output.said.join('')).toContain('missing.yaml');
    // batchCommand stops what is still idle once runBatch returns.
    expect([thread.ran(), idle.has(thread)]).toEqual([false, true]);
    expect(readdirSync(folder)).toEqual(['missions.csv']);
  });
});
