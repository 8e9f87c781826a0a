/** A segment of a path into the input data: an object key or an array index. */
export type PathSegment = string | number;

/** How serious a finding is: an error stops rendering, a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * One finding about the input, a format or a template, as plain data.
 *
 * `path` points into the input data (`['documents', 1, 'addressees', 0, 'name']`);
 * `file`, `line` and `column` (1-based) point into a source text when one is known.
 *
 * @example
 * ```ts
 * const finding: Diagnostic = {
 *   severity: 'error',
 *   code: 'invalid_date',
 *   message: 'not a calendar date: 2022-13-45',
 *   path: ['documents', 0, 'date'],
 *   file: 'reply.yaml',
 *   line: 12,
 *   column: 11,
 * };
 * ```
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** A stable identifier in snake_case, for programs to match on. */
  readonly code: string;
  /** A sentence for people, without the position (see {@link formatDiagnostic}). */
  readonly message: string;
  readonly path?: readonly PathSegment[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Writes a path the way a drafter reads it: `documents[1].addressees[0].name`.
 *
 * @example
 * ```ts
 * formatPath(['documents', 1, 'addressees', 0, 'name']); // 'documents[1].addressees[0].name'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/**
 * Renders a diagnostic as one line: `reply.yaml:12:11: error invalid_date at documents[0].date: ...`.
 *
 * @example
 * ```ts
 * formatDiagnostic({ severity: 'warning', code: 'x', message: 'something odd' }); // 'warning x: something odd'
 * ```
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  let where = '';
  if (diagnostic.file !== undefined) {
    where = diagnostic.file;
    if (diagnostic.line !== undefined) {
      where += `:${diagnostic.line}`;
      if (diagnostic.column !== undefined) where += `:${diagnostic.column}`;
    }
    where += ': ';
  } else if (diagnostic.line !== undefined) {
    where = `line ${diagnostic.line}${diagnostic.column === undefined ? '' : `, column ${diagnostic.column}`}: `;
  }
  const at =
    diagnostic.path !== undefined && diagnostic.path.length > 0
      ? ` at ${formatPath(diagnostic.path)}`
      : '';
  return `${where}${diagnostic.severity} ${diagnostic.code}${at}: ${diagnostic.message}`;
}

/**
 * The diagnostics with each one kept once, in the order first found: a problem met through two
 * paths (a format and one that extends it, `en` and `en-US`) is reported once.
 *
 * @example
 * ```ts
 * distinctDiagnostics([problem, { ...problem }]).length; // 1
 * ```
 */
export function distinctDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [
    ...new Map(diagnostics.map((diagnostic) => [JSON.stringify(diagnostic), diagnostic])).values(),
  ];
}
