import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingJson } from '../../src/index.js';
import { runCli, workspace } from '../support/cli.js';
import { exampleYaml } from '../support/drafts.js';

function lineOf(text: string, fragment: string): number {
  const index = text.indexOf(fragment);
  if (index === -1) throw new Error(`"${fragment}" is not in the text`);
  return text.slice(0, index).split('\n').length;
}

function draftFile(text: string): string {
  const file = join(workspace(), 'reply.yaml');
  writeFileSync(file, text);
  return file;
}

const SIGNATORY =
  '    signatory:\n      name: SOKKHOEURN AN\n      title: Ambassador and Permanent Representative\n';

/** For each rule that reports errors: the example with that error, and the text at its line. */
const errorCases: { rule: string; text: string; at: string }[] = [
  {
    rule: 'note_verbale_first_person',
    text: exampleYaml.replace(
      'The Permanent Mission of Cambodia would appreciate',
      'We would appreciate',
    ),
    at: 'We would appreciate',
  },
  { rule: 'letter_signatory', text: exampleYaml.replace(SIGNATORY, ''), at: '  - type: letter' },
  {
    rule: 'spelling_variant',
    text: exampleYaml.replace(
      'The rest entailed labor disputes',
      'The rest entailed labour disputes',
    ),
    at: 'labour disputes',
  },
  {
    rule: 'dates_out_of_order',
    text: exampleYaml.replace('date: 2022-09-20', 'date: 2022-11-20'),
    at: 'date: 2022-11-15',
  },
  {
    rule: 'reference_mismatch',
    text: exampleYaml.replace(
      'Joint Communication No. AL KHM 2/2022',
      'Joint Communication No. AL KHM 3/2022',
    ),
    at: 'AL KHM 3/2022',
  },
  {
    rule: 'reference_country',
    text: exampleYaml.replace('reference: AL KHM 2/2022', 'reference: AL KHN 2/2022'),
    at: 'AL KHN 2/2022',
  },
  {
    rule: 'salutation_honorifics',
    text: exampleYaml.replace(
      '    signatory:\n',
      '    salutation: Dear Mr. Special Rapporteur,\n    signatory:\n',
    ),
    at: 'salutation: Dear Mr.',
  },
  {
    rule: 'herewith_without_enclosure',
    text: exampleYaml.slice(0, exampleYaml.indexOf('  - type: letter')),
    at: 'transmit to the latter herewith',
  },
  {
    rule: 'placeholder_left',
    text: exampleYaml.replace('      name: SOKKHOEURN AN', '      name: TODO'),
    at: 'name: TODO',
  },
];

describe('chancery check', () => {
  it('passes the example with status 0 and reports "transitional corporations" with its line and suggestion', async () => {
    const result = await runCli(['check', 'examples/cambodia-reply.yaml']);
    expect(result.status).toBe(0);
    const line = lineOf(exampleYaml, 'transitional corporations');
    expect(result.stdout).toMatch(
      new RegExp(
        `^examples/cambodia-reply\\.yaml:${line}:\\d+: warning mandate_title at documents\\[1\\]\\.addressees\\[1\\]\\.title: .*"transitional".*\\(did you mean "Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises"\\?\\)$`,
        'm',
      ),
    );
    expect(result.stdout).toContain('0 error(s)');
  });

  for (const { rule, text, at } of errorCases) {
    it(`exits 1 on ${rule}, naming the rule and the line`, async () => {
      const file = draftFile(text);
      const result = await runCli(['check', file]);
      expect(result.status).toBe(1);
      const line = lineOf(text, at);
      expect(result.stdout).toMatch(new RegExp(`reply\\.yaml:${line}:\\d+: error ${rule} `));
    });
  }

  it('exits 0 on warnings alone, such as a late reply', async () => {
    const text = exampleYaml.replace(
      'reference: AL KHM 2/2022',
      'reference: AL KHM 2/2022\n  replyWithinDays: 30',
    );
    const result = await runCli(['check', draftFile(text)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/warning reply_deadline at documents\[0\]\.date/);
  });

  it('exits 1 on a draft that does not validate, with the validation error and its line', async () => {
    const text = exampleYaml.replace('reference: AL KHM 2/2022', 'reference: AL KHM 2-2022');
    const result = await runCli(['check', draftFile(text)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`:${lineOf(text, 'AL KHM 2-2022')}:`);
    expect(result.stdout).toContain('error invalid_reference at inReplyTo.reference');
  });

  it('prints findings as a JSON array with stable fields', async () => {
    const text = exampleYaml.replace(SIGNATORY, '');
    const result = await runCli(['check', '--json', draftFile(text)]);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as FindingJson[];
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(
        ['column', 'file', 'line', 'message', 'path', 'rule', 'severity', 'suggestion'].sort(),
      );
    }
    expect(findings.find((finding) => finding.rule === 'letter_signatory')).toMatchObject({
      severity: 'error',
      line: lineOf(text, '  - type: letter'),
      path: 'documents[1].signatory',
    });
    expect(
      findings.find(
        (finding) => finding.rule === 'mandate_title' && finding.message.includes('transitional'),
      ),
    ).toMatchObject({ severity: 'warning' });
    expect(findings.find((finding) => finding.rule === 'mandate_title')?.suggestion).toContain(
      'transnational',
    );
  });

  it('reports a composition error, such as a language the format does not speak', async () => {
    const result = await runCli([
      'check',
      draftFile(exampleYaml.replace('language: en-US', 'language: tlh')),
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/:\d+:\d+: error unsupported_language at language/);
  });

  it('exits 1 on a missing file and 2 without an input', async () => {
    const missing = await runCli(['check', join(tmpdir(), 'no-such-draft.yaml')]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('error input_unreadable');
    expect((await runCli(['check'])).status).toBe(2);
  });

  it('runs through the package bin, and its --json output parses', () => {
    const done = spawnSync(
      process.execPath,
      ['bin/chancery.js', 'check', '--json', 'examples/cambodia-reply.yaml'],
      { encoding: 'utf8' },
    );
    expect(done.status).toBe(0);
    const findings = JSON.parse(done.stdout) as FindingJson[];
    expect(findings.some((finding) => finding.message.includes('transitional'))).toBe(true);
  });

  it('checks a draft in a format of a --format-dir, as render does, and every example passes', async () => {
    const embassy = await runCli(['check', 'examples/embassy-reply.yaml']);
    expect(embassy.status).toBe(1);
    expect(embassy.stdout).toContain('error unknown_format');
    const examples = readdirSync('examples').filter((name) => name.endsWith('.yaml'));
    expect(examples).toContain('embassy-reply.yaml');
    for (const name of examples) {
      const result = await runCli([
        'check',
        `examples/${name}`,
        '--format-dir',
        'examples/formats',
      ]);
      expect(result.stdout, name).not.toMatch(/: error /);
      expect(result.status, name).toBe(0);
    }
    const missing = await runCli([
      'check',
      'examples/embassy-reply.yaml',
      '--format-dir',
      'nowhere',
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('nowhere: error format_dir_unreadable');
  });
});
