import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFormatsDir, readFormatDir } from '../../src/index.js';

describe('readFormatDir', () => {
  it('reads the files of the folder and none that a link leads to, inside or out', () => {
    const root = mkdtempSync(join(tmpdir(), 'chancery-format-'));
    const folder = join(root, 'mine');
    cpSync(join(builtinFormatsDir, 'un-geneva'), folder, { recursive: true });
    writeFileSync(join(root, 'secret.yaml'), 'password: hunter2\n');
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'letter.hbs'), '<document/>');
    symlinkSync(join(root, 'secret.yaml'), join(folder, 'phrases', 'de.yaml'));
    symlinkSync(join(root, 'outside'), join(folder, 'partials', 'linked'));
    const { files } = readFormatDir(folder);
    expect(files['format.yaml']).toBeTypeOf('string');
    expect(files['phrases/en.yaml']).toBeTypeOf('string');
    expect(Object.keys(files)).not.toContain('phrases/de.yaml');
    expect(Object.keys(files).some((name) => name.startsWith('partials/linked'))).toBe(false);
    expect(Object.values(files).some((content) => String(content).includes('hunter2'))).toBe(false);
  });
});
