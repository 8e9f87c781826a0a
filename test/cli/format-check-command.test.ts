import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../support/cli.js';

function formatFolder(files: Record<string, string>): string {
  const folder = join(workspace(), 'mission');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

describe('chancery format check', () => {
  it('passes the built-in and the example formats', async () => {
    const builtin = await runCli(['format', 'check', 'templates/un-geneva']);
    expect(builtin.status).toBe(0);
    expect(builtin.stdout).toMatch(/^un-geneva: ok/);
    expect(builtin.stderr).not.toContain(': error ');
    const embassy = await runCli(['format', 'check', 'examples/formats/embassy']);
    expect(embassy.status).toBe(0);
    expect(embassy.stdout).toMatch(/^embassy: ok/);
    expect(embassy.stderr).not.toContain(': error ');
  });

  it('reports every problem it finds, in the manifest, every template and every phrase file', async () => {
    const folder = formatFolder({
      'format.yaml':
        'name: mission\nextends: un-geneva\nplacement: { noteVerbale: { date: bottom } }\ncolour: red\n',
      'letter.hbs': '<document>\n  <p>{{document.signatory.nmae}}</p>\n</document>\n',
      'note-verbale.hbs':
        '<document>\n<para>x</para>\n<p style="fancy" colour="red">{{shout sender.state}} {{phrase "numberLabel"}}</p>\n<image src="../../secret.png" height="20"/>\n</document>\n',
      'partials/letterhead.hbs': '<p>{{> nowhere}}</p>\n',
      'phrases/en.yaml': 'numberLabel: "Ref. {{numbr}}"\nopening: [not, text]\n',
      'phrases/fr.yaml': 'numberLabel: "N° :\n',
    });
    const result = await runCli(['format', 'check', folder]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const found = lines.map((line) => {
      const match = /^(.*?)(?::(\d+))?(?::(\d+))?: (error|warning) ([a-z_]+)/.exec(line);
      return [match?.[1]?.slice(folder.length + 1), match?.[2], match?.[3], match?.[5]].join(' ');
    });
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        'format.yaml 3 35 format_manifest_invalid',
        'format.yaml 4 1 format_manifest_invalid',
        'phrases/en.yaml 2 10 phrase_not_text',
        'phrases/fr.yaml 2 1 phrase_file_syntax',
      ]),
    );
    // Manifest errors stop the format from resolving; fix them and the templates are checked.
    writeFileSync(join(folder, 'format.yaml'), 'name: mission\nextends: un-geneva\n');
    writeFileSync(join(folder, 'phrases/fr.yaml'), 'numberLabel: "N° :"\n');
    writeFileSync(join(folder, 'phrases/en.yaml'), 'numberLabel: "Ref. {{numbr}}"\n');
    const second = await runCli(['format', 'check', folder]);
    expect(second.status).toBe(1);
    const problems = second.stderr
      .trim()
      .split('\n')
      .filter((line) => line.includes(': error '))
      .map((line) => line.slice(folder.length + 1).replace(/: error ([a-z_]+).*$/, ' $1'));
    expect(problems).toEqual(
      expect.arrayContaining([
        'letter.hbs:2:8 template_unknown_variable',
        'note-verbale.hbs:2:1 layout_unknown_element',
        'note-verbale.hbs:3:4 layout_unknown_style',
        'note-verbale.hbs:3:18 layout_unknown_attribute',
        'note-verbale.hbs:3:33 template_unknown_helper',
        'note-verbale.hbs:4:8 path_outside_format',
        'partials/letterhead.hbs:1:4 template_unknown_partial',
        'phrases/en.yaml:1:22 template_unknown_variable',
      ]),
    );
    expect(problems).toHaveLength(8);
    expect(second.stdout).toMatch(/^mission: 8 errors/);
  });

  it('exits 1 on a folder that is not a format', async () => {
    const result = await runCli(['format', 'check', workspace()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('format_manifest_missing');
  });
});
