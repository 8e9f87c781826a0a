import type { TemplateHelper } from '../helper.js';

/**
 * `{{upper sender.state}}`: the text in capitals, by the rules of the document's language
 * (Turkish dotted i, German ß).
 *
 * @example
 * ```hbs
 * <p style="state">{{upper sender.state}}</p>
 * ```
 */
export const upperHelper: TemplateHelper = {
  name: 'upper',
  call: ([text], context) =>
    (typeof text === 'string' ? text : '').toLocaleUpperCase(context.language),
};
