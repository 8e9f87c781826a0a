import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/index.js';

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
});
