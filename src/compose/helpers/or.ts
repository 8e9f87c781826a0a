import type { TemplateHelper } from '../helper.js';
import { truthy } from './and.js';

/**
 * `(or a b ...)`: whether any value is truthy, the way `{{#if}}` reads them.
 *
 * @example
 * ```hbs
 * {{#if (or sender.motto sender.shortName)}}...{{/if}}
 * ```
 */
export const orHelper: TemplateHelper = {
  name: 'or',
  call: (values) => values.some(truthy),
};
