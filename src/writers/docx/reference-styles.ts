import { SaxesParser } from 'saxes';

/** A paragraph style of a reference document: its id and the name Word shows. */
export interface ReferenceStyle {
  readonly id: string;
  readonly name: string;
}

/**
 * The paragraph styles a Word styles part (`word/styles.xml`) defines, read with an XML parser.
 *
 * @example
 * ```ts
 * referenceParagraphStyles(stylesXml); // [{ id: 'Normal', name: 'Normal' }, { id: 'PlaceDate', name: 'Place Date' }]
 * ```
 */
export function referenceParagraphStyles(xml: string): ReferenceStyle[] {
  const styles: ReferenceStyle[] = [];
  const parser = new SaxesParser({ position: false });
  let current: { id: string; name: string } | undefined;
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'w:style' && attributes['w:type'] === 'paragraph') {
      const id = attributes['w:styleId'] ?? '';
      current = { id, name: id };
    } else if (tag.name === 'w:name' && current !== undefined) {
      current.name = attributes['w:val'] ?? current.name;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:style' && current !== undefined) {
      if (current.id !== '') styles.push(current);
      current = undefined;
    }
  });
  parser.on('error', (error) => {
    throw new Error(`the reference document's styles are not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
  return styles;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Matches a format's paragraph styles to those of a reference document: a format style takes the
 * reference's style with its Word id (`Chancery-place-date`), else the one whose name reads the
 * same, ignoring case, spaces and hyphens (`Place Date` for `place-date`); `normal` takes
 * `Normal`. Returns the Word style id each matched format style is to use.
 *
 * @example
 * ```ts
 * matchReferenceStyles(['normal', 'place-date'], [{ id: 'PlaceDate', name: 'Place Date' }], styleId); // Map { 'place-date' => 'PlaceDate' }
 * ```
 */
export function matchReferenceStyles(
  names: readonly string[],
  reference: readonly ReferenceStyle[],
  ownId: (name: string) => string,
): Map<string, string> {
  const byId = new Map(reference.map((style) => [style.id, style]));
  const byName = new Map(reference.map((style) => [normalise(style.name), style]));
  const matched = new Map<string, string>();
  for (const name of names) {
    const found = byId.get(ownId(name)) ?? byName.get(normalise(name));
    if (found !== undefined) matched.set(name, found.id);
  }
  return matched;
}
