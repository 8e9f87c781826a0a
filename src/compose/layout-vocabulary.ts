/** What an attribute's value must be. */
export type AttributeKind =
  | { readonly kind: 'style' }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'points' }
  | { readonly kind: 'image' }
  | { readonly kind: 'slot' }
  | { readonly kind: 'text' };

/** An attribute of an element of the layout vocabulary. */
export interface AttributeRule {
  readonly value: AttributeKind;
  readonly required?: boolean;
}

/**
 * Where an element may stand: `root` is the layout's outer element, `page` only directly in
 * `<document>`, `block` among paragraphs, `inline` inside a paragraph, `both` either.
 */
export type ElementPlace = 'root' | 'page' | 'block' | 'inline' | 'both';

/** An element of the layout vocabulary. */
export interface ElementRule {
  readonly place: ElementPlace;
  /** What it holds: blocks, inline content (text included), or nothing. */
  readonly holds: 'blocks' | 'inline' | 'nothing';
  readonly attributes: Readonly<Record<string, AttributeRule>>;
}

const ALIGN: AttributeRule = {
  value: { kind: 'choice', values: ['start', 'center', 'end', 'justify'] },
};
const STYLE: AttributeRule = { value: { kind: 'style' } };

/**
 * The elements a layout writes, their attributes and where each may stand. Checked when a
 * format loads (for what the template spells out) and again when a document is built (for what
 * only the data decides).
 *
 * @example
 * ```ts
 * Object.keys(LAYOUT_ELEMENTS.p.attributes); // ['style', 'align', 'keep-with-next']
 * ```
 */
export const LAYOUT_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  document: {
    place: 'root',
    holds: 'blocks',
    attributes: { direction: { value: { kind: 'choice', values: ['ltr', 'rtl'] } } },
  },
  footer: {
    place: 'page',
    holds: 'blocks',
    attributes: { page: { value: { kind: 'choice', values: ['first', 'other'] } } },
  },
  p: {
    place: 'block',
    holds: 'inline',
    attributes: {
      style: STYLE,
      align: ALIGN,
      'keep-with-next': { value: { kind: 'choice', values: ['true', 'false'] } },
    },
  },
  b: { place: 'inline', holds: 'inline', attributes: {} },
  i: { place: 'inline', holds: 'inline', attributes: {} },
  br: { place: 'inline', holds: 'nothing', attributes: {} },
  space: {
    place: 'block',
    holds: 'nothing',
    attributes: { lines: { value: { kind: 'whole', min: 1, max: 40 } } },
  },
  slot: {
    place: 'both',
    holds: 'nothing',
    attributes: {
      name: { value: { kind: 'slot' }, required: true },
      style: STYLE,
      'heading-style': STYLE,
      'list-style': STYLE,
      'quote-style': STYLE,
    },
  },
  image: {
    place: 'block',
    holds: 'nothing',
    attributes: {
      src: { value: { kind: 'image' }, required: true },
      height: { value: { kind: 'points' }, required: true },
      align: ALIGN,
      description: { value: { kind: 'text' } },
    },
  },
};

/** What checking an attribute's value needs to know about the format and the document. */
export interface AttributeFacts {
  readonly styles: ReadonlySet<string>;
  readonly slotNames: ReadonlySet<string>;
}

/**
 * Checks an attribute's value against its rule; returns what is wrong, or `undefined`. Image
 * paths are checked where the image is looked up, not here.
 *
 * @example
 * ```ts
 * attributeProblem('lines', { value: { kind: 'whole', min: 1, max: 40 } }, '0', facts); // 'lines must be a whole number from 1 to 40, not "0"'
 * ```
 */
export function attributeProblem(
  name: string,
  rule: AttributeRule,
  value: string,
  facts: AttributeFacts,
): { code: string; message: string } | undefined {
  const kind = rule.value;
  switch (kind.kind) {
    case 'style':
      return facts.styles.has(value)
        ? undefined
        : {
            code: 'layout_unknown_style',
            message: `there is no paragraph style "${value}" in the format`,
          };
    case 'choice':
      return kind.values.includes(value)
        ? undefined
        : {
            code: 'layout_invalid_attribute',
            message: `${name} must be ${kind.values.join(', ')}, not "${value}"`,
          };
    case 'whole': {
      const number = Number(value);
      return Number.isInteger(number) &&
        number >= kind.min &&
        number <= kind.max &&
        value.trim() !== ''
        ? undefined
        : {
            code: 'layout_invalid_attribute',
            message: `${name} must be a whole number from ${kind.min} to ${kind.max}, not "${value}"`,
          };
    }
    case 'points':
      return Number(value) > 0
        ? undefined
        : {
            code: 'layout_invalid_attribute',
            message: `${name} must be a number of points, such as ${name}="60", not "${value}"`,
          };
    case 'slot':
      return facts.slotNames.has(value)
        ? undefined
        : {
            code: 'layout_unknown_slot',
            message: `there is no slot "${value}" (this document has ${[...facts.slotNames].join(', ')})`,
          };
    case 'image':
      return value === ''
        ? { code: 'layout_invalid_attribute', message: `${name} must name an image` }
        : undefined;
    case 'text':
      return undefined;
  }
}
