import * as z from 'zod';

/** A literal value a scalar shape can take. */
export type ShapeValue = string | number | boolean | null;

/**
 * What a template can find at a path of its data: derived from the zod schemas of that data, so
 * that a template's variables can be checked before anything is rendered.
 */
export type Shape =
  | { readonly kind: 'any' }
  | {
      readonly kind: 'value';
      readonly type: 'string' | 'number' | 'boolean' | 'null';
      /** The only values it can take, when it is an enumeration or a constant. */
      readonly values?: readonly ShapeValue[];
    }
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Shape> }
  | { readonly kind: 'list'; readonly item: Shape }
  | { readonly kind: 'union'; readonly options: readonly Shape[] };

/** Data nothing is known about: every path in it is accepted. */
export const ANY_SHAPE: Shape = { kind: 'any' };

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly const?: ShapeValue;
  readonly enum?: readonly ShapeValue[];
}

function fromJsonSchema(schema: JsonSchema): Shape {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) return unionShape(alternatives.map(fromJsonSchema));
  if (Array.isArray(schema.type))
    return unionShape(schema.type.map((type: string) => fromJsonSchema({ ...schema, type })));
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  switch (schema.type) {
    case 'object': {
      if (schema.properties === undefined) return ANY_SHAPE;
      const fields = new Map<string, Shape>();
      for (const [name, field] of Object.entries(schema.properties))
        fields.set(name, fromJsonSchema(field));
      return { kind: 'object', fields };
    }
    case 'array':
      return {
        kind: 'list',
        item: schema.items === undefined ? ANY_SHAPE : fromJsonSchema(schema.items),
      };
    case 'string':
    case 'boolean':
    case 'null':
      return { kind: 'value', type: schema.type, ...(values === undefined ? {} : { values }) };
    case 'number':
    case 'integer':
      return { kind: 'value', type: 'number', ...(values === undefined ? {} : { values }) };
    default:
      return ANY_SHAPE;
  }
}

const shapes = new WeakMap<z.ZodType, Shape>();

/**
 * The shape of the data a zod schema describes, as it is after parsing.
 *
 * @example
 * ```ts
 * const shape = shapeOf(z.object({ sender: SenderSchema }));
 * fieldOf(shape, 'sender'); // an object shape with state, mission, city ...
 * ```
 */
export function shapeOf(schema: z.ZodType): Shape {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = fromJsonSchema(
      z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema,
    );
    shapes.set(schema, shape);
  }
  return shape;
}

/**
 * One shape for data that can have any of several shapes.
 *
 * @example
 * ```ts
 * unionShape([noteVerbaleShape, letterShape]);
 * ```
 */
export function unionShape(options: readonly Shape[]): Shape {
  const flat = options.flatMap((option) => (option.kind === 'union' ? option.options : [option]));
  if (flat.some((option) => option.kind === 'any')) return ANY_SHAPE;
  const [only] = flat;
  return flat.length === 1 && only !== undefined ? only : { kind: 'union', options: flat };
}

/**
 * An object shape from its fields.
 *
 * @example
 * ```ts
 * objectShape({ place: shapeOf(z.string()), date: shapeOf(z.string()) });
 * ```
 */
export function objectShape(fields: Readonly<Record<string, Shape>>): Shape {
  return { kind: 'object', fields: new Map(Object.entries(fields)) };
}

/**
 * A shape with more fields: what a template sees when hash arguments are added to its data.
 *
 * @example
 * ```ts
 * withFields(rootShape, { count: shapeOf(z.number()) });
 * ```
 */
export function withFields(base: Shape, extra: ReadonlyMap<string, Shape>): Shape {
  if (extra.size === 0) return base;
  if (base.kind === 'any') return base;
  if (base.kind === 'object')
    return { kind: 'object', fields: new Map([...base.fields, ...extra]) };
  if (base.kind === 'union')
    return unionShape(base.options.map((option) => withFields(option, extra)));
  return { kind: 'object', fields: extra };
}

/**
 * The shape found under a name (an object's field, a list's index or `length`), or `undefined`
 * when the data can have nothing there.
 *
 * @example
 * ```ts
 * fieldOf(senderShape, 'state'); // { kind: 'value', type: 'string' }
 * fieldOf(senderShape, 'nickname'); // undefined
 * ```
 */
export function fieldOf(shape: Shape, name: string): Shape | undefined {
  switch (shape.kind) {
    case 'any':
      return ANY_SHAPE;
    case 'object':
      return shape.fields.get(name);
    case 'list':
      if (name === 'length') return { kind: 'value', type: 'number' };
      return /^\d+$/.test(name) ? shape.item : undefined;
    case 'union': {
      const found = shape.options
        .map((option) => fieldOf(option, name))
        .filter((field): field is Shape => field !== undefined);
      return found.length === 0 ? undefined : unionShape(found);
    }
    case 'value':
      return undefined;
  }
}

/**
 * The shape of each item `{{#each}}` goes through: a list's items, an object's values.
 *
 * @example
 * ```ts
 * itemOf(addresseesShape); // the shape of one addressee
 * ```
 */
export function itemOf(shape: Shape): Shape {
  switch (shape.kind) {
    case 'list':
      return shape.item;
    case 'object':
      return unionShape([...shape.fields.values()]);
    case 'union':
      return unionShape(shape.options.map(itemOf));
    default:
      return ANY_SHAPE;
  }
}

/**
 * The names a shape has, for messages that say what could have been meant.
 *
 * @example
 * ```ts
 * fieldNames(senderShape); // ['state', 'motto', 'mission', ...]
 * ```
 */
export function fieldNames(shape: Shape): string[] {
  switch (shape.kind) {
    case 'object':
      return [...shape.fields.keys()];
    case 'union':
      return [...new Set(shape.options.flatMap(fieldNames))];
    case 'list':
      return ['length'];
    default:
      return [];
  }
}

/**
 * The values a scalar shape is limited to, or `undefined` when it can hold any value of its type.
 *
 * @example
 * ```ts
 * valuesOf(fieldOf(placementShape, 'date')!); // ['top', 'end']
 * ```
 */
export function valuesOf(shape: Shape): readonly ShapeValue[] | undefined {
  if (shape.kind === 'value') return shape.values;
  if (shape.kind === 'union') {
    const all: ShapeValue[] = [];
    for (const option of shape.options) {
      const values = valuesOf(option);
      if (values === undefined) return undefined;
      all.push(...values);
    }
    return all;
  }
  return undefined;
}
