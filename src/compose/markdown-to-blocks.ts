import type { Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import { findUnwritableCharacter } from '../model/text-fields.js';
import { inertBlocks } from './inert-markdown.js';
import type { BlockNode, InlineNode } from '../tree/types.js';

/** The paragraph styles that Markdown blocks take. */
export interface MarkdownStyles {
  readonly paragraph: string;
  readonly heading: string;
  readonly list: string;
  readonly quote: string;
}

/** Blocks made from Markdown, and anything that could not be carried over exactly. */
export interface MarkdownBlocks {
  readonly blocks: BlockNode[];
  readonly warnings: Diagnostic[];
}

// "1. Title", "2) Title", "IV. Title", "A. Title": the drafter numbered it already.
const OWN_NUMBER = /^\s*(\d+(\.\d+)*[.)]?|[IVXLCDM]+[.)]|[A-Z][.)]|\(?[a-z]\))\s+\S/;

// A line ending in any of the three conventions: text from an API or a Windows file keeps \r.
const LINE_ENDING = /\r\n?|\n/;
const SOFT_BREAK = /[ \t]*(?:\r\n?|\n)[ \t]*/g;

// The parser drops a byte order mark at the start of its input, as it would a file's; in a field
// it is a character the drafter typed, so it goes in as a reference and comes out as itself.
function parseMarkdown(markdown: string): ReturnType<typeof fromMarkdown> {
  return fromMarkdown(markdown.startsWith('\uFEFF') ? `&#xFEFF;${markdown.slice(1)}` : markdown);
}

function textOf(node: MdastNodes): string {
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as MdastNodes[]).map(textOf).join('');
  return '';
}

/** Receives what converting Markdown finds: simplifications to warn of, text to refuse. */
interface ConvertContext {
  readonly warn: (message: string) => void;
  readonly path: readonly PathSegment[];
}

// The source text was checked before parsing, but a character reference (`&#12;`) is decoded
// by the parser: what it decodes to must be writable too, or be refused with the field named.
function checkedText(value: string, context: ConvertContext): InlineNode {
  const problem = findUnwritableCharacter(value) ?? findCarriageReturn(value);
  if (problem !== undefined) {
    throw chanceryError({
      code: 'invalid_text',
      message: `${problem} (written as a character reference such as &#12;)`,
      path: context.path,
    });
  }
  return { type: 'text', value };
}

function findCarriageReturn(value: string): string | undefined {
  // XML readers turn a bare carriage return into a line feed: it would not come back as written.
  return value.includes('\r')
    ? 'contains U+000D, a carriage return that a Word document cannot hold as text'
    : undefined;
}

function convertInline(nodes: readonly PhrasingContent[], context: ConvertContext): InlineNode[] {
  const { warn } = context;
  const inline: InlineNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A single line break inside a Markdown paragraph is a space, as Markdown defines it.
        inline.push(checkedText(node.value.replace(SOFT_BREAK, ' '), context));
        break;
      case 'strong':
        inline.push({ type: 'strong', children: convertInline(node.children, context) });
        break;
      case 'emphasis':
        inline.push({ type: 'emphasis', children: convertInline(node.children, context) });
        break;
      case 'break':
        inline.push({ type: 'break' });
        break;
      case 'inlineCode':
      case 'html':
        // Line endings inside a code span or inline HTML are spaces, as Markdown defines them.
        inline.push(checkedText(node.value.replace(SOFT_BREAK, ' '), context));
        break;
      case 'link': {
        const label = convertInline(node.children, context);
        inline.push(...label);
        if (textOf(node) !== node.url) inline.push(checkedText(` (${node.url})`, context));
        break;
      }
      case 'image':
        // An image cannot be placed from the body: its description stands in its place.
        inline.push(checkedText(node.alt ?? '', context));
        warn('a Markdown image is written as its description');
        break;
      default:
        inline.push(checkedText(textOf(node), context));
        warn(`Markdown ${node.type} is written as plain text`);
    }
  }
  return inline;
}

