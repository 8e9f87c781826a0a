import { describe, expect, it } from 'vitest';
import { resolveFormats } from '../../src/format/resolve-formats.js';
import { builtinFormats } from '../../src/node/builtin-formats.js';
import { formatFromJson, formatToJson } from '../../src/node/format-json.js';

describe('formatToJson and formatFromJson', () => {
  it('give back the built-in format whole: maps, phrases and files', () => {
    const format = resolveFormats(builtinFormats()).get('un-geneva');
    expect(format).toBeDefined();
    const copy = formatFromJson(formatToJson(format as NonNullable<typeof format>));
    expect(copy).toEqual(format);
    expect(copy.layers[0]?.phrases.get('fr')).toBeInstanceOf(Map);
    expect(copy.layers[0]?.phrases.get('ar')?.get('numberLabel')).toEqual(
      format?.layers[0]?.phrases.get('ar')?.get('numberLabel'),
    );
  });

  it('keep bytes as bytes, and keys that look like its own tags or a prototype as keys', () => {
    const files = Object.create(null) as Record<string, string | Uint8Array>;
    files['emblem.png'] = new Uint8Array([0, 137, 80, 78, 71, 255]);
    files.__proto__ = 'a file called __proto__';
    files.map = 'a file called map';
    const format = resolveFormats([
      { origin: 'odd', files: { ...files, 'format.yaml': 'name: odd\n' } },
    ]).get('odd');
    const layer = format?.layers[0];
    expect(layer).toBeDefined();
    const odd = { ...format, layers: [{ ...layer, files }], styles: { bytes: { name: 'bytes' } } };
    const copy = formatFromJson(formatToJson(odd as unknown as NonNullable<typeof format>));
    const copied = copy.layers[0]?.files ?? {};
    expect(copied['emblem.png']).toEqual(new Uint8Array([0, 137, 80, 78, 71, 255]));
    expect(Object.getPrototypeOf(copied)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(copied, '__proto__')?.value).toBe(
      'a file called __proto__',
    );
    expect(copied.map).toBe('a file called map');
    expect(copy.styles).toEqual({ bytes: { name: 'bytes' } });
  });

  it('read back arrays that look like tags, and a plain object with a key "__proto__"', () => {
    const format = resolveFormats(builtinFormats()).get('un-geneva');
    expect(format).toBeDefined();
    const styles: Record<string, unknown> = {};
    Object.defineProperty(styles, '__proto__', {
      value: { name: 'odd' },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const odd = {
      ...format,
      styles,
      documents: ['map', 'bytes', ['record', { a: 1 }]],
      nested: { array: ['array', []], map: new Map([['record', ['bytes', 'AA==']]]) },
    };
    const copy = formatFromJson(formatToJson(odd as unknown as NonNullable<typeof format>));
    const read = copy as unknown as typeof odd;
    expect(Object.getPrototypeOf(read.styles)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(read.styles, '__proto__')?.value).toEqual({
      name: 'odd',
    });
    expect(read.documents).toEqual(['map', 'bytes', ['record', { a: 1 }]]);
    expect(read.nested.array).toEqual(['array', []]);
    expect(read.nested.map).toEqual(new Map([['record', ['bytes', 'AA==']]]));
  });

  it('refuses a tag it does not know, rather than read it as an object', () => {
    expect(() => formatFromJson('["folder", []]')).toThrow(/unknown tag: folder/);
  });
});
