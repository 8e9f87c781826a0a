import { sectionNumbers } from '../../tree/section-numbers.js';
import type { BlockNode, DocumentNode, InlineNode, RootNode } from '../../tree/types.js';
import { base64 } from './base64.js';
import { escapeHtml } from './escape-html.js';
import {
  effectiveStyle,
  fontFamily,
  SINGLE_LINE,
  styleClass,
  styleDeclarations,
} from './style-css.js';

const MEDIA_TYPES = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' };

function inline(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'break':
          return '<br>';
        case 'strong':
          return `<b>${inline(node.children)}</b>`;
        case 'emphasis':
          return `<i>${inline(node.children)}</i>`;
      }
    })
    .join('');
}

class HtmlBlockWriter {
  constructor(
    private readonly numbers: ReadonlyMap<BlockNode, string>,
    private readonly lineHeight: number,
  ) {}

  blocks(blocks: readonly BlockNode[]): string {
    return blocks.map((block) => this.block(block)).join('\n');
  }

  private block(block: BlockNode): string {
    switch (block.type) {
      case 'paragraph': {
        const align = block.align === undefined ? '' : ` style="text-align: ${block.align}"`;
        return `<p class="${styleClass(block.style)}"${align}>${inline(block.children)}</p>`;
      }
      case 'heading': {
        const number = this.numbers.get(block);
        const level = Math.min(block.depth + 1, 6);
        const label =
          number === undefined ? '' : `<span class="section-number">${escapeHtml(number)}</span> `;
        return `<h${level} class="${styleClass(block.style)}">${label}${inline(block.children)}</h${level}>`;
      }
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
        const items = block.children.map((item) => `<li>${this.blocks(item.children)}</li>`);
        return `<${tag} class="${styleClass(block.style)}"${start}>${items.join('')}</${tag}>`;
      }
      case 'blockquote':
        return `<blockquote>${this.blocks(block.children)}</blockquote>`;
      case 'space':
        return `<div class="space" style="height: ${(block.lines * this.lineHeight).toFixed(2)}pt"></div>`;
      case 'image':
        return `<div class="image" style="text-align: ${block.align}"><img src="data:${MEDIA_TYPES[block.format]};base64,${base64(block.data)}" alt="${escapeHtml(block.description)}" style="width: ${block.width.toFixed(2)}pt; height: ${block.height.toFixed(2)}pt"></div>`;
    }
  }
}

function sheet(document: DocumentNode, tree: RootNode, lineHeight: number): string {
  const writer = new HtmlBlockWriter(sectionNumbers(document.children), lineHeight);
  const footers: string[] = [];
  if (document.footers.first !== undefined && document.footers.first.length > 0)
    footers.push(
      `<footer class="page-foot" data-page="first">\n${writer.blocks(document.footers.first)}\n</footer>`,
    );
  if (document.footers.other !== undefined && document.footers.other.length > 0)
    footers.push(
      `<footer class="page-foot" data-page="other">\n${writer.blocks(document.footers.other)}\n</footer>`,
    );
  const { margins } = tree.page;
  return [
    `<article class="sheet" data-kind="${escapeHtml(document.kind)}" lang="${escapeHtml(document.language)}" dir="${document.direction}" style="padding: ${margins.top.toFixed(2)}pt ${margins.right.toFixed(2)}pt ${margins.bottom.toFixed(2)}pt ${margins.left.toFixed(2)}pt">`,
    `<div class="page-body">\n${writer.blocks(document.children)}\n</div>`,
    ...footers,
    '</article>',
  ].join('\n');
}

function stylesheet(tree: RootNode, language: string): string {
  const normal = effectiveStyle(tree.styles, 'normal');
  const rules = Object.keys(tree.styles)
    .sort()
    .map(
      (name) => `.${styleClass(name)} { ${styleDeclarations(effectiveStyle(tree.styles, name))}; }`,
    );
  return [
    'html { background: #e8e8e8; }',
    'body { margin: 0; padding: 24px 0; }',
    `.sheet { box-sizing: border-box; width: ${tree.page.width.toFixed(2)}pt; min-height: ${tree.page.height.toFixed(2)}pt; margin: 0 auto 24px; background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3); display: flex; flex-direction: column; font-family: ${fontFamily(tree.fonts, language)}; font-size: ${normal.size ?? 12}pt; }`,
    '.page-body { flex: 1 0 auto; }',
    '.page-foot { margin-top: 12pt; }',
    '.page-foot[data-page="other"] { border-top: 1px dashed #999; padding-top: 4pt; }',
    ".page-foot[data-page='other']::before { content: 'on the following pages'; display: block; font: 8pt sans-serif; color: #777; }",
    'h2, h3, h4, h5, h6, p { margin: 0; }',
    'ul, ol { margin: 0; padding-inline-start: 18pt; }',
    'blockquote { margin: 0; margin-inline-start: 36pt; }',
    '.image img { display: inline-block; }',
    ...rules,
    `@page { size: ${tree.page.width.toFixed(2)}pt ${tree.page.height.toFixed(2)}pt; margin: 0; }`,
    '@media print { html { background: none; } body { padding: 0; } .sheet { margin: 0; box-shadow: none; break-after: page; } }',
  ].join('\n');
}

/**
 * Writes the document tree as one self-contained HTML page, a preview of the Word output: each
 * document on its own A4-like sheet with the format's page size, margins, fonts and paragraph
 * styles (as CSS in the page), section numbers as Word shows them, the first-page footer at the
 * foot of the sheet, images inline as `data:` URIs, each sheet marked with its language (`lang`)
 * and direction (`dir="rtl"` on right-to-left documents), and the fonts of every script listed.
 * It loads nothing from anywhere (its content security policy forbids it), and all text is
 * escaped.
 *
 * @example
 * ```ts
 * const html = writeHtml(composition.tree);
 * html.startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function writeHtml(tree: RootNode): string {
  const normal = effectiveStyle(tree.styles, 'normal');
  const lineHeight = (normal.size ?? 12) * (normal.lineSpacing ?? 1) * SINGLE_LINE;
  const language = tree.children[0]?.language ?? 'en';
  const title = tree.children.map((document) => document.kind).join(', ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="chancery">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${stylesheet(tree, language)}\n</style>`,
    '</head>',
    '<body>',
    ...tree.children.map((document) => sheet(document, tree, lineHeight)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
