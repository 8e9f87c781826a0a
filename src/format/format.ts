import type { FontSet, PageSetup, ParagraphStyle } from '../tree/types.js';
import type { PhraseTable } from './phrase-book.js';
import type { Placement } from './placement.js';

/** A format's files, by path relative to the format's folder, with `/` separators. */
export type FormatFiles = Readonly<Record<string, string | Uint8Array>>;

/**
 * A format as files, wherever they came from: a folder on disk, a bundle, strings in code.
 *
 * @example
 * ```ts
 * const source: FormatSource = {
 *   origin: 'my-mission',
 *   files: { 'format.yaml': 'name: my-mission\nextends: un-geneva\n', 'phrases/en.yaml': 'numberLabel: "Ref.:"\n' },
 * };
 * ```
 */
export interface FormatSource {
  readonly files: FormatFiles;
  /** Where the files came from (a folder's path), prefixed to file names in messages. */
  readonly origin?: string;
}

/** A template's text and the file it came from. */
export interface TemplateSource {
  readonly source: string;
  /** The file's name for messages, such as `templates/un-geneva/letter.hbs`. */
  readonly file: string;
}

/** One format of an inheritance chain, with only what it defines itself. */
export interface FormatLayer {
  readonly name: string;
  readonly origin: string;
  readonly layouts: ReadonlyMap<string, TemplateSource>;
  readonly partials: ReadonlyMap<string, TemplateSource>;
  /** Phrase tables by language tag. */
  readonly phrases: ReadonlyMap<string, PhraseTable>;
  readonly files: FormatFiles;
}

/**
 * A format ready to render with: its own definitions merged over those of the formats it
 * extends.
 */
export interface Format {
  readonly name: string;
  readonly description: string;
  /** This format first, then the one it extends, up to the root. */
  readonly layers: readonly FormatLayer[];
  readonly page: PageSetup;
  readonly fonts: FontSet;
  readonly styles: Readonly<Record<string, ParagraphStyle>>;
  /** The document kinds it has layouts for. */
  readonly documents: readonly string[];
  /** The languages it has phrases for. */
  readonly languages: readonly string[];
  /** Where the layouts place things. */
  readonly placement: Placement;
  /** The letterhead's image when the draft names none: a file of one of its layers. */
  readonly emblem?: string;
  /** The Word styles (`word/styles.xml`) of its reference .docx, when it has one. */
  readonly referenceStyles?: string;
  /** The format it extends, if any. */
  readonly extends?: string;
}
