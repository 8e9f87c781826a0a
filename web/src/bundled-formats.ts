import type { FormatSource } from '../../src/core.js';
import { dataUrlBytes } from './data-url-bytes.js';

// The same split as the Node loader's: templates and phrase files are text, the rest bytes.
// import.meta.glob takes only literal patterns, so each folder is named here.
const builtinText = import.meta.glob<string>('../../templates/*/**/*.{hbs,yaml,yml,md,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const builtinBinary = import.meta.glob<string>(
  ['../../templates/*/**/*', '!../../templates/*/**/*.{hbs,yaml,yml,md,txt}'],
  { query: '?inline', import: 'default', eager: true },
);
const exampleText = import.meta.glob<string>(
  '../../examples/formats/*/**/*.{hbs,yaml,yml,md,txt}',
  { query: '?raw', import: 'default', eager: true },
);
const exampleBinary = import.meta.glob<string>(
  ['../../examples/formats/*/**/*', '!../../examples/formats/*/**/*.{hbs,yaml,yml,md,txt}'],
  { query: '?inline', import: 'default', eager: true },
);

const FORMAT_FILE = /^(?:\.\.\/)+((?:templates|examples\/formats)\/[^/]+)\/(.+)$/;

function formatSources(
  text: Readonly<Record<string, string>>,
  binary: Readonly<Record<string, string>>,
): FormatSource[] {
  const byOrigin = new Map<string, Record<string, string | Uint8Array>>();
  const add = (key: string, content: string | Uint8Array): void => {
    const match = FORMAT_FILE.exec(key);
    if (match?.[1] === undefined || match[2] === undefined) return;
    let files = byOrigin.get(match[1]);
    if (files === undefined) {
      // No prototype: a file may be called "__proto__" without changing what the object is.
      files = Object.create(null) as Record<string, string | Uint8Array>;
      byOrigin.set(match[1], files);
    }
    files[match[2]] = content;
  };
  for (const [key, content] of Object.entries(text)) add(key, content);
  for (const [key, url] of Object.entries(binary)) add(key, dataUrlBytes(url));
  return [...byOrigin]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([origin, files]) => ({ origin, files }));
}

/**
 * The formats shipped in `templates/`, bundled into the page: the browser's counterpart of
 * `builtinFormats()`, with the same origins (`templates/un-geneva`) and files.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: bundledFormats });
 * ```
 */
export const bundledFormats: readonly FormatSource[] = formatSources(builtinText, builtinBinary);

/**
 * The example house styles of `examples/formats/` (`embassy`), offered beside the built-in
 * formats to show what a derived format changes.
 *
 * @example
 * ```ts
 * const drafter = createDrafter({ formats: [...bundledFormats, ...exampleFormats] });
 * ```
 */
export const exampleFormats: readonly FormatSource[] = formatSources(exampleText, exampleBinary);
