import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../support/cli.js';

describe('chancery formats', () => {
  it('lists the built-in formats with their kinds and languages', async () => {
    const result = await runCli(['formats']);
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]?.split(/\s{2,}/)).toEqual(['NAME', 'FROM', 'EXTENDS', 'KINDS', 'LANGUAGES']);
    const [name, from, base, kinds, languages] = rows[1]?.split(/\s{2,}/) ?? [];
    expect([name, from, base, kinds]).toEqual([
      'un-geneva',
      'built-in',
      '-',
      'letter, note-verbale',
    ]);
    expect(languages?.split(', ')).toEqual(expect.arrayContaining(['en', 'en-US']));
  });

  it('adds the formats of each --format-dir, a folder of formats or a format folder', async () => {
    for (const dir of ['examples/formats', 'examples/formats/embassy']) {
      const result = await runCli(['formats', '--format-dir', dir]);
      expect(result.status).toBe(0);
      const embassy = result.stdout.split('\n').filter((row) => row.startsWith('embassy'));
      expect(embassy).toHaveLength(1);
      const [name, from, base, kinds, languages] = embassy[0]?.split(/\s{2,}/) ?? [];
      expect([name, from, base, kinds]).toEqual([
        'embassy',
        'examples/formats/embassy',
        'un-geneva',
        'letter, note-verbale',
      ]);
      expect(languages?.split(', ')).toEqual(expect.arrayContaining(['en', 'en-US']));
    }
  });

  it('lists a broken format as such, prints its errors and exits 1', async () => {
    const folder = workspace();
    mkdirSync(join(folder, 'broken'));
    writeFileSync(join(folder, 'broken', 'format.yaml'), 'name: broken\nextends: un-geneva\n');
    writeFileSync(join(folder, 'broken', 'letter.hbs'), '<document><p>{{nope}}</p></document>');
    const result = await runCli(['formats', '--format-dir', folder]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^broken .*has errors/m);
    expect(result.stderr).toMatch(/broken\/letter\.hbs:1:16: error template_unknown_variable/);
  });

  it('reports a --format-dir that does not exist', async () => {
    const result = await runCli(['formats', '--format-dir', 'no/such/folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no/such/folder: error format_dir_unreadable');
  });
});
