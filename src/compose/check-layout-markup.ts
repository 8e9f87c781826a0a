import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../errors/diagnostic.js';
import {
  attributeProblem,
  LAYOUT_ELEMENTS,
  type AttributeFacts,
  type ElementRule,
} from './layout-vocabulary.js';
import {
  BLOCK_MARK,
  HELPER_MARK,
  isDynamic,
  PARTIAL_ELEMENT,
  positionAt,
  VALUE_MARK,
  type Skeleton,
} from './template-skeleton.js';

/** What a template's markup is checked against. */
export interface MarkupCheckInput {
  /** The template's file, for messages. */
  readonly file: string;
  readonly skeleton: Skeleton;
  /** A layout has one `<document>` element; a partial is a fragment. */
  readonly role: 'layout' | 'partial';
  readonly facts: AttributeFacts;
  /** Whether an image named in the template exists in the format (`outside` when it leaves it). */
  readonly image: (src: string) => 'found' | 'missing' | 'outside';
  readonly report: (problem: Diagnostic) => void;
}

/** Where a `{{> partial}}` stands: inside which element, if the template shows it. */
export interface PartialPlace {
  readonly name: string;
  /** The element it stands in, or `undefined` at the top of a partial. */
  readonly inside: string | undefined;
  readonly line: number;
  readonly column: number;
}

/** What the markup check learnt, besides the problems it reported. */
export interface MarkupFindings {
  /** Whether the markup parsed: if not, its elements are not known. */
  readonly wellFormed: boolean;
  /** The offset just after each start tag's name, where a source position can be added. */
  readonly tagNameEnds: readonly number[];
  readonly partialPlaces: readonly PartialPlace[];
  /** What stands at the top of a partial: blocks, inline content, or a footer. */
  readonly topLevel: ReadonlySet<'block' | 'inline' | 'page'>;
}

function holdsBlocks(rule: ElementRule | undefined): boolean {
  return rule?.holds === 'blocks';
}

function trimMarks(text: string): string {
  return text.replaceAll(BLOCK_MARK, ' ').replaceAll(HELPER_MARK, ' ').trim();
}

/**
 * Checks a layout's or partial's markup as the template spells it out, before anything is
 * rendered: every element and attribute against the layout vocabulary, every value written in
 * the template (styles, alignments, slots, images ...), and where each element stands. Problems
 * name the template's file, line and column.
 *
 * @example
 * ```ts
 * checkLayoutMarkup({ file: 'letter.hbs', skeleton, role: 'layout', facts, image, report });
 * ```
 */
