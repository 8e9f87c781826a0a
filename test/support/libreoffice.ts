import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    const input = join(folder, 'document.docx');
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const pdf = join(folder, 'document.pdf');
    readFileSync(pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const pages = text
      .split('\f')
      .filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
    return { pages, text };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Folds the white space of text read from a PDF, so that line wrapping does not matter. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
