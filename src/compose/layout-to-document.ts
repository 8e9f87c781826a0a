import { imageSize } from 'image-size';
import { chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import type { Alignment, BlockNode, FooterSet, ImageNode, InlineNode } from '../tree/types.js';
import type { MarkupContent, MarkupElement } from './layout-markup.js';
import { attributeProblem, LAYOUT_ELEMENTS } from './layout-vocabulary.js';
import { markdownToBlocks, markdownToInline } from './markdown-to-blocks.js';

/** Markdown text a `<slot name="..."/>` can take, with its path in the draft for messages. */
export interface SlotContent {
  readonly markdown: string;
  readonly path: readonly PathSegment[];
}

/** What building a document from a layout needs beyond the markup itself. */
export interface LayoutInputs {
  readonly file: string;
  readonly styles: ReadonlySet<string>;
  readonly slots: Readonly<Record<string, SlotContent | undefined>>;
  /** The slot names this document kind has, filled or not. */
  readonly slotNames: ReadonlySet<string>;
  /**
   * The bytes of an image named by `<image src="..."/>`, `undefined` if there is none, or
   * `outside` when the name leads out of the folders it may be read from.
   */
  readonly image: (src: string) => Uint8Array | 'outside' | undefined;
}

/** The blocks and footers of one document, and any warnings. */
export interface LayoutDocument {
  /** The direction the layout sets on `<document>`; `undefined` leaves it to the language. */
  readonly direction: 'ltr' | 'rtl' | undefined;
  readonly children: BlockNode[];
  readonly footers: FooterSet;
  readonly warnings: Diagnostic[];
}

const INLINE_ELEMENTS = new Set(['b', 'i', 'br', 'slot']);
const BLOCK_ELEMENTS = new Set(['p', 'space', 'slot', 'image']);
const IMAGE_FORMATS: Readonly<Record<string, ImageNode['format']>> = {
  png: 'png',
  jpg: 'jpg',
  gif: 'gif',
  bmp: 'bmp',
};

class LayoutBuilder {
  readonly warnings: Diagnostic[] = [];

  /** The element whose content is being built, for positions of text that has none. */
  parent: MarkupElement | undefined;

  constructor(private readonly inputs: LayoutInputs) {}

  fail(element: MarkupElement, code: string, message: string): never {
    throw chanceryError({
      code,
      message,
      file: element.file ?? this.inputs.file,
      line: element.line,
      column: element.column,
    });
  }

  /** Checks an element against the vocabulary: its name, its attributes and their values. */
  checkAttributes(element: MarkupElement): void {
    const rule = Object.hasOwn(LAYOUT_ELEMENTS, element.name)
      ? LAYOUT_ELEMENTS[element.name]
      : undefined;
    if (rule === undefined)
      this.fail(element, 'layout_unknown_element', `unknown element <${element.name}>`);
    const allowed = Object.keys(rule.attributes);
    const facts = { styles: this.inputs.styles, slotNames: this.inputs.slotNames };
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = Object.hasOwn(rule.attributes, name) ? rule.attributes[name] : undefined;
      if (attribute === undefined) {
        this.fail(
          element,
          'layout_unknown_attribute',
          `<${element.name}> has no attribute "${name}"${allowed.length > 0 ? ` (it takes ${allowed.join(', ')})` : ''}`,
        );
      }
      const problem = attributeProblem(name, attribute, value, facts);
      if (problem !== undefined) this.fail(element, problem.code, problem.message);
    }
    for (const [name, attribute] of Object.entries(rule.attributes)) {
      if (attribute.required === true && !(name in element.attributes))
        this.fail(element, 'layout_invalid_attribute', `<${element.name}> needs a ${name}`);
    }
  }

  /** The style an attribute names, or else the first of the fallbacks that the format has. */
  style(element: MarkupElement, attribute: string, ...fallbacks: string[]): string {
    const named = element.attributes[attribute];
    if (named === undefined) {
      return fallbacks.find((style) => this.inputs.styles.has(style)) ?? 'normal';
    }
    return named;
  }

  align(element: MarkupElement): Alignment | undefined {
    return element.attributes.align as Alignment | undefined;
  }

  slot(element: MarkupElement): SlotContent | undefined {
    return this.inputs.slots[element.attributes.name ?? ''];
  }

  inline(content: readonly MarkupContent[]): InlineNode[] {
    const inline: InlineNode[] = [];
    const fromLayout = new Set<InlineNode>();
    for (const item of content) {
      if (typeof item === 'string') {
        // Line breaks and indentation in a layout are template formatting, not text.
        const node: InlineNode = { type: 'text', value: item.replace(LAYOUT_LINE_BREAK, ' ') };
        fromLayout.add(node);
        inline.push(node);
        continue;
      }
      this.checkAttributes(item);
      if (!INLINE_ELEMENTS.has(item.name))
        this.fail(
          item,
          'layout_misplaced_element',
          `<${item.name}> cannot stand inside a paragraph`,
        );
      if (item.name === 'b') inline.push({ type: 'strong', children: this.inline(item.children) });
      else if (item.name === 'i')
        inline.push({ type: 'emphasis', children: this.inline(item.children) });
      else if (item.name === 'br') inline.push({ type: 'break' });
      else {
        const slot = this.slot(item);
        if (slot === undefined) continue;
        const converted = markdownToInline(slot.markdown, slot.path);
        if (converted === undefined) {
          throw chanceryError({
            code: 'invalid_text',
            message: 'must be a single paragraph: it continues a sentence of the layout',
            path: slot.path,
          });
        }
        this.warnings.push(...converted.warnings);
        inline.push(...converted.inline);
      }
    }
    return trimLayoutEdges(inline, fromLayout);
  }

  image(element: MarkupElement): ImageNode {
    const src = element.attributes.src ?? '';
    const height = Number(element.attributes.height);
    const data = this.inputs.image(src);
    if (data === 'outside')
      this.fail(
        element,
        'path_outside_format',
        `"${src}" lies outside the format's folder; images are files of the format or of the draft`,
      );
    if (data === undefined)
      this.fail(element, 'image_missing', `the image "${src}" was not provided`);
    let size: ReturnType<typeof imageSize>;
    try {
      size = imageSize(data);
    } catch {
      this.fail(element, 'image_unreadable', `"${src}" is not a PNG, JPEG, GIF or BMP image`);
    }
    const format = IMAGE_FORMATS[size.type ?? ''];
    if (format === undefined || size.width === 0 || size.height === 0) {
      this.fail(element, 'image_unreadable', `"${src}" is not a PNG, JPEG, GIF or BMP image`);
    }
    return {
      type: 'image',
      data,
      format,
      height,
      width: (height * size.width) / size.height,
      align: this.align(element) ?? 'center',
      description: element.attributes.description ?? '',
    };
  }

  blocks(content: readonly MarkupContent[]): BlockNode[] {
    const blocks: BlockNode[] = [];
    for (const item of content) {
      if (typeof item === 'string') {
        if (item.trim() !== '') {
          throw chanceryError({
            code: 'layout_stray_text',
            message: `text outside a paragraph: "${item.trim().slice(0, 40)}" (put it in <p>)`,
            file: this.parent?.file ?? this.inputs.file,
            ...(this.parent?.file === undefined
              ? {}
              : { line: this.parent.line, column: this.parent.column }),
          });
        }
        continue;
      }
      this.checkAttributes(item);
      if (!BLOCK_ELEMENTS.has(item.name))
        this.fail(item, 'layout_misplaced_element', `<${item.name}> cannot stand here`);
      if (item.name === 'p') {
        const align = this.align(item);
        blocks.push({
          type: 'paragraph',
          style: this.style(item, 'style', 'normal'),
          ...(align === undefined ? {} : { align }),
          ...(item.attributes['keep-with-next'] === 'true' ? { keepWithNext: true } : {}),
          children: this.inline(item.children),
        });
      } else if (item.name === 'space') {
        blocks.push({ type: 'space', lines: Number(item.attributes.lines ?? '1') });
      } else if (item.name === 'image') {
        blocks.push(this.image(item));
      } else {
        const slot = this.slot(item);
        if (slot === undefined) continue;
        const paragraph = this.style(item, 'style', 'body');
        const converted = markdownToBlocks(
          slot.markdown,
          {
            paragraph,
            heading: this.style(item, 'heading-style', 'heading', paragraph),
            list: this.style(item, 'list-style', 'list', paragraph),
            quote: this.style(item, 'quote-style', 'quote', paragraph),
          },
          slot.path,
        );
        this.warnings.push(...converted.warnings);
        blocks.push(...converted.blocks);
      }
    }
    return blocks;
  }
}

