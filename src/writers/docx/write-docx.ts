import {
  Document,
  FileChild,
  Footer,
  ImageRun,
  LevelFormat,
  LevelSuffix,
  AlignmentType,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type IContext,
  type ILevelsOptions,
  type IXmlableObject,
  type INumberingOptions,
  type ISectionOptions,
} from 'docx';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';
import { docxAlignment } from './alignment.js';
import { docxStyles, styleId } from './styles.js';
import { pixels, twips } from './units.js';

const SECTIONS = 'chancery-sections';
const BULLETS = 'chancery-bullets';
const ORDERED = 'chancery-ordered';

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

// docx fills `{key}` placeholders (list and image ids) by searching the whole XML, so text that
// reads "{chancery-bullets-1}" would turn into a number. Ending a text element after each "{"
// puts markup between the braces, which no placeholder key contains.
const AFTER_OPENING_BRACE = /(?<=\{)/;

// Word shows a tab only as its own element, and a line break as a break: never inside the text.
function textRuns(value: string, style: RunStyle, rightToLeft: boolean): TextRun[] {
  const parts = value.split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    for (const piece of part.split(AFTER_OPENING_BRACE)) if (piece !== '') children.push(piece);
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

/**
 * A paragraph whose XML docx writes once for all the documents of a batch: built and formatted by
 * docx the first time, then given back as it was. Only paragraphs that touch nothing else of the
 * file (no list numbering, no image) are kept, so the file's state is the same either way.
 */
class RememberedParagraph extends FileChild {
  constructor(
    private readonly key: string,
    private readonly cache: Map<string, unknown>,
    private readonly build: () => Paragraph,
  ) {
    super('w:p');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const known = this.cache.get(this.key) as IXmlableObject | undefined;
    if (known !== undefined) return known;
    const written = this.build().prepForXml(context);
    if (written !== undefined) this.cache.set(this.key, written);
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
    private readonly nextListInstance: () => number,
    private readonly cache?: Map<string, unknown>,
  ) {}

  private remembered(block: BlockNode, quoteDepth: number, build: () => Paragraph): FileChild {
    if (this.cache === undefined) return build();
    const key = `docx\u0000${String(this.rightToLeft)}\u0000${quoteDepth}\u0000${JSON.stringify(block)}`;
    return new RememberedParagraph(key, this.cache, build);
  }

  blocks(blocks: readonly BlockNode[], quoteDepth = 0): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, quoteDepth));
  }

  /** Blocks for a document's body, where paragraphs may be remembered across a batch. */
  bodyBlocks(blocks: readonly BlockNode[]): FileChild[] {
    // docx writes a section's properties into the section's last paragraph: that one must
    // stay a Paragraph of its own.
    return blocks.flatMap((block, index): FileChild[] =>
      block.type === 'paragraph' && index < blocks.length - 1
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
            style: styleId(block.style),
            ...bidirectional,
            ...quoteIndent,
            ...(block.align === undefined ? {} : { alignment: docxAlignment(block.align) }),
            ...(block.keepWithNext === true ? { keepNext: true } : {}),
            children: inlineRuns(block.children, {}, this.rightToLeft),
          }),
        ];
      case 'heading':
        if (block.numbered) this.usesSections = true;
        return [
          new Paragraph({
            style: styleId(block.style),
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
        else this.usesBullets = true;
        const instance = this.nextListInstance();
        return block.children.flatMap((item) =>
          item.children.flatMap((child, index) => {
            if (index === 0 && child.type === 'paragraph') {
              return [
                new Paragraph({
                  style: styleId(child.style),
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

/**
 * Builds the docx package's `Document` for a tree: each document a section that starts on a new
 * page, with its own first-page footer; section headings numbered by Word's multi-level
 * numbering, restarted for each document; the format's styles as Word styles (left out when the
 * caller has the styles part already), with a font for each script.
 *
 * @example
 * ```ts
 * const bytes = await Packer.toArrayBuffer(docxDocument(tree));
 * ```
 */
export function docxDocument(
  tree: RootNode,
  options: { readonly styles?: boolean; readonly cache?: Map<string, unknown> } = {},
): Document {
  let listInstances = 0;
  const orderedStarts = new Set<number>();
  const uses = { sections: false, bullets: false };
  const sections = tree.children.map((document: DocumentNode, index): ISectionOptions => {
    const writer = new DocxBlockWriter(
      index + 1,
      document.direction === 'rtl',
      () => ++listInstances,
      options.cache,
    );
    const children = writer.bodyBlocks(document.children);
    const footer = (blocks: readonly BlockNode[] | undefined): Footer =>
      new Footer({ children: writer.blocks(blocks ?? []) });
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
  return new Document({
    creator: 'chancery',
    title: tree.children.map((document) => document.kind).join(', '),
    ...(options.styles === false
      ? {}
      : { styles: docxStyles(tree.styles, tree.fonts, documentLanguage(tree)) }),
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
 * Writes the document tree as a Word (.docx) file with the docx package's own `Packer`: every
 * part compiled and zipped anew. {@link createDocxWriter} writes the same parts faster; this is
 * the reference its tests compare with, and what it falls back on.
 *
 * @example
 * ```ts
 * const bytes = await writeDocxWithPacker(composition.tree);
 * ```
 */
export async function writeDocxWithPacker(tree: RootNode): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(tree)));
}
