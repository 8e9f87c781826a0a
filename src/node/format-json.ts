import type { Format } from '../format/format.js';

// Every value that is not a string, number, boolean or null is written as a tagged array, so that
// no key or text of a format (a file could be called "$map") can be read back as something else.
type Encoded =
  | string
  | number
  | boolean
  | null
  | ['array', Encoded[]]
  | ['map', [Encoded, Encoded][]]
  | ['object' | 'record', [string, Encoded][]]
  | ['bytes', string];

function encode(value: unknown): Encoded {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as Encoded;
  if (value instanceof Uint8Array) return ['bytes', Buffer.from(value).toString('base64')];
  if (Array.isArray(value)) return ['array', value.map(encode)];
  if (value instanceof Map)
    return ['map', [...value].map(([key, item]) => [encode(key), encode(item)])];
  if (typeof value === 'object') {
    // A record without a prototype (a format's files) stays one.
    const kind = Object.getPrototypeOf(value) === null ? 'record' : 'object';
    return [
      kind,
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, encode(item)]),
    ];
  }
  throw new Error(`a format holds a value JSON cannot: ${typeof value}`);
}

function decode(value: Encoded): unknown {
  if (!Array.isArray(value)) return value;
  switch (value[0]) {
    case 'array':
      return value[1].map(decode);
    case 'map':
      return new Map(value[1].map(([key, item]) => [decode(key), decode(item)]));
    case 'bytes':
      return new Uint8Array(Buffer.from(value[1], 'base64'));
    case 'object':
    case 'record': {
      const object: Record<string, unknown> =
        value[0] === 'record' ? (Object.create(null) as Record<string, unknown>) : {};
      // Defined, not assigned: a key "__proto__" is a key like any other.
      for (const [key, item] of value[1])
        Object.defineProperty(object, key, {
          value: decode(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return object;
    }
  }
}

/**
 * Writes a loaded format as JSON text that {@link formatFromJson} reads back into an equal
 * format: its maps, its files as bytes or text, records without a prototype kept so.
 *
 * @example
 * ```ts
 * const copy = formatFromJson(formatToJson(format)); // deep-equal to format
 * ```
 */
export function formatToJson(format: Format): string {
  return JSON.stringify(encode(format));
}

/**
 * Reads back a format written by {@link formatToJson}.
 *
 * @example
 * ```ts
 * formatFromJson(formatToJson(format)).layers[0]?.phrases.get('en')?.get('numberLabel');
 * ```
 */
export function formatFromJson(json: string): Format {
  return decode(JSON.parse(json) as Encoded) as Format;
}
