// Compiles the formats shipped in templates/ ahead of time, into dist/node/precompiled-builtins.js
// (written over the empty module that the TypeScript build leaves there): a drafter created
// without formats of its own then starts without parsing, checking or compiling them. A problem
// in a built-in format fails the build, with its file, line and column.
import { writeFileSync } from 'node:fs';
import { formatToJson } from '../dist/node/format-json.js';
import { builtinFormats } from '../dist/node/builtin-formats.js';
import { precompileFormats } from '../dist/precompiled-formats.js';
import { docxPartsToJson } from '../dist/node/docx-parts-json.js';
import { nodeDeflate } from '../dist/node/node-deflate.js';
import { writeDocxFormatParts } from '../dist/writers/docx/docx-writer.js';

let precompiled;
try {
  precompiled = precompileFormats(builtinFormats());
} catch (error) {
  const problems = error.diagnostics ?? [error];
  for (const problem of problems)
    console.error(
      `${problem.file ?? ''}:${problem.line ?? ''}:${problem.column ?? ''} ${problem.message}`,
    );
  process.exit(1);
}

const text = (value) => JSON.stringify(value);
const templates = (entries) =>
  `[${entries.map(([name, layer, form]) => `[${text(name)}, ${layer}, ${form}]`).join(',\n')}]`;
const formats = precompiled.formats.map(
  (entry) => `{
  format: formatFromJson(${text(formatToJson(entry.format))}),
  layouts: ${templates(entry.layouts)},
  partials: ${templates(entry.partials)},
  files: JSON.parse(${text(text(entry.files))}),
  phrases: [${entry.phrases
    .map(([layer, language, key, form]) => `[${layer}, ${text(language)}, ${text(key)}, ${form}]`)
    .join(',\n')}],
  languages: JSON.parse(${text(text(entry.languages))}),
}`,
);
// The parts of a .docx that depend only on a format's styles, fonts and language, for each
// language of each format: a render in one of them neither writes nor compresses them.
const docxParts = precompiled.formats.flatMap(({ format }) =>
  format.languages.map((language) =>
    writeDocxFormatParts(format.styles, format.fonts, language, nodeDeflate),
  ),
);

writeFileSync(
  'dist/node/precompiled-builtins.js',
  `// The formats of templates/, compiled by chancery's build (scripts/precompile-formats.js).
import { docxPartsFromJson } from './docx-parts-json.js';
import { formatFromJson } from './format-json.js';

export const precompiledBuiltins = {
  warnings: JSON.parse(${text(text(precompiled.warnings))}),
  formats: [${formats.join(',\n')}],
};

export const builtinDocxParts = docxPartsFromJson(${text(docxPartsToJson(docxParts))});
`,
);
