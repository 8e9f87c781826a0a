import { z } from 'zod';

// XML 1.0 forbids these outright; Word refuses a file that contains them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\u2028\u2029\t]/;

function describeCodePoint(text: string): string {
  const codePoint = text.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Finds the first character of `text` that a Word document cannot hold, and says why.
 * Returns `undefined` when every character can be written.
 *
 * @example
 * ```ts
 * findUnwritableCharacter('Geneva\u0007'); // 'contains U+0007, a control character that a Word document cannot hold'
 * findUnwritableCharacter('Genève'); // undefined
 * ```
 */
export function findUnwritableCharacter(text: string): string | undefined {
  const forbidden = FORBIDDEN_IN_XML.exec(text);
  if (forbidden) {
    return `contains ${describeCodePoint(forbidden[0])}, a control character that a Word document cannot hold`;
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return `contains ${describeCodePoint(surrogate[0])}, half of a character (a lone surrogate) that a Word document cannot hold`;
  }
  return undefined;
}

function refineWritable(text: string, context: z.RefinementCtx): void {
  const problem = findUnwritableCharacter(text);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
}

/**
 * A short text on one line (a name, a title, a city). Leading and trailing spaces are trimmed;
 * line breaks, tabs and characters a Word document cannot hold are refused. A number is accepted
 * and written as it reads (`657` becomes `"657"`), since YAML reads bare digits as numbers.
 *
 * @example
 * ```ts
 * LineTextSchema.parse('  Geneva '); // 'Geneva'
 * ```
 */
export const LineTextSchema = z.union([z.string(), z.number().transform(String)]).pipe(
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((text, context) => {
      refineWritable(text, context);
      const lineBreak = LINE_BREAK.exec(text);
      if (lineBreak) {
        context.addIssue({
          code: 'custom',
          message: `must be on one line (it contains ${describeCodePoint(lineBreak[0])})`,
        });
      }
    }),
);

/**
 * Markdown text that may run over several paragraphs. Characters a Word document cannot hold are
 * refused; everything else is kept as written.
 *
 * @example
 * ```ts
 * MarkdownTextSchema.parse('First paragraph.\n\n## A section');
 * ```
 */
export const MarkdownTextSchema = z.string().superRefine(refineWritable);
