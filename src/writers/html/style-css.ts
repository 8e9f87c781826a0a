import type { Alignment, FontSet, ParagraphStyle } from '../../tree/types.js';
// Word's choice of font by script, which the preview follows; these modules do not import docx.
import { scriptFonts } from '../docx/script-fonts.js';
import { scriptOfLanguage, slotOfScript } from '../docx/scripts.js';

/** Word's single line spacing, as a multiple of the font size, for the usual serif fonts. */
export const SINGLE_LINE = 1.15;

function cssAlign(align: Alignment): string {
  return align === 'justify' ? 'justify' : align;
}

function quoteFont(name: string): string {
  return `"${name.replace(/["\\]/g, '')}"`;
}

/**
 * The CSS font list of a document in a language, in the order the browser should try them for
 * each character, as Word picks a font per script: the language's own slot first where it is East
 * Asian (so that punctuation shared with Latin text takes the Chinese font, as Word's hint does),
 * else the Latin font; then the fonts of the other slots and of every script that has its own
 * (an Arabic, a Khmer font), then a generic serif.
 *
 * @example
 * ```ts
 * fontFamily({ latin: 'Times New Roman', eastAsian: 'SimSun', complex: 'Times New Roman', scripts: { Arab: 'Noto Naskh Arabic' } }, 'ar');
 * // '"Times New Roman", "Noto Naskh Arabic", "SimSun", serif'
 * ```
 */
export function fontFamily(fonts: FontSet, language: string): string {
  const { defaults } = scriptFonts(fonts, language);
  const script = scriptOfLanguage(language);
  const eastAsian = script !== undefined && slotOfScript(script) === 'eastAsian';
  const order = eastAsian
    ? [defaults.eastAsian, defaults.latin, defaults.complex]
    : [defaults.latin, defaults.complex, defaults.eastAsian];
  return [...new Set([...order, ...Object.values(fonts.scripts ?? {})])]
    .map(quoteFont)
    .concat('serif')
    .join(', ');
}

/**
 * A style with everything it inherits (`basedOn`, then `normal`) folded in.
 *
 * @example
 * ```ts
 * effectiveStyle(styles, 'heading'); // { name: 'heading', size: 12, bold: true, ... }
 * ```
 */
export function effectiveStyle(
  styles: Readonly<Record<string, ParagraphStyle>>,
  name: string,
): ParagraphStyle {
  const chain: ParagraphStyle[] = [];
  const seen = new Set<string>();
  for (let current: string | undefined = name; current !== undefined && !seen.has(current);) {
    seen.add(current);
    const style: ParagraphStyle | undefined = styles[current];
    if (style === undefined) break;
    chain.unshift(style);
    current = style.basedOn ?? (current === 'normal' ? undefined : 'normal');
  }
  return Object.assign({ name }, ...chain, { name }) as ParagraphStyle;
}

/**
 * The CSS declarations of a paragraph style, as Word would show it.
 *
 * @example
 * ```ts
 * styleDeclarations({ name: 'state', size: 13, bold: true, align: 'center' }); // 'font-size: 13pt; font-weight: bold; text-align: center; ...'
 * ```
 */
export function styleDeclarations(style: ParagraphStyle): string {
  const size = style.size ?? 12;
  const declarations = [
    `font-size: ${size}pt`,
    `font-weight: ${style.bold === true ? 'bold' : 'normal'}`,
    `font-style: ${style.italic === true ? 'italic' : 'normal'}`,
    `text-transform: ${style.allCaps === true ? 'uppercase' : 'none'}`,
    `text-align: ${cssAlign(style.align ?? 'start')}`,
    `margin: ${style.spaceBefore ?? 0}pt 0 ${style.spaceAfter ?? 0}pt 0`,
    `margin-inline-start: ${style.indentStart ?? 0}pt`,
    `text-indent: ${style.firstLineIndent ?? 0}pt`,
    `line-height: ${((style.lineSpacing ?? 1) * SINGLE_LINE).toFixed(3)}`,
  ];
  return declarations.join('; ');
}

/**
 * The CSS class of a paragraph style.
 *
 * @example
 * ```ts
 * styleClass('place-date'); // 'style-place-date'
 * ```
 */
export function styleClass(name: string): string {
  return `style-${name.replace(/[^a-z0-9-]/g, '')}`;
}
