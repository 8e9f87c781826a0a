import type { TemplateHelper } from '../helper.js';

/**
 * `{{phrase "numberLabel"}}`: a phrase of the document's language, rendered against the current
 * template data plus any hash arguments (`{{phrase "enclosures" count=2}}`).
 *
 * @example
 * ```hbs
 * <p style="reference">{{phrase "numberLabel"}} {{document.number}}</p>
 * ```
 */
export const phraseHelper: TemplateHelper = {
  name: 'phrase',
  call: ([key], context, options) => {
    const data = options.data as { root?: object } | undefined;
    const self: object = data?.root ?? {};
    return context.phrase(String(key), { ...self, ...(options.hash as object) });
  },
};
