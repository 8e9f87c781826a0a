import type { BlockNode } from './types.js';

/**
 * Computes the number Word shows before each numbered heading of a document, counting the way
 * its multi-level numbering counts: `1.`, `2.`, then `2.1.` for a subsection. Headings that
 * carry their own number are skipped and do not count.
 *
 * @example
 * ```ts
 * const numbers = sectionNumbers(document.children);
 * numbers.get(firstHeading); // '1.'
 * ```
 */
export function sectionNumbers(blocks: readonly BlockNode[]): Map<BlockNode, string> {
  const numbers = new Map<BlockNode, string>();
  const counters: number[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading' || !block.numbered) continue;
    const level = block.depth - 1;
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    numbers.set(
      block,
      `${Array.from(counters, (count: number | undefined) => count ?? 0).join('.')}.`,
    );
  }
  return numbers;
}
