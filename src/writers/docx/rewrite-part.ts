import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Rewrites one XML part of a .docx (a zip package) and packs it again, the other parts and
 * their order unchanged.
 *
 * @example
 * ```ts
 * const bytes = rewritePart(docx, 'word/document.xml', (xml) => setSectionDirections(xml, [true]));
 * ```
 */
export function rewritePart(
  docx: Uint8Array,
  path: string,
  rewrite: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(docx);
  const part = files[path];
  if (part === undefined) throw new Error(`the package has no part ${path}`);
  files[path] = strToU8(rewrite(strFromU8(part)));
  return zipSync(files);
}
