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
import { folderWriterSync, writeFileAtomicSync } from '../../src/node/write-file-atomic.js';

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

describe('folderWriterSync', () => {
  it('writes many files into a folder reached through a link, leaving no temporary file', () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'out'));
    const write = folderWriterSync(join(dir, 'out'));
    for (let index = 1; index <= 3; index++)
      write(`${index}.docx`, new TextEncoder().encode(`document ${index}`), { sync: false });
    write('1.docx', bytes);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['1.docx', '2.docx', '3.docx']);
    expect(readFileSync(join(dir, 'real', '1.docx'), 'utf8')).toBe('the new document');
    expect(readFileSync(join(dir, 'real', '3.docx'), 'utf8')).toBe('document 3');
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
  });

  it('writes through a file that is a link, to the file it leads to, and keeps the link', () => {
    const dir = folder();
    mkdirSync(join(dir, 'shared'));
    mkdirSync(join(dir, 'out'));
    const target = join(dir, 'shared', 'reply.docx');
    writeFileSync(target, 'the old document');
    symlinkSync(join('..', 'shared', 'reply.docx'), join(dir, 'out', 'reply.docx'));
    const write = folderWriterSync(join(dir, 'out'));
    write('plain.docx', bytes);
    write('reply.docx', bytes);
    expect(lstatSync(join(dir, 'out', 'reply.docx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('the new document');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['reply.docx']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['plain.docx', 'reply.docx']);
  });

  it('writes into a folder it is told is fresh without looking at each file first', () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'out'));
    const write = folderWriterSync(join(dir, 'out'), { fresh: true });
    for (let index = 1; index <= 3; index++)
      write(`${index}.docx`, new TextEncoder().encode(`document ${index}`), { sync: false });
    write('2.docx', bytes);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['1.docx', '2.docx', '3.docx']);
    expect(readFileSync(join(dir, 'real', '2.docx'), 'utf8')).toBe('the new document');
    // A link that is not there when the folder is made is not followed but replaced, its file
    // left as it was: nothing is written outside the folder.
    writeFileSync(join(dir, 'elsewhere.docx'), 'the old document');
    symlinkSync(join('..', 'elsewhere.docx'), join(dir, 'real', 'late.docx'));
    write('late.docx', bytes);
    expect(lstatSync(join(dir, 'real', 'late.docx')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'real', 'late.docx'), 'utf8')).toBe('the new document');
    expect(readFileSync(join(dir, 'elsewhere.docx'), 'utf8')).toBe('the old document');
  });

  it('resolves a name that holds a folder of its own whole, links and all', () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join('..', 'elsewhere'), join(dir, 'out', 'sub'));
    folderWriterSync(join(dir, 'out'))(join('sub', 'a.docx'), bytes);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual(['a.docx']);
    expect(lstatSync(join(dir, 'out', 'sub')).isSymbolicLink()).toBe(true);
  });

  it('fails when the rename cannot happen, leaving what was there and no temporary file', () => {
    const dir = folder();
    mkdirSync(join(dir, 'reply.docx'));
    const write = folderWriterSync(dir);
    expect(() => {
      write('reply.docx', bytes);
    }).toThrow();
    write('next.docx', bytes);
    expect(readdirSync(dir).sort()).toEqual(['next.docx', 'reply.docx']);
  });

  it('fails when the folder does not exist, creating nothing', () => {
    const dir = folder();
    expect(() => {
      folderWriterSync(join(dir, 'missing'))('x.docx', bytes);
    }).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