function convertBlocks(
  nodes: readonly RootContent[],
  styles: MarkdownStyles,
  context: ConvertContext,
): BlockNode[] {
  const { warn } = context;
  const blocks: BlockNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({
          type: 'paragraph',
          style: styles.paragraph,
          children: convertInline(node.children, context),
        });
        break;
      case 'heading': {
        const children = convertInline(node.children, context);
        // "#" and "##" are sections, "###" and deeper subsections.
        const depth = Math.max(1, node.depth - 1);
        blocks.push({
          type: 'heading',
          style: styles.heading,
          depth: Math.min(depth, 3),
          numbered: !OWN_NUMBER.test(textOf(node)),
          children,
        });
        break;
      }
      case 'list':
        blocks.push({
          type: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          style: styles.list,
          children: node.children.map((item) => ({
            type: 'listItem',
            children: convertBlocks(item.children, { ...styles, paragraph: styles.list }, context),
          })),
        });
        break;
      case 'blockquote':
        blocks.push({
          type: 'blockquote',
          children: convertBlocks(node.children, { ...styles, paragraph: styles.quote }, context),
        });
        break;
      case 'code':
      case 'html':
        for (const line of node.value.split(LINE_ENDING)) {
          blocks.push({
            type: 'paragraph',
            style: styles.paragraph,
            children: [checkedText(line, context)],
          });
        }
        break;
      case 'thematicBreak':
        blocks.push({ type: 'space', lines: 1 });
        break;
      case 'definition':
        warn(`the link definition [${node.label ?? node.identifier}] is not written`);
        break;
      default:
        blocks.push({
          type: 'paragraph',
          style: styles.paragraph,
          children: [checkedText(textOf(node), context)],
        });
        warn(`Markdown ${node.type} is written as plain text`);
    }
  }
  return blocks;
}

/**
 * Turns Markdown body text into document blocks: paragraphs, numbered section headings (`##`),
 * lists and quotations, keeping bold and italic.
 *
 * @example
 * ```ts
 * const { blocks } = markdownToBlocks('## Measures\n\nSome **bold** text.', styles, ['documents', 1, 'body']);
 * blocks[0]; // { type: 'heading', depth: 1, numbered: true, ... }
 * ```
 */
export function markdownToBlocks(
  markdown: string,
  styles: MarkdownStyles,
  path: readonly PathSegment[],
): MarkdownBlocks {
  const warnings: Diagnostic[] = [];
  const warn = (message: string): void => {
    warnings.push({ severity: 'warning', code: 'markdown_simplified', message, path });
  };
  // Text the parser would read as plain paragraphs and headings is not given to it.
  const nodes = inertBlocks(markdown) ?? parseMarkdown(markdown).children;
  return { blocks: convertBlocks(nodes, styles, { warn, path }), warnings };
}

/**
 * Turns a Markdown fragment that continues a sentence (such as `honourTo`) into inline content.
 * Returns `undefined` when the text holds more than one paragraph.
 *
 * @example
 * ```ts
 * markdownToInline('transmit *herewith* its reply', ['documents', 0, 'honourTo'])?.inline;
 * ```
 */
export function markdownToInline(
  markdown: string,
  path: readonly PathSegment[],
): { inline: InlineNode[]; warnings: Diagnostic[] } | undefined {
  const children = inertBlocks(markdown) ?? parseMarkdown(markdown).children;
  if (children.length === 0) return { inline: [], warnings: [] };
  const [only] = children;
  if (children.length > 1 || only?.type !== 'paragraph') return undefined;
  const warnings: Diagnostic[] = [];
  const warn = (message: string): void => {
    warnings.push({ severity: 'warning', code: 'markdown_simplified', message, path });
  };
  const inline = convertInline(only.children, { warn, path });
  return { inline, warnings };
}
