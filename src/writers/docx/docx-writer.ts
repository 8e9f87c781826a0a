import type { Document, IContext, IXmlableObject } from 'docx';
import { deflateSync, unzipSync } from 'fflate';
import type { RootNode } from '../../tree/types.js';
import { docxDocument, documentLanguage, writeDocxWithPacker } from './write-docx.js';
import { xmlOf } from './xmlable.js';
import { zipArchive, zipEntry, type Deflate, type ZipEntry } from './zip-archive.js';

/** How a docx writer compresses. */
export interface DocxWriterOptions {
  /**
   * Raw deflate for the parts. The default is fflate's, which runs anywhere; in Node, chancery's
   * main entry passes `zlib`'s, which is faster.
   */
  readonly deflate?: Deflate;
}

/** What one writing may share with others. */
export interface DocxWriteOptions {
  /**
   * Paragraphs already written, shared by the documents of a batch (the same map for all):
   * a paragraph found there is not built and formatted again.
   */
  readonly cache?: Map<string, unknown>;
}

/** Writes document trees as .docx files. */
export type DocxWriter = (tree: RootNode, options?: DocxWriteOptions) => Promise<Uint8Array>;

// The parts that depend only on the format (its styles, fonts and language), never on what a
// document says: written once by docx's Packer, compressed once, then reused.
const FORMAT_PARTS = [
  'word/styles.xml',
  '_rels/.rels',
  'docProps/custom.xml',
  'docProps/app.xml',
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/theme/theme1.xml',
] as const;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// docx writes `{key}` where it does not yet know a list's or an image's id.
const PLACEHOLDER = /\{([^{}]+)\}/g;

interface FormatFrame {
  readonly fonts: RootNode['fonts'];
  readonly entries: readonly ZipEntry[];
}

const encoder = new TextEncoder();

type ViewWrapper = IContext['viewWrapper'];

function fillPlaceholders(xml: string, values: ReadonlyMap<string, string>): string {
  return values.size === 0
    ? xml
    : xml.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder);
}

function placeholdersIn(xml: string): Set<string> {
  return new Set(Array.from(xml.matchAll(PLACEHOLDER), (match) => match[1] ?? ''));
}

function listKey(reference: string, instance: number, restartedListId?: number): string {
  return restartedListId === undefined
    ? `${reference}-${instance}`
    : `${reference}-restart ${restartedListId}`;
}

class FooterImages extends Error {}

// Writes the parts that change from one document to the next, with docx's own components:
// the body, the footers, the lists, the relationships, the content types and the properties.
function documentParts(file: Document): [string, string | Uint8Array][] {
  const context = (viewWrapper: ViewWrapper): IContext => ({ file, viewWrapper, stack: [] });
  const format = (
    component: { prepForXml(context: IContext): IXmlableObject | undefined },
    wrapper: ViewWrapper,
    standalone: boolean,
  ): string => {
    const data = component.prepForXml(context(wrapper));
    if (data === undefined) throw new Error('a docx component wrote nothing');
    return xmlOf(data, standalone);
  };
  const main = file.Document;
  const body = format(main.View, main, true);
  const footers = file.Footers.map((footer) => {
    const xml = format(footer.View, footer, false);
    if (file.Media.Entries.some(([key]) => placeholdersIn(xml).has(key))) throw new FooterImages();
    return { xml, relationships: format(footer.Relationships, footer, false) };
  });
  const numberIds = new Map(
    file.Numbering.ConcreteNumbering.map((numbering) => [
      listKey(numbering.reference, numbering.instance, numbering.restartedListId),
      String(numbering.numId),
    ]),
  );
  const used = placeholdersIn(body);
  const images = file.Media.Entries.filter(([key]) => used.has(key));
  const firstImageId = main.Relationships.RelationshipCount + 1;
  const values = new Map(numberIds);
  images.forEach(([key], index) => values.set(key, String(firstImageId + index)));
  const relationships = format(main.Relationships, main, false).replace(
    '</Relationships>',
    `${images
      .map(
        ([, image], index) =>
          `<Relationship Id="rId${firstImageId + index}" Type="${RELATIONSHIP}/image" Target="media/${image.fileName}"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${firstImageId + images.length}" Type="${RELATIONSHIP}/fontTable" Target="fontTable.xml"/></Relationships>`,
  );
  return [
    ['[Content_Types].xml', format(file.ContentTypes, main, false)],
    ['word/_rels/document.xml.rels', relationships],
    ['word/document.xml', fillPlaceholders(body, values)],
    ['docProps/core.xml', format(file.CoreProperties, main, true)],
    ...footers.flatMap(({ relationships: footerRelationships }, index): [string, string][] => [
      [`word/_rels/footer${index + 1}.xml.rels`, footerRelationships],
    ]),
    ...footers.map(({ xml }, index): [string, string] => [
      `word/footer${index + 1}.xml`,
      fillPlaceholders(xml, numberIds),
    ]),
    ['word/numbering.xml', format(file.Numbering, main, true)],
    ...file.Media.Array.map((image): [string, Uint8Array] => [
      `word/media/${image.fileName}`,
      typeof image.data === 'string'
        ? encoder.encode(image.data)
        : image.data instanceof Uint8Array
          ? image.data
          : new Uint8Array(image.data),
    ]),
  ];
}

