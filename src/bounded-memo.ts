const MAX_REMEMBERED = 512;

/**
 * The value kept in `known` for `key`, made and kept the first time it is asked for. The map
 * never holds more than a few hundred values: past that, it starts again. For values that recur
 * in every document of a batch (dates, their checks) and are slow to make.
 *
 * @example
 * ```ts
 * const written = new Map<string, string>();
 * remembered(written, '2022-11-15', () => slowFormat('2022-11-15'));
 * ```
 */
export function remembered<Value>(
  known: Map<string, Value>,
  key: string,
  make: () => Value,
): Value {
  let value = known.get(key);
  if (value === undefined) {
    value = make();
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(key, value);
  }
  return value;
}
