// Plain JavaScript so that the benchmark, which runs in bare Node against dist/, reads documents
// with the same reader as the tests. Its types are in word-paragraphs.d.ts.
import { SaxesParser } from 'saxes';

/**
 * The paragraphs of a WordprocessingML part as the text each holds (tabs as `\t`, breaks as
 * `\n`), read with saxes alone: text is taken exactly as the XML holds it, never converted.
 * @param {string} xml
 * @returns {string[]}
 */
export function wordParagraphs(xml) {
  const parser = new SaxesParser();
  /** @type {string[]} */
  const paragraphs = [];
  /** @type {string | undefined} */
  let current;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = '';
    else if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:tab' && current !== undefined) current += '\t';
    else if (tag.name === 'w:br' && current !== undefined) current += '\n';
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p' && current !== undefined) {
      paragraphs.push(current);
      current = undefined;
    }
  });
  parser.on('text', (text) => {
    if (inText && current !== undefined) current += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return paragraphs;
}

/**
 * The parts of a .docx that hold its text, in reading order: the body, then each footer in the
 * order of their part names.
 * @param {readonly string[]} names every part name of the package
 * @returns {string[]}
 */
export function textPartNames(names) {
  const footers = names
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return ['word/document.xml', ...footers];
}
