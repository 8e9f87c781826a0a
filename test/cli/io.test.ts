import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { processIo, processStreamsFlushed } from '../../src/cli/io.js';
import { workspace } from '../support/cli.js';

const bin = fileURLToPath(new URL('../../bin/chancery.js', import.meta.url));

describe('processIo', () => {
  it('ends quietly when the reader of standard output closes it early', async () => {
    const child = spawn(process.execPath, [bin, 'render', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before the help is written, as `chancery render --help | head -0` would.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
  });

  // Node sets up a stream the first time process.stdout or process.stderr is read: a quiet
  // render that succeeds has nothing to say and never reads them.
  it('leaves the standard streams alone in a quiet render', () => {
    const folder = workspace();
    const watch = join(folder, 'watch.cjs');
    const record = join(folder, 'read.json');
    writeFileSync(
      watch,
      `const read = [];
for (const name of ['stdout', 'stderr']) {
  const { get } = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, get() { read.push(name); return get.call(process); } });
}
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(read)));`,
    );
    const run = (extra: string[]): string[] => {
      // No warning of Node's own (which is written to standard error) may come into it.
      const result = spawnSync(
        process.execPath,
        [
          '--no-warnings',
          '--require',
          watch,
          bin,
          'render',
          'examples/cambodia-reply.yaml',
          '-o',
          join(folder, 'reply.docx'),
          ...extra,
        ],
        { env: { ...process.env, NODE_OPTIONS: '' } },
      );
      expect(result.status).toBe(0);
      return JSON.parse(readFileSync(record, 'utf8')) as string[];
    };
    expect(run(['-q'])).toEqual([]);
    // The watch sees a stream that is read: a render that reports reads standard output.
    expect(run([])).toContain('stdout');
  });

  it('says that its streams are flushed only while none of those it used holds bytes to write', () => {
    const pending = { stdout: 0, stderr: 0 };
    for (const name of ['stdout', 'stderr'] as const)
      vi.spyOn(process[name], 'writableLength', 'get').mockImplementation(() => pending[name]);
    try {
      pending.stdout = 4;
      pending.stderr = 4;
      // Neither was used yet: what others wrote to them is not this command's to wait for.
      expect(processStreamsFlushed()).toBe(true);
      processIo.stdout('');
      expect(processStreamsFlushed()).toBe(false);
      pending.stdout = 0;
      expect(processStreamsFlushed()).toBe(true);
      // Asking whether a terminal is there uses standard error: a progress bar writes to it.
      expect([true, false, undefined]).toContain(processIo.stderrIsTerminal);
      expect(processStreamsFlushed()).toBe(false);
      pending.stderr = 0;
      expect(processStreamsFlushed()).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
