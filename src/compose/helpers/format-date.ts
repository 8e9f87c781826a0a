import type { TemplateHelper } from '../helper.js';

/**
 * `{{formatDate document.date}}`: an ISO date as the document's language writes it
 * (`15 November 2022` in English).
 *
 * @example
 * ```hbs
 * <p style="place-date">{{formatDate document.date}}</p>
 * ```
 */
export const formatDateHelper: TemplateHelper = {
  name: 'formatDate',
  call: ([isoDate], context) => context.formatDate(String(isoDate)),
};
