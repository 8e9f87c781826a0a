import type * as z from 'zod';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import { DraftSchema, type Draft } from './draft.js';

/**
 * What parsing gives back: the typed draft, or every problem found, each with its field path.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly errors: readonly [Diagnostic, ...Diagnostic[]] };

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
};

// Wording for people who are not programmers; zod's defaults speak of "Invalid input".
const drafterMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}, found ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : undefined;
    default:
      return undefined;
  }
};

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

// Rules of the model name their finding in the issue's params (`invalid_reference`).
function customCode(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { code?: unknown } }).params;
  return typeof params?.code === 'string' ? params.code : 'invalid_text';
}

function toDiagnostics(issues: readonly z.core.$ZodIssue[], data: unknown): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    const path = toPath(issue.path);
    if (issue.code !== 'unrecognized_keys' && valueAt(data, path) === undefined) {
      // A rule of the model may say more than "is required" (a title, unless a mandate is given).
      const message = issue.code === 'custom' ? issue.message : 'is required';
      diagnostics.push({ severity: 'error', code: 'missing_field', message, path });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        diagnostics.push({
          severity: 'error',
          code: 'unknown_field',
          message: `unknown field "${key}"`,
          path: [...path, key],
        });
      }
    } else if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid_value',
        message: `expected "note-verbale" or "letter", found ${describeValue(valueAt(data, path))}`,
        path: path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator],
      });
    } else {
      diagnostics.push({
        severity: 'error',
        code:
          issue.code === 'invalid_type' && issue.input === undefined
            ? 'missing_field'
            : issue.code === 'custom'
              ? customCode(issue)
              : issue.code,
        message: issue.message,
        path,
      });
    }
  }
  return diagnostics;
}

// zod compiles a fast path for each object schema on its first parse, which costs more than the
// parse itself (a few milliseconds of a command's cold start for the draft's schemas): the first
// draft is validated without it, and a batch compiles it from its second record on.
let draftsParsed = 0;

/**
 * Validates data (from YAML, JSON or code) against input format v1 and returns the typed
 * {@link Draft}, with defaults filled in, or every problem with its field path.
 *
 * @example
 * ```ts
 * const result = parseDraft({ sender: { ... }, documents: [ ... ] });
 * if (result.ok) console.log(result.value.language);
 * else for (const error of result.errors) console.error(formatDiagnostic(error));
 * ```
 */
export function parseDraft(data: unknown): ParseResult<Draft> {
  const parsed = DraftSchema.safeParse(data, {
    error: drafterMessages,
    jitless: draftsParsed++ === 0,
  });
  if (parsed.success) return { ok: true, value: parsed.data, warnings: [] };
  const [first, ...rest] = toDiagnostics(parsed.error.issues, data);
  if (first === undefined) {
    return {
      ok: false,
      errors: [{ severity: 'error', code: 'invalid_draft', message: 'the draft is not valid' }],
    };
  }
  return { ok: false, errors: [first, ...rest] };
}
