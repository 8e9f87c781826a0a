import { sectionNumbers } from '../../tree/section-numbers.js';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'break':
          return '\n';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

function blockLines(
  blocks: readonly BlockNode[],
  numbers: ReadonlyMap<BlockNode, string>,
  indent: string,
): string[] {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        paragraphs.push(indent + inlineText(block.children));
        break;
      case 'heading': {
        const number = numbers.get(block);
        paragraphs.push(
          indent + (number === undefined ? '' : `${number} `) + inlineText(block.children),
        );
        break;
      }
      case 'list':
        block.children.forEach((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '• ';
          const [first = '', ...rest] = blockLines(item.children, numbers, '');
          paragraphs.push(
            indent + marker + first,
            ...rest.map((line) => indent + ' '.repeat(marker.length) + line),
          );
        });
        break;
      case 'blockquote':
        paragraphs.push(...blockLines(block.children, numbers, `${indent}    `));
        break;
      case 'space':
      case 'image':
        break;
    }
  }
  return paragraphs;
}

function documentText(document: DocumentNode): string {
  const numbers = sectionNumbers(document.children);
  const parts = [blockLines(document.children, numbers, '').join('\n\n')];
  for (const footer of [document.footers.first, document.footers.other]) {
    if (footer !== undefined && footer.length > 0)
      parts.push(blockLines(footer, numbers, '').join('\n'));
  }
  return parts.join('\n\n');
}

/**
 * Writes what the documents say as plain text: paragraphs separated by a blank line, section
 * numbers as Word shows them, each document's first-page footer after its text, and a form feed
 * between documents. For tests, checks and quick reading; layout is not kept.
 *
 * @example
 * ```ts
 * const text = writeText(composition.tree);
 * text.includes('Dear Ms. and Mr. Special Rapporteurs,'); // true
 * ```
 */
export function writeText(tree: RootNode): string {
  return `${tree.children.map(documentText).join('\n\f\n')}\n`;
}
