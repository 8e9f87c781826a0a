import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { textPartNames, wordParagraphs } from './word-paragraphs.js';

/** Every part of a .docx, unzipped by an independent reader, with its XML parsed. */
export interface DocxParts {
  readonly names: readonly string[];
  /** The text of a part, such as `word/document.xml`. */
  text(name: string): string;
  /** A part parsed into objects, attributes prefixed with `@_`, element order kept. */
  parsed(name: string): unknown[];
}

// Text stays text: without parseTagValue: false, "007" in a run would read back as the number 7.
const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
});

// saxes is a conforming XML 1.0 parser: it rejects what Word would call unreadable content.
function assertWellFormed(text: string, name: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new Error(`${name} is not well-formed XML: ${error.message}`);
  });
  parser.write(text).close();
}

/**
 * Unzips a .docx with fflate and checks that every XML part is well-formed with saxes, then
 * parses it with fast-xml-parser: a writer bug that corrupts a part fails here, whatever our own writer thinks.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = new Map<string, string>();
  for (const [name, content] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = decoder.decode(content);
    assertWellFormed(text, name);
    texts.set(name, text);
  }
  return {
    names: Object.keys(files),
    text: (name) => {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`no XML part ${name}`);
      return text;
    },
    parsed: (name) => parser.parse(texts.get(name) ?? '') as unknown[],
  };
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Finds every element with the given name, depth first, in a part parsed with `preserveOrder`. */
export function findElements(nodes: unknown, name: string): OrderedNode[] {
  const found: OrderedNode[] = [];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    for (const node of value as OrderedNode[]) {
      for (const [key, children] of Object.entries(node)) {
        if (key === ':@') continue;
        if (key === name) found.push(node);
        visit(children);
      }
    }
  };
  visit(nodes);
  return found;
}

/** The value of an attribute of an element found with {@link findElements}. */
export function attribute(node: OrderedNode, name: string): string | undefined {
  return node[':@']?.[`@_${name}`];
}

/** The text of the `w:t` elements below a node, joined, as Word would show it (tabs as `\t`). */
export function wordText(node: unknown): string {
  let text = '';
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    for (const child of value as OrderedNode[]) {
      for (const [key, children] of Object.entries(child)) {
        if (key === ':@') continue;
        if (key === 'w:t') {
          for (const part of children as { '#text'?: string | number }[])
            text += String(part['#text'] ?? '');
        } else if (key === 'w:tab') text += '\t';
        else if (key === 'w:br') text += '\n';
        else visit(children);
      }
    }
  };
  visit(Array.isArray(node) ? node : [node]);
  return text;
}

/** The paragraphs (`w:p`) of a part, as the text each holds. */
export function paragraphTexts(parsed: unknown[]): string[] {
  return findElements(parsed, 'w:p').map((paragraph) => wordText(paragraph['w:p']));
}

/** The paragraphs of a .docx: the body's, then each footer's, in the order of their parts. */
export function docxParagraphs(parts: DocxParts): string[] {
  return textPartNames(parts.names).flatMap((name) => wordParagraphs(parts.text(name)));
}
