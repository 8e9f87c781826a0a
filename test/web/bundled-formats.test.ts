import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFormats, readFormatDir } from '../../src/index.js';
import { bundledFormats, exampleFormats } from '../../web/src/bundled-formats.js';
import { dataUrlBytes } from '../../web/src/data-url-bytes.js';

function asPlain(
  files: Readonly<Record<string, string | Uint8Array>>,
): Record<string, string | number[]> {
  return Object.fromEntries(
    Object.entries(files)
      .map(([name, content]): [string, string | number[]] => [
        name,
        typeof content === 'string' ? content : [...content],
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('the formats bundled into the page', () => {
  it('are the built-in formats as the Node loader reads them, file for file and byte for byte', () => {
    const fromDisk = builtinFormats();
    expect(bundledFormats.map((format) => format.origin)).toEqual(
      fromDisk.map((format) => format.origin),
    );
    for (const [index, format] of bundledFormats.entries()) {
      expect(asPlain(format.files)).toEqual(asPlain(fromDisk[index]!.files));
    }
  });

  it('include the example house style with its emblem as bytes', () => {
    const folder = join(import.meta.dirname, '../../examples/formats/embassy');
    const fromDisk = readFormatDir(folder, 'examples/formats/embassy');
    expect(exampleFormats.map((format) => format.origin)).toEqual(['examples/formats/embassy']);
    expect(asPlain(exampleFormats[0]!.files)).toEqual(asPlain(fromDisk.files));
    expect(exampleFormats[0]!.files['emblem.png']).toBeInstanceOf(Uint8Array);
  });
});

describe('dataUrlBytes', () => {
  it('decodes base64 and percent-encoded data: URLs', () => {
    expect([...dataUrlBytes('data:image/png;base64,iVBORw0KGgo=')]).toEqual([
      137, 80, 78, 71, 13, 10, 26, 10,
    ]);
    expect(new TextDecoder().decode(dataUrlBytes('data:image/svg+xml,%3Csvg%3E%C3%A9'))).toBe(
      '<svg>é',
    );
  });

  it('refuses what is not a data: URL', () => {
    expect(() => dataUrlBytes('https://example.org/a.png')).toThrow(/not a data: URL/);
  });
});
