import { chanceryError, type ChanceryError } from '../errors/chancery-error.js';

interface HandlebarsFailure {
  readonly message: string;
  readonly lineNumber?: number;
  readonly column?: number;
}

// Handlebars' parser reports "Parse error on line N:" and an excerpt with a caret under the
// failing token, but not the column: find the excerpt's text on that line to recover it.
function parseErrorPosition(
  message: string,
  source: string,
): { line: number; column?: number } | undefined {
  const lineMatch = /^Parse error on line (\d+):\n(.*)\n(-*)\^/.exec(message);
  if (lineMatch === null) return undefined;
  const line = Number(lineMatch[1]);
  const excerpt = (lineMatch[2] ?? '').replace(/^\.\.\./, '');
  const caret = (lineMatch[3] ?? '').length - ((lineMatch[2] ?? '').startsWith('...') ? 3 : 0);
  const before = excerpt.slice(0, Math.max(0, caret));
  const lineText = source.split('\n')[line - 1] ?? '';
  for (let length = before.length; length > 0; length--) {
    const suffix = before.slice(before.length - length);
    const index = lineText.lastIndexOf(suffix);
    if (index >= 0) return { line, column: index + suffix.length + 1 };
  }
  return { line };
}

/**
 * Turns an error thrown by handlebars into a {@link ChanceryError} naming the template file, line
 * and column (1-based).
 *
 * @example
 * ```ts
 * try { template(context); } catch (error) { throw templateError(error, 'letter.hbs', source); }
 * ```
 */
export function templateError(error: unknown, file: string, source: string): ChanceryError {
  const failure = (
    error instanceof Error ? error : { message: String(error) }
  ) as HandlebarsFailure;
  const parsed = parseErrorPosition(failure.message, source);
  if (parsed !== undefined) {
    const expecting = /\n(Expecting .*)$/.exec(failure.message)?.[1];
    return chanceryError(
      {
        code: 'template_syntax',
        message: `the template does not parse${expecting === undefined ? '' : `: ${expecting}`}`,
        file,
        line: parsed.line,
        ...(parsed.column === undefined ? {} : { column: parsed.column }),
      },
      { cause: error },
    );
  }
  const message = failure.message.replace(/ - \d+:\d+$/, '');
  const notDefined = /^"(.+)" not defined in/.exec(message);
  return chanceryError(
    {
      code: notDefined === null ? 'template_error' : 'template_unknown_variable',
      message: notDefined === null ? message : `"${notDefined[1]}" is not defined here`,
      file,
      ...(failure.lineNumber === undefined ? {} : { line: failure.lineNumber }),
      ...(failure.column === undefined ? {} : { column: failure.column + 1 }),
    },
    { cause: error },
  );
}
