import type { FontSet } from '../../tree/types.js';
import { scriptOfLanguage, slotOfScript, type FontSlot } from './scripts.js';

/** A font in one of Word's slots. */
export interface SlotFont {
  readonly slot: FontSlot;
  readonly font: string;
}

/**
 * The fonts of a document in one language: the defaults of its three slots, and the font of
 * text in any script that has one of its own.
 */
export interface ScriptFonts {
  /** The fonts every run starts from; the language's own script takes its font here. */
  readonly defaults: Readonly<Record<FontSlot, string>>;
  /** The scripts with fonts of their own, by ISO 15924 code. */
  readonly scripts: readonly string[];
  /** The font of text in a script (`Hani` for Chinese characters), where it has its own. */
  fontOf(script: string): SlotFont | undefined;
}

const HAN_VARIETIES = new Set(['Hans', 'Hant', 'Jpan', 'Kore']);

/**
 * Resolves a format's fonts for a document language. Chinese characters take the font of the
 * document's own variety of Han text (`Hans` in a `zh` document) or else of `Hani`; the
 * language's own script also sets the default of its slot, so that the spaces and punctuation
 * of an Arabic document are in the Arabic font.
 *
 * @example
 * ```ts
 * const fonts = scriptFonts({ latin: 'Times New Roman', eastAsian: 'SimSun', complex: 'Times New Roman', scripts: { Arab: 'Noto Naskh Arabic' } }, 'ar');
 * fonts.defaults.complex; // 'Noto Naskh Arabic'
 * fonts.fontOf('Arab'); // { slot: 'complex', font: 'Noto Naskh Arabic' }
 * ```
 */
export function scriptFonts(fonts: FontSet, language: string): ScriptFonts {
  const byScript = fonts.scripts ?? {};
  const languageScript = scriptOfLanguage(language);
  const fontOf = (script: string): SlotFont | undefined => {
    const keys =
      script === 'Hani' && languageScript !== undefined && HAN_VARIETIES.has(languageScript)
        ? [languageScript, 'Hani']
        : [script];
    for (const key of keys) {
      const font = byScript[key];
      if (font !== undefined) return { slot: slotOfScript(key), font };
    }
    return undefined;
  };
  const defaults: Record<FontSlot, string> = {
    latin: fonts.latin,
    eastAsian: fonts.eastAsian,
    complex: fonts.complex,
  };
  const own =
    languageScript === undefined
      ? undefined
      : fontOf(HAN_VARIETIES.has(languageScript) ? 'Hani' : languageScript);
  if (own !== undefined) defaults[own.slot] = own.font;
  return {
    defaults,
    scripts: Object.keys(byScript).filter((script) => !HAN_VARIETIES.has(script)),
    fontOf,
  };
}
