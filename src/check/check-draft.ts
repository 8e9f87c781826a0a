import type { Diagnostic } from '../errors/diagnostic.js';
import type { Draft } from '../model/draft.js';
import { parseDraftYaml, type YamlSource } from '../model/parse-draft-yaml.js';
import { createYamlLocator, type YamlLocator } from '../model/yaml-locator.js';
import type { CheckRule } from './check-rule.js';
import { compareFindings, type Finding } from './finding.js';
import { proseSegments, type ProseSegment } from './prose.js';
import { checkRules } from './rules/index.js';

/** How to check a draft. */
export interface CheckOptions {
  /** Places findings in the draft's YAML text; without it findings carry only their path. */
  readonly locate?: YamlLocator;
  /** The file name findings carry. */
  readonly file?: string;
  /** The rules to run; all of {@link checkRules} by default. */
  readonly rules?: readonly CheckRule[];
}

function valueAt(draft: Draft, path: readonly (string | number)[]): unknown {
  let value: unknown = draft;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Readonly<Record<string | number, unknown>>)[segment];
  }
  return value;
}

/**
 * Runs the rules of drafting practice over a validated draft and returns what they find, in the
 * order of the file when a locator is given. Pure: no file system, no clock.
 *
 * @example
 * ```ts
 * const findings = checkDraft(draft);
 * findings.filter((finding) => finding.severity === 'error').length;
 * ```
 */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const read = new Map<string, readonly ProseSegment[]>();
  const prose = (markdown: string): readonly ProseSegment[] => {
    let segments = read.get(markdown);
    if (segments === undefined) {
      segments = proseSegments(markdown);
      read.set(markdown, segments);
    }
    return segments;
  };
  for (const rule of options.rules ?? checkRules) {
    for (const found of rule.check({ draft, prose })) {
      const value = found.offset === undefined ? undefined : valueAt(draft, found.path);
      const position = options.locate?.(
        found.path,
        typeof value === 'string' && found.offset !== undefined
          ? { value, offset: found.offset }
          : undefined,
      );
      findings.push({
        severity: found.severity ?? rule.severity,
        code: rule.id,
        message: found.message,
        path: found.path,
        ...(options.file === undefined ? {} : { file: options.file }),
        ...(position === undefined ? {} : { line: position.line, column: position.column }),
        ...(found.suggestion === undefined ? {} : { suggestion: found.suggestion }),
      });
    }
  }
  return findings.sort(compareFindings);
}

/** What checking a YAML text gives: the findings, and the draft when it is valid. */
export interface CheckReport {
  readonly findings: readonly Finding[];
  readonly draft?: Draft;
}

/**
 * Reads a YAML draft and checks it: a draft that does not validate gives its validation errors
 * (`invalid_reference`, `missing_field`, ...) as findings; a valid one gives what the rules find,
 * each with its line and column.
 *
 * @example
 * ```ts
 * const { findings } = checkDraftYaml(text, { file: 'reply.yaml' });
 * for (const finding of findings) console.log(formatFinding(finding));
 * ```
 */
export function checkDraftYaml(text: string, source: YamlSource = {}): CheckReport {
  const parsed = parseDraftYaml(text, source);
  if (!parsed.ok) return { findings: [...parsed.errors].sort(compareFindings) };
  const findings: Finding[] = [
    ...parsed.warnings,
    ...checkDraft(parsed.value, {
      locate: createYamlLocator(text),
      ...(source.file === undefined ? {} : { file: source.file }),
    }),
  ];
  return { findings: findings.sort(compareFindings), draft: parsed.value };
}

/**
 * Whether any finding is an error: `chancery check` exits with status 1 then.
 *
 * @example
 * ```ts
 * process.exitCode = hasErrors(findings) ? 1 : 0;
 * ```
 */
export function hasErrors(findings: readonly Diagnostic[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
