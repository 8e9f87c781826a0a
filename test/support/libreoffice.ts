import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Whether LibreOffice and poppler's pdftotext are installed. Tests that need them are skipped,
 * visibly, without; `.ci/run` installs both, so CI always runs them.
 */
export const hasLibreOffice = has('soffice') && has('pdftotext');

/** A .docx as LibreOffice lays it out: the text of each PDF page. */
export interface PdfPages {
  readonly pages: readonly string[];
  readonly text: string;
}

/**
 * Converts a .docx to PDF with LibreOffice (headless, its own profile so that runs do not
 * collide) and reads each page back with pdftotext.
 */
export function convertToPdf(docx: Uint8Array): PdfPages {
  const folder = mkdtempSync(join(tmpdir(), 'chancery-lo-'));
  try {
    convertInFolder(folder, { document: docx }, 120_000);
    return pagesOf(join(folder, 'document.pdf'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Writes each document into the folder as `<name>.docx` and converts them all to `<name>.pdf`
 * there, in one LibreOffice run with its own profile, so that runs do not collide.
 */
function convertInFolder(
  folder: string,
  documents: Readonly<Record<string, Uint8Array>>,
  timeout: number,
): void {
  const inputs = Object.entries(documents).map(([name, bytes]) => {
    const input = join(folder, `${name}.docx`);
    writeFileSync(input, bytes);
    return input;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...inputs,
    ],
    { stdio: 'pipe', timeout },
  );
}

// pdftotext ends the last page with a form feed too: what follows it is no page.
function pagesOf(pdf: string): PdfPages {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const pages = text
    .split('\f')
    .filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
  return { pages, text };
}

/** Folds the white space of text read from a PDF, so that line wrapping does not matter. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A word as poppler places it on a page, in points from the top left corner. */
export interface PdfWord {
  readonly text: string;
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/** An image as poppler places it on a page, in points from the top left corner. */
export interface PdfImage {
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/** Several documents as LibreOffice lays them out, with the words' places and the fonts used. */
export interface PdfLayout extends PdfPages {
  readonly words: readonly PdfWord[];
  /** Where each image stands, as poppler's pdftohtml finds it. */
  readonly images: readonly PdfImage[];
  readonly pageWidth: number;
  /** The names of the fonts embedded in the PDF, as `pdffonts` lists them. */
  readonly fonts: readonly string[];
}

const bboxParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function layoutOf(pdf: string): PdfLayout {
  const { pages, text } = pagesOf(pdf);
  const bbox = bboxParser.parse(
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }),
  ) as { html: { body: { doc: { page: unknown } } } };
  const pageNodes = [bbox.html.body.doc.page].flat() as {
    width: string;
    word?: unknown;
  }[];
  const words = pageNodes.flatMap((page, index) =>
    (
      [page.word ?? []].flat() as {
        '#text': string | number;
        xMin: string;
        xMax: string;
        yMin: string;
      }[]
    ).map((word): PdfWord => ({
      text: String(word['#text']),
      page: index,
      xMin: Number(word.xMin),
      xMax: Number(word.xMax),
      yMin: Number(word.yMin),
    })),
  );
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((name) => name !== '')
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
  return {
    pages,
    text,
    words,
    images: imagesOf(pdf),
    pageWidth: Number(pageNodes[0]?.width ?? 0),
    fonts,
  };
}

// pdftohtml writes the images it finds beside its XML: both go into the PDF's own folder.
function imagesOf(pdf: string): PdfImage[] {
  const base = pdf.replace(/\.pdf$/, '-images');
  execFileSync('pdftohtml', ['-xml', '-q', '-zoom', '1', pdf, base], { stdio: 'pipe' });
  const parsed = bboxParser.parse(readFileSync(`${base}.xml`, 'utf8')) as {
    pdf2xml: { page: unknown };
  };
  const pages = [parsed.pdf2xml.page].flat() as { number: string; image?: unknown }[];
  return pages.flatMap((page) =>
    ([page.image ?? []].flat() as { top: string; left: string; width: string }[]).map(
      (image): PdfImage => ({
        page: Number(page.number) - 1,
        xMin: Number(image.left),
        xMax: Number(image.left) + Number(image.width),
        yMin: Number(image.top),
      }),
    ),
  );
}

/**
 * Converts several .docx files to PDF in one LibreOffice run (it starts slowly) and reads each
 * back with poppler: the text, where each word stands, and the fonts embedded.
 */
export function convertAllToPdf(
  documents: Readonly<Record<string, Uint8Array>>,
): Record<string, PdfLayout> {
  const folder = mkdtempSync(join(tmpdir(), 'chancery-lo-'));
  try {
    convertInFolder(folder, documents, 240_000);
    const layouts: Record<string, PdfLayout> = {};
    for (const name of Object.keys(documents)) {
      layouts[name] = layoutOf(join(folder, `${name}.pdf`));
    }
    return layouts;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