/**
 * Creates a writer of .docx files that gives the same parts as docx's `Packer` (its tests
 * compare them) in a fraction of the time: the parts that depend only on the format are written
 * by `Packer` once per format and compressed once; for each document, docx's components write
 * only the parts that change, and those alone are compressed. A document whose footers hold
 * images is written by `Packer` whole.
 *
 * @example
 * ```ts
 * const write = createDocxWriter({ deflate: (bytes) => zlib.deflateRawSync(bytes) });
 * const bytes = await write(composition.tree);
 * ```
 */
export function createDocxWriter(options: DocxWriterOptions = {}): DocxWriter {
  const deflate: Deflate = options.deflate ?? ((bytes) => deflateSync(bytes, { level: 6 }));
  // Frames by the format's styles object, then by language.
  const frames = new WeakMap<object, Map<string, FormatFrame>>();

  const frameFor = async (tree: RootNode): Promise<FormatFrame> => {
    const language = documentLanguage(tree);
    let byLanguage = frames.get(tree.styles);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      frames.set(tree.styles, byLanguage);
    }
    const known = byLanguage.get(language);
    if (known !== undefined && known.fonts === tree.fonts) return known;
    const parts = unzipSync(await writeDocxWithPacker(tree), {
      filter: (file) => (FORMAT_PARTS as readonly string[]).includes(file.name),
    });
    const entries = FORMAT_PARTS.map((name) => {
      const bytes = parts[name];
      if (bytes === undefined) throw new Error(`docx wrote no ${name}`);
      return zipEntry(name, bytes, deflate);
    });
    const frame = { fonts: tree.fonts, entries };
    byLanguage.set(language, frame);
    return frame;
  };

  return async (tree, writeOptions = {}) => {
    const frame = await frameFor(tree);
    let parts: [string, string | Uint8Array][];
    try {
      parts = documentParts(
        docxDocument(tree, {
          styles: false,
          ...(writeOptions.cache === undefined ? {} : { cache: writeOptions.cache }),
        }),
      );
    } catch (error) {
      if (error instanceof FooterImages) return writeDocxWithPacker(tree);
      throw error;
    }
    const { cache } = writeOptions;
    const entries = parts.map(([name, content]) => {
      if (typeof content !== 'string') return zipEntry(name, content, deflate);
      // In a batch, many parts come out the same (footers, lists, relationships): compress once.
      const key = `zip\u0000${name}\u0000${content}`;
      const known = cache?.get(key) as ZipEntry | undefined;
      if (known !== undefined) return known;
      const entry = zipEntry(name, encoder.encode(content), deflate);
      cache?.set(key, entry);
      return entry;
    });
    const [contentTypes, ...rest] = entries;
    return zipArchive([
      ...(contentTypes === undefined ? [] : [contentTypes]),
      ...rest,
      ...frame.entries,
    ]);
  };
}

let defaultWriter: DocxWriter | undefined;

/**
 * Writes the document tree as a Word (.docx) file. Each document becomes a section that starts
 * on a new page, with its own first-page footer; section headings use Word's multi-level
 * numbering, restarted for each document; the format's styles become Word styles, with a font
 * for each script. Uses a shared {@link createDocxWriter} with the default compression.
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(composition.tree);
 * await writeFile('reply.docx', bytes);
 * ```
 */
export function writeDocx(tree: RootNode): Promise<Uint8Array> {
  defaultWriter ??= createDocxWriter();
  return defaultWriter(tree);
}
