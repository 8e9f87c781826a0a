import type { TemplateHelper } from '../helper.js';

/**
 * `(eq a b)`: whether two values are the same (`===`). For `{{#if}}` and `{{#unless}}`. When one
 * side is a choice of the format or the draft (`placement.noteVerbale.date`) and the other a
 * quoted value it can never take, the format fails to load.
 *
 * @example
 * ```hbs
 * {{#if (eq placement.noteVerbale.date "top")}}<p style="place-date">{{formulas.placeAndDate}}</p>{{/if}}
 * ```
 */
export const eqHelper: TemplateHelper = {
  name: 'eq',
  call: ([left, right]) => left === right,
};
