import { isMap, isScalar, isSeq, parseDocument, LineCounter, type Node } from 'yaml';
import { ChanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';

/** One phrase: its handlebars source and where it was written. */
export interface Phrase {
  readonly source: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The phrase as written in the file, quotes and all, to point into it precisely. */
  readonly raw?: string;
}

/** A language's phrases by dotted key (`noteVerbale.opening`). */
export type PhraseTable = ReadonlyMap<string, Phrase>;

function flatten(
  node: Node | null,
  prefix: string,
  table: Map<string, Phrase>,
  file: string,
  text: string,
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
        text,
        lineCounter,
        problems,
      );
    }
    return;
  }
  const start = lineCounter.linePos(node?.range?.[0] ?? 0);
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const range = node.range;
    table.set(prefix, {
      source: String(node.value),
      file,
      line: start.line,
      column: start.col,
      ...(range === undefined || range === null ? {} : { raw: text.slice(range[0], range[1]) }),
    });
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
 * dotted path, with every problem found (not only the first). Nested mappings group phrases:
 * `letter: { salutation: ... }` is `letter.salutation`.
 *
 * @example
 * ```ts
 * const { table, problems } = readPhraseFile('numberLabel: "No:"', 'phrases/en.yaml');
 * table.get('numberLabel')?.source; // 'No:'
 * ```
 */
export function readPhraseFile(
  text: string,
  file: string,
): { table: PhraseTable; problems: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const table = new Map<string, Phrase>();
  const problems: Diagnostic[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      severity: 'error',
      code: 'phrase_file_syntax',
      message: error.message.split('\n')[0] ?? error.message,
      file,
      line: position.line,
      column: position.col,
    };
  });
  if (problems.length > 0) return { table, problems };
  if (document.contents !== null && !isMap(document.contents)) {
    problems.push({
      severity: 'error',
      code: 'phrase_file_shape',
      message: 'a phrase file is a mapping of names to phrases',
      file,
    });
    return { table, problems };
  }
  flatten(document.contents, '', table, file, text, lineCounter, problems);
  return { table, problems };
}

/**
 * Reads a phrase file like {@link readPhraseFile}, throwing a {@link ChanceryError} with every
 * problem when there are any.
 *
 * @example
 * ```ts
 * const table = parsePhraseFile('numberLabel: "No:"\nletter:\n  salutation: "Dear {{address}},"', 'phrases/en.yaml');
 * table.get('letter.salutation')?.source; // 'Dear {{address}},'
 * ```
 */
export function parsePhraseFile(text: string, file: string): PhraseTable {
  const { table, problems } = readPhraseFile(text, file);
  const [first, ...rest] = problems;
  if (first !== undefined) throw new ChanceryError([first, ...rest]);
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
