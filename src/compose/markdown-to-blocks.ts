import type { Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
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

function textOf(node: MdastNodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as MdastNodes[]).map(textOf).join('');
  return '';
}

function convertInline(
  nodes: readonly PhrasingContent[],
  warn: (message: string) => void,
): InlineNode[] {
  const inline: InlineNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A single line break inside a Markdown paragraph is a space, as Markdown defines it.
        inline.push({ type: 'text', value: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') });
        break;
      case 'strong':
        inline.push({ type: 'strong', children: convertInline(node.children, warn) });
        break;
      case 'emphasis':
        inline.push({ type: 'emphasis', children: convertInline(node.children, warn) });
        break;
      case 'break':
        inline.push({ type: 'break' });
        break;
      case 'inlineCode':
      case 'html':
        inline.push({ type: 'text', value: node.value });
        break;
      case 'link': {
        const label = convertInline(node.children, warn);
        inline.push(...label);
        if (textOf(node) !== node.url) inline.push({ type: 'text', value: ` (${node.url})` });
        break;
      }
      default:
        inline.push({ type: 'text', value: textOf(node) });
        warn(`Markdown ${node.type} is written as plain text`);
    }
  }
  return inline;
}

function convertBlocks(
  nodes: readonly RootContent[],
  styles: MarkdownStyles,
  warn: (message: string) => void,
): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({
          type: 'paragraph',
          style: styles.paragraph,
          children: convertInline(node.children, warn),
        });
        break;
      case 'heading': {
        const children = convertInline(node.children, warn);
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
            children: convertBlocks(item.children, { ...styles, paragraph: styles.list }, warn),
          })),
        });
        break;
      case 'blockquote':
        blocks.push({
          type: 'blockquote',
          children: convertBlocks(node.children, { ...styles, paragraph: styles.quote }, warn),
        });
        break;
      case 'code':
      case 'html':
        for (const line of node.value.split('\n')) {
          blocks.push({
            type: 'paragraph',
            style: styles.paragraph,
            children: [{ type: 'text', value: line }],
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
          children: [{ type: 'text', value: textOf(node) }],
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
  const tree = fromMarkdown(markdown);
  return { blocks: convertBlocks(tree.children, styles, warn), warnings };
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
  const tree = fromMarkdown(markdown);
  if (tree.children.length === 0) return { inline: [], warnings: [] };
  const [only] = tree.children;
  if (tree.children.length > 1 || only?.type !== 'paragraph') return undefined;
  const warnings: Diagnostic[] = [];
  const inline = convertInline(only.children, (message) => {
    warnings.push({ severity: 'warning', code: 'markdown_simplified', message, path });
  });
  return { inline, warnings };
}
