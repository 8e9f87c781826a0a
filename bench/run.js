// npm run bench: chancery beside docxtemplater on the same content, in one run; the cold start
// of `chancery render` beside bare node; a 1,000-note batch, with its peak memory.
// Timings on a shared machine are noisy: each figure is the median of several rounds, the two
// tools interleaved round by round, and the ratio is taken within each round.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { createDrafter, parseDraft, parseDraftYaml } from '../dist/index.js';
import { draftForRecord } from '../dist/batch/batch-record.js';
import { docxParagraphs } from './docx-paragraphs.js';
import { docxtemplaterTemplate } from './docxtemplater-template.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 9;

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds per call of `run`, over `count` calls. */
async function timeEach(count, run) {
  const started = performance.now();
  for (let index = 0; index < count; index++) await run(index);
  return (performance.now() - started) / count;
}

const format = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

function docxtemplaterRenderer(template, dataFor) {
  return (index) => {
    const document = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      linebreaks: true,
    });
    document.render(dataFor(index));
    return document.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
}

function sameText(label, ours, theirs) {
  const a = docxParagraphs(ours);
  const b = docxParagraphs(theirs);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(`${label}: docxtemplater's template does not write chancery's text`);
  }
  return a.length;
}

/** Times two renderers side by side, interleaved round by round. */
async function sideBySide(label, count, ours, theirs) {
  for (let index = 0; index < Math.min(count, 50); index++) {
    await ours(index);
    theirs(index);
  }
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const chancery = await timeEach(count, ours);
    const docxtemplater = await timeEach(count, theirs);
    rounds.push({ chancery, docxtemplater, ratio: chancery / docxtemplater });
  }
  const result = {
    label,
    chancery: median(rounds.map((round) => round.chancery)),
    docxtemplater: median(rounds.map((round) => round.docxtemplater)),
    ratio: median(rounds.map((round) => round.ratio)),
  };
  console.log(
    `${label.padEnd(34)} chancery ${format(result.chancery).padStart(6)} ms   docxtemplater ${format(result.docxtemplater).padStart(6)} ms   ratio ${result.ratio.toFixed(2)}`,
  );
  return result;
}

function spawnMedian(command, args, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(times);
}

console.log(
  `chancery benchmark — ${cpus().length} cores, load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}, ${ROUNDS} rounds, medians\n`,
);

const drafter = createDrafter();

// 1. The seed reply: a note verbale and a five-addressee letter, from data to .docx bytes.
const seedDraft = parseDraftYaml(readFileSync(join(root, 'examples/cambodia-reply.yaml'), 'utf8'));
if (!seedDraft.ok) throw new Error('the example does not parse');
const seedData = JSON.parse(JSON.stringify(seedDraft.value));
const seed = await docxtemplaterTemplate(drafter, seedDraft.value);
const seedTheirs = docxtemplaterRenderer(seed.template, () => seed.data);
const seedOurs = async () => {
  const parsed = parseDraft(seedData);
  if (!parsed.ok) throw new Error('the example does not validate');
  return (await drafter.renderDocx(parsed.value)).bytes;
};
const paragraphs = sameText('seed reply', await seedOurs(), seedTheirs(0));
const single = await sideBySide(
  `seed reply (${paragraphs} paragraphs), per doc`,
  quick ? 40 : 100,
  seedOurs,
  seedTheirs,
);

// 2. A batch: the same note to 1,000 recipients, each with its own name and number, one thread.
const noteDraft = parseDraftYaml(readFileSync(join(root, 'bench/batch-note.yaml'), 'utf8'));
if (!noteDraft.ok) throw new Error('the batch note does not parse');
const recipient = (index) => `Permanent Mission of Member State ${index + 1} to the United Nations`;
const record = (index) => ({ row: index + 2, fields: { recipient: recipient(index) } });
const cache = new Map();
const noteOurs = async (index) => {
  const parsed = parseDraft(draftForRecord(noteDraft.value, record(index), index + 1));
  if (!parsed.ok) throw new Error('a batch note does not validate');
  return (await drafter.renderDocx(parsed.value, { cache })).bytes;
};
const firstNote = parseDraft(draftForRecord(noteDraft.value, record(0), 1));
if (!firstNote.ok) throw new Error('the batch note does not validate');
const note = await docxtemplaterTemplate(drafter, firstNote.value);
const noteTheirs = docxtemplaterRenderer(note.template, (index) => ({
  ...note.data,
  recipient: recipient(index),
  number: `UTO/2024/${String(index + 1).padStart(4, '0')}`,
}));
sameText('batch note', await noteOurs(0), noteTheirs(0));
sameText('batch note 500', await noteOurs(499), noteTheirs(499));
const batchNote = await sideBySide(
  '1,000-note batch, per note, 1 thread',
  1000 / (quick ? 4 : 1),
  noteOurs,
  noteTheirs,
);

