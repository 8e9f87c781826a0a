import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
});
