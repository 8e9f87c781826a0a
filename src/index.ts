// chancery for Node: everything in `chancery/core`, the formats shipped with the package, and
// functions that read drafts and formats from disk.
import type { ComposeOptions } from './compose/compose-draft.js';
import type { Drafter, RenderedDocx, RenderedHtml, RenderedText } from './drafter.js';
import type { Draft } from './model/draft.js';
import { createDrafter } from './node/node-drafter.js';

export * from './core.js';
export { builtinFormats, builtinFormatsDir } from './node/builtin-formats.js';
export { readFormatDir } from './node/read-format-dir.js';
export { loadDraftFile } from './node/load-draft-file.js';
export type { LoadedDraft } from './node/load-draft-file.js';
export { writeFileAtomic, writeFileAtomicSync } from './node/write-file-atomic.js';
export type { AtomicWriteOptions } from './node/write-file-atomic.js';
export { nodeDeflate } from './node/node-deflate.js';

// The Node drafter (built-in formats, zlib) in place of the core's.
export { createDrafter } from './node/node-drafter.js';

let defaultDrafter: Drafter | undefined;

function drafter(): Drafter {
  defaultDrafter ??= createDrafter();
  return defaultDrafter;
}

/**
 * Renders a validated draft to the bytes of a .docx file with the built-in formats.
 *
 * @example
 * ```ts
 * const parsed = parseDraft(data);
 * if (parsed.ok) {
 *   const { bytes } = await renderDocx(parsed.value);
 *   await writeFile('reply.docx', bytes);
 * }
 * ```
 */
export function renderDocx(draft: Draft, options?: ComposeOptions): Promise<RenderedDocx> {
  return drafter().renderDocx(draft, options);
}

/**
 * Renders what a validated draft says as plain text, with the built-in formats.
 *
 * @example
 * ```ts
 * console.log(renderText(draft).text);
 * ```
 */
export function renderText(draft: Draft, options?: ComposeOptions): RenderedText {
  return drafter().renderText(draft, options);
}

/**
 * Renders a validated draft as one self-contained HTML page that previews the Word layout, with
 * the built-in formats.
 *
 * @example
 * ```ts
 * await writeFile('reply.html', renderHtml(draft).html);
 * ```
 */
export function renderHtml(draft: Draft, options?: ComposeOptions): RenderedHtml {
  return drafter().renderHtml(draft, options);
}
