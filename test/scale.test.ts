// Large inputs render whole, with their structure: no timing here (bench/scale.js measures).
import { describe, expect, it } from 'vitest';
import { createDrafter, parseDraft, type Draft } from '../src/index.js';
import { docxParagraphs, readDocxParts } from './support/docx-parts.js';

const drafter = createDrafter();

function letter(body: string, addressees = 1): Draft {
  const parsed = parseDraft({
    language: 'en',
    sender: { state: 'Republic of Utopia', mission: 'Permanent Mission of Utopia', city: 'Geneva' },
    documents: [
      {
        type: 'letter',
        date: '2024-04-02',
        addressees: Array.from({ length: addressees }, (_, index) => ({
          honorific: index % 2 === 0 ? 'Ms.' : 'Mr.',
          name: `Holder ${index + 1}`,
          title: 'Special Rapporteur on the right to food',
        })),
        body,
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.value;
}

describe('large inputs', () => {
  it('render a 500-section body with every section numbered by Word', async () => {
    const body = Array.from(
      { length: 500 },
      (_, index) => `## Section ${index + 1}\n\nText of section ${index + 1}.`,
    ).join('\n\n');
    const parts = readDocxParts((await drafter.renderDocx(letter(body))).bytes);
    const paragraphs = docxParagraphs(parts);
    expect(paragraphs).toContain('Section 500');
    expect(paragraphs).toContain('Text of section 500.');
    expect(parts.text('word/document.xml').match(/<w:numPr>/g)).toHaveLength(500);
  });

  it('render 200 addressees, each in the first-page footer, and address them together', async () => {
    const parts = readDocxParts((await drafter.renderDocx(letter('Text.', 200))).bytes);
    const paragraphs = docxParagraphs(parts);
    for (const index of [1, 100, 200])
      expect(paragraphs).toContain(`${index % 2 === 1 ? 'Ms.' : 'Mr.'} Holder ${index}`);
    expect(
      paragraphs.filter((text) => text === 'Special Rapporteur on the right to food'),
    ).toHaveLength(200);
    expect(paragraphs).toContain('Dear Ms. and Mr. Special Rapporteurs,');
  });

  it('render a 10 MB body whole: every paragraph, in order', async () => {
    const line = (index: number): string =>
      `Paragraph ${index}: ${'the Government has taken note of the communication and replies in full. '.repeat(14)}`;
    const count = 10_000;
    const body = Array.from({ length: count }, (_, index) => line(index)).join('\n\n');
    expect(body.length).toBeGreaterThan(10_000_000);
    const parts = readDocxParts((await drafter.renderDocx(letter(body))).bytes);
    const paragraphs = docxParagraphs(parts).filter((text) => text.startsWith('Paragraph '));
    expect(paragraphs).toHaveLength(count);
    expect(paragraphs[0]).toBe(line(0).trimEnd());
    expect(paragraphs[count - 1]).toBe(line(count - 1).trimEnd());
  });
});
