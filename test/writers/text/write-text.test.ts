import { describe, expect, it } from 'vitest';
import { writeText, type RootNode } from '../../../src/index.js';

const tree: RootNode = {
  type: 'root',
  page: {
    width: 595,
    height: 842,
    margins: { top: 72, right: 72, bottom: 72, left: 72, header: 36, footer: 36 },
  },
  fonts: { latin: 'Times New Roman', eastAsian: 'SimSun', complex: 'Noto Naskh Arabic' },
  styles: { normal: { name: 'normal' } },
  children: [
    {
      type: 'document',
      kind: 'letter',
      language: 'en',
      direction: 'ltr',
      children: [
        { type: 'paragraph', style: 'normal', children: [{ type: 'text', value: 'Dear Sir,' }] },
        {
          type: 'heading',
          style: 'normal',
          depth: 1,
          numbered: true,
          children: [{ type: 'text', value: 'First' }],
        },
        {
          type: 'heading',
          style: 'normal',
          depth: 2,
          numbered: true,
          children: [{ type: 'text', value: 'Detail' }],
        },
        {
          type: 'heading',
          style: 'normal',
          depth: 1,
          numbered: false,
          children: [{ type: 'text', value: 'A. Own number' }],
        },
        {
          type: 'heading',
          style: 'normal',
          depth: 1,
          numbered: true,
          children: [{ type: 'text', value: 'Second' }],
        },
        {
          type: 'paragraph',
          style: 'normal',
          children: [
            { type: 'strong', children: [{ type: 'text', value: 'Bold' }] },
            { type: 'break' },
            { type: 'emphasis', children: [{ type: 'text', value: 'italic' }] },
          ],
        },
      ],
      footers: {
        first: [
          { type: 'paragraph', style: 'normal', children: [{ type: 'text', value: 'Foot' }] },
        ],
      },
    },
    {
      type: 'document',
      kind: 'letter',
      language: 'en',
      direction: 'ltr',
      children: [
        {
          type: 'heading',
          style: 'normal',
          depth: 1,
          numbered: true,
          children: [{ type: 'text', value: 'Again' }],
        },
      ],
      footers: {},
    },
  ],
};

describe('writeText', () => {
  it('numbers sections as Word does, skipping headings with their own number, and restarts per document', () => {
    expect(writeText(tree)).toBe(
      'Dear Sir,\n\n1. First\n\n1.1. Detail\n\nA. Own number\n\n2. Second\n\nBold\nitalic\n\nFoot\n\f\n1. Again\n',
    );
  });
});
