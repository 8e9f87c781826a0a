import type { TemplateHelper } from '../helper.js';

/**
 * `(and a b ...)`: whether every value is truthy, the way `{{#if}}` reads them (an empty list
 * is false).
 *
 * @example
 * ```hbs
 * {{#if (and document.initials (eq placement.noteVerbale.initials "end"))}}...{{/if}}
 * ```
 */
export const andHelper: TemplateHelper = {
  name: 'and',
  call: (values) => values.length > 0 && values.every(truthy),
};

/**
 * Whether a value counts as true in a template: as handlebars' `{{#if}}` reads it, where an empty
 * list is false as well as `false`, `0`, `''`, `null` and `undefined`.
 *
 * @example
 * ```ts
 * truthy([]); // false
 * ```
 */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
