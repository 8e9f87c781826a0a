import {
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  AlignmentType,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type IContext,
  type IFontAttributesProperties,
  type ILevelsOptions,
  type IXmlableObject,
  type INumberingOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';
import { docxAlignment } from './alignment.js';
import { keepXmlText } from './xmlable.js';
import type { DocumentMaker } from './lean-document.js';
import { matchReferenceStyles, referenceParagraphStyles } from './reference-styles.js';
import { rewritePart } from './rewrite-part.js';
import { scriptFonts, type ScriptFonts } from './script-fonts.js';
import { setSectionDirections } from './section-direction.js';
import { docxStyles, styleId } from './styles.js';
import { segmentText, type TextSegment } from './text-segments.js';
import { pixels, twips } from './units.js';

const SECTIONS = 'chancery-sections';
const BULLETS = 'chancery-bullets';
const ORDERED = 'chancery-ordered';

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

// The font a run needs beyond the document's defaults: its script's font in that script's slot.
function runFont(segment: TextSegment, fonts: ScriptFonts): IFontAttributesProperties | undefined {
  if (segment.script === undefined) return undefined;
  const found = fonts.fontOf(segment.script);
  // Word decides by a hint which slot punctuation shared with Chinese text takes.
  const hint =
    (found?.slot ?? (segment.script === 'Hani' ? 'eastAsian' : undefined)) === 'eastAsian';
  const hints = hint ? { hint: 'eastAsia' } : {};
  if (found === undefined || found.font === fonts.defaults[found.slot]) {
    return hint ? hints : undefined;
  }
  switch (found.slot) {
    case 'latin':
      return { ascii: found.font, hAnsi: found.font };
    case 'eastAsian':
      return { eastAsia: found.font, ...hints };
    case 'complex':
      return { cs: found.font };
  }
}

// docx fills `{key}` placeholders (list and image ids) by searching the whole XML, so text that
// reads "{chancery-bullets-1}" would turn into a number. Ending a text element after each "{"
// puts markup between the braces, which no placeholder key contains.
const AFTER_OPENING_BRACE = /(?<=\{)/;

// Word shows a tab only as its own element, and a line break as a break: never inside the text.
function textRuns(
  value: string,
  style: RunStyle,
  rightToLeft: boolean,
  fonts: ScriptFonts,
): TextRun[] {
  return segmentText(value, { rightToLeft, scripts: fonts.scripts }).map((segment) => {
    const children: (string | Tab)[] = [];
    segment.text.split('\t').forEach((part, index) => {
      if (index > 0) children.push(new Tab());
      for (const piece of part.split(AFTER_OPENING_BRACE)) if (piece !== '') children.push(piece);
    });
    const font = runFont(segment, fonts);
    return new TextRun({
      ...style,
      ...(segment.rightToLeft ? { rightToLeft: true } : {}),
      ...(font === undefined ? {} : { font }),
      children,
    });
  });
}

function inlineRuns(
  nodes: readonly InlineNode[],
  style: RunStyle,
  rightToLeft: boolean,
  fonts: ScriptFonts,
): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        return textRuns(node.value, style, rightToLeft, fonts);
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'strong':
        return inlineRuns(node.children, { ...style, bold: true }, rightToLeft, fonts);
      case 'emphasis':
        return inlineRuns(node.children, { ...style, italics: true }, rightToLeft, fonts);
    }
  });
}

function level(
  index: number,
  format: NonNullable<ILevelsOptions['format']>,
  text: string,
  start = 1,
): ILevelsOptions {
  return {
    level: index,
    format,
    text,
    start,
    alignment: AlignmentType.START,
    suffix: LevelSuffix.SPACE,
  };
}

/**
 * A paragraph whose XML docx writes once for all the documents of a batch: built and formatted by
 * docx the first time, then given back as it was. Only paragraphs that touch nothing else of the
 * file (no list numbering, no image) are kept, so the file's state is the same either way.
 */
class RememberedParagraph extends Paragraph {
  constructor(
    private readonly key: string,
    private readonly cache: Map<string, unknown>,
    private readonly build: () => Paragraph,
  ) {
    // A paragraph of its own kind, so that it goes wherever one may; what it writes is below.
    super({});
  }

  /** The paragraph itself, built: what a section's last paragraph must be (see bodyBlocks). */
  built(): Paragraph {
    return this.build();
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const known = this.cache.get(this.key) as IXmlableObject | undefined;
    if (known !== undefined) return known;
    const written = this.build().prepForXml(context);
    if (written !== undefined) this.cache.set(this.key, keepXmlText(written));
    return written;
  }
}

