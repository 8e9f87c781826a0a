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
  type ILevelsOptions,
  type INumberingOptions,
  type ISectionOptions,
} from 'docx';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';
import { docxAlignment } from './alignment.js';
import { matchReferenceStyles, referenceParagraphStyles } from './reference-styles.js';
import { docxStyles, styleId } from './styles.js';
import { pixels, twips } from './units.js';

const SECTIONS = 'chancery-sections';
const BULLETS = 'chancery-bullets';
const ORDERED = 'chancery-ordered';

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

// Word shows a tab only as its own element, and a line break as a break: never inside the text.
function textRuns(value: string, style: RunStyle, rightToLeft: boolean): TextRun[] {
  const parts = value.split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return [new TextRun({ ...style, ...(rightToLeft ? { rightToLeft } : {}), children })];
}

function inlineRuns(
  nodes: readonly InlineNode[],
  style: RunStyle,
  rightToLeft: boolean,
): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        return textRuns(node.value, style, rightToLeft);
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'strong':
        return inlineRuns(node.children, { ...style, bold: true }, rightToLeft);
      case 'emphasis':
        return inlineRuns(node.children, { ...style, italics: true }, rightToLeft);
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
    private readonly nextListInstance: () => number,
    private readonly styleId: (name: string) => string,
  ) {}

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
            ...(block.align === undefined ? {} : { alignment: docxAlignment(block.align) }),
            ...(block.keepWithNext === true ? { keepNext: true } : {}),
            children: inlineRuns(block.children, {}, this.rightToLeft),
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
            children: inlineRuns(block.children, {}, this.rightToLeft),
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
                  children: inlineRuns(child.children, {}, this.rightToLeft),
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
          () => new Paragraph({ style: 'Normal', spacing: { before: 0, after: 0 } }),
        );
      case 'image':
        return [
          new Paragraph({
            ...bidirectional,
            alignment: docxAlignment(block.align),
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
 * for each script (or come from a reference document's styles, see {@link DocxOptions}).
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(composition.tree);
 * await writeFile('reply.docx', bytes);
 * ```
 */
export async function writeDocx(tree: RootNode, options: DocxOptions = {}): Promise<Uint8Array> {
  const language = tree.children[0]?.language ?? 'en';
  let ids = styleId;
  let styles = docxStyles(tree.styles, tree.fonts, language);
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
      tree.fonts,
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
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
