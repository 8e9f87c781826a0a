import type { Document, IContext, IXmlableObject } from 'docx';
import { deflateSync } from 'fflate';
import type { RootNode } from '../../tree/types.js';
import { leanDocumentMaker } from './lean-document.js';
import { setSectionDirections } from './section-direction.js';
import {
  docxDocument,
  documentLanguage,
  sectionDirections,
  writeDocxWithPacker,
  type DocxOptions,
} from './write-docx.js';
import { recordedCalls } from './recorded-calls.js';
import { xmlOf } from './xmlable.js';
import { zipArchive, zipEntry, type Deflate, type ZipEntry } from './zip-archive.js';

/** How a docx writer compresses, and what it has been given already written. */
export interface DocxWriterOptions {
  /**
   * Raw deflate for the parts. The default is fflate's, which runs anywhere; in Node, chancery's
   * main entry passes `zlib`'s, which is faster.
   */
  readonly deflate?: Deflate;
  /**
   * Parts written ahead by {@link writeDocxFormatParts} (chancery's build writes those of the
   * built-in formats): a document whose styles, fonts and language are those of one of them
   * takes its parts instead of writing and compressing them again. Parts are matched by what
   * they were written from, never by a format's name.
   */
  readonly formatParts?: readonly DocxFormatParts[];
}

/**
 * The parts of a .docx that depend only on the format's styles and fonts and on the document's
 * language (styles, settings, theme, font table, properties that never change), compressed.
 */
export interface DocxFormatParts {
  /** What they were written from: {@link docxFormatPartsKey} of the styles, fonts and language. */
  readonly key: string;
  readonly entries: readonly ZipEntry[];
}

/** What one writing may share with others, and the reference styles of its format. */
export interface DocxWriteOptions extends DocxOptions {
  /**
   * Paragraphs already written, shared by the documents of a batch (the same map for all):
   * a paragraph found there is not built and formatted again.
   */
  readonly cache?: Map<string, unknown>;
}

/** Writes document trees as .docx files. */
export type DocxWriter = (tree: RootNode, options?: DocxWriteOptions) => Promise<Uint8Array>;

// The parts that depend only on the format (its styles, fonts and language), never on what a
// document says: written once per format and compressed once, then reused. Each is written as
// docx's Packer writes it (the tests compare), by the docx component that holds it.
const FORMAT_PARTS: readonly {
  readonly name: string;
  readonly standalone: boolean;
  readonly part: (file: Document) => [Component, ViewWrapper];
}[] = [
  { name: 'word/styles.xml', standalone: true, part: (file) => [file.Styles, file.Document] },
  {
    name: '_rels/.rels',
    standalone: false,
    part: (file) => [file.FileRelationships, file.Document],
  },
  {
    name: 'docProps/custom.xml',
    standalone: true,
    part: (file) => [file.CustomProperties, file.Document],
  },
  {
    name: 'docProps/app.xml',
    standalone: true,
    part: (file) => [file.AppProperties, file.Document],
  },
  {
    name: 'word/footnotes.xml',
    standalone: true,
    part: (file) => [file.FootNotes.View, file.FootNotes],
  },
  {
    name: 'word/_rels/footnotes.xml.rels',
    standalone: false,
    part: (file) => [file.FootNotes.Relationships, file.FootNotes],
  },
  {
    name: 'word/endnotes.xml',
    standalone: false,
    part: (file) => [file.Endnotes.View, file.Endnotes],
  },
  {
    name: 'word/_rels/endnotes.xml.rels',
    standalone: false,
    part: (file) => [file.Endnotes.Relationships, file.Endnotes],
  },
  { name: 'word/settings.xml', standalone: true, part: (file) => [file.Settings, file.Document] },
  {
    name: 'word/fontTable.xml',
    standalone: true,
    part: (file) => [file.FontTable.View, file.Document],
  },
  {
    name: 'word/_rels/fontTable.xml.rels',
    standalone: false,
    part: (file) => [file.FontTable.Relationships, file.Document],
  },
  { name: 'word/theme/theme1.xml', standalone: true, part: (file) => [file.Theme, file.Document] },
];

