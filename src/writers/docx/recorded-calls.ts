// What was done to each recorded object: its methods called, in order, with their arguments; or
// `undefined` once an argument was not plain data, which no text can stand for.
const logs = new WeakMap<object, unknown[][] | undefined>();

/**
 * Whether a value is plain data that JSON writes and reads back the same: strings, finite
 * numbers, booleans, and arrays and plain objects of them (no `null`, no property set to
 * `undefined`), so that equal JSON texts stand for equal values.
 *
 * @example
 * ```ts
 * isPlainData({ config: [{ reference: 'items', levels: [] }] }); // true
 * isPlainData({ when: new Date() }); // false
 * ```
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  // `null` is refused so that `undefined`, which JSON writes as `null` in an array, stays apart.
  if (value === undefined) return depth === 0;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return false;
      if (Array.isArray(value))
        return value.every((item) => item !== undefined && isPlainData(item, depth + 1));
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      // A property set to `undefined` is not in JSON: one that is missing may differ from it.
      return Object.values(value).every(
        (item) => item !== undefined && isPlainData(item, depth + 1),
      );
    }
    default:
      return false;
  }
}

// The methods of each class whose objects are recorded, found once.
const methodsOf = new WeakMap<object, readonly string[]>();

function methodNames(object: object): readonly string[] {
  const first = Object.getPrototypeOf(object) as object | null;
  if (first === null) return [];
  const known = methodsOf.get(first);
  if (known !== undefined) return known;
  const names = new Set<string>();
  for (
    let prototype: object | null = first;
    prototype !== null && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(prototype)))
      if (name !== 'constructor' && name !== 'prepForXml' && typeof descriptor.value === 'function')
        names.add(name);
  }
  const found = [...names];
  methodsOf.set(first, found);
  return found;
}

/**
 * Records every call made on an object's methods from now on (except `prepForXml`, which writes
 * it), after the arguments it was built with: what {@link recordedCalls} then gives as text. An
 * object built by a known constructor from those arguments and changed only by its methods is,
 * in what it holds, a function of them and of these calls: parts written from equal records
 * are equal.
 *
 * @example
 * ```ts
 * const contentTypes = recordCalls(new ContentTypes({ macros: false }), { macros: false });
 * contentTypes.addFooter(1);
 * recordedCalls(contentTypes); // '[["new",[{"macros":false}]],["addFooter",[1]]]'
 * ```
 */
export function recordCalls<Recorded extends object>(
  object: Recorded,
  ...built: unknown[]
): Recorded {
  logs.set(object, built.every((arg) => isPlainData(arg)) ? [['new', built]] : undefined);
  const target = object as Record<string, unknown>;
  for (const name of methodNames(object)) {
    const method = target[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(object, name, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]): unknown {
        const current = logs.get(object);
        if (current !== undefined) {
          // The record is only ever read as a whole: one call it cannot hold spoils it.
          if (args.every((arg) => isPlainData(arg))) current.push([name, args]);
          else logs.set(object, undefined);
        }
        return method.apply(this, args);
      },
    });
  }
  return object;
}

/**
 * The calls made on an object since {@link recordCalls}, as text; `undefined` for an object not
 * recorded, or given an argument that is not plain data.
 *
 * @example
 * ```ts
 * recordedCalls(recordCalls(new Relationships())); // '[["new",[]]]'
 * ```
 */
export function recordedCalls(object: object): string | undefined {
  const log = logs.get(object);
  return log === undefined ? undefined : JSON.stringify(log);
}
