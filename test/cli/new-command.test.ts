import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultStarterPath } from '../../src/cli/new-command.js';
import { runCli, workspace } from '../support/cli.js';
import { readDocxParts, paragraphTexts } from '../support/docx-parts.js';

const ARGS = ['new', 'AL KHM 2/2022', '--date', '2022-09-20', '--reply-date', '2022-11-15'];

describe('chancery new', () => {
  it('writes a starter that renders once only its texts are filled in', async () => {
    const dir = workspace();
    const file = join(dir, 'reply.yaml');
    const written = await runCli([...ARGS, '--mandates', 'trafficking,cambodia', '-o', file]);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(`wrote ${file}`);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('state: Kingdom of Cambodia');
    expect(yaml).toContain('# A reply is expected by 19 November 2022');

    // Fill in the texts, keeping the starter's comments, and render from the command line.
    const document = parseDocument(yaml);
    document.setIn(
      ['documents', 0, 'honourTo'],
      'transmit to the latter herewith a letter of the Ambassador.',
    );
    document.setIn(['documents', 0, 'body'], 'The Permanent Mission thanks the Office.');
    document.setIn(
      ['documents', 1, 'body'],
      'I have the honour to reply.\n\n## The facts\n\nThe facts.\n',
    );
    writeFileSync(file, document.toString());
    const output = join(dir, 'reply.docx');
    const rendered = await runCli(['render', file, '-o', output]);
    expect(rendered.stderr).toBe('');
    expect(rendered.status).toBe(0);
    const parts = readDocxParts(new Uint8Array(readFileSync(output)));
    const text = paragraphTexts(parts.parsed('word/document.xml')).join('\n');
    expect(text).toContain('transmit to the latter herewith a letter of the Ambassador.');
    expect(text).toContain('The facts');
  });

  it('names its file after the reference by default', () => {
    expect(defaultStarterPath('AL KHM 2/2022')).toBe('reply-al-khm-2-2022.yaml');
  });

  it('never replaces an existing file unless --force', async () => {
    const file = join(workspace(), 'reply.yaml');
    writeFileSync(file, 'my work');
    const refused = await runCli([...ARGS, '-o', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('use --force');
    expect(readFileSync(file, 'utf8')).toBe('my work');
    const forced = await runCli([...ARGS, '-o', file, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('reference: AL KHM 2/2022');
  });

  it('writes to standard output with -o -', async () => {
    const result = await runCli([...ARGS, '-o', '-']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('inReplyTo:\n  reference: AL KHM 2/2022');
  });

  it('refuses a malformed reference, an unknown mandate and a missing date, writing nothing', async () => {
    const file = join(workspace(), 'reply.yaml');
    const bad = await runCli(['new', 'AL KHM 2-2022', '--date', '2022-09-20', '-o', file]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('invalid_reference');
    const unknown = await runCli([...ARGS, '--mandates', 'traficking', '-o', file]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('did you mean "trafficking"?');
    expect(existsSync(file)).toBe(false);
    expect((await runCli(['new', 'AL KHM 2/2022'])).status).toBe(2);
  });
});
