import { isMap, isNode, isScalar, parseDocument } from 'yaml';

/** A replacement of the text between two offsets, as an editor applies it. */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

const PLAIN = /^[A-Za-z][A-Za-z0-9-]*$/;

/**
 * The smallest change that sets a top-level field of a YAML mapping (`language: en`), keeping
 * every other character (comments, layout) as the drafter wrote it: the value is replaced where
 * it stands, or the field is added before the first one. `undefined` when the text is not a
 * mapping that can be edited safely (it does not parse, or is empty).
 *
 * @example
 * ```ts
 * topLevelFieldEdit('# reply\nlanguage: en-US\n', 'language', 'en'); // { from: 18, to: 23, insert: 'en' }
 * ```
 */
export function topLevelFieldEdit(
  text: string,
  key: string,
  value: string,
): TextChange | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const written = PLAIN.test(value) ? value : JSON.stringify(value);
  const pairs = document.contents.items;
  const pair = pairs.find((item) => isScalar(item.key) && item.key.value === key);
  if (pair === undefined) {
    const first = pairs[0]?.key;
    if (!isScalar(first)) return undefined;
    return { from: first.range[0], to: first.range[0], insert: `${key}: ${written}\n` };
  }
  const node = pair.value;
  if (isScalar(node)) {
    // An empty value ("language:") has a zero-width range right after the colon.
    const empty = node.range[0] === node.range[1];
    return { from: node.range[0], to: node.range[1], insert: empty ? ` ${written}` : written };
  }
  if (isNode(node)) {
    return { from: node.range[0], to: node.range[1], insert: written };
  }
  return undefined;
}
