import { originalText, positionAt, type Skeleton } from './template-skeleton.js';

/**
 * The attribute that carries, into the expanded markup, where each element was written in its
 * template, so that a problem found only at render time still names the template's line and
 * column. It is removed before the element is checked.
 */
export const SOURCE_ATTRIBUTE = 'chancery-at';

/**
 * Adds the source position of each start tag (`chancery-at="file:line:column"`, the file as an
 * index into the format's table of template files) to a parsed template, in place.
 *
 * @example
 * ```ts
 * addSourcePositions(skeleton, findings.tagNameEnds, files.push(template.file) - 1);
 * ```
 */
export function addSourcePositions(
  skeleton: Skeleton,
  tagNameEnds: readonly number[],
  fileIndex: number,
): void {
  for (const { node, start } of skeleton.contents) {
    const original = originalText(node);
    const ends = tagNameEnds.filter((end) => end > start && end <= start + original.length);
    if (ends.length === 0 || node.value === '') continue;
    // Handlebars may have stripped white space at the edges of the text (around block tags).
    const stripped = original.indexOf(node.value);
    if (stripped < 0) continue;
    let value = node.value;
    for (const end of [...ends].sort((a, b) => b - a)) {
      const index = end - start - stripped;
      if (index <= 0 || index > value.length) continue;
      const { line, column } = positionAt(skeleton.lineStarts, skeleton.text.lastIndexOf('<', end));
      value = `${value.slice(0, index)} ${SOURCE_ATTRIBUTE}="${fileIndex}:${line}:${column}"${value.slice(index)}`;
    }
    node.value = value;
  }
}

/**
 * Reads a {@link SOURCE_ATTRIBUTE} value back into a file, line and column.
 *
 * @example
 * ```ts
 * readSourcePosition('0:3:1', ['templates/un-geneva/letter.hbs']); // { file: 'templates/un-geneva/letter.hbs', line: 3, column: 1 }
 * ```
 */
export function readSourcePosition(
  value: string | undefined,
  files: readonly string[],
): { file: string; line: number; column: number } | undefined {
  const match = value === undefined ? null : /^(\d+):(\d+):(\d+)$/.exec(value);
  if (match === null) return undefined;
  const file = files[Number(match[1])];
  if (file === undefined) return undefined;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}
