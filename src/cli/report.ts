import { formatDiagnostic, type Diagnostic } from '../errors/diagnostic.js';
import type { CliIo } from './io.js';

/**
 * Prints findings to standard error, one a line.
 *
 * @example
 * ```ts
 * reportDiagnostics(io, result.errors);
 * ```
 */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
}
