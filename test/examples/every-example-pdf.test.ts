// Every example in examples/, however many there are, goes through LibreOffice to PDF: the file
// opens, its text is there, and each document starts on a page of its own.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDraftFile, renderDocx, type Draft } from '../../src/index.js';
import { convertToPdf, foldSpace, hasLibreOffice } from '../support/libreoffice.js';

const examples = readdirSync('examples')
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

/** Text each document of a draft must show: a few strings that only it holds, with its page. */
function distinctiveText(draft: Draft): string[][] {
  return draft.documents.map((document) =>
    document.type === 'note-verbale'
      ? [document.number, document.recipient.name]
      : [
          ...document.addressees.map((addressee) => addressee.name),
          ...(document.signatory === undefined ? [] : [document.signatory.name]),
        ],
  );
}

describe('the examples', () => {
  it('are there to convert', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasLibreOffice)('every example, converted to PDF by LibreOffice', () => {
  it.each(examples)('%s has its text, and a page of its own for each document', async (name) => {
    const loaded = await loadDraftFile(join('examples', name));
    if (!loaded.ok) throw new Error(loaded.errors.map((error) => error.message).join('\n'));
    const { draft, assets } = loaded.value;
    const { bytes } = await renderDocx(draft, { assets });
    const pdf = convertToPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(draft.documents.length);
    const pages = pdf.pages.map(foldSpace);
    // The letterhead opens each document: the State's name, in capitals.
    const state = foldSpace(draft.sender.state.toLocaleUpperCase(draft.language));
    const letterheads = pages.flatMap((page, index) => (page.includes(state) ? [index] : []));
    expect(letterheads.length).toBeGreaterThanOrEqual(draft.documents.length);
    let previousPage = -1;
    distinctiveText(draft).forEach((strings) => {
      const first = pages.findIndex(
        (page, index) => index > previousPage && page.includes(foldSpace(strings[0] ?? '')),
      );
      // Each document starts on a later page than the one before it.
      expect(first).toBeGreaterThan(previousPage);
      for (const text of strings) expect(foldSpace(pdf.text)).toContain(foldSpace(text));
      previousPage = first;
    });
  });
});
