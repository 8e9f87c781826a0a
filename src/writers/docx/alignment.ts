import { AlignmentType } from 'docx';
import type { Alignment } from '../../tree/types.js';

type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * Maps an alignment in reading direction to Word's. Word reads `left` and `right` in a
 * right-to-left paragraph as its start and end, so the same values serve both directions.
 */
export function docxAlignment(alignment: Alignment): DocxAlignment {
  switch (alignment) {
    case 'start':
      return AlignmentType.LEFT;
    case 'end':
      return AlignmentType.RIGHT;
    case 'center':
      return AlignmentType.CENTER;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}
