import type { TemplateHelper } from '../helper.js';

/**
 * `{{capitalize (inflect sender "nominative")}}`: the text with its first letter in capitals,
 * by the rules of the document's language, for a name that opens a sentence ("La Mission
 * permanente ...").
 *
 * @example
 * ```hbs
 * {{capitalize (inflect sender "nominative")}} présente ses compliments
 * ```
 */
export const capitalizeHelper: TemplateHelper = {
  name: 'capitalize',
  call: ([text], context) => {
    const [first = '', ...rest] = typeof text === 'string' ? text : '';
    return `${first.toLocaleUpperCase(context.language)}${rest.join('')}`;
  },
};
