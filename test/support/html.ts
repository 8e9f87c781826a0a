import { parse } from 'parse5';

/** A node of an HTML document as parse5, a conforming HTML parser, reads it. */
export interface HtmlNode {
  readonly nodeName: string;
  readonly attrs?: readonly { name: string; value: string }[];
  readonly childNodes?: readonly HtmlNode[];
  readonly value?: string;
  /** A template's content (parse5 keeps it apart). */
  readonly content?: HtmlNode;
}

/** Parses an HTML page with parse5. */
export function parseHtml(html: string): HtmlNode {
  return parse(html);
}

/** Every element of a tag name, depth first. */
export function elements(node: HtmlNode, name: string): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (current: HtmlNode): void => {
    if (current.nodeName === name) found.push(current);
    for (const child of current.childNodes ?? []) visit(child);
  };
  visit(node);
  return found;
}

/** Every element, depth first. */
export function allElements(node: HtmlNode): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (current: HtmlNode): void => {
    if (!current.nodeName.startsWith('#')) found.push(current);
    for (const child of current.childNodes ?? []) visit(child);
  };
  visit(node);
  return found;
}

/** An attribute's value. */
export function attr(node: HtmlNode | undefined, name: string): string | undefined {
  return node?.attrs?.find((attribute) => attribute.name === name)?.value;
}

/** The text of a node, as a browser's textContent gives it (`<br>` as a line break). */
export function textContent(node: HtmlNode | undefined): string {
  if (node === undefined) return '';
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === 'br') return '\n';
  return (node.childNodes ?? []).map(textContent).join('');
}

/** Whether a node has a class. */
export function hasClass(node: HtmlNode, name: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(name);
}