class DocxBlockWriter {
  /** The first number of each ordered list written. */
  readonly orderedStarts = new Set<number>();
  /** Whether section headings and bulleted lists were written: their numbering is defined then. */
  usesSections = false;
  usesBullets = false;

  constructor(
    private readonly sectionInstance: number,
    private readonly rightToLeft: boolean,
    private readonly fonts: ScriptFonts,
    private readonly nextListInstance: () => number,
    private readonly styleId: (name: string) => string,
    private readonly cache?: Map<string, unknown>,
    /** What else, besides the block, decides a paragraph's XML: the fonts and style ids. */
    private readonly cacheContext = '',
  ) {}

  private runs(nodes: readonly InlineNode[]): TextRun[] {
    return inlineRuns(nodes, {}, this.rightToLeft, this.fonts);
  }

  private remembered(block: BlockNode, quoteDepth: number, build: () => Paragraph): Paragraph {
    if (this.cache === undefined) return build();
    const key = `docx\u0000${this.cacheContext}\u0000${String(this.rightToLeft)}\u0000${quoteDepth}\u0000${JSON.stringify(block)}`;
    return new RememberedParagraph(key, this.cache, build);
  }

  blocks(blocks: readonly BlockNode[], quoteDepth = 0): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, quoteDepth));
  }

  /** Blocks for a document's body, where paragraphs may be remembered across a batch. */
  bodyBlocks(blocks: readonly BlockNode[]): Paragraph[] {
    const children = this.rememberedBlocks(blocks);
    // docx writes a section's properties into the paragraph the section ends with, whatever
    // blocks that write nothing come after it: that one is built, never remembered.
    const last = children.at(-1);
    if (last instanceof RememberedParagraph) children[children.length - 1] = last.built();
    return children;
  }

  /**
   * Blocks whose paragraphs may be remembered across a batch: a footer's (a batch's notes mostly
   * share their footers), and a body's but the last.
   */
  rememberedBlocks(blocks: readonly BlockNode[]): Paragraph[] {
    return blocks.flatMap((block): Paragraph[] =>
      block.type === 'paragraph'
        ? [this.remembered(block, 0, () => this.block(block, 0)[0] ?? new Paragraph({}))]
        : this.block(block, 0),
    );
  }

  private block(block: BlockNode, quoteDepth: number): Paragraph[] {
    const bidirectional = this.rightToLeft ? { bidirectional: true } : {};
    const quoteIndent = quoteDepth > 0 ? { indent: { start: twips(36 * quoteDepth) } } : {};
    switch (block.type) {
      case 'paragraph':
        return [
          new Paragraph({
            style: this.styleId(block.style),
            ...bidirectional,
            ...quoteIndent,
            ...(block.align === undefined
              ? {}
              : { alignment: docxAlignment(block.align, this.rightToLeft) }),
            ...(block.keepWithNext === true ? { keepNext: true } : {}),
            children: this.runs(block.children),
          }),
        ];
      case 'heading':
        if (block.numbered) this.usesSections = true;
        return [
          new Paragraph({
            style: this.styleId(block.style),
            ...bidirectional,
            keepNext: true,
            ...(block.numbered
              ? {
                  numbering: {
                    reference: SECTIONS,
                    level: block.depth - 1,
                    instance: this.sectionInstance,
                    custom: true,
                  },
                }
              : {}),
            children: this.runs(block.children),
          }),
        ];
      case 'list': {
        const reference = block.ordered ? `${ORDERED}-${block.start}` : BULLETS;
        if (block.ordered) this.orderedStarts.add(block.start);
        else this.usesBullets = true;
        const instance = this.nextListInstance();
        return block.children.flatMap((item) =>
          item.children.flatMap((child, index) => {
            if (index === 0 && child.type === 'paragraph') {
              return [
                new Paragraph({
                  style: this.styleId(child.style),
                  ...bidirectional,
                  numbering: { reference, level: Math.min(quoteDepth, 8), instance },
                  children: this.runs(child.children),
                }),
              ];
            }
            return this.block(child, quoteDepth + 1);
          }),
        );
      }
      case 'blockquote':
        return this.blocks(block.children, quoteDepth + 1);
      case 'space':
        return Array.from(
          { length: block.lines },
          () =>
            new Paragraph({ style: 'Normal', ...bidirectional, spacing: { before: 0, after: 0 } }),
        );
      case 'image':
        return [
          new Paragraph({
            ...bidirectional,
            alignment: docxAlignment(block.align, this.rightToLeft),
            // Single spacing, stated as such: LibreOffice reads the style's bare w:line as an
            // exact height, which would clip the image to one line.
            spacing: { line: 240, lineRule: LineRuleType.AUTO },
            children: [
              new ImageRun({
                type: block.format,
                data: block.data,
                transformation: { width: pixels(block.width), height: pixels(block.height) },
                altText: {
                  name: block.description || 'image',
                  description: block.description,
                  title: block.description,
                },
              }),
            ],
          }),
        ];
    }
  }
}

