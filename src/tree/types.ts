/**
 * The document tree: plain, serialisable data between composition and the writers.
 * Nothing here is specific to Word; every writer reads the same tree.
 */

/** Plain text. */
export interface TextNode {
  readonly type: 'text';
  readonly value: string;
}

/** Bold text. */
export interface StrongNode {
  readonly type: 'strong';
  readonly children: readonly InlineNode[];
}

/** Italic text. */
export interface EmphasisNode {
  readonly type: 'emphasis';
  readonly children: readonly InlineNode[];
}

/** A line break inside a paragraph. */
export interface BreakNode {
  readonly type: 'break';
}

/** Content that flows inside a paragraph. */
export type InlineNode = TextNode | StrongNode | EmphasisNode | BreakNode;

/** Horizontal alignment, in the document's reading direction (`start` is left in English). */
export type Alignment = 'start' | 'center' | 'end' | 'justify';

/** A paragraph in one of the format's named paragraph styles. */
export interface ParagraphNode {
  readonly type: 'paragraph';
  /** The name of a paragraph style of the format. */
  readonly style: string;
  readonly align?: Alignment;
  /** Keeps this paragraph on the same page as the next one. */
  readonly keepWithNext?: boolean;
  readonly children: readonly InlineNode[];
}

/**
 * A section heading. `numbered` headings are numbered by the writer (Word's own numbering in a
 * .docx, so that the numbers follow when a drafter inserts a section); a heading that carried its
 * number in the text is not numbered again.
 */
export interface HeadingNode {
  readonly type: 'heading';
  readonly style: string;
  /** 1 for `##` in the body (a section), 2 for `###` (a subsection). */
  readonly depth: number;
  readonly numbered: boolean;
  readonly children: readonly InlineNode[];
}

/** A bulleted or numbered list. */
export interface ListNode {
  readonly type: 'list';
  readonly ordered: boolean;
  /** The first number of an ordered list. */
  readonly start: number;
  readonly style: string;
  readonly children: readonly ListItemNode[];
}

/** One item of a list. */
export interface ListItemNode {
  readonly type: 'listItem';
  readonly children: readonly BlockNode[];
}

/** A quotation set off from the text. */
export interface BlockquoteNode {
  readonly type: 'blockquote';
  readonly children: readonly BlockNode[];
}

/** Empty vertical space, in lines of the normal style. */
export interface SpaceNode {
  readonly type: 'space';
  readonly lines: number;
}

/** An image such as the State's emblem; `data` holds the file's bytes. */
export interface ImageNode {
  readonly type: 'image';
  readonly data: Uint8Array;
  /** `png`, `jpg`, `gif` or `bmp`. */
  readonly format: 'png' | 'jpg' | 'gif' | 'bmp';
  /** Width and height in points. */
  readonly width: number;
  readonly height: number;
  readonly align: Alignment;
  readonly description: string;
}

/** Content that stacks vertically on the page. */
export type BlockNode =
  ParagraphNode | HeadingNode | ListNode | BlockquoteNode | SpaceNode | ImageNode;

/** Text repeated at the foot of pages: `first` on a document's first page, `other` on the rest. */
export interface FooterSet {
  readonly first?: readonly BlockNode[];
  readonly other?: readonly BlockNode[];
}

/** One document of the output: it starts on a new page. */
export interface DocumentNode {
  readonly type: 'document';
  /** The document kind, such as `note-verbale` or `letter`. */
  readonly kind: string;
  /** A BCP 47 language tag. */
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  readonly children: readonly BlockNode[];
  readonly footers: FooterSet;
}

/** Page size and margins, in points. */
export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly margins: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
    readonly header: number;
    readonly footer: number;
  };
}

/**
 * The fonts for each script. Word gives every run of text four font slots: Latin (with Cyrillic
 * and Greek), East Asian, and complex scripts (Arabic, Khmer ...). `latin`, `eastAsian` and
 * `complex` fill them; `scripts` names a font for text in one script (by ISO 15924 code), which
 * takes the slot of that script wherever such text appears.
 */
export interface FontSet {
  readonly latin: string;
  readonly eastAsian: string;
  readonly complex: string;
  /** Fonts by script: `{ Arab: 'Noto Naskh Arabic', Khmr: 'Noto Serif Khmer', Hans: '...' }`. */
  readonly scripts?: Readonly<Record<string, string>>;
}

/** How a paragraph style looks. Sizes and spacing are in points. */
export interface ParagraphStyle {
  readonly name: string;
  readonly basedOn?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly allCaps?: boolean;
  readonly align?: Alignment;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  /** Line spacing as a multiple of single spacing. */
  readonly lineSpacing?: number;
  readonly indentStart?: number;
  readonly firstLineIndent?: number;
  readonly keepWithNext?: boolean;
  /** Keeps the lines of a paragraph on one page rather than splitting it across two. */
  readonly keepTogether?: boolean;
}

/** The whole output: its documents, and the look they share. */
export interface RootNode {
  readonly type: 'root';
  readonly page: PageSetup;
  readonly fonts: FontSet;
  /** Paragraph styles by id; `normal` is the default every style builds on. */
  readonly styles: Readonly<Record<string, ParagraphStyle>>;
  readonly children: readonly DocumentNode[];
}