// Parts that documents of a batch often share, worth remembering compressed, and how many
// versions of each to remember.
const PART_VERSIONS = 4;
const SHARED_PARTS = /^(\[Content_Types\]\.xml|word\/(_rels\/.*|footer\d+\.xml|numbering\.xml))$/;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// docx writes `{key}` where it does not yet know a list's or an image's id.
const PLACEHOLDER = /\{([^{}]+)\}/g;

interface FormatFrame {
  readonly fonts: RootNode['fonts'];
  readonly referenceStyles: string | undefined;
  readonly entries: readonly ZipEntry[];
}

const encoder = new TextEncoder();

type ViewWrapper = IContext['viewWrapper'];

interface Component {
  prepForXml(context: IContext): IXmlableObject | undefined;
}

function formatPart(
  file: Document,
  component: Component,
  wrapper: ViewWrapper,
  standalone: boolean,
): string {
  const data = component.prepForXml({ file, viewWrapper: wrapper, stack: [] });
  if (data === undefined) throw new Error('a docx component wrote nothing');
  return xmlOf(data, standalone);
}

function fillPlaceholders(xml: string, values: ReadonlyMap<string, string>): string {
  return values.size === 0
    ? xml
    : xml.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder);
}

function placeholdersIn(xml: string): Set<string> {
  return new Set(Array.from(xml.matchAll(PLACEHOLDER), (match) => match[1] ?? ''));
}

/**
 * What the format parts of a .docx are written from, as one string: two sets of parts with the
 * same key hold the same XML.
 *
 * @example
 * ```ts
 * const key = docxFormatPartsKey(tree.styles, tree.fonts, 'fr');
 * ```
 */
export function docxFormatPartsKey(
  styles: RootNode['styles'],
  fonts: RootNode['fonts'],
  language: string,
): string {
  return JSON.stringify([language, fonts, styles]);
}

function formatEntries(
  styles: RootNode['styles'],
  fonts: RootNode['fonts'],
  language: string,
  referenceStyles: string | undefined,
  deflate: Deflate,
): ZipEntry[] {
  // A document with nothing in it: these parts take nothing from what a document says.
  const tree: RootNode = {
    type: 'root',
    page: {
      width: 0,
      height: 0,
      margins: { top: 0, right: 0, bottom: 0, left: 0, header: 0, footer: 0 },
    },
    fonts,
    styles,
    children: [
      { type: 'document', kind: '', language, direction: 'ltr', children: [], footers: {} },
    ],
  };
  const file = docxDocument(tree, referenceStyles === undefined ? {} : { referenceStyles });
  return FORMAT_PARTS.map(({ name, standalone, part }) => {
    const [component, wrapper] = part(file);
    return zipEntry(
      name,
      encoder.encode(formatPart(file, component, wrapper, standalone)),
      deflate,
    );
  });
}

/**
 * Writes and compresses the parts of a .docx that depend only on a format's styles and fonts
 * and on the language, for a writer to take later ({@link DocxWriterOptions.formatParts}), as
 * chancery's build does for the built-in formats.
 *
 * @example
 * ```ts
 * const parts = writeDocxFormatParts(format.styles, format.fonts, 'ar', nodeDeflate);
 * const write = createDocxWriter({ deflate: nodeDeflate, formatParts: [parts] });
 * ```
 */
export function writeDocxFormatParts(
  styles: RootNode['styles'],
  fonts: RootNode['fonts'],
  language: string,
  deflate: Deflate,
): DocxFormatParts {
  return {
    key: docxFormatPartsKey(styles, fonts, language),
    entries: formatEntries(styles, fonts, language, undefined, deflate),
  };
}

function listKey(reference: string, instance: number, restartedListId?: number): string {
  return restartedListId === undefined
    ? `${reference}-${instance}`
    : `${reference}-restart ${restartedListId}`;
}

class FooterImages extends Error {}

