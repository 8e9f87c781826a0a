import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * A run of the drafter's own words in a Markdown text, and where it starts in that text.
 * Quotations are not prose: block quotations, code, and anything between quotation marks are
 * left out.
 */
export interface ProseSegment {
  readonly text: string;
  readonly offset: number;
}

/** A word of prose and where it starts in the Markdown text. */
export interface ProseWord {
  readonly word: string;
  readonly offset: number;
  /** The segment the word belongs to, for what stands around it. */
  readonly segment: ProseSegment;
}

interface Piece {
  readonly text: string;
  readonly offset: number;
  /** Whether each character of `text` stands at `offset + index` in the source. */
  readonly exact: boolean;
}

function collectInline(nodes: readonly PhrasingContent[], source: string, pieces: Piece[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      pieces.push({
        text: node.value,
        offset: start,
        exact: source.slice(start, end) === node.value,
      });
    } else if ('children' in node) {
      collectInline(node.children, source, pieces);
    } else if (node.type === 'break') {
      pieces.push({ text: '\n', offset: node.position?.start.offset ?? 0, exact: false });
    }
    // inlineCode and html are not prose.
  }
}

const OPENING_TO_CLOSING: Readonly<Record<string, string>> = {
  '\u201C': '\u201D',
  '\u00AB': '\u00BB',
  '\u201E': '\u201C\u201D',
  '"': '"',
};

/** The spans of a block's text that stand between quotation marks, marks included. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let index = 0;
  while (index < text.length) {
    const closing = OPENING_TO_CLOSING[text[index] ?? ''];
    if (closing === undefined) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && !closing.includes(text[end] ?? '')) end++;
    // An opening curly quote left open quotes to the end; a lone straight one is no quotation.
    if (end >= text.length && text[index] === '"') {
      index++;
      continue;
    }
    spans.push([index, Math.min(end, text.length - 1)]);
    index = end + 1;
  }
  return spans;
}

function segmentsOfBlock(pieces: readonly Piece[]): ProseSegment[] {
  const text = pieces.map((piece) => piece.text).join('');
  const spans = quotedSpans(text);
  const segments: ProseSegment[] = [];
  let blockIndex = 0;
  for (const piece of pieces) {
    let from = 0;
    const cut = (to: number): void => {
      if (to > from) {
        segments.push({
          text: piece.text.slice(from, to),
          offset: piece.exact ? piece.offset + from : piece.offset,
        });
      }
    };
    for (const [spanStart, spanEnd] of spans) {
      const localStart = spanStart - blockIndex;
      const localEnd = spanEnd - blockIndex + 1;
      if (localEnd <= 0 || localStart >= piece.text.length) continue;
      cut(Math.max(localStart, 0));
      from = Math.min(localEnd, piece.text.length);
    }
    cut(piece.text.length);
    blockIndex += piece.text.length;
  }
  return segments;
}

function collectBlocks(
  nodes: readonly RootContent[],
  source: string,
  segments: ProseSegment[],
): void {
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const pieces: Piece[] = [];
      collectInline(node.children, source, pieces);
      segments.push(...segmentsOfBlock(pieces));
    } else if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') {
      continue;
    } else if ('children' in node) {
      collectBlocks((node as Nodes & { children: RootContent[] }).children, source, segments);
    }
  }
}

/**
 * The drafter's own words in a Markdown text, as segments with their offsets: block
 * quotations, code and quoted passages (between “ ”, « », „ “ or straight double quotes) are
 * left out, so that words quoted from the communication are not taken for the drafter's.
 *
 * @example
 * ```ts
 * proseSegments('We reply.\n\n> We were told.').map((segment) => segment.text); // ['We reply.']
 * ```
 */
export function proseSegments(markdown: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  collectBlocks(fromMarkdown(markdown).children, markdown, segments);
  return segments;
}

/**
 * The words of prose segments, each with its offset in the Markdown text.
 *
 * @example
 * ```ts
 * proseWords(proseSegments('I reply.')).map((word) => word.word); // ['I', 'reply']
 * ```
 */
export function proseWords(segments: readonly ProseSegment[]): ProseWord[] {
  const words: ProseWord[] = [];
  for (const segment of segments) {
    for (const match of segment.text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      words.push({ word: match[0], offset: segment.offset + match.index, segment });
    }
  }
  return words;
}
