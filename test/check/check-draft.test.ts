import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  checkDraftYaml,
  checkRules,
  findingToJson,
  formatFinding,
  hasErrors,
} from '../../src/index.js';
import { exampleDraft, exampleYaml } from '../support/drafts.js';

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

describe('checkDraftYaml on the example', () => {
  const { findings, draft } = checkDraftYaml(exampleYaml, { file: 'examples/cambodia-reply.yaml' });

  it('finds no error, and warns of "transitional corporations" at its line and column', () => {
    expect(draft).toBeDefined();
    expect(hasErrors(findings)).toBe(false);
    const transitional = findings.find((finding) => finding.message.includes('"transitional"'));
    const line = lineOf(exampleYaml, 'transitional corporations');
    expect(transitional).toMatchObject({
      severity: 'warning',
      code: 'mandate_title',
      file: 'examples/cambodia-reply.yaml',
      line,
      column: (exampleYaml.split('\n')[line - 1] ?? '').indexOf('transitional') + 1,
      suggestion:
        'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
    });
    expect(formatFinding(transitional!)).toMatch(
      /^examples\/cambodia-reply\.yaml:\d+:\d+: warning mandate_title at documents\[1\]\.addressees\[1\]\.title: .*\(did you mean "Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations/,
    );
  });

  it('finds only mandate-title warnings: the herewith note is followed by its letter', () => {
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set(['mandate_title']));
  });
});

describe('checkDraftYaml', () => {
  it('gives validation errors as findings when the draft does not validate', () => {
    const text = exampleYaml.replace('reference: AL KHM 2/2022', 'reference: AL KHM 2-2022');
    const { findings, draft } = checkDraftYaml(text, { file: 'reply.yaml' });
    expect(draft).toBeUndefined();
    expect(findings[0]).toMatchObject({
      code: 'invalid_reference',
      line: lineOf(text, 'AL KHM 2-2022'),
    });
  });

  it('orders findings by line', () => {
    const text = exampleYaml
      .replace(
        '    signatory:\n      name: SOKKHOEURN AN\n      title: Ambassador and Permanent Representative\n',
        '',
      )
      .replace('The Permanent Mission of Cambodia would', 'We would');
    const { findings } = checkDraftYaml(text);
    const lines = findings.map((finding) => finding.line ?? 0);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(findings.map((finding) => finding.code)).toContain('note_verbale_first_person');
    expect(findings.map((finding) => finding.code)).toContain('letter_signatory');
  });
});

describe('checkDraft', () => {
  it('works on a draft built in code, without lines', () => {
    const findings = checkDraft(exampleDraft());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.line === undefined)).toBe(true);
  });

  it('runs rules that have stable, distinct ids and a description', () => {
    const ids = checkRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of checkRules) {
      expect(rule.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});

describe('findingToJson', () => {
  it('writes every field, null where unknown', () => {
    expect(
      findingToJson({ severity: 'error', code: 'letter_signatory', message: 'no signatory' }),
    ).toEqual({
      rule: 'letter_signatory',
      severity: 'error',
      message: 'no signatory',
      file: null,
      line: null,
      column: null,
      path: null,
      suggestion: null,
    });
  });
});
