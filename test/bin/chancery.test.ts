import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from '../support/cli.js';

const root = resolve(import.meta.dirname, '..', '..');

const { SHORT_COMMAND_V8_FLAGS, BATCH_V8_FLAGS } = createRequire(import.meta.url)(
  join(root, 'bin', 'run-cached.js'),
) as { SHORT_COMMAND_V8_FLAGS: readonly string[]; BATCH_V8_FLAGS: readonly string[] };

// How a code cache made under these flags is named, after its bundle and Node's version.
function flagsTag(flags: readonly string[]): string {
  return flags.map((flag) => `.${flag.replace(/^-+/, '').replace(/[^\w-]/g, '-')}`).join('');
}

// A copy of the built command line (`npm test` builds first) with its code cache as the build
// made it, so that what a command does to the cache is its own.
function installedCopy(): string {
  const copy = workspace();
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), {
    recursive: true,
    // Only the command line's cache that the build made, for a render's flags: not those that a
    // batch run here made since.
    filter: (source) =>
      !source.endsWith('.cache') ||
      source.endsWith(`chancery.cjs.${process.version}${flagsTag(SHORT_COMMAND_V8_FLAGS)}.cache`),
  });
  for (const shared of ['templates', 'node_modules', 'package.json'])
    symlinkSync(join(root, shared), join(copy, shared));
  return copy;
}

function caches(copy: string): Map<string, number> {
  const folder = join(copy, 'dist', 'bundle');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.startsWith('chancery.cjs.') && name.endsWith('.cache'))
      .map((name) => [name, statSync(join(folder, name)).mtimeMs]),
  );
}

function run(copy: string, argv: readonly string[]): void {
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'chancery.js'), ...argv], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

describe('bin/chancery.js', () => {
  it('renders with the code cache the build made, and leaves it as it was', () => {
    const copy = installedCopy();
    const before = caches(copy);
    expect([...before.keys()]).toEqual([
      `chancery.cjs.${process.version}${flagsTag(SHORT_COMMAND_V8_FLAGS)}.cache`,
    ]);
    run(copy, ['render', 'examples/cambodia-reply.yaml', '-q', '-o', join(copy, 'reply.docx')]);
    run(copy, ['render', '--help']);
    expect(caches(copy)).toEqual(before);
  });

  it("reads and writes with synchronous calls, without loading Node's promise-based file system", () => {
    const copy = installedCopy();
    // Reports, as the process exits, the modules of Node's own that it loaded.
    writeFileSync(
      join(copy, 'report.cjs'),
      "process.on('exit', () => process.stdout.write(JSON.stringify(process.moduleLoadList)));\n",
    );
    const result = spawnSync(
      process.execPath,
      [
        '-r',
        join(copy, 'report.cjs'),
        join(copy, 'bin', 'chancery.js'),
        'render',
        'examples/cambodia-reply.yaml',
        '-q',
        '-o',
        join(copy, 'reply.docx'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const loaded = JSON.parse(result.stdout) as string[];
    expect(loaded).toContain('NativeModule zlib');
    expect(loaded.filter((name) => /fs\/promises|readline/.test(name))).toEqual([]);
    expect(statSync(join(copy, 'reply.docx')).size).toBeGreaterThan(10_000);
  });

  it("exits as soon as what a command wrote is in the system's hands, all of it, a batch too", () => {
    const copy = installedCopy();
    // Node emits 'beforeExit' when it ends the process itself, not on process.exit(); and in a
    // batch thread as it ends, which preloads run in too.
    const marker = join(copy, 'ended-by-node');
    writeFileSync(
      join(copy, 'watch.cjs'),
      `if (require('node:worker_threads').isMainThread) process.on('beforeExit', () => require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''));\n`,
    );
    const chancery = (argv: readonly string[]) => {
      rmSync(marker, { force: true });
      const result = spawnSync(
        process.execPath,
        ['-r', join(copy, 'watch.cjs'), join(copy, 'bin', 'chancery.js'), ...argv],
        { cwd: root, encoding: 'utf8' },
      );
      return { ...result, endedByNode: existsSync(marker) };
    };
    const output = join(copy, 'reply.docx');
    const quiet = chancery(['render', 'examples/cambodia-reply.yaml', '-q', '-o', output]);
    expect([quiet.status, quiet.stdout, quiet.stderr, quiet.endedByNode]).toEqual([
      0,
      '',
      '',
      false,
    ]);
    expect(statSync(output).size).toBeGreaterThan(10_000);
    const reporting = chancery(['render', 'examples/cambodia-reply.yaml', '-o', output]);
    expect([reporting.status, reporting.stdout]).toEqual([0, `wrote ${output}\n`]);
    const failing = chancery(['render', join(copy, 'missing.yaml'), '-o', output]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(/missing\.yaml.*no such file.*\n$/s);
    // A batch ends once its threads have: each has written its files and its code cache.
    const records = Array.from(
      { length: 200 },
      (_, index) => `Permanent Mission of State ${index}`,
    );
    writeFileSync(join(copy, 'missions.csv'), `recipient\n${records.join('\n')}\n`);
    const notes = join(copy, 'notes');
    const batch = (extra: readonly string[]) =>
      chancery([
        'batch',
        'bench/batch-note.yaml',
        join(copy, 'missions.csv'),
        '-j',
        '2',
        '-o',
        notes,
        ...extra,
      ]);
    const quietBatch = batch(['-q']);
    expect([
      quietBatch.status,
      quietBatch.stdout,
      quietBatch.stderr,
      quietBatch.endedByNode,
    ]).toEqual([0, '', '', false]);
    expect(readdirSync(notes)).toHaveLength(200);
    expect(
      readdirSync(join(copy, 'dist', 'bundle')).filter((name) =>
        /^batch-worker\.cjs\..*\.cache$/.test(name),
      ),
    ).toHaveLength(1);
    rmSync(notes, { recursive: true });
    const reportingBatch = batch([]);
    expect(reportingBatch.status).toBe(0);
    expect(reportingBatch.stdout.startsWith(`wrote 200 of 200 documents to ${notes} in `)).toBe(
      true,
    );
    expect(reportingBatch.stdout.endsWith(' s\n')).toBe(true);
  });

  it("runs a batch with flags of its own, and so a cache of their own, the worker's too", () => {
    const copy = installedCopy();
    const before = caches(copy);
    const tag = flagsTag(BATCH_V8_FLAGS);
    expect(tag).not.toBe('');
    const records = Array.from(
      { length: 200 },
      (_, index) => `Permanent Mission of State ${index}`,
    );
    writeFileSync(join(copy, 'missions.csv'), `recipient\n${records.join('\n')}\n`);
    run(copy, [
      'batch',
      'bench/batch-note.yaml',
      join(copy, 'missions.csv'),
      '-q',
      '-j',
      '2',
      '-o',
      join(copy, 'notes'),
    ]);
    expect(readdirSync(join(copy, 'notes'))).toHaveLength(200);
    const after = caches(copy);
    expect(after.get(`chancery.cjs.${process.version}${tag}.cache`)).toBeDefined();
    expect(after.get(`chancery.cjs.${process.version}.cache`)).toBeUndefined();
    for (const [name, time] of before) expect(after.get(name)).toBe(time);
    // The batch thread names its cache by the flags its process runs with.
    expect(
      readdirSync(join(copy, 'dist', 'bundle')).filter((name) =>
        name.startsWith('batch-worker.cjs.'),
      ),
    ).toContain(`batch-worker.cjs.${process.version}${tag}.cache`);
  });
});
