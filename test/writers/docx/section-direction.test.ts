import { describe, expect, it } from 'vitest';
import { setSectionDirections } from '../../../src/writers/docx/section-direction.js';
import { findElements } from '../../support/docx-parts.js';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

// The names of a section's children, in order, read back by an independent parser.
function childrenOf(xml: string, index: number): string[] {
  const section = findElements(parser.parse(xml), 'w:sectPr')[index];
  const children = (section?.['w:sectPr'] ?? []) as Record<string, unknown>[];
  return children.map((child) => Object.keys(child).find((key) => key !== ':@') ?? '');
}

const body = (...sections: string[]): string =>
  `<w:document xmlns:w="w"><w:body>${sections.join('')}</w:body></w:document>`;
const docxSection =
  '<w:sectPr><w:footerReference w:type="first"/><w:pgSz w:w="11906"/><w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';

describe('setSectionDirections', () => {
  it('puts w:bidi after w:titlePg and before w:docGrid, where the schema wants it', () => {
    const xml = setSectionDirections(body(docxSection), [true]);
    expect(childrenOf(xml, 0)).toEqual([
      'w:footerReference',
      'w:pgSz',
      'w:pgNumType',
      'w:titlePg',
      'w:bidi',
      'w:docGrid',
    ]);
  });

  it('marks only the sections asked for, in document order', () => {
    const inParagraph = `<w:p><w:pPr>${docxSection}</w:pPr></w:p>`;
    const xml = setSectionDirections(body(inParagraph, docxSection), [false, true]);
    expect(childrenOf(xml, 0)).not.toContain('w:bidi');
    expect(childrenOf(xml, 1)).toContain('w:bidi');
  });

  it('appends w:bidi when no later element is there, and opens a self-closing section', () => {
    expect(
      childrenOf(setSectionDirections(body('<w:sectPr><w:titlePg/></w:sectPr>'), [true]), 0),
    ).toEqual(['w:titlePg', 'w:bidi']);
    expect(childrenOf(setSectionDirections(body('<w:sectPr />'), [true]), 0)).toEqual(['w:bidi']);
  });

  it('leaves a section already marked as it is', () => {
    const once = setSectionDirections(body(docxSection), [true]);
    expect(setSectionDirections(once, [true])).toBe(once);
  });

  it('does not count the former properties nested in w:sectPrChange as a section', () => {
    const tracked =
      '<w:sectPr><w:titlePg/><w:sectPrChange w:id="1"><w:sectPr><w:titlePg/></w:sectPr></w:sectPrChange></w:sectPr>';
    const xml = setSectionDirections(body(tracked), [true]);
    expect(childrenOf(xml, 0)).toEqual(['w:titlePg', 'w:bidi', 'w:sectPrChange']);
  });

  it('refuses a list of directions that does not match the sections', () => {
    expect(() => setSectionDirections(body(docxSection, docxSection), [true])).toThrow(
      /2 sections, but 1 directions/,
    );
  });

  it('keeps the rest of the part byte for byte', () => {
    const xml = body('<w:p><w:r><w:t>نص</w:t></w:r></w:p>', docxSection);
    const marked = setSectionDirections(xml, [true]);
    expect(marked.replace('<w:bidi/>', '')).toBe(xml);
  });
});