const LAYOUT_LINE_BREAK = /[ \t\r\n]*\n[ \t\r\n]*/g;

// Spaces a layout leaves at the edges of a paragraph are formatting; the data's own are kept.
function trimLayoutEdges(inline: InlineNode[], fromLayout: ReadonlySet<InlineNode>): InlineNode[] {
  const result = [...inline];
  const first = result[0];
  if (first?.type === 'text' && fromLayout.has(first))
    result[0] = { ...first, value: first.value.replace(/^[ \t]+/, '') };
  const last = result.at(-1);
  if (last?.type === 'text' && fromLayout.has(last))
    result[result.length - 1] = { ...last, value: last.value.replace(/[ \t]+$/, '') };
  return result.filter((node) => node.type !== 'text' || node.value !== '');
}

/**
 * Builds one document's blocks and footers from its parsed layout markup, filling slots with the
 * draft's Markdown and checking every element, attribute and style name against the vocabulary
 * and the format.
 *
 * @example
 * ```ts
 * const root = parseLayoutMarkup(expanded, 'letter.hbs');
 * const { children, footers } = layoutToDocument(root, inputs);
 * ```
 */
export function layoutToDocument(root: MarkupElement, inputs: LayoutInputs): LayoutDocument {
  const builder: LayoutBuilder = new LayoutBuilder(inputs);
  if (root.name !== 'document')
    builder.fail(
      root,
      'layout_unknown_element',
      `a layout's outer element is <document>, not <${root.name}>`,
    );
  builder.checkAttributes(root);
  // The vocabulary allows only ltr and rtl; without the attribute, the language decides.
  const given = root.attributes.direction;
  const direction = given === undefined ? undefined : given === 'rtl' ? 'rtl' : 'ltr';
  const body: MarkupContent[] = [];
  const footers: { first?: BlockNode[]; other?: BlockNode[] } = {};
  for (const item of root.children) {
    if (typeof item !== 'string' && item.name === 'footer') {
      builder.checkAttributes(item);
      builder.parent = item;
      if (item.attributes.page === 'other') footers.other = builder.blocks(item.children);
      else footers.first = builder.blocks(item.children);
    } else {
      body.push(item);
    }
  }
  builder.parent = root;
  return { direction, children: builder.blocks(body), footers, warnings: builder.warnings };
}
