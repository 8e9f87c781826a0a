import type { Diagnostic } from '../errors/diagnostic.js';
import { closestName } from './closest-name.js';
import type { ArgumentFacts } from './helper.js';
import {
  ANY_SHAPE,
  fieldNames,
  fieldOf,
  itemOf,
  valuesOf,
  withFields,
  type Shape,
} from './shape.js';

/** What the static check knows of a helper. */
export interface HelperFacts {
  /** Whether, as a block, it renders its content with other data than the template's. */
  readonly changesContext?: boolean;
  /** The helper's own check of a call's arguments (see `TemplateHelper.checkArguments`). */
  readonly checkArguments?: (args: readonly ArgumentFacts[]) => string | undefined;
}

/** A template's or partial's parsed source. */
export interface ParsedTemplate {
  readonly file: string;
  readonly ast: hbs.AST.Program;
}

/** A `{{phrase "key"}}` found in a template, with the data the phrase will see there. */
export interface PhraseCall {
  readonly key: string;
  readonly data: Shape;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What checking a template's data needs. */
export interface DataCheckInput {
  readonly template: ParsedTemplate;
  /** The data the template is rendered with. */
  readonly root: Shape;
  readonly helpers: ReadonlyMap<string, HelperFacts>;
  /** A partial by name, or `undefined` when the format has none of that name. */
  readonly partial: (name: string) => ParsedTemplate | undefined;
  /** Whether a phrase key exists in some language of the format. */
  readonly phraseExists: (key: string) => boolean;
  /** Turns a position in a template into one in its file (phrases sit inside YAML files). */
  readonly locate?: (
    file: string,
    position: hbs.AST.Position,
  ) => { file: string; line: number; column: number };
  readonly report: (problem: Diagnostic) => void;
  readonly onPhraseCall?: (call: PhraseCall) => void;
  /** Partials already checked, shared between the templates of a format. */
  readonly checked?: Set<string>;
  /** `false` for phrases, which write plain text and are never escaped. */
  readonly escapes?: boolean;
}

/** Handlebars' own block helpers that the template environment keeps. */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const DATA_IN_EACH = new Set(['index', 'key', 'first', 'last']);

interface Scope {
  readonly root: Shape;
  /** The data at each depth, innermost last: `../` steps out by one. */
  readonly frames: readonly Shape[];
  readonly blockParams: ReadonlyMap<string, Shape>;
  readonly inEach: boolean;
  readonly inPartial: boolean;
  readonly file: string;
}

const shapeIds = new WeakMap<object, number>();
let nextShapeId = 1;
function shapeId(shape: Shape): number {
  let id = shapeIds.get(shape);
  if (id === undefined) {
    id = nextShapeId++;
    shapeIds.set(shape, id);
  }
  return id;
}

// Handlebars leaves out the hash of a call that has none, whatever its typings say.
function hashPairs(hash: hbs.AST.Hash | undefined): hbs.AST.HashPair[] {
  return hash?.pairs ?? [];
}

// What a helper's own check is told of an argument.
function argumentFacts(node: hbs.AST.Expression, shape: Shape): ArgumentFacts {
  let text = '(...)';
  let literal: string | number | boolean | undefined;
  if (node.type === 'PathExpression') text = (node as hbs.AST.PathExpression).original;
  else if (node.type === 'StringLiteral') {
    literal = (node as hbs.AST.StringLiteral).value;
    text = JSON.stringify(literal);
  } else if (node.type === 'NumberLiteral' || node.type === 'BooleanLiteral') {
    literal = (node as hbs.AST.NumberLiteral | hbs.AST.BooleanLiteral).value;
    text = String(literal);
  } else if (node.type === 'NullLiteral' || node.type === 'UndefinedLiteral') {
    text = node.type === 'NullLiteral' ? 'null' : 'undefined';
  }
  const fields = knownFields(shape);
  return {
    text,
    ...(literal === undefined ? {} : { literal }),
    ...(fields === undefined ? {} : { fields }),
  };
}

// The fields data certainly has: none for text or a list, those every option of a union has.
function knownFields(shape: Shape): readonly string[] | undefined {
  switch (shape.kind) {
    case 'object':
      return [...shape.fields.keys()];
    case 'value':
    case 'list':
      return [];
    case 'union': {
      const each = shape.options.map(knownFields);
      if (each.some((fields) => fields === undefined)) return undefined;
      const [first = [], ...others] = each as (readonly string[])[];
      return first.filter((field) => others.every((fields) => fields.includes(field)));
    }
    case 'any':
      return undefined;
  }
}

const STRING: Shape = { kind: 'value', type: 'string' };
const NUMBER: Shape = { kind: 'value', type: 'number' };
const BOOLEAN: Shape = { kind: 'value', type: 'boolean' };

/**
 * Checks, without rendering, that every variable a template (and the partials it includes)
 * reads exists in the data it will see there, that every helper and partial it names exists,
 * and that every phrase it asks for by name exists. Reports each problem with the file, line and
 * column where the template names it.
 *
 * @example
 * ```ts
 * checkTemplateData({ template: { file: 'letter.hbs', ast }, root: shapeOf(LAYOUT_CONTEXTS.letter), helpers, partial, phraseExists, report });
 * ```
 */
export function checkTemplateData(input: DataCheckInput): void {
  const checked = input.checked ?? new Set<string>();
  const active = new Set<string>();
  const where = (file: string, position: hbs.AST.Position) =>
    input.locate?.(file, position) ?? { file, line: position.line, column: position.column + 1 };
  const problem = (scope: Scope, node: hbs.AST.Node, code: string, message: string): void => {
    input.report({ severity: 'error', code, message, ...where(scope.file, node.loc.start) });
  };

  const resolvePath = (path: hbs.AST.PathExpression, scope: Scope): Shape => {
    const parts = path.parts;
    if (path.data) {
      const [head = '', ...rest] = parts;
      if (head === 'root') return walk(path, scope.root, rest, scope, '@root');
      if (DATA_IN_EACH.has(head)) {
        if (!scope.inEach)
          problem(
            scope,
            path,
            'template_unknown_variable',
            `@${head} is only defined inside {{#each}}`,
          );
        return head === 'index' ? NUMBER : head === 'key' ? STRING : BOOLEAN;
      }
      if (head === 'partial-block' && scope.inPartial) return ANY_SHAPE;
      problem(
        scope,
        path,
        'template_unknown_variable',
        `@${head} is not defined (data variables are @root, and @index, @key, @first, @last in {{#each}})`,
      );
      return ANY_SHAPE;
    }
    const scoped = /^(this\b|\.\/|\.$)/.test(path.original);
    const [head] = parts;
    if (path.depth === 0 && !scoped && head !== undefined && scope.blockParams.has(head)) {
      return walk(path, scope.blockParams.get(head) ?? ANY_SHAPE, parts.slice(1), scope, head);
    }
    const frame = scope.frames[scope.frames.length - 1 - path.depth];
    if (frame === undefined) {
      problem(
        scope,
        path,
        'template_unknown_variable',
        `"${path.original}" climbs above the template's data`,
      );
      return ANY_SHAPE;
    }
    return walk(path, frame, parts, scope, '');
  };

  const walk = (
    path: hbs.AST.PathExpression,
    start: Shape,
    parts: readonly string[],
    scope: Scope,
    prefix: string,
  ): Shape => {
    let shape = start;
    let walked = prefix;
    for (const part of parts) {
      const next = fieldOf(shape, part);
      if (next === undefined) {
        const known = fieldNames(shape);
        const guess = closestName(part, known);
        const owner = walked === '' ? 'the data here' : `"${walked}"`;
        problem(
          scope,
          path,
          'template_unknown_variable',
          `"${path.original}" is not defined: ${owner} has no "${part}"${guess === undefined ? '' : ` (did you mean "${guess}"?)`}${known.length > 0 ? `; it has ${known.join(', ')}` : ''}`,
        );
        return ANY_SHAPE;
      }
      shape = next;
      walked = walked === '' ? part : `${walked}.${part}`;
    }
    return shape;
  };

  const isSimpleName = (path: hbs.AST.Expression): path is hbs.AST.PathExpression =>
    path.type === 'PathExpression' &&
    !(path as hbs.AST.PathExpression).data &&
    (path as hbs.AST.PathExpression).depth === 0 &&
    (path as hbs.AST.PathExpression).parts.length === 1 &&
    !/^this\b/.test((path as hbs.AST.PathExpression).original);

  const expression = (node: hbs.AST.Expression, scope: Scope): Shape => {
    switch (node.type) {
      case 'PathExpression':
        return resolvePath(node as hbs.AST.PathExpression, scope);
      case 'SubExpression':
        return call(node as hbs.AST.SubExpression, scope, false);
      case 'StringLiteral':
        return { kind: 'value', type: 'string', values: [(node as hbs.AST.StringLiteral).value] };
      case 'NumberLiteral':
        return NUMBER;
      case 'BooleanLiteral':
        return BOOLEAN;
      default:
        return { kind: 'value', type: 'null' };
    }
  };

  const hashShapes = (hash: hbs.AST.Hash | undefined, scope: Scope): Map<string, Shape> => {
    const fields = new Map<string, Shape>();
    for (const pair of hashPairs(hash)) fields.set(pair.key, expression(pair.value, scope));
    return fields;
  };

  /** Checks a call that has parameters or names a helper; returns what it gives. */
  const call = (
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
    scope: Scope,
    block: boolean,
  ): Shape => {
    const path = node.path;
    const hasArguments = node.params.length > 0 || hashPairs(node.hash).length > 0;
    const name = isSimpleName(path) ? (path.parts[0] ?? '') : undefined;
    const isHelper =
      name !== undefined &&
      !scope.blockParams.has(name) &&
      (input.helpers.has(name) || (block && BLOCK_HELPERS.has(name)));
    if (!isHelper) {
      if (hasArguments || node.type === 'SubExpression') {
        problem(
          scope,
          path,
          'template_unknown_helper',
          `there is no helper "${path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : '?'}"${(() => {
            const guess = closestName(name ?? '', [...input.helpers.keys(), ...BLOCK_HELPERS]);
            return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
          })()}`,
        );
        for (const param of node.params) expression(param, scope);
        hashShapes(node.hash, scope);
        return ANY_SHAPE;
      }
      return expression(path, scope);
    }
    const params = node.params.map((param) => expression(param, scope));
    const hash = hashShapes(node.hash, scope);
    const checkArguments = input.helpers.get(name)?.checkArguments;
    if (checkArguments !== undefined) {
      const wrong = checkArguments(
        node.params.map((param, index) => argumentFacts(param, params[index] ?? ANY_SHAPE)),
      );
      if (wrong !== undefined) problem(scope, node, 'template_helper_arguments', wrong);
    }
    if ((name === 'eq' || name === 'ne') && node.params.length === 2) {
      for (const [index, literal] of node.params.entries()) {
        if (literal.type !== 'StringLiteral') continue;
        const other = params[1 - index];
        const values = other === undefined ? undefined : valuesOf(other);
        const value = (literal as hbs.AST.StringLiteral).value;
        const otherNode = node.params[1 - index];
        if (
          values !== undefined &&
          !values.includes(value) &&
          otherNode?.type === 'PathExpression'
        ) {
          problem(
            scope,
            literal,
            'template_impossible_value',
            `"${(otherNode as hbs.AST.PathExpression).original}" is ${values.map((known) => JSON.stringify(known)).join(' or ')}: it is never "${value}"`,
          );
        }
      }
    }
    if (name === 'phrase') {
      const [first] = node.params;
      if (first?.type === 'StringLiteral') {
        const key = (first as hbs.AST.StringLiteral).value;
        if (!input.phraseExists(key)) {
          problem(
            scope,
            first,
            'template_unknown_phrase',
            `there is no phrase "${key}" in any language of the format`,
          );
        } else {
          input.onPhraseCall?.({
            key,
            data: withFields(scope.root, hash),
            ...where(scope.file, first.loc.start),
          });
        }
      }
    }
    return name === 'each' || name === 'with' ? (params[0] ?? ANY_SHAPE) : ANY_SHAPE;
  };

  const blockScope = (
    scope: Scope,
    data: Shape,
    program: hbs.AST.Program,
    each: boolean,
  ): Scope => {
    const blockParams = new Map(scope.blockParams);
    const [item, index] = (program.blockParams as string[] | undefined) ?? [];
    if (item !== undefined) blockParams.set(item, data);
    if (index !== undefined) blockParams.set(index, each ? { kind: 'any' } : ANY_SHAPE);
    return { ...scope, frames: [...scope.frames, data], blockParams, inEach: scope.inEach || each };
  };

  const statements = (program: hbs.AST.Program | undefined, scope: Scope): void => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case 'MustacheStatement': {
          const node = statement as hbs.AST.MustacheStatement;
          call(node, scope, false);
          const helperName = isSimpleName(node.path) ? node.path.parts[0] : undefined;
          const isHelper =
            node.params.length > 0 ||
            hashPairs(node.hash).length > 0 ||
            (helperName !== undefined && input.helpers.has(helperName));
          if (!node.escaped && !isHelper && input.escapes !== false) {
            problem(
              scope,
              node,
              'template_unescaped',
              'write {{value}}, not {{{value}}}: unescaped, the data could write markup of its own',
            );
          }
          break;
        }
        case 'BlockStatement': {
          const node = statement as hbs.AST.BlockStatement;
          const name = isSimpleName(node.path) ? node.path.parts[0] : undefined;
          const given = call(node, scope, true);
          let inner = scope;
          if (name === 'each') inner = blockScope(scope, itemOf(given), node.program, true);
          else if (name === 'with') inner = blockScope(scope, given, node.program, false);
          else if (name !== undefined && input.helpers.has(name)) {
            if (input.helpers.get(name)?.changesContext === true)
              inner = blockScope(scope, ANY_SHAPE, node.program, false);
          } else if (name === undefined || !BLOCK_HELPERS.has(name)) {
            // A section over a value: a list is iterated, an object becomes the data.
            if (given.kind === 'list') inner = blockScope(scope, given.item, node.program, true);
            else if (given.kind === 'object') inner = blockScope(scope, given, node.program, false);
          }
          statements(node.program, inner);
          statements(node.inverse, scope);
          break;
        }
        case 'PartialStatement':
        case 'PartialBlockStatement': {
          const node = statement as hbs.AST.PartialStatement;
          if (node.name.type !== 'PathExpression') {
            problem(
              scope,
              node,
              'template_unknown_partial',
              'a partial is named in the template, not computed',
            );
            break;
          }
          const partialName = node.name.original;
          if (partialName === '@partial-block') break;
          const partial = input.partial(partialName);
          const [context] = node.params;
          const data =
            context === undefined
              ? (scope.frames.at(-1) ?? scope.root)
              : expression(context, scope);
          const hash = hashShapes(node.hash, scope);
          if (partial === undefined) {
            problem(
              scope,
              node,
              'template_unknown_partial',
              /[/\\.]/.test(partialName)
                ? `"${partialName}" is not a partial's name: partials are named by their file in partials/, without a path`
                : `there is no partial named "${partialName}" (partials live in partials/<name>.hbs)`,
            );
          } else {
            const frame = withFields(data, hash);
            const key = `${partial.file}|${shapeId(frame)}|${shapeId(scope.root)}|${scope.inEach}`;
            if (!checked.has(key) && !active.has(partial.file)) {
              checked.add(key);
              active.add(partial.file);
              statements(partial.ast, {
                root: scope.root,
                // Handlebars gives a partial its own data only: `../` does not reach the caller's.
                frames: [frame],
                blockParams: new Map(),
                inEach: scope.inEach,
                inPartial: true,
                file: partial.file,
              });
              active.delete(partial.file);
            }
          }
          if (statement.type === 'PartialBlockStatement')
            statements((statement as hbs.AST.PartialBlockStatement).program, scope);
          break;
        }
        case 'DecoratorBlock':
        case 'Decorator':
          problem(
            scope,
            statement,
            'template_decorator',
            'decorators and inline partials are not supported: put a partial in partials/<name>.hbs',
          );
          break;
        default:
          break;
      }
    }
  };

  statements(input.template.ast, {
    root: input.root,
    frames: [input.root],
    blockParams: new Map(),
    inEach: false,
    inPartial: false,
    file: input.template.file,
  });
}
