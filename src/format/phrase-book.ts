import { isMap, isScalar, isSeq, parseDocument, LineCounter, type Node } from 'yaml';
import { chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';

/** One phrase: its handlebars source and where it was written. */
export interface Phrase {
  readonly source: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A language's phrases by dotted key (`noteVerbale.opening`). */
export type PhraseTable = ReadonlyMap<string, Phrase>;

function flatten(
  node: Node | null,
  prefix: string,
  table: Map<string, Phrase>,
  file: string,
  lineCounter: LineCounter,
  problems: Diagnostic[],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      flatten(
        pair.value as Node | null,
        prefix === '' ? key : `${prefix}.${key}`,
        table,
        file,
        lineCounter,
        problems,
      );
    }
    return;
  }
  const start = lineCounter.linePos(node?.range?.[0] ?? 0);
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    table.set(prefix, { source: String(node.value), file, line: start.line, column: start.col });
    return;
  }
  problems.push({
    severity: 'error',
    code: 'phrase_not_text',
    message: `phrase "${prefix}" must be text${isSeq(node) ? ', not a list' : ''}`,
    file,
    line: start.line,
    column: start.col,
  });
}

/**
 * Reads a phrase file (YAML whose leaves are handlebars strings) into a flat table keyed by
 * dotted path. Nested mappings group phrases: `letter: { salutation: ... }` is `letter.salutation`.
 *
 * @example
 * ```ts
 * const table = parsePhraseFile('numberLabel: "No:"\nletter:\n  salutation: "Dear {{address}},"', 'phrases/en.yaml');
 * table.get('letter.salutation')?.source; // 'Dear {{address}},'
 * ```
 */
export function parsePhraseFile(text: string, file: string): PhraseTable {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first !== undefined) {
    const position = lineCounter.linePos(first.pos[0]);
    throw chanceryError({
      code: 'phrase_file_syntax',
      message: first.message.split('\n')[0] ?? first.message,
      file,
      line: position.line,
      column: position.col,
    });
  }
  const table = new Map<string, Phrase>();
  const problems: Diagnostic[] = [];
  if (document.contents !== null && !isMap(document.contents)) {
    throw chanceryError({
      code: 'phrase_file_shape',
      message: 'a phrase file is a mapping of names to phrases',
      file,
    });
  }
  flatten(document.contents, '', table, file, lineCounter, problems);
  const [problem] = problems;
  if (problem !== undefined) throw chanceryError(problem);
  return table;
}

/**
 * The languages to try, most specific first: `en-US` falls back to `en`.
 *
 * @example
 * ```ts
 * languageFallbacks('zh-Hans-CN'); // ['zh-Hans-CN', 'zh-Hans', 'zh']
 * ```
 */
export function languageFallbacks(language: string): string[] {
  const parts = language.split('-');
  const tags: string[] = [];
  for (let length = parts.length; length > 0; length--) tags.push(parts.slice(0, length).join('-'));
  return tags;
}
