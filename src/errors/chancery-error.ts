import { formatDiagnostic, type Diagnostic, type PathSegment } from './diagnostic.js';

/**
 * The one error class chancery throws. It carries every error-level finding that stopped the
 * work, so a caller can show them all at once; `code` and `path` are those of the first.
 *
 * @example
 * ```ts
 * try {
 *   await renderDocx(draft);
 * } catch (error) {
 *   if (error instanceof ChanceryError) console.error(error.diagnostics.map(formatDiagnostic).join('\n'));
 * }
 * ```
 */
export class ChanceryError extends Error {
  override readonly name = 'ChanceryError';
  readonly diagnostics: readonly Diagnostic[];
  readonly code: string;
  readonly path: readonly PathSegment[] | undefined;

  constructor(diagnostics: readonly [Diagnostic, ...Diagnostic[]], options?: { cause?: unknown }) {
    super(diagnostics.map(formatDiagnostic).join('\n'), options);
    this.diagnostics = diagnostics;
    this.code = diagnostics[0].code;
    this.path = diagnostics[0].path;
  }
}

/**
 * Builds a {@link ChanceryError} for a single finding.
 *
 * @example
 * ```ts
 * throw chanceryError({ code: 'unknown_format', message: 'no format named "x"' });
 * ```
 */
export function chanceryError(
  finding: Omit<Diagnostic, 'severity'>,
  options?: { cause?: unknown },
): ChanceryError {
  return new ChanceryError([{ severity: 'error', ...finding }], options);
}
