// The paragraphs of a .docx as text, read with fflate and saxes: the same reader for the
// output of chancery and of docxtemplater, so that the benchmark compares like with like.
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const decoder = new TextDecoder();

/** @param {string} xml */
function paragraphs(xml) {
  const parser = new SaxesParser();
  const found = [];
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
      found.push(current);
      current = undefined;
    }
  });
  parser.on('text', (text) => {
    if (inText && current !== undefined) current += text;
  });
  parser.write(xml).close();
  return found;
}

/**
 * The non-empty paragraphs of a .docx: the body's, then the footers' in order.
 * @param {Uint8Array} bytes
 * @returns {string[]}
 */
export function docxParagraphs(bytes) {
  const files = unzipSync(bytes);
  const footers = Object.keys(files)
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));
  return ['word/document.xml', ...footers]
    .flatMap((name) => paragraphs(decoder.decode(files[name])))
    .filter((text) => text.trim() !== '');
}
