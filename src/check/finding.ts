import { formatDiagnostic, formatPath, type Diagnostic } from '../errors/diagnostic.js';

/**
 * What `chancery check` found: a {@link Diagnostic} whose `code` is the id of the rule that
 * found it (`mandate_title`), or the code of a validation error (`invalid_reference`), with the
 * text the drafter probably meant where there is one.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   severity: 'warning',
 *   code: 'mandate_title',
 *   message: 'reads "transitional" where the title has "transnational"',
 *   path: ['documents', 1, 'addressees', 1, 'title'],
 *   suggestion: 'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
 * };
 * ```
 */
export interface Finding extends Diagnostic {
  readonly suggestion?: string;
}

/** A finding as `chancery check --json` writes it: every field present, `null` when unknown. */
export interface FindingJson {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  /** The field, written `documents[1].addressees[0].title`. */
  readonly path: string | null;
  readonly suggestion: string | null;
}

/**
 * The stable JSON form of a finding, for programs.
 *
 * @example
 * ```ts
 * JSON.stringify(findings.map(findingToJson));
 * ```
 */
export function findingToJson(finding: Finding): FindingJson {
  return {
    rule: finding.code,
    severity: finding.severity,
    message: finding.message,
    file: finding.file ?? null,
    line: finding.line ?? null,
    column: finding.column ?? null,
    path: finding.path === undefined ? null : formatPath(finding.path),
    suggestion: finding.suggestion ?? null,
  };
}

/**
 * A finding on one line, as `chancery check` prints it:
 * `reply.yaml:42:47: warning mandate_title at documents[1].addressees[1].title: ... (did you mean "..."?)`.
 *
 * @example
 * ```ts
 * formatFinding({ severity: 'error', code: 'letter_signatory', message: 'the letter has no signatory' });
 * ```
 */
export function formatFinding(finding: Finding): string {
  const line = formatDiagnostic(finding);
  return finding.suggestion === undefined
    ? line
    : `${line} (did you mean "${finding.suggestion}"?)`;
}

/**
 * Orders findings by where they stand in the file, then by rule.
 *
 * @example
 * ```ts
 * findings.sort(compareFindings);
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}
