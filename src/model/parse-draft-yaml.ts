import {
  isCollection,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import type { Draft } from './draft.js';
import { parseDraft, type ParseResult } from './parse-draft.js';
import { findDeepYamlNesting, MAX_YAML_NESTING } from './yaml-nesting.js';

/** Where a YAML text came from, for messages. */
export interface YamlSource {
  /** The name shown in messages, usually the file's path. */
  readonly file?: string;
}

// Refuses documents whose aliases would expand far beyond their own size ("billion laughs").
const MAX_ALIAS_COUNT = 100;

function findNode(
  document: Document,
  path: readonly PathSegment[],
): { node: Node | null; exact: boolean } {
  let node: Node | null = document.contents;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    if (!isCollection(node)) return { node, exact: false };
    let next: unknown;
    if (typeof segment === 'number') {
      next = node.items[segment];
    } else {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
      );
      if (pair !== undefined && isPair(pair)) next = pair.value ?? pair.key;
    }
    if (next === undefined || next === null) return { node, exact: false };
    node = next as Node;
  }
  return { node, exact: true };
}

/**
 * Parses a YAML text and validates it as a draft. Syntax errors give their line and column;
 * schema errors give the field path and the line of the field (or of the mapping that lacks it).
 *
 * @example
 * ```ts
 * const result = parseDraftYaml(await readFile('reply.yaml', 'utf8'), { file: 'reply.yaml' });
 * if (!result.ok) console.error(result.errors.map(formatDiagnostic).join('\n'));
 * ```
 */
export function parseDraftYaml(text: string, source: YamlSource = {}): ParseResult<Draft> {
  const file = source.file === undefined ? {} : { file: source.file };
  const nesting = findDeepYamlNesting(text);
  if (nesting !== undefined) {
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'yaml_too_deep',
          message: `the YAML nests ${nesting.depth} levels deep here (a draft needs about five; at most ${MAX_YAML_NESTING} are read)`,
          ...file,
          line: nesting.line,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  if (document.errors.length > 0) {
    const errors = document.errors.map((error): Diagnostic => {
      const position = lineCounter.linePos(error.pos[0]);
      return {
        severity: 'error',
        code: 'yaml_syntax',
        message: error.message.split('\n')[0] ?? error.message,
        ...file,
        line: position.line,
        column: position.col,
      };
    });
    return { ok: false, errors: errors as [Diagnostic, ...Diagnostic[]] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'yaml_aliases',
          message: `the YAML could not be read: ${error instanceof Error ? error.message : String(error)}`,
          ...file,
        },
      ],
    };
  }
  const result = parseDraft(data);
  if (result.ok) return result;
  const locate = (diagnostic: Diagnostic): Diagnostic => {
    const { node } = findNode(document, diagnostic.path ?? []);
    if (node?.range === undefined || node.range === null) return { ...diagnostic, ...file };
    const position = lineCounter.linePos(node.range[0]);
    return { ...diagnostic, ...file, line: position.line, column: position.col };
  };
  const [first, ...rest] = result.errors;
  return { ok: false, errors: [locate(first), ...rest.map(locate)] };
}
