import type { TemplateHelper } from '../helper.js';

/**
 * `(ne a b)`: whether two values differ (`!==`); the opposite of `eq`.
 *
 * @example
 * ```hbs
 * {{#if (ne placement.letter.addressees "foot")}}...{{/if}}
 * ```
 */
export const neHelper: TemplateHelper = {
  name: 'ne',
  call: ([left, right]) => left !== right,
};
