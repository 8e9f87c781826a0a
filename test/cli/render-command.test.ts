import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxParts } from '../support/docx-parts.js';
import { exampleYaml } from '../support/drafts.js';
import { elements, parseHtml, textContent } from '../support/html.js';
import { runCli, workspace } from '../support/cli.js';

function draftIn(folder: string): string {
  const input = join(folder, 'reply.yaml');
  writeFileSync(input, exampleYaml);
  return input;
}

describe('chancery render --format and --to', () => {
  it('renders with a format folder given by --format, overriding the draft’s format', async () => {
    const folder = workspace();
    const output = join(folder, 'reply.docx');
    const result = await runCli([
      'render',
      draftIn(folder),
      '--format',
      './examples/formats/embassy',
      '-o',
      output,
    ]);
    expect(result.status).toBe(0);
    const parts = readDocxParts(new Uint8Array(readFileSync(output)));
    const texts = paragraphTexts(parts.parsed('word/document.xml'));
    expect(texts).toContain('Ref.: 2022/11/657');
    expect(texts).not.toContain('No: 2022/11/657');
    expect(parts.names.some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('takes a format by name from --format-dir', async () => {
    const folder = workspace();
    const result = await runCli([
      'render',
      draftIn(folder),
      '--format-dir',
      'examples/formats',
      '--format',
      'embassy',
      '--to',
      'text',
      '-o',
      '-',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Ref.: 2022/11/657');
  });

  it('writes an HTML preview next to the input with --to html', async () => {
    const folder = workspace();
    const result = await runCli(['render', draftIn(folder), '--to', 'html']);
    expect(result.status).toBe(0);
    const html = readFileSync(join(folder, 'reply.html'), 'utf8');
    const document = parseHtml(html);
    expect(elements(document, 'article')).toHaveLength(2);
    expect(elements(document, 'p').map(textContent)).toContain('No: 2022/11/657');
  });

  it('refuses an unknown format name and a folder that is not a format, writing nothing', async () => {
    const folder = workspace();
    const unknown = await runCli(['render', draftIn(folder), '--format', 'nowhere']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown_format');
    const notFormat = await runCli(['render', draftIn(folder), '--format', './examples']);
    expect(notFormat.status).toBe(1);
    expect(notFormat.stderr).toContain('format_dir_unreadable');
    expect(existsSync(join(folder, 'reply.docx'))).toBe(false);
  });

  it('names the template of a broken format given with --format, and writes nothing', async () => {
    const folder = workspace();
    const format = join(folder, 'broken');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(format);
    writeFileSync(join(format, 'format.yaml'), 'name: broken\nextends: un-geneva\n');
    writeFileSync(
      join(format, 'letter.hbs'),
      '<document>\n<p>{{formulas.salutaton}}</p>\n</document>',
    );
    const result = await runCli(['render', draftIn(folder), '--format', format]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${format}/letter.hbs:2:6: error template_unknown_variable`);
    expect(existsSync(join(folder, 'reply.docx'))).toBe(false);
  });

  it('does not write a .docx to standard output', async () => {
    const result = await runCli(['render', 'examples/cambodia-reply.yaml', '-o', '-']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
