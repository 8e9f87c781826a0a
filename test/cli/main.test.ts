import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../support/cli.js';
import { attribute, findElements, readDocxParts } from '../support/docx-parts.js';
import { exampleYaml } from '../support/drafts.js';
import { TINY_PNG } from '../support/png.js';

describe('chancery render', () => {
  it('writes the .docx next to the input by default', async () => {
    const folder = workspace();
    const input = join(folder, 'reply.yaml');
    writeFileSync(input, exampleYaml);
    const result = await runCli(['render', input]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('reply.docx');
    readDocxParts(new Uint8Array(readFileSync(join(folder, 'reply.docx'))));
  });

  it('writes where -o says, creating the folder', async () => {
    const folder = workspace();
    const output = join(folder, 'out', 'nested', 'x.docx');
    const result = await runCli(['render', 'examples/cambodia-reply.yaml', '-o', output]);
    expect(result.status).toBe(0);
    expect(existsSync(output)).toBe(true);
  });

  it('exits 1 on a bad date, names the field and line, and leaves an existing output untouched', async () => {
    const folder = workspace();
    const input = join(folder, 'reply.yaml');
    writeFileSync(input, exampleYaml.replace('date: 2022-11-15', 'date: 2022-13-45'));
    const output = join(folder, 'reply.docx');
    writeFileSync(output, 'the good file');
    const result = await runCli(['render', input, '-o', output]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /reply\.yaml:\d+:11: error .* at documents\[0\]\.date: 2022-13-45/,
    );
    expect(readFileSync(output, 'utf8')).toBe('the good file');
    expect(readdirSync(folder).sort()).toEqual(['reply.docx', 'reply.yaml']);
  });

  it('exits 1 on YAML that does not parse, with line and column, and writes nothing', async () => {
    const folder = workspace();
    const input = join(folder, 'reply.yaml');
    writeFileSync(input, 'sender:\n  state: [unclosed\n');
    const result = await runCli(['render', input]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/reply\.yaml:\d+:\d+: error yaml_syntax/);
    expect(readdirSync(folder)).toEqual(['reply.yaml']);
  });

  it('exits 1 on an error found while composing (an unsupported language), naming the field', async () => {
    const folder = workspace();
    const input = join(folder, 'reply.yaml');
    writeFileSync(input, exampleYaml.replace('language: en-US', 'language: tlh'));
    const result = await runCli(['render', input]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error unsupported_language at language');
    expect(readdirSync(folder)).toEqual(['reply.yaml']);
  });

  it('leaves an existing output untouched when composing fails after the draft was read', async () => {
    const folder = workspace();
    const input = join(folder, 'reply.yaml');
    writeFileSync(input, exampleYaml.replace('language: en-US', 'language: de'));
    const output = join(folder, 'reply.docx');
    writeFileSync(output, 'the good file');
    const result = await runCli(['render', input, '-o', output]);
    expect(result.status).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe('the good file');
    expect(readdirSync(folder).sort()).toEqual(['reply.docx', 'reply.yaml']);
  });

  it('exits 1 with a message when the output cannot be written, leaving no temporary file', async () => {
    const folder = workspace();
    const output = join(folder, 'taken');
    mkdirSync(output);
    const result = await runCli(['render', 'examples/cambodia-reply.yaml', '-o', output]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/taken: error output_unwritable: cannot write the output/);
    expect(readdirSync(folder)).toEqual(['taken']);
    expect(readdirSync(output)).toEqual([]);
  });

  it('exits 1 when a language needs a form the draft lacks, naming the field and the line of its parent', async () => {
    const folder = workspace();
    const input = join(folder, 'note.yaml');
    const french = readFileSync('examples/cambodia-reply-fr.yaml', 'utf8');
    writeFileSync(input, french.replace(/\n +# "au Haut-Commissariat".*\n +article: le\n/, '\n'));
    const output = join(folder, 'note.docx');
    const result = await runCli(['render', input, '-o', output]);
    expect(result.status).toBe(1);
    // The recipient, which lacks the article, is a mapping whose first field is on the next line.
    const recipientLine = french.split('\n').findIndex((line) => line.trim() === 'recipient:') + 2;
    expect(result.stderr).toContain(
      `note.yaml:${recipientLine}:7: error article_needed at documents[0].recipient.article: is needed: the French formulas`,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('reads an emblem beside the draft and refuses one outside its folder', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'emblem.png'), TINY_PNG);
    writeFileSync(
      join(folder, 'reply.yaml'),
      exampleYaml.replace('  city: Geneva\n', '  city: Geneva\n  emblem: emblem.png\n'),
    );
    const good = await runCli(['render', join(folder, 'reply.yaml')]);
    expect(good.status).toBe(0);
    const media = readDocxParts(
      new Uint8Array(readFileSync(join(folder, 'reply.docx'))),
    ).names.filter((name) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);

    writeFileSync(
      join(folder, 'escape.yaml'),
      exampleYaml.replace('  city: Geneva\n', '  city: Geneva\n  emblem: ../../etc/passwd\n'),
    );
    const bad = await runCli(['render', join(folder, 'escape.yaml')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('path_outside_folder at sender.emblem');
  });

  it('explains its options with --help', async () => {
    const result = await runCli(['render', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--output <file>');
    expect(result.stdout).toContain('<input>');
  });

  it('exits 2 on a misused command', async () => {
    expect((await runCli(['render'])).status).toBe(2);
    expect((await runCli(['frobnicate'])).status).toBe(2);
  });
});

describe('the installed command', () => {
  it('runs as `chancery` through the package bin, as `npx chancery` does', () => {
    const folder = workspace();
    copyFileSync('examples/cambodia-reply.yaml', join(folder, 'reply.yaml'));
    const output = join(folder, 'reply.docx');
    execFileSync(process.execPath, [
      'bin/chancery.js',
      'render',
      join(folder, 'reply.yaml'),
      '-o',
      output,
    ]);
    readDocxParts(new Uint8Array(readFileSync(output)));
    const failed = spawnSync(
      process.execPath,
      ['bin/chancery.js', 'render', join(folder, 'missing.yaml')],
      { encoding: 'utf8' },
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('missing.yaml');
  });

  // The command line's bundle loads the zip library only when a render needs it, as here.
  it('renders with a format whose Word styles come from a reference .docx', async () => {
    const folder = workspace();
    const format = join(folder, 'styled');
    mkdirSync(format);
    writeFileSync(
      join(format, 'format.yaml'),
      'name: styled\nextends: un-geneva\nreferenceDocx: styles.docx\n',
    );
    const reference = new Document({
      styles: {
        paragraphStyles: [{ id: 'PlaceDate', name: 'Place Date', run: { color: 'C00000' } }],
      },
      sections: [{ children: [new Paragraph('reference')] }],
    });
    writeFileSync(join(format, 'styles.docx'), await Packer.toBuffer(reference));
    const output = join(folder, 'reply.docx');
    execFileSync(process.execPath, [
      'bin/chancery.js',
      'render',
      'examples/cambodia-reply.yaml',
      '--format',
      format,
      '-o',
      output,
      '-q',
    ]);
    const styles = readDocxParts(new Uint8Array(readFileSync(output))).parsed('word/styles.xml');
    const placeDate = findElements(styles, 'w:style').find(
      (style) => attribute(style, 'w:styleId') === 'PlaceDate',
    );
    expect(placeDate).toBeDefined();
    const colors = findElements(placeDate?.['w:style'], 'w:color').map((color) =>
      attribute(color, 'w:val'),
    );
    expect(colors).toEqual(['C00000']);
  });
});
