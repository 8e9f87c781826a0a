import type { Format } from '../format/format.js';

// Objects are written as JSON objects, which JSON.parse builds at its own speed; every other value
// that is not a string, number, boolean or null is written as a tagged array. An array in the
// text is always a tag, so no key or text of a format (a file could be called "map") is read back
// as something else, and JSON.parse keeps a key "__proto__" as a key.
type Encoded =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Encoded }
  | ['array', Encoded[]]
  | ['map', [Encoded, Encoded][]]
  | ['record', { [key: string]: Encoded }]
  | ['bytes', string];

function encodeObject(value: object): { [key: string]: Encoded } {
  const encoded: { [key: string]: Encoded } = {};
  for (const [key, item] of Object.entries(value)) {
    // Defined, not assigned: a key "__proto__" is a key like any other.
    if (item !== undefined) {
      Object.defineProperty(encoded, key, {
        value: encode(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return encoded;
}

function encode(value: unknown): Encoded {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as Encoded;
  if (value instanceof Uint8Array) return ['bytes', Buffer.from(value).toString('base64')];
  if (Array.isArray(value)) return ['array', value.map(encode)];
  if (value instanceof Map)
    return ['map', [...value].map(([key, item]) => [encode(key), encode(item)])];
  if (typeof value === 'object') {
    // A record without a prototype (a format's files) stays one.
    return Object.getPrototypeOf(value) === null
      ? ['record', encodeObject(value)]
      : encodeObject(value);
  }
  throw new Error(`a format holds a value JSON cannot: ${typeof value}`);
}

// Decodes in place what JSON.parse built: a format is decoded as the command line starts, where
// this is several times faster than building every object anew.
function decode(value: Encoded): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    switch (value[0]) {
      case 'array': {
        const items = value[1];
        for (let index = 0; index < items.length; index++) {
          items[index] = decode(items[index] as Encoded) as Encoded;
        }
        return items;
      }
      case 'map': {
        const map = new Map<unknown, unknown>();
        for (const [key, item] of value[1]) map.set(decode(key), decode(item));
        return map;
      }
      case 'bytes':
        return new Uint8Array(Buffer.from(value[1], 'base64'));
      case 'record':
        return Object.setPrototypeOf(decode(value[1]), null) as unknown;
      default:
        throw new Error(`a precompiled format holds an unknown tag: ${String(value[0])}`);
    }
  }
  // JSON.parse made every key an own property, "__proto__" included, so assigning sets it.
  for (const key of Object.keys(value)) value[key] = decode(value[key] as Encoded) as Encoded;
  return value;
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