export function checkLayoutMarkup(input: MarkupCheckInput): MarkupFindings {
  const { skeleton, file, report } = input;
  const text = skeleton.text;
  const at = (offset: number) => positionAt(skeleton.lineStarts, offset);
  const problem = (offset: number, code: string, message: string): void => {
    report({ severity: 'error', code, message, file, ...at(offset) });
  };
  const parser = new SaxesParser({ fragment: true, position: true });
  const stack: { name: string; rule: ElementRule | undefined }[] = [];
  const tagNameEnds: number[] = [];
  const partialPlaces: PartialPlace[] = [];
  const topLevel = new Set<'block' | 'inline' | 'page'>();
  let roots = 0;
  let tagStart = 0;
  const state = { wellFormed: true };

  const textAt = (content: string, end: number): void => {
    const parent = stack.at(-1);
    const start = end - content.length;
    const firstVisible = (pattern: RegExp): number => start + content.search(pattern);
    if (parent === undefined) {
      if (input.role === 'layout' && trimMarks(content) !== '') {
        problem(
          firstVisible(/[^\s\uE001\uE002]/),
          'layout_stray_text',
          'a layout writes nothing outside its <document> element',
        );
      } else if (input.role === 'partial' && trimMarks(content) !== '') topLevel.add('inline');
      return;
    }
    // Inside an unknown element (reported already) or a paragraph, any text may stand.
    if (parent.rule === undefined || parent.rule.holds === 'inline') return;
    const visible = content.replaceAll(BLOCK_MARK, ' ').replaceAll(HELPER_MARK, ' ');
    if (visible.trim() === '') return;
    if (parent.rule.holds === 'nothing') {
      problem(
        firstVisible(/[^\s\uE001\uE002]/),
        'layout_misplaced_text',
        `<${parent.name}> holds no text`,
      );
    } else if (visible.includes(VALUE_MARK) && visible.replaceAll(VALUE_MARK, ' ').trim() === '') {
      problem(
        firstVisible(/\uE000/),
        'layout_stray_text',
        `a {{value}} here writes text outside a paragraph: put it in <p> (inside <${parent.name}>)`,
      );
    } else {
      const snippet = visible.replaceAll(VALUE_MARK, '…').trim().slice(0, 40);
      problem(
        firstVisible(/[^\s\uE001\uE002]/),
        'layout_stray_text',
        `text outside a paragraph: "${snippet}" (put it in <p>)`,
      );
    }
  };

  parser.on('opentagstart', (tag) => {
    tagStart = parser.position - tag.name.length - 2;
    tagNameEnds.push(tagStart + 1 + tag.name.length);
  });
  parser.on('opentag', (tag) => {
    const start = tagStart;
    const parent = stack.at(-1);
    const name = tag.name;
    if (name === PARTIAL_ELEMENT) {
      const statement = skeleton.partials.get(start);
      const partialName = statement?.name.type === 'PathExpression' ? statement.name.original : '';
      tagNameEnds.pop();
      partialPlaces.push({ name: partialName, inside: parent?.name, ...at(start) });
      stack.push({ name, rule: { place: 'both', holds: 'nothing', attributes: {} } });
      return;
    }
    const rule = Object.hasOwn(LAYOUT_ELEMENTS, name) ? LAYOUT_ELEMENTS[name] : undefined;
    stack.push({ name, rule });
    if (rule === undefined) {
      problem(
        start,
        'layout_unknown_element',
        `unknown element <${name}> (the layout vocabulary has ${Object.keys(LAYOUT_ELEMENTS)
          .map((element) => `<${element}>`)
          .join(', ')})`,
      );
      return;
    }
    // Where it stands.
    if (parent === undefined) {
      if (input.role === 'layout') {
        roots++;
        if (name !== 'document')
          problem(
            start,
            'layout_unknown_element',
            `a layout's outer element is <document>, not <${name}>`,
          );
        else if (roots > 1)
          problem(start, 'layout_misplaced_element', 'a layout has one <document> element');
      } else if (rule.place === 'root') {
        problem(start, 'layout_misplaced_element', 'a partial cannot write the <document> element');
      } else {
        topLevel.add(rule.place === 'page' ? 'page' : rule.place === 'inline' ? 'inline' : 'block');
      }
    } else if (parent.rule !== undefined) {
      const misplaced =
        rule.place === 'root' ||
        (rule.place === 'page' && parent.name !== 'document') ||
        (rule.place === 'block' && !holdsBlocks(parent.rule)) ||
        (rule.place === 'inline' && parent.rule.holds !== 'inline') ||
        parent.rule.holds === 'nothing';
      if (misplaced) {
        const where =
          parent.rule.holds === 'nothing'
            ? `<${parent.name}> holds nothing`
            : rule.place === 'inline'
              ? `<${name}> stands inside a paragraph, not in <${parent.name}>`
              : rule.place === 'page'
                ? `<${name}> stands directly in <document>`
                : `<${name}> cannot stand inside <${parent.name}>`;
        problem(start, 'layout_misplaced_element', where);
      }
    }
    // Its attributes.
    const tagText = text.slice(start, parser.position);
    const attributeOffset = (attribute: string): number => {
      const match = new RegExp(`\\s${attribute.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\s*=`).exec(
        tagText,
      );
      return match === null ? start : start + match.index + 1;
    };
    const attributes = tag.attributes as Record<string, string>;
    for (const [attribute, value] of Object.entries(attributes)) {
      const attributeRule = Object.hasOwn(rule.attributes, attribute)
        ? rule.attributes[attribute]
        : undefined;
      if (attributeRule === undefined) {
        const allowed = Object.keys(rule.attributes);
        problem(
          attributeOffset(attribute),
          'layout_unknown_attribute',
          `<${name}> has no attribute "${attribute}"${allowed.length > 0 ? ` (it takes ${allowed.join(', ')})` : ''}`,
        );
        continue;
      }
      if (isDynamic(value)) continue;
      const found = attributeProblem(attribute, attributeRule, value, input.facts);
      if (found !== undefined) {
        problem(attributeOffset(attribute), found.code, found.message);
      } else if (attributeRule.value.kind === 'image') {
        const image = input.image(value);
        if (image === 'outside')
          problem(
            attributeOffset(attribute),
            'path_outside_format',
            `"${value}" lies outside the format's folder; images a format names are files inside it`,
          );
        else if (image === 'missing')
          problem(
            attributeOffset(attribute),
            'image_missing',
            `there is no image "${value}" in the format's folder`,
          );
      }
    }
    for (const [attribute, attributeRule] of Object.entries(rule.attributes)) {
      if (attributeRule.required === true && !(attribute in attributes))
        problem(start, 'layout_invalid_attribute', `<${name}> needs a ${attribute}`);
    }
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (content) => {
    textAt(content, parser.position);
  });
  parser.on('error', (error) => {
    if (!state.wellFormed) return;
    state.wellFormed = false;
    const offset = Math.max(0, parser.position - 1);
    const char = text[offset] ?? '';
    const fromStatement = char === VALUE_MARK || char === HELPER_MARK || char === BLOCK_MARK;
    const reason = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    problem(
      offset,
      'layout_markup',
      fromStatement
        ? 'element and attribute names are written in the template: a {{...}} cannot stand here'
        : `the markup is not well-formed: ${reason}${/unclosed|closing tag|mismatch/i.test(reason) ? ' (every branch of an {{#if}} must open and close its own elements)' : ''}`,
    );
  });
  parser.write(text).close();
  if (input.role === 'layout' && roots === 0 && state.wellFormed) {
    problem(0, 'layout_markup', 'the layout writes no <document> element');
  }
  return { wellFormed: state.wellFormed, tagNameEnds, partialPlaces, topLevel };
}
