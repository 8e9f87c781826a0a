import { describe, expect, it } from 'vitest';
import { ChanceryError, builtinFormats, resolveFormats } from '../../src/index.js';
import { minimalFormat } from './format-fixtures.js';

function failure(run: () => unknown): ChanceryError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChanceryError) return error;
    throw error;
  }
  throw new Error('expected a ChanceryError');
}

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
