import type { BlockNode, InlineNode } from '../../src/index.js';

/** The text of inline nodes as a reader sees it: marks dropped, a line break as `\n`. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) =>
      'value' in node ? node.value : 'children' in node ? inlineText(node.children) : '\n',
    )
    .join('');
}

/** The text of each paragraph and heading, in order; any other block stands as `<its type>`. */
export function blockTexts(blocks: readonly BlockNode[] | undefined): string[] {
  return (blocks ?? []).map((block) =>
    block.type === 'paragraph' || block.type === 'heading'
      ? inlineText(block.children)
      : `<${block.type}>`,
  );
}
