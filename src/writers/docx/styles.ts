import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { ParagraphStyle } from '../../tree/types.js';
import { docxAlignment } from './alignment.js';
import type { ScriptFonts } from './script-fonts.js';
import { scriptOfLanguage, slotOfScript, withRegion } from './scripts.js';
import { halfPoints, twips } from './units.js';

function paragraphProperties(
  style: ParagraphStyle,
): NonNullable<IParagraphStyleOptions['paragraph']> {
  return {
    ...(style.align === undefined ? {} : { alignment: docxAlignment(style.align) }),
    ...(style.keepWithNext === undefined ? {} : { keepNext: style.keepWithNext }),
    ...(style.keepTogether === undefined ? {} : { keepLines: style.keepTogether }),
    spacing: {
      ...(style.spaceBefore === undefined ? {} : { before: twips(style.spaceBefore) }),
      ...(style.spaceAfter === undefined ? {} : { after: twips(style.spaceAfter) }),
      ...(style.lineSpacing === undefined ? {} : { line: Math.round(style.lineSpacing * 240) }),
    },
    ...(style.indentStart === undefined && style.firstLineIndent === undefined
      ? {}
      : {
          indent: {
            ...(style.indentStart === undefined ? {} : { start: twips(style.indentStart) }),
            ...(style.firstLineIndent === undefined
              ? {}
              : { firstLine: twips(style.firstLineIndent) }),
          },
        }),
  };
}

function runProperties(style: ParagraphStyle): NonNullable<IParagraphStyleOptions['run']> {
  return {
    ...(style.size === undefined
      ? {}
      : { size: halfPoints(style.size), sizeComplexScript: halfPoints(style.size) }),
    ...(style.bold === undefined ? {} : { bold: style.bold, boldComplexScript: style.bold }),
    ...(style.italic === undefined
      ? {}
      : { italics: style.italic, italicsComplexScript: style.italic }),
    ...(style.allCaps === undefined ? {} : { allCaps: style.allCaps }),
  };
}

/**
 * The Word style id of one of the format's paragraph styles.
 *
 * @example
 * ```ts
 * styleId('place-date'); // 'Chancery-place-date'
 * ```
 */
export function styleId(name: string): string {
  return name === 'normal' ? 'Normal' : `Chancery-${name}`;
}

function displayName(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

// Word reads the language of Latin text from w:val, of East Asian text from w:eastAsia and of
// complex-script text from w:bidi: the document's language goes in the attribute of its script.
function languageAttributes(language: string): {
  value?: string;
  eastAsia?: string;
  bidirectional?: string;
} {
  const script = scriptOfLanguage(language);
  const slot = script === undefined ? 'latin' : slotOfScript(script);
  if (slot === 'eastAsian') return { eastAsia: withRegion(language) };
  if (slot === 'complex') return { bidirectional: withRegion(language) };
  return { value: language };
}

/**
 * The Word styles of a format: `normal` becomes the document defaults (with a font in each of
 * Word's slots and the document's language), every other style a paragraph style based on it.
 * `ids` gives each style's Word id (another document's, when it takes its styles from one), and
 * the styles in `skip` are left to that document.
 *
 * @example
 * ```ts
 * const styles = docxStyles(tree.styles, scriptFonts(tree.fonts, 'ar'), 'ar');
 * ```
 */
export function docxStyles(
  styles: Readonly<Record<string, ParagraphStyle>>,
  fonts: ScriptFonts,
  language: string,
  ids: (name: string) => string = styleId,
  skip: ReadonlySet<string> = new Set(),
): IStylesOptions {
  const normal = styles.normal ?? { name: 'normal' };
  const paragraphStyles: IParagraphStyleOptions[] = Object.values(styles)
    .filter((style) => style.name !== 'normal' && !skip.has(style.name))
    .map((style) => ({
      id: ids(style.name),
      name: displayName(style.name),
      basedOn: ids(style.basedOn ?? 'normal'),
      next: 'Normal',
      quickFormat: true,
      run: runProperties(style),
      paragraph: paragraphProperties(style),
    }));
  return {
    default: {
      document: {
        run: {
          font: {
            ascii: fonts.defaults.latin,
            hAnsi: fonts.defaults.latin,
            eastAsia: fonts.defaults.eastAsian,
            cs: fonts.defaults.complex,
          },
          language: languageAttributes(language),
          ...runProperties(normal),
        },
        paragraph: paragraphProperties(normal),
      },
    },
    paragraphStyles,
  };
}
