import { unzipSync } from 'fflate';

const STYLES_PART = 'word/styles.xml';

/**
 * Reads the Word styles (`word/styles.xml`) out of a reference .docx, the way pandoc's
 * `--reference-doc` takes them. Returns the styles part's XML, or a reason it cannot be read.
 *
 * @example
 * ```ts
 * const read = readReferenceStyles(bytes);
 * if (read.ok) writeDocx(tree, { referenceStyles: read.xml });
 * ```
 */
export function readReferenceStyles(
  bytes: Uint8Array,
): { ok: true; xml: string } | { ok: false; reason: string } {
  let part: Uint8Array | undefined;
  try {
    part = unzipSync(bytes, { filter: (file) => file.name === STYLES_PART })[STYLES_PART];
  } catch {
    return { ok: false, reason: 'is not a .docx file (it does not unzip)' };
  }
  if (part === undefined) return { ok: false, reason: `is a zip file without ${STYLES_PART}` };
  try {
    return { ok: true, xml: new TextDecoder('utf-8', { fatal: true }).decode(part) };
  } catch {
    return { ok: false, reason: `has a ${STYLES_PART} that is not UTF-8 text` };
  }
}
