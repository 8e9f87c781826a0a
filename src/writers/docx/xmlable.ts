import type { IXmlableObject } from 'docx';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// eslint-disable-next-line no-control-regex -- docx drops these; the same must happen here
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

function escape(value: unknown): unknown {
  return typeof value === 'string'
    ? value.replace(TO_ESCAPE, (character) => ESCAPES[character] ?? '')
    : value;
}

function attributes(values: Readonly<Record<string, unknown>>): string {
  let text = '';
  for (const [key, value] of Object.entries(values)) text += ` ${key}="${String(escape(value))}"`;
  return text;
}

type XmlValue = Record<string, unknown> & { _attr?: Record<string, unknown>; _cdata?: string };

// Where an object prepared once for many documents keeps its XML text (see keepXmlText).
const WRITTEN = Symbol('XML text');

type Keeping = { [WRITTEN]?: string | null };

/**
 * Marks an object that docx's `prepForXml` returned, and that documents will share, so that its
 * XML text is written the first time and then reused as it is.
 *
 * @example
 * ```ts
 * cache.set(key, keepXmlText(paragraph.prepForXml(context)));
 * ```
 */
export function keepXmlText<Data extends object>(data: Data): Data {
  (data as Keeping)[WRITTEN] ??= null;
  return data;
}

function element(data: Readonly<Record<string, unknown>>): string {
  const kept = (data as Keeping)[WRITTEN];
  if (typeof kept === 'string') return kept;
  const text = elementText(data);
  if (kept === null) (data as Keeping)[WRITTEN] = text;
  return text;
}

function elementText(data: Readonly<Record<string, unknown>>): string {
  const name = Object.keys(data)[0];
  const value = name === undefined ? undefined : data[name];
  let attributeText = '';
  const content: string[] = [];
  if (typeof value === 'object') {
    if (value !== null) {
      const { _attr: attr, _cdata: cdata } = value as XmlValue;
      if (attr) attributeText += attributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(value)) {
        let textContent = false;
        content.push('');
        for (const child of value as unknown[]) {
          if (typeof child === 'object' && child !== null) {
            const record = child as XmlValue;
            if (Object.keys(record)[0] === '_attr') attributeText += attributes(record._attr ?? {});
            else content.push(element(record));
          } else {
            // Text replaces what came before it, as docx's own writer does.
            content.pop();
            textContent = true;
            content.push(String(escape(child)));
          }
        }
        if (!textContent) content.push('');
      }
    }
  } else {
    content.push(value === undefined ? '' : String(escape(value)));
  }
  const open = `${name === undefined ? '' : `<${name}`}${attributeText}`;
  if (content.length === 0) return `${open}/>`;
  return `${open}${name === undefined ? '' : '>'}${content.join('')}${name === undefined ? '' : `</${name}>`}`;
}

/**
 * Writes the object that a docx component's `prepForXml` returns as XML text, as the docx
 * package's own packer writes it (without indentation), so that parts written here and parts
 * written by `Packer` are the same text. The docx writer's tests compare the two.
 *
 * @example
 * ```ts
 * xmlOf({ 'w:b': { _attr: { 'w:val': false } } }, false); // '<?xml version="1.0" encoding="UTF-8"?><w:b w:val="false"/>'
 * ```
 */
export function xmlOf(data: IXmlableObject, standalone: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"${standalone ? ' standalone="yes"' : ''}?>${element(data)}`;
}
