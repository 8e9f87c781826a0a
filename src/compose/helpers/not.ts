import type { TemplateHelper } from '../helper.js';
import { truthy } from './and.js';

/**
 * `(not a)`: whether a value is falsy, the way `{{#if}}` reads it; for use inside other helpers,
 * where `{{#unless}}` cannot go.
 *
 * @example
 * ```hbs
 * {{#if (and document.signatory (not document.signatory.title))}}...{{/if}}
 * ```
 */
export const notHelper: TemplateHelper = {
  name: 'not',
  call: ([value]) => !truthy(value),
};