// Only the numberings a tree uses are defined: docx builds and writes every level of each.
function numbering(
  orderedStarts: ReadonlySet<number>,
  uses: { readonly sections: boolean; readonly bullets: boolean },
): INumberingOptions {
  return {
    config: [
      ...(uses.sections
        ? [
            {
              reference: SECTIONS,
              levels: [
                level(0, LevelFormat.DECIMAL, '%1.'),
                level(1, LevelFormat.DECIMAL, '%1.%2.'),
                level(2, LevelFormat.DECIMAL, '%1.%2.%3.'),
              ],
            },
          ]
        : []),
      ...(uses.bullets
        ? [
            {
              reference: BULLETS,
              levels: Array.from({ length: 9 }, (_, index) => ({
                ...level(index, LevelFormat.BULLET, index % 2 === 0 ? '\u2022' : '\u2013'),
                suffix: LevelSuffix.TAB,
                style: {
                  paragraph: { indent: { start: twips(18 * (index + 1)), hanging: twips(18) } },
                },
              })),
            },
          ]
        : []),
      ...[...orderedStarts].map((start) => ({
        reference: `${ORDERED}-${start}`,
        levels: Array.from({ length: 9 }, (_, index) => ({
          ...level(index, LevelFormat.DECIMAL, `%${index + 1}.`, index === 0 ? start : 1),
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { start: twips(18 * (index + 1)), hanging: twips(18) } } },
        })),
      })),
    ],
  };
}

/** How a .docx is written besides the tree. */
export interface DocxOptions {
  /**
   * The styles part (`word/styles.xml`) of a reference document, whose styles and document
   * defaults win over the format's, as pandoc's reference doc does; the format's styles that it
   * lacks are added.
   */
  readonly referenceStyles?: string;
}

/** How {@link docxDocument} builds a `Document`. */
export interface DocxDocumentOptions extends DocxOptions {
  /** `false` leaves the styles out, for a writer that has the styles part already. */
  readonly styles?: boolean;
  /** Paragraphs already written, shared by the documents of a batch. */
  readonly cache?: Map<string, unknown>;
  /** Builds the `Document` (default: docx's constructor). */
  readonly make?: DocumentMaker;
}

interface FileStyles {
  readonly fonts: ScriptFonts;
  /** The Word style id of each of the format's styles. */
  readonly ids: (name: string) => string;
  /** The format's styles that a reference document has, with its ids for them. */
  readonly matched: ReadonlyMap<string, string> | undefined;
  /** Names what decides the paragraphs' XML besides the tree, in keys of a shared cache. */
  readonly cacheContext: string;
}

// By the format's fonts (one object per format), the language and the reference styles: the
// reference styles part is read once, not for every document.
const knownFileStyles = new WeakMap<object, Map<string, FileStyles>>();
let fileStylesCount = 0;

