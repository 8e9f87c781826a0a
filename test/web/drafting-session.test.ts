import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFormats, exampleFormats } from '../../web/src/bundled-formats.js';
import { createDraftingSession, type DraftCheck } from '../../web/src/drafting-session.js';
import { readDocxParts } from '../support/docx-parts.js';
import { exampleYaml } from '../support/drafts.js';

const session = createDraftingSession({ formats: [...bundledFormats, ...exampleFormats] });
const exampleLines = exampleYaml.split('\n');
const lineOf = (text: string): number => exampleLines.findIndex((line) => line === text) + 1;
const replaced = (from: string, to: string): string => exampleYaml.replace(from, to);

describe('the drafting session', () => {
  it('offers every format with its languages', () => {
    expect(session.formats.map((format) => format.name)).toEqual(['embassy', 'un-geneva']);
    for (const format of session.formats) {
      expect(format.languages).toEqual(expect.arrayContaining(['en', 'en-US']));
      expect(format.description).not.toBe('');
    }
  });

  it("previews the example reply from its document tree, with each step's time", () => {
    const preview = session.preview(exampleYaml);
    expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(preview.html).toContain('Dear Ms. and Mr. Special Rapporteurs,');
    expect(preview.tree?.children.map((document) => document.kind)).toEqual([
      'note-verbale',
      'letter',
    ]);
    for (const step of Object.values(preview.timings)) expect(step).toBeGreaterThanOrEqual(0);
  });

  it('writes the .docx from the same tree, and Word parts read back with the text', async () => {
    const preview = session.preview(exampleYaml);
    const bytes = await session.docx(preview.draft!, preview.tree!);
    const document = readDocxParts(bytes).text('word/document.xml');
    expect(document).toContain('Dear Ms. and Mr. Special Rapporteurs,');
  });

  it('gives a schema error at the line of the field', () => {
    const line = lineOf('    number: 2022/11/657') + 1;
    const preview = session.preview(
      replaced('    date: 2022-11-15\n    recipient', '    date: 2022-13-45\n    recipient'),
    );
    expect(preview.html).toBeUndefined();
    expect(preview.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line,
        path: ['documents', 0, 'date'],
        message: expect.stringContaining('2022-13-45') as unknown,
      }),
    ]);
  });

  it('gives a YAML syntax error at its line', () => {
    const line = lineOf('  city: Geneva');
    const preview = session.preview(replaced('  city: Geneva\n', '  city: [Geneva\n'));
    expect(preview.draft).toBeUndefined();
    expect(preview.problems[0]).toMatchObject({ severity: 'error', code: 'yaml_syntax' });
    expect(preview.problems[0]!.line).toBeGreaterThanOrEqual(line);
  });

  it('places an error that composing finds at the line of the field it names', () => {
    const preview = session.preview(replaced('format: un-geneva', 'format: nowhere'));
    expect(preview.draft?.format).toBe('nowhere');
    expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'unknown_format', line: lineOf('format: un-geneva') }),
    ]);
  });

  it("uses an emblem given to it as the image the draft names, whatever the draft's name", () => {
    const emblem = new Uint8Array(
      readFileSync(new URL('../../examples/formats/embassy/emblem.png', import.meta.url)),
    );
    const named = replaced('  city: Geneva\n', '  city: Geneva\n  emblem: our-crest.png\n');
    const without = session.preview(named);
    expect(without.problems.map((problem) => problem.severity)).toContain('error');
    const withEmblem = session.preview(named, emblem);
    expect(withEmblem.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const images = withEmblem.tree!.children[0]!.children.filter((block) => block.type === 'image');
    expect(images.map((image) => [...image.data])).toEqual([[...emblem]]);
  });

  it('previews another language and format of the same draft differently', () => {
    const us = session.preview(exampleYaml).html!;
    const un = session.preview(replaced('language: en-US', 'language: en')).html!;
    expect(us).toContain('has the honor to');
    expect(un).toContain('has the honour to');
    const embassy = session.preview(replaced('format: un-geneva', 'format: embassy')).html!;
    expect(embassy).toContain('Ref.: 2022/11/657');
    expect(embassy).toContain('<img');
  });

  it('checks a valid draft as chancery check does: each finding at its line and column', () => {
    const preview = session.preview(exampleYaml);
    expect(preview.problems).toEqual([]);
    const titleLine = (words: string): number =>
      exampleLines.findIndex((line) => line.includes(words)) + 1;
    expect(session.check(preview.draft!, exampleYaml)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'mandate_title',
        path: ['documents', 1, 'addressees', 1, 'title'],
        line: titleLine('human rights and transitional corporations'),
        column:
          exampleLines[titleLine('transitional corporations') - 1]!.indexOf('transitional') + 1,
        suggestion: expect.stringContaining('transnational corporations') as unknown,
      }),
      expect.objectContaining({
        code: 'mandate_title',
        line: titleLine('rights of indigenous people'),
        suggestion: 'Special Rapporteur on the rights of Indigenous Peoples',
      }),
    ]);
  });

  it('runs the check it is given, placing a finding without a line at its field', () => {
    // A rule of drafting practice, as `chancery check` has them: it reads the draft it is given.
    const transitional: DraftCheck = (draft) =>
      draft.documents.flatMap((document, index) =>
        document.type !== 'letter'
          ? []
          : document.addressees.flatMap((addressee, position) =>
              addressee.title.includes('transitional corporations')
                ? [
                    {
                      severity: 'warning' as const,
                      code: 'mandate_title',
                      message: 'reads "transitional" where the title has "transnational"',
                      path: ['documents', index, 'addressees', position, 'title'],
                      suggestion: addressee.title.replace('transitional', 'transnational'),
                    },
                  ]
                : [],
            ),
      );
    const checked = createDraftingSession({ formats: bundledFormats, check: transitional });
    const line = exampleLines.findIndex((text) => text.includes('human rights and transitional'));
    expect(checked.check(session.preview(exampleYaml).draft!, exampleYaml)).toEqual([
      expect.objectContaining({
        code: 'mandate_title',
        line: line + 1,
        column: exampleLines[line]!.indexOf('Chair-Rapporteur') + 1,
        suggestion: expect.stringContaining('transnational corporations') as unknown,
      }),
    ]);
  });
});
