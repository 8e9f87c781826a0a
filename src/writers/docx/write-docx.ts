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
  type IFontAttributesProperties,
  type ILevelsOptions,
  type INumberingOptions,
  type ISectionOptions,
} from 'docx';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';
import { docxAlignment } from './alignment.js';
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
      if (part !== '') children.push(part);
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

class DocxBlockWriter {
  readonly orderedStarts = new Set<number>();

  constructor(
    private readonly sectionInstance: number,
    private readonly rightToLeft: boolean,
    private readonly fonts: ScriptFonts,
    private readonly nextListInstance: () => number,
    private readonly styleId: (name: string) => string,
  ) {}

  private runs(nodes: readonly InlineNode[]): TextRun[] {
    return inlineRuns(nodes, {}, this.rightToLeft, this.fonts);
  }

  blocks(blocks: readonly BlockNode[], quoteDepth = 0): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, quoteDepth));
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

function numbering(orderedStarts: ReadonlySet<number>): INumberingOptions {
  return {
    config: [
      {
        reference: SECTIONS,
        levels: [
          level(0, LevelFormat.DECIMAL, '%1.'),
          level(1, LevelFormat.DECIMAL, '%1.%2.'),
          level(2, LevelFormat.DECIMAL, '%1.%2.%3.'),
        ],
      },
      {
        reference: BULLETS,
        levels: Array.from({ length: 9 }, (_, index) => ({
          ...level(index, LevelFormat.BULLET, index % 2 === 0 ? '\u2022' : '\u2013'),
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { start: twips(18 * (index + 1)), hanging: twips(18) } } },
        })),
      },
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

/**
 * Writes the document tree as a Word (.docx) file. Each document becomes a section that starts
 * on a new page, with its own first-page footer; section headings use Word's multi-level
 * numbering, restarted for each document; the format's styles become Word styles, with a font
 * for each script (or come from a reference document's styles, see {@link DocxOptions}). A
 * right-to-left document has its section, paragraphs and Arabic runs marked right to left, Latin
 * text inside it in runs of its own; text in a script with a font of its own (a Khmer motto,
 * Chinese) gets that font in the slot Word reads for it.
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(composition.tree);
 * await writeFile('reply.docx', bytes);
 * ```
 */
export async function writeDocx(tree: RootNode, options: DocxOptions = {}): Promise<Uint8Array> {
  // The styles, and so the default fonts and language, are the whole file's: the first document's.
  const language = tree.children[0]?.language ?? 'en';
  const fonts = scriptFonts(tree.fonts, language);
  let ids = styleId;
  let styles = docxStyles(tree.styles, fonts, language);
  let externalStyles: { externalStyles: string } | undefined;
  if (options.referenceStyles !== undefined) {
    const matched = matchReferenceStyles(
      Object.keys(tree.styles),
      referenceParagraphStyles(options.referenceStyles),
      styleId,
    );
    ids = (name) => matched.get(name) ?? styleId(name);
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
  const sections = tree.children.map((document: DocumentNode, index): ISectionOptions => {
    const writer = new DocxBlockWriter(
      index + 1,
      document.direction === 'rtl',
      fonts,
      () => ++listInstances,
      ids,
    );
    const children = writer.blocks(document.children);
    const footer = (blocks: readonly BlockNode[] | undefined): Footer =>
      new Footer({ children: writer.blocks(blocks ?? []) });
    const first = footer(document.footers.first);
    const other = footer(document.footers.other);
    for (const start of writer.orderedStarts) orderedStarts.add(start);
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
  const document = new Document({
    creator: 'chancery',
    title: tree.children.map((document) => document.kind).join(', '),
    ...externalStyles,
    styles,
    numbering: numbering(orderedStarts),
    sections,
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  const directions = tree.children.map((document) => document.direction === 'rtl');
  if (!directions.includes(true)) return bytes;
  return rewritePart(bytes, 'word/document.xml', (xml) => setSectionDirections(xml, directions));
}
