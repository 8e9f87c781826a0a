import { AlignmentType } from 'docx';
import type { Alignment } from '../../tree/types.js';

type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * Maps an alignment in reading direction to Word's. Word reads `left` and `right` in a
 * right-to-left paragraph as its start and end, so a style serves both directions with the same
 * values. The docx library, though, swaps `left` and `right` in a paragraph it marks
 * bidirectional (to keep it on the same side of the page): for such a paragraph, pass
 * `rightToLeft` and get the value the library swaps back to its start or end.
 *
 * @example
 * ```ts
 * docxAlignment('start'); // AlignmentType.LEFT
 * docxAlignment('start', true); // AlignmentType.RIGHT, which the library writes as w:jc="left"
 * ```
 */
export function docxAlignment(alignment: Alignment, rightToLeft = false): DocxAlignment {
  switch (alignment) {
    case 'start':
      return rightToLeft ? AlignmentType.RIGHT : AlignmentType.LEFT;
    case 'end':
      return rightToLeft ? AlignmentType.LEFT : AlignmentType.RIGHT;
    case 'center':
      return AlignmentType.CENTER;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}
