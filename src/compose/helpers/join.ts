import type { TemplateHelper } from '../helper.js';

/**
 * `{{join list ", "}}`: the items of a list written one after another with a separator between
 * them (a space when none is given). A value that is not a list is written as it is.
 *
 * @example
 * ```hbs
 * <p style="mission">{{join sender.missionLines " "}}</p>
 * ```
 */
export const joinHelper: TemplateHelper = {
  name: 'join',
  call: ([list, separator]) => {
    const between = typeof separator === 'string' ? separator : ' ';
    const text = (value: unknown): string =>
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
    return Array.isArray(list) ? list.map(text).join(between) : text(list);
  },
};
