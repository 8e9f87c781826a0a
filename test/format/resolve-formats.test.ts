import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { builtinFormats, loadFormats, resolveFormats } from '../../src/index.js';
import { failure } from '../support/failure.js';
import { minimalFormat } from './format-fixtures.js';

describe('resolveFormats', () => {
  it('reads the built-in format, its kinds and languages', () => {
    const format = resolveFormats(builtinFormats()).get('un-geneva');
    expect(format?.documents).toEqual(['letter', 'note-verbale']);
    expect(format?.languages).toEqual(expect.arrayContaining(['en', 'en-US']));
    expect(format?.page.width).toBeCloseTo(595.28, 1);
  });

  it('merges a derived format over its base: its own styles win, the rest is inherited', () => {
    const derived = {
      origin: 'formats/derived',
      files: {
        'format.yaml':
          'name: derived\nextends: mini\nstyles:\n  body: { size: 14, italic: true }\npage: { margins: { left: 1in } }\n',
      },
    };
    const formats = resolveFormats([minimalFormat(), derived]);
    const format = formats.get('derived');
    expect(format?.layers.map((layer) => layer.name)).toEqual(['derived', 'mini']);
    expect(format?.styles.body).toMatchObject({ size: 14, italic: true });
    expect(format?.styles.heading).toMatchObject({ bold: true });
    expect(format?.page.margins.left).toBe(72);
    expect(format?.documents).toEqual(['letter', 'note-verbale']);
  });

  it('reports a circular extends instead of following it', () => {
    const a = { origin: 'a', files: { 'format.yaml': 'name: a\nextends: b\n' } };
    const b = { origin: 'b', files: { 'format.yaml': 'name: b\nextends: a\n' } };
    const error = failure(() => resolveFormats([a, b]));
    expect(error.code).toBe('format_extends_cycle');
    expect(error.message).toContain('a -> b -> a');
  });

  it('reports an unknown base', () => {
    const error = failure(() =>
      resolveFormats([{ origin: 'x', files: { 'format.yaml': 'name: x\nextends: nowhere\n' } }]),
    );
    expect(error.code).toBe('format_extends_unknown');
  });

  it('names the file, field and line of a manifest that fails its schema', () => {
    const error = failure(() =>
      resolveFormats([
        minimalFormat({ 'format.yaml': 'name: mini\npage:\n  margins: { top: two inches }\n' }),
      ]),
    );
    expect(error.diagnostics[0]).toMatchObject({
      code: 'format_manifest_invalid',
      file: 'formats/mini/format.yaml',
      path: ['page', 'margins', 'top'],
      line: 3,
    });
  });

  it('reports a language the manifest lists but has no phrases for', () => {
    const error = failure(() =>
      resolveFormats([minimalFormat({ 'format.yaml': 'name: mini\nlanguages: [en, fr]\n' })]),
    );
    expect(error.code).toBe('format_phrases_missing');
  });

  it('inherits placement, emblem and page, and overrides only what the derived manifest names', () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const base = minimalFormat({
      'format.yaml':
        'name: mini\nemblem: seal.png\nplacement: { noteVerbale: { date: top } }\nstyles:\n  body: { size: 11 }\n',
    });
    const derived = {
      origin: 'formats/derived',
      files: {
        'format.yaml':
          'name: derived\nextends: mini\nplacement: { letterhead: { emblem: start } }\n',
      },
    };
    const formats = resolveFormats([
      { ...base, files: { ...base.files, 'seal.png': png } },
      derived,
    ]);
    const format = formats.get('derived');
    expect(format?.placement.letterhead.emblem).toBe('start');
    expect(format?.placement.noteVerbale.date).toBe('top');
    expect(format?.placement.letter.addressees).toBe('foot');
    expect(format?.emblem).toBe('seal.png');
    expect(formats.get('mini')?.placement.letterhead.emblem).toBe('center');
  });

  it('refuses an emblem or reference document outside the format folder, or missing, naming the field', () => {
    const error = failure(() =>
      resolveFormats([
        minimalFormat({
          'format.yaml': 'name: mini\nemblem: ../other/seal.png\nreferenceDocx: styles.docx\n',
        }),
      ]),
    );
    expect(error.diagnostics).toEqual([
      expect.objectContaining({
        code: 'path_outside_format',
        path: ['emblem'],
        file: 'formats/mini/format.yaml',
        line: 2,
      }),
      expect.objectContaining({ code: 'format_file_missing', path: ['referenceDocx'], line: 3 }),
    ]);
  });

  it('reads the Word styles of a reference .docx, and refuses a file that is not one', () => {
    const docx = zipSync({ 'word/styles.xml': new TextEncoder().encode('<w:styles/>') });
    const good = resolveFormats(
      [minimalFormat({ 'format.yaml': 'name: mini\nreferenceDocx: styles.docx\n' })].map(
        (source) => ({ ...source, files: { ...source.files, 'styles.docx': docx } }),
      ),
    );
    expect(good.get('mini')?.referenceStyles).toBe('<w:styles/>');
    const bad = failure(() =>
      resolveFormats(
        [minimalFormat({ 'format.yaml': 'name: mini\nreferenceDocx: styles.docx\n' })].map(
          (source) => ({
            ...source,
            files: { ...source.files, 'styles.docx': new TextEncoder().encode('not a zip') },
          }),
        ),
      ),
    );
    expect(bad.diagnostics[0]).toMatchObject({
      code: 'reference_docx_unreadable',
      path: ['referenceDocx'],
    });
  });

  it('collects every problem of every format instead of stopping at the first', () => {
    const entries = loadFormats([
      minimalFormat({
        'format.yaml': 'name: mini\npage: { margins: { top: wide, left: narrow } }\ncolour: red\n',
        'phrases/en.yaml': 'a: [1, 2]\nb: { c: [3] }\n',
      }),
      { origin: 'formats/other', files: { 'format.yaml': 'name: other\nextends: mini\n' } },
    ]);
    const mini = entries.find((entry) => entry.name === undefined);
    expect(mini?.problems.map((problem) => problem.code).sort()).toEqual([
      'format_manifest_invalid',
      'format_manifest_invalid',
      'format_manifest_invalid',
      'phrase_not_text',
      'phrase_not_text',
    ]);
    const other = entries.find((entry) => entry.name === 'other');
    expect(other?.format).toBeUndefined();
    expect(other?.problems[0]?.code).toBe('format_extends_unknown');
  });

  it('says so when a format extends one that has errors of its own', () => {
    const entries = loadFormats([
      minimalFormat({ 'phrases/en.yaml': 'a: [1]\n' }),
      { origin: 'formats/other', files: { 'format.yaml': 'name: other\nextends: mini\n' } },
    ]);
    expect(entries.find((entry) => entry.name === 'other')?.problems[0]?.code).toBe(
      'format_extends_broken',
    );
  });

  it('merges fonts per script through extends: a derived format replaces one and keeps the rest', () => {
    const derived = {
      origin: 'formats/derived',
      files: {
        'format.yaml':
          'name: derived\nextends: un-geneva\nfonts:\n  scripts: { Arab: Simplified Arabic }\n',
      },
    };
    const fonts = resolveFormats([...builtinFormats(), derived]).get('derived')?.fonts;
    const base = resolveFormats(builtinFormats()).get('un-geneva')?.fonts;
    expect(fonts?.scripts?.Arab).toBe('Simplified Arabic');
    expect(fonts?.scripts?.Khmr).toBe(base?.scripts?.Khmr);
    expect(fonts?.latin).toBe(base?.latin);
  });

  it('refuses a font for something that is not a script, naming the field and line', () => {
    const error = failure(() =>
      resolveFormats([
        minimalFormat({
          'format.yaml': 'name: mini\nfonts:\n  scripts:\n    Arabic: Amiri\n    Xyzw: X\n',
        }),
      ]),
    );
    expect(error.diagnostics.map((diagnostic) => diagnostic.path)).toEqual([
      ['fonts', 'scripts', 'Arabic'],
      ['fonts', 'scripts', 'Xyzw'],
    ]);
    expect(error.diagnostics[0]).toMatchObject({ file: 'formats/mini/format.yaml', line: 4 });
  });
});