// 3. The command line: cold start of `chancery render`, and the whole 1,000-note batch.
const work = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
try {
  const runs = quick ? 5 : 15;
  const bare = spawnMedian(process.execPath, ['-e', '0'], runs);
  const render = spawnMedian(
    process.execPath,
    [
      'bin/chancery.js',
      'render',
      'examples/cambodia-reply.yaml',
      '-o',
      join(work, 'reply.docx'),
      '-q',
    ],
    runs,
  );
  const help = spawnMedian(process.execPath, ['bin/chancery.js', 'render', '--help'], runs);
  console.log(
    `${'cold start, wall'.padEnd(34)} chancery render ${format(render)} ms   chancery render --help ${format(help)} ms   node -e 0 ${format(bare)} ms`,
  );

  const csv = ['recipient', ...Array.from({ length: 1000 }, (_, index) => `"${recipient(index)}"`)];
  writeFileSync(join(work, 'missions.csv'), `${csv.join('\n')}\n`);
  // The batch as a user runs it (a thread per core), and in one thread, taken in turns (each
  // first in every other round) so that both meet the machine in the same state. `memory` runs it with a preload that reports its
  // peak memory: a preload makes Node set up its module loader in every thread, which the
  // timed runs are spared.
  const batch = (out, options) => {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        ...(options.memory ? ['--import', './bench/peak-memory.js'] : []),
        'bin/chancery.js',
        'batch',
        'bench/batch-note.yaml',
        join(work, 'missions.csv'),
        '-o',
        out,
        '-q',
        ...(options.threads ?? []),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`the batch failed: ${result.stderr}`);
    return options.memory
      ? JSON.parse(result.stderr.slice(result.stderr.lastIndexOf('{'))).maxRSS / 1024
      : wall;
  };
  // Each run writes a folder of its own; all are removed at the end, as deleting a thousand
  // files just before a run would slow its own writes.
  const walls = { default: [], oneThread: [] };
  const memory = { default: [], oneThread: [] };
  for (let run = 0; run < (quick ? 2 : 5); run++) {
    const kinds = [
      ['default', []],
      ['oneThread', ['-j', '1']],
    ];
    for (const [kind, threads] of run % 2 === 0 ? kinds : kinds.reverse()) {
      walls[kind].push(batch(join(work, `out-${kind}-${run}`), { threads }));
      if (run < 2)
        memory[kind].push(batch(join(work, `memory-${kind}-${run}`), { threads, memory: true }));
    }
  }
  const batchWall = median(walls.default);
  const batchMemory = Math.max(...memory.default);
  console.log(
    `${'chancery batch, 1,000 notes, CLI'.padEnd(34)} ${format(batchWall)} ms wall (files written, both cores)   peak memory ${batchMemory.toFixed(0)} MB`,
  );
  console.log(
    `${''.padEnd(34)} ${format(median(walls.oneThread))} ms wall with -j 1   peak memory ${Math.max(...memory.oneThread).toFixed(0)} MB`,
  );

  // The same batch with its files written to memory (a tmpfs), where the system has one: what is
  // left is chancery's own time. Creating a thousand files on this machine's disk takes from 0.1 s
  // to over 1 s, the more the more files were deleted shortly before.
  if (existsSync('/dev/shm')) {
    const inMemory = mkdtempSync(join('/dev/shm', 'chancery-bench-'));
    try {
      const inMemoryWalls = [];
      for (let run = 0; run < (quick ? 2 : 5); run++) {
        inMemoryWalls.push(batch(join(inMemory, `out-${run}`), { threads: [] }));
      }
      console.log(
        `${''.padEnd(34)} ${format(median(inMemoryWalls))} ms wall with the files written to memory (/dev/shm), both cores`,
      );
    } finally {
      rmSync(inMemory, { recursive: true, force: true });
    }
  }

  console.log('\ntargets on a 2-core machine:');
  const check = (ok, text) => console.log(`  ${ok ? 'met ' : 'MISS'}  ${text}`);
  check(
    single.ratio < 0.8,
    `single reply, ratio to docxtemplater < 0.8 (${single.ratio.toFixed(2)})`,
  );
  check(
    batchNote.ratio < 0.8,
    `batch note, ratio to docxtemplater < 0.8 (${batchNote.ratio.toFixed(2)})`,
  );
  check(batchWall < 2000, `1,000 notes < 2 s (${(batchWall / 1000).toFixed(2)} s)`);
  check(render < 250, `chancery render cold start < 250 ms (${format(render)} ms)`);
  check(batchMemory < 200, `batch peak memory < 200 MB (${batchMemory.toFixed(0)} MB)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
