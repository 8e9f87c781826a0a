// Every example in examples/, however many there are and in whichever language or format, goes
// through LibreOffice to PDF: the file opens, its text is there, and each document starts on a
// page of its own. The examples' own formats (examples/formats) are known, as
// `chancery render --format-dir examples/formats` knows them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDrafter, loadDraftFile, type Draft } from '../../src/index.js';
import { readFormatDirs } from '../../src/node/read-format-dirs.js';
import { convertAllToPdf, hasLibreOffice, type PdfLayout } from '../support/libreoffice.js';

const examples = readdirSync('examples')
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

const drafter = createDrafter({ formats: readFormatDirs(['examples/formats']).sources });

// pdftotext writes right-to-left text with embedding marks and breaks lines where LibreOffice
// did: compare text without either.
function bare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, '');
}

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
  it('are there to convert, in several languages and formats', () => {
    expect(examples).toContain('cambodia-reply.yaml');
    expect(examples).toContain('cambodia-reply-ar.yaml');
    expect(examples).toContain('embassy-reply.yaml');
  });
});

describe.skipIf(!hasLibreOffice)('every example, converted to PDF by LibreOffice', () => {
  const drafts: Record<string, Draft> = {};
  let pdfs: Record<string, PdfLayout>;
  beforeAll(async () => {
    const documents: Record<string, Uint8Array> = {};
    for (const name of examples) {
      const loaded = await loadDraftFile(join('examples', name));
      if (!loaded.ok) throw new Error(loaded.errors.map((error) => error.message).join('\n'));
      const { draft, assets } = loaded.value;
      drafts[name] = draft;
      documents[name] = (await drafter.renderDocx(draft, { assets })).bytes;
    }
    // One LibreOffice run for all: starting it is most of the time.
    pdfs = convertAllToPdf(documents);
  });

  it.each(examples)('%s has its text, and a page of its own for each document', (name) => {
    const draft = drafts[name]!;
    const pdf = pdfs[name]!;
    expect(pdf.pages.length).toBeGreaterThanOrEqual(draft.documents.length);
    const pages = pdf.pages.map(bare);
    // The letterhead opens each document: the State's name, in capitals where the script has them.
    const state = bare(draft.sender.state.toLocaleUpperCase(draft.language));
    const letterheads = pages.flatMap((page, index) => (page.includes(state) ? [index] : []));
    expect(letterheads.length).toBeGreaterThanOrEqual(draft.documents.length);
    let previousPage = -1;
    distinctiveText(draft).forEach((strings) => {
      const first = pages.findIndex(
        (page, index) => index > previousPage && page.includes(bare(strings[0] ?? '')),
      );
      // Each document starts on a later page than the one before it.
      expect(first).toBeGreaterThan(previousPage);
      for (const text of strings) expect(bare(pdf.text)).toContain(bare(text));
      previousPage = first;
    });
  });
});
