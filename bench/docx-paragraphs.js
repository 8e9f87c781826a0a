// The paragraphs of a .docx as text, read with fflate and the tests' saxes reader: the same
// reader for the output of chancery and of docxtemplater, so that the benchmark compares like
// with like.
import { unzipSync } from 'fflate';
import { textPartNames, wordParagraphs } from '../test/support/word-paragraphs.js';

const decoder = new TextDecoder();

/**
 * The non-empty paragraphs of a .docx: the body's, then the footers' in order.
 * @param {Uint8Array} bytes
 * @returns {string[]}
 */
export function docxParagraphs(bytes) {
  const files = unzipSync(bytes);
  return textPartNames(Object.keys(files))
    .flatMap((name) => wordParagraphs(decoder.decode(files[name])))
    .filter((text) => text.trim() !== '');
}