// Writes the parts that change from one document to the next, with docx's own components:
// the body, the footers, the lists, the relationships, the content types and the properties.
function documentParts(
  file: Document,
  directions: readonly boolean[] | undefined,
  cache: Map<string, unknown> | undefined,
): [string, string | Uint8Array][] {
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
  // A part whose component was built from the same options and given the same calls as one
  // written before in the batch holds the same: its text is taken again.
  const formatOnce = (
    name: string,
    component: { prepForXml(context: IContext): IXmlableObject | undefined },
    wrapper: ViewWrapper,
    standalone: boolean,
  ): string => {
    const calls = cache === undefined ? undefined : recordedCalls(component);
    if (cache === undefined || calls === undefined) return format(component, wrapper, standalone);
    const key = `part\u0000${name}\u0000${calls}`;
    const known = cache.get(key);
    if (typeof known === 'string') return known;
    const xml = format(component, wrapper, standalone);
    cache.set(key, xml);
    return xml;
  };
  const main = file.Document;
  const written = format(main.View, main, true);
  // The sections' directions, which docx cannot write, go into the part as it is written.
  const body = directions === undefined ? written : setSectionDirections(written, directions);
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
  const relationships = formatOnce(
    'word/_rels/document.xml.rels',
    main.Relationships,
    main,
    false,
  ).replace(
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
    ['[Content_Types].xml', formatOnce('[Content_Types].xml', file.ContentTypes, main, false)],
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
    ['word/numbering.xml', formatOnce('word/numbering.xml', file.Numbering, main, true)],
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
 * once per format and compressed once; for each document, docx's components write
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
  const make = leanDocumentMaker();
  const written = new Map((options.formatParts ?? []).map((parts) => [parts.key, parts.entries]));

  const frameFor = (tree: RootNode, referenceStyles: string | undefined): FormatFrame => {
    const language = documentLanguage(tree);
    let byLanguage = frames.get(tree.styles);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      frames.set(tree.styles, byLanguage);
    }
    const known = byLanguage.get(language);
    if (
      known !== undefined &&
      known.fonts === tree.fonts &&
      known.referenceStyles === referenceStyles
    )
      return known;
    const entries =
      (referenceStyles === undefined && written.size > 0
        ? written.get(docxFormatPartsKey(tree.styles, tree.fonts, language))
        : undefined) ?? formatEntries(tree.styles, tree.fonts, language, referenceStyles, deflate);
    const frame = { fonts: tree.fonts, referenceStyles, entries };
    byLanguage.set(language, frame);
    return frame;
  };

  return async (tree, writeOptions = {}) => {
    const { referenceStyles } = writeOptions;
    const reference = referenceStyles === undefined ? {} : { referenceStyles };
    const frame = frameFor(tree, referenceStyles);
    let parts: [string, string | Uint8Array][];
    try {
      parts = documentParts(
        docxDocument(tree, {
          ...reference,
          styles: false,
          make,
          ...(writeOptions.cache === undefined ? {} : { cache: writeOptions.cache }),
        }),
        sectionDirections(tree),
        writeOptions.cache,
      );
    } catch (error) {
      if (error instanceof FooterImages) return writeDocxWithPacker(tree, reference);
      throw error;
    }
    const { cache } = writeOptions;
    const entries = parts.map(([name, content]) => {
      // The body and the properties (which hold the time) differ in every document.
      if (typeof content !== 'string' || !SHARED_PARTS.test(name))
        return zipEntry(
          name,
          typeof content === 'string' ? encoder.encode(content) : content,
          deflate,
        );
      // In a batch, many parts come out the same (footers, lists, relationships): compress once.
      // The last few versions of each part are kept and compared whole, which is faster than
      // hashing the text as a key.
      const key = `zip\u0000${name}`;
      const known = cache?.get(key) as { content: string; entry: ZipEntry }[] | undefined;
      const same = known?.find((version) => version.content === content);
      if (same !== undefined) return same.entry;
      const entry = zipEntry(name, encoder.encode(content), deflate);
      if (cache !== undefined) {
        const versions = known ?? [];
        if (versions.length >= PART_VERSIONS) versions.shift();
        versions.push({ content, entry });
        cache.set(key, versions);
      }
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
 * for each script (or come from a reference document's styles, see {@link DocxOptions}). A
 * right-to-left document has its section, paragraphs and Arabic runs marked right to left, Latin
 * text inside it in runs of its own; text in a script with a font of its own (a Khmer motto,
 * Chinese) gets that font in the slot Word reads for it. Uses a shared {@link createDocxWriter}
 * with the default compression.
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(composition.tree);
 * await writeFile('reply.docx', bytes);
 * ```
 */
export function writeDocx(tree: RootNode, options: DocxOptions = {}): Promise<Uint8Array> {
  defaultWriter ??= createDocxWriter();
  return defaultWriter(tree, options);
}
