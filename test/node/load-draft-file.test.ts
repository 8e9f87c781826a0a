import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDraftFile } from '../../src/index.js';
import { exampleYaml } from '../support/drafts.js';
import { TINY_PNG } from '../support/png.js';

function draftWithEmblem(folder: string, emblem: string): string {
  const file = join(folder, 'reply.yaml');
  writeFileSync(
    file,
    exampleYaml.replace('  city: Geneva\n', `  city: Geneva\n  emblem: ${emblem}\n`),
  );
  return file;
}

// The line of the draft that names the emblem, counted from 1.
function emblemLine(file: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes('emblem:')) + 1
  );
}

describe('loadDraftFile and the emblem path', () => {
  it('reads an emblem in a folder below the draft', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chancery-load-'));
    mkdirSync(join(root, 'images'));
    writeFileSync(join(root, 'images', 'emblem.png'), TINY_PNG);
    const result = await loadDraftFile(draftWithEmblem(root, 'images/emblem.png'));
    expect(result.ok && result.value.assets['images/emblem.png']?.length).toBe(TINY_PNG.length);
  });

  it.each(['../secret.png', '/etc/passwd', 'images/../../secret.png'])(
    'refuses %s, which lies outside the folder',
    async (emblem) => {
      const root = mkdtempSync(join(tmpdir(), 'chancery-load-'));
      const folder = join(root, 'draft');
      mkdirSync(folder);
      writeFileSync(join(root, 'secret.png'), TINY_PNG);
      const file = draftWithEmblem(folder, emblem);
      const result = await loadDraftFile(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]).toMatchObject({
        code: 'path_outside_folder',
        path: ['sender', 'emblem'],
        file,
        line: emblemLine(file),
      });
    },
  );

  it('refuses an emblem it cannot read, at its line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chancery-load-'));
    const file = draftWithEmblem(folder, 'missing.png');
    const result = await loadDraftFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: 'asset_unreadable',
      file,
      line: emblemLine(file),
    });
  });

  it('refuses a link in the folder that leads outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chancery-load-'));
    const folder = join(root, 'draft');
    mkdirSync(folder);
    writeFileSync(join(root, 'secret.png'), TINY_PNG);
    symlinkSync(join(root, 'secret.png'), join(folder, 'emblem.png'));
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'seal.png'), TINY_PNG);
    symlinkSync(join(root, 'elsewhere'), join(folder, 'images'));
    for (const emblem of ['emblem.png', 'images/seal.png']) {
      const result = await loadDraftFile(draftWithEmblem(folder, emblem));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors[0]?.code).toBe('path_outside_folder');
      expect(result.errors[0]?.message).toContain('through a link');
    }
  });

  it('follows a link that stays inside the folder, and a draft folder reached through a link', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chancery-load-'));
    const folder = join(root, 'draft');
    mkdirSync(join(folder, 'images'), { recursive: true });
    writeFileSync(join(folder, 'images', 'seal.png'), TINY_PNG);
    symlinkSync(join(folder, 'images', 'seal.png'), join(folder, 'emblem.png'));
    symlinkSync(folder, join(root, 'linked'));
    draftWithEmblem(folder, 'emblem.png');
    const result = await loadDraftFile(join(root, 'linked', 'reply.yaml'));
    expect(result.ok && result.value.assets['emblem.png']?.length).toBe(TINY_PNG.length);
  });
});
