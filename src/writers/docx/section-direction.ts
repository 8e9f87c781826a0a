// Word's section properties (CT_SectPr) are a sequence: w:bidi comes after w:titlePg and
// w:textDirection and before these.
const AFTER_BIDI = /<w:(?:rtlGutter|docGrid|printerSettings|sectPrChange)(?=[\s/>])/;
const SECTION_TAG = /<(\/?)w:sectPr(?=[\s/>])[^>]*?(\/?)>/g;
const BIDI = /<w:bidi(?=[\s/>])/;

/**
 * Marks sections of a document part (`word/document.xml`) right to left with `<w:bidi/>`, which
 * the docx package cannot write: Word then lays the section's page out right to left (its
 * columns, page numbers and gutter). `rightToLeft[i]` says whether the i-th section, in
 * document order, is right to left; a section already marked is left as it is.
 *
 * @example
 * ```ts
 * setSectionDirections('<w:body><w:sectPr><w:titlePg/><w:docGrid/></w:sectPr></w:body>', [true]);
 * // '<w:body><w:sectPr><w:titlePg/><w:bidi/><w:docGrid/></w:sectPr></w:body>'
 * ```
 */
export function setSectionDirections(xml: string, rightToLeft: readonly boolean[]): string {
  const sections: { start: number; contentStart: number; end: number; selfClosing: boolean }[] = [];
  let depth = 0;
  let open: { start: number; contentStart: number } | undefined;
  for (const match of xml.matchAll(SECTION_TAG)) {
    const [tag, closing, selfClosing] = match;
    const start = match.index;
    if (closing === '/') {
      depth--;
      if (depth === 0 && open !== undefined) {
        sections.push({ ...open, end: start, selfClosing: false });
        open = undefined;
      }
    } else if (selfClosing === '/') {
      if (depth === 0) {
        sections.push({
          start,
          contentStart: start + tag.length,
          end: start + tag.length,
          selfClosing: true,
        });
      }
    } else {
      // A section's former properties (w:sectPrChange) nest a w:sectPr inside it.
      if (depth === 0) open = { start, contentStart: start + tag.length };
      depth++;
    }
  }
  if (sections.length !== rightToLeft.length) {
    throw new Error(
      `the document part has ${sections.length} sections, but ${rightToLeft.length} directions were given`,
    );
  }
  let result = '';
  let copied = 0;
  sections.forEach((section, index) => {
    if (rightToLeft[index] !== true) return;
    if (section.selfClosing) {
      const tag = xml.slice(section.start, section.contentStart);
      result += `${xml.slice(copied, section.start)}${tag.replace(/\s*\/>$/, '>')}<w:bidi/></w:sectPr>`;
      copied = section.contentStart;
      return;
    }
    const content = xml.slice(section.contentStart, section.end);
    const bidi = BIDI.exec(content);
    const nested = content.indexOf('<w:sectPrChange');
    if (bidi !== null && (nested < 0 || bidi.index < nested)) return;
    const after = AFTER_BIDI.exec(content);
    const at = section.contentStart + (after === null ? content.length : after.index);
    result += `${xml.slice(copied, at)}<w:bidi/>`;
    copied = at;
  });
  return result + xml.slice(copied);
}
