import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/index.js';
import { writeFileAtomicSync } from '../../src/node/write-file-atomic.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'chancery-atomic-'));
}

const bytes = new TextEncoder().encode('the new document');

describe('writeFileAtomic', () => {
  it('replaces an existing file whole and leaves no temporary file', async () => {
    const dir = folder();
    const path = join(dir, 'reply.docx');
    writeFileSync(path, 'the good file');
    await writeFileAtomic(path, bytes);
    expect(readFileSync(path, 'utf8')).toBe('the new document');
    expect(readdirSync(dir)).toEqual(['reply.docx']);
  });

  it('writes without flushing when asked, with the same result', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'a.docx'), bytes, { sync: false });
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('the new document');
  });

  it('fails when the rename cannot happen, leaving what was there and no temporary file', async () => {
    const dir = folder();
    // A folder stands where the file should go: the temporary file is written, the rename fails.
    const path = join(dir, 'reply.docx');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(path, bytes)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['reply.docx']);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('fails when the bytes cannot be written, removing the temporary file it had created', async () => {
    const dir = folder();
    const path = join(dir, 'reply.docx');
    writeFileSync(path, 'the good file');
    const notBytes = 42 as unknown as Uint8Array;
    await expect(writeFileAtomic(path, notBytes)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('the good file');
    expect(readdirSync(dir)).toEqual(['reply.docx']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    const dir = folder();
    await expect(writeFileAtomic(join(dir, 'missing', 'x.docx'), bytes)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes through a link to the file it leads to, and keeps the link', async () => {
    const writers: ((path: string, data: Uint8Array) => Promise<void>)[] = [
      writeFileAtomic,
      (path, data) => {
        writeFileAtomicSync(path, data);
        return Promise.resolve();
      },
    ];
    for (const write of writers) {
      const dir = folder();
      mkdirSync(join(dir, 'shared'));
      const target = join(dir, 'shared', 'reply.docx');
      writeFileSync(target, 'the old document');
      const link = join(dir, 'reply.docx');
      symlinkSync(join('shared', 'reply.docx'), link);
      await write(link, bytes);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('the new document');
      expect(readdirSync(join(dir, 'shared'))).toEqual(['reply.docx']);
    }
  });
});