function fileStyles(tree: RootNode, referenceStyles: string | undefined): FileStyles {
  const language = documentLanguage(tree);
  let byKey = knownFileStyles.get(tree.fonts);
  if (byKey === undefined) {
    byKey = new Map();
    knownFileStyles.set(tree.fonts, byKey);
  }
  const key = `${language}\u0000${referenceStyles ?? ''}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const fonts = scriptFonts(tree.fonts, language);
  const matched =
    referenceStyles === undefined
      ? undefined
      : matchReferenceStyles(
          Object.keys(tree.styles),
          referenceParagraphStyles(referenceStyles),
          styleId,
        );
  const found: FileStyles = {
    fonts,
    ids: matched === undefined ? styleId : (name) => matched.get(name) ?? styleId(name),
    matched,
    cacheContext: String(++fileStylesCount),
  };
  byKey.set(key, found);
  return found;
}

/**
 * Builds the docx package's `Document` for a tree: each document a section that starts on a new
 * page, with its own first-page footer; section headings numbered by Word's multi-level
 * numbering, restarted for each document; the format's styles as Word styles (or a reference
 * document's, see {@link DocxOptions}; left out when the caller has the styles part already),
 * with a font for each script. A right-to-left document has its paragraphs and Arabic runs
 * marked right to left, Latin text inside it in runs of its own; text in a script with a font of
 * its own (a Khmer motto, Chinese) gets that font in the slot Word reads for it. The sections'
 * own direction is not the docx package's to write: see {@link sectionDirections}.
 *
 * @example
 * ```ts
 * const bytes = await Packer.toArrayBuffer(docxDocument(tree));
 * ```
 */
export function docxDocument(tree: RootNode, options: DocxDocumentOptions = {}): Document {
  // The styles, and so the default fonts and language, are the whole file's: the first document's.
  const language = documentLanguage(tree);
  const { fonts, ids, matched, cacheContext } = fileStyles(tree, options.referenceStyles);
  let styles: IStylesOptions | undefined;
  let externalStyles: { externalStyles: string } | undefined;
  if (options.styles === false) {
    styles = undefined;
  } else if (options.referenceStyles === undefined || matched === undefined) {
    styles = docxStyles(tree.styles, fonts, language);
  } else {
    externalStyles = { externalStyles: options.referenceStyles };
    // The reference's document defaults and styles stay; the format's fill in those it lacks.
    const { paragraphStyles = [] } = docxStyles(
      tree.styles,
      fonts,
      language,
      ids,
      new Set(matched.keys()),
    );
    styles = { paragraphStyles };
  }
  let listInstances = 0;
  const orderedStarts = new Set<number>();
  const uses = { sections: false, bullets: false };
  const sections = tree.children.map((document: DocumentNode, index): ISectionOptions => {
    const writer = new DocxBlockWriter(
      index + 1,
      document.direction === 'rtl',
      fonts,
      () => ++listInstances,
      ids,
      options.cache,
      cacheContext,
    );
    const children = writer.bodyBlocks(document.children);
    const footer = (blocks: readonly BlockNode[] | undefined): Footer =>
      new Footer({ children: writer.rememberedBlocks(blocks ?? []) });
    const first = footer(document.footers.first);
    const other = footer(document.footers.other);
    for (const start of writer.orderedStarts) orderedStarts.add(start);
    uses.sections ||= writer.usesSections;
    uses.bullets ||= writer.usesBullets;
    const { page } = tree;
    return {
      properties: {
        titlePage: true,
        page: {
          size: { width: twips(page.width), height: twips(page.height) },
          margin: {
            top: twips(page.margins.top),
            right: twips(page.margins.right),
            bottom: twips(page.margins.bottom),
            left: twips(page.margins.left),
            header: twips(page.margins.header),
            footer: twips(page.margins.footer),
          },
        },
      },
      // Both footers always, so that no section inherits the one before it.
      footers: { first, default: other },
      children,
    };
  });
  return (options.make ?? ((documentOptions) => new Document(documentOptions)))({
    creator: 'chancery',
    title: tree.children.map((document) => document.kind).join(', '),
    ...externalStyles,
    ...(styles === undefined ? {} : { styles }),
    numbering: numbering(orderedStarts, uses),
    sections,
  });
}

/**
 * The language the styles declare: the first document's.
 *
 * @example
 * ```ts
 * documentLanguage(composition.tree); // 'en-US'
 * ```
 */
export function documentLanguage(tree: RootNode): string {
  return tree.children[0]?.language ?? 'en';
}

/**
 * Whether each section of the tree, in order, is right to left: what
 * {@link setSectionDirections} writes into the document part. `undefined` when none is, and the
 * part stays as docx writes it.
 *
 * @example
 * ```ts
 * sectionDirections(arabicTree); // [true, true]
 * ```
 */
export function sectionDirections(tree: RootNode): boolean[] | undefined {
  const directions = tree.children.map((document) => document.direction === 'rtl');
  return directions.includes(true) ? directions : undefined;
}

/**
 * Writes the document tree as a Word (.docx) file with the docx package's own `Packer`: every
 * part compiled and zipped anew, then the sections' directions written into the document part
 * and the package zipped again. {@link createDocxWriter} writes the same parts faster; this is
 * the reference its tests compare with, and what it falls back on.
 *
 * @example
 * ```ts
 * const bytes = await writeDocxWithPacker(composition.tree);
 * ```
 */
export async function writeDocxWithPacker(
  tree: RootNode,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(docxDocument(tree, options)));
  const directions = sectionDirections(tree);
  if (directions === undefined) return bytes;
  return rewritePart(bytes, 'word/document.xml', (xml) => setSectionDirections(xml, directions));
}
