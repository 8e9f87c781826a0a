import type { TemplateHelper } from '../helper.js';
import { formatDateHelper } from './format-date.js';
import { phraseHelper } from './phrase.js';
import { upperHelper } from './upper.js';

/**
 * The helpers every environment starts with. A drafter's own helpers are added beside them the
 * same way.
 *
 * @example
 * ```ts
 * builtinHelpers.map((helper) => helper.name); // ['formatDate', 'phrase', 'upper']
 * ```
 */
export const builtinHelpers: readonly TemplateHelper[] = [
  formatDateHelper,
  phraseHelper,
  upperHelper,
];
