// chancery for Node: everything in `chancery/core`, the formats shipped with the package, and
// functions that read drafts and formats from disk.
import type { ComposeOptions } from './compose/compose-draft.js';
import {
  createDrafter as createCoreDrafter,
  type Drafter,
  type DrafterOptions,
  type RenderedDocx,
  type RenderedHtml,
  type RenderedText,
} from './drafter.js';
import type { Draft } from './model/draft.js';
import { builtinFormats } from './node/builtin-formats.js';
import { nodeDeflate } from './node/node-deflate.js';

export * from './core.js';
export { builtinFormats, builtinFormatsDir } from './node/builtin-formats.js';
export { readFormatDir } from './node/read-format-dir.js';
export { loadDraftFile } from './node/load-draft-file.js';
export type { LoadedDraft } from './node/load-draft-file.js';
export { writeFileAtomic, writeFileAtomicSync } from './node/write-file-atomic.js';
export type { AtomicWriteOptions } from './node/write-file-atomic.js';
export { nodeDeflate } from './node/node-deflate.js';

/**
 * Creates a drafter that knows the built-in formats as well as any given.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [readFormatDir('formats/my-mission')] });
 * ```
 */
export function createDrafter(options: Partial<DrafterOptions> = {}): Drafter {
  return createCoreDrafter({
    deflate: nodeDeflate,
    ...options,
    formats: [...builtinFormats(), ...(options.formats ?? [])],
  });
}

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
