import { AlignmentType, LevelFormat, Numbering, type IContext } from 'docx';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  numberingMaker,
  type NumberingOptions,
} from '../../../src/writers/docx/numbering-copies.js';
import { xmlOf } from '../../../src/writers/docx/xmlable.js';

const options = (): NumberingOptions => ({
  config: [
    {
      reference: 'headings',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.START },
      ],
    },
    {
      reference: 'items',
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START },
      ],
    },
  ],
});

type Use = (numbering: Numbering) => void;

// Lists as documents start them: instances of the defined lists, a restart, a list that a
// paragraph defines itself, and a reference to no list at all.
const uses: Record<string, Use> = {
  none: () => undefined,
  headings: (numbering) => {
    numbering.createConcreteNumberingInstance('headings', 1);
    numbering.createConcreteNumberingInstance('headings', 2);
  },
  everything: (numbering) => {
    numbering.createConcreteNumberingInstance('items', 1);
    numbering.createConcreteNumberingInstance('headings', 1);
    numbering.createConcreteNumberingInstance('items', 1, undefined, 7);
    numbering.createConcreteNumberingInstance('own', 1, {
      reference: 'own',
      levels: [
        { level: 0, format: LevelFormat.LOWER_ROMAN, text: '%1)', alignment: AlignmentType.END },
      ],
    });
    numbering.createConcreteNumberingInstance('missing', 1);
    numbering.createConcreteNumberingInstance('default-bullet-numbering', 3);
  },
};

function written(numbering: Numbering): string {
  const context = { stack: [] } as unknown as IContext;
  const data = numbering.prepForXml(context);
  if (data === undefined) throw new Error('the numbering wrote nothing');
  return xmlOf(data, true);
}

function fresh(use: Use): string {
  const numbering = new Numbering(options());
  use(numbering);
  return written(numbering);
}

describe('numberingMaker', () => {
  it('gives numberings that write what docx’s own constructor gives, whatever lists follow', () => {
    const numberingFor = numberingMaker();
    // In turns, so that each copy comes after others that started lists of their own.
    for (const round of [1, 2]) {
      for (const [name, use] of Object.entries(uses)) {
        const copy = numberingFor(options());
        use(copy);
        expect(written(copy), `${name}, round ${String(round)}`).toBe(fresh(use));
      }
    }
  });

  it('keeps the lists a document starts to that document', () => {
    const numberingFor = numberingMaker();
    const first = numberingFor(options());
    uses.everything?.(first);
    const second = numberingFor(options());
    const parser = new XMLParser({ ignoreAttributes: false });
    const concrete = (xml: string): unknown[] => {
      const parsed = parser.parse(xml) as { 'w:numbering': { 'w:num': unknown } };
      const lists = parsed['w:numbering']['w:num'];
      return Array.isArray(lists) ? lists : [lists];
    };
    expect(concrete(written(first)).length).toBe(6);
    expect(concrete(written(second)).length).toBe(1);
    expect(written(second)).toBe(fresh(uses.none ?? (() => undefined)));
    expect(second).not.toBe(first);
    expect(second).toBeInstanceOf(Numbering);
  });

  it('builds numberings whole from options that are not plain data, or that docx numbers otherwise', () => {
    const listsOf = (numbering: Numbering): unknown[] => [
      ...(
        numbering as unknown as { abstractNumberingMap: Map<string, unknown> }
      ).abstractNumberingMap.values(),
    ];
    const numberingFor = numberingMaker();
    // Copies share the lists built once for their options.
    expect(listsOf(numberingFor(options()))).toEqual(listsOf(numberingFor(options())));
    expect(listsOf(numberingFor(options()))[0]).toBe(listsOf(numberingFor(options()))[0]);
    const withDate = { ...options(), made: new Date(0) } as NumberingOptions;
    const one = numberingFor(withDate);
    const two = numberingFor(withDate);
    expect(listsOf(two)[0]).not.toBe(listsOf(one)[0]);
    uses.headings?.(one);
    expect(written(two)).toBe(fresh(uses.none ?? (() => undefined)));
    expect(written(one)).toBe(fresh(uses.headings ?? (() => undefined)));
    // A list defined under the default bullets' reference takes its place with another number.
    const replacing = (): NumberingOptions => ({
      config: [
        { reference: 'default-bullet-numbering', levels: options().config[1]?.levels ?? [] },
      ],
    });
    const three = numberingFor(replacing());
    expect(listsOf(numberingFor(replacing()))[0]).not.toBe(listsOf(three)[0]);
    uses.everything?.(three);
    const alone = new Numbering(replacing());
    uses.everything?.(alone);
    expect(written(three)).toBe(written(alone));
  });
});
